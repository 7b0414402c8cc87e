import { data, redirect } from "react-router";
import { requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { db } from "../data/db.server";
import { declineOffer, takeUpOffer } from "../data/offer-decision.server";
import { offerDecisionForm } from "../forms/waiting-list";
import { readForm } from "../forms/read-form.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.tilbud";

// The buttons on the citizen page post here and the answer is always a redirect back
// there: the outcome travels in ?tilbud= so the page needs no knowledge of this action.
export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, "/borgere/:id/tilbud", params.id, "Tilbud fra ventelisten");
  requireCoordinatorWrite(user);
  const parsed = offerDecisionForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ message: messages.formInvalid }, { status: 400 });
  const back = (outcome: string) => redirect(`/borgere/${citizen.id}?tilbud=${outcome}`);

  if (parsed.data.decision === "decline") {
    return back((await declineOffer(db, citizen.id, parsed.data.offerId, user.id)) ? "afslaaet" : "lukket");
  }
  const outcome = await takeUpOffer(db, citizen, parsed.data.offerId, user.id);
  if (outcome.ok) return back("brugt");
  if (outcome.refusal === "breaks-rule") {
    return redirect(`/borgere/${citizen.id}?tilbud=regel&grund=${encodeURIComponent(outcome.reason)}`);
  }
  const codes = { "no-consent": "samtykke", "no-fitting-volunteer": "ingen-frivillig", "not-open": "lukket" } as const;
  return back(codes[outcome.refusal]);
}
