import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { db } from "../data/db.server";
import { type Inviter, inviteUser, resendInvitation, revokeInvitation } from "../data/invitations.server";
import { messages } from "../ui/messages";
import { inviteAssociationUserForm, inviteStaffForm, manageInvitationForm } from "./invitation";

type InviteTarget =
  | { schema: typeof inviteAssociationUserForm; associationId: string }
  | { schema: typeof inviteStaffForm };

/**
 * The invitation part of an administrator's page: invite someone, send an
 * invitation again or withdraw it. Both the association page and the staff page
 * post here; `back` is where the confirmation is shown.
 */
export async function handleInvitationIntent(formData: FormData, inviter: Inviter, target: InviteTarget, back: string) {
  const intent = formData.get("intent");
  if (intent === "resend" || intent === "revoke") {
    const parsed = manageInvitationForm.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ intent: "manage" as const, error: messages.formInvalid }, { status: 400 });
    const outcome =
      parsed.data.intent === "resend"
        ? await resendInvitation(db, inviter, parsed.data.invitationId)
        : await revokeInvitation(db, inviter, parsed.data.invitationId);
    if (outcome === "not-found") throw data({ message: messages.notFound }, { status: 404 });
    if (outcome === "closed") return data({ intent: "manage" as const, error: messages.invitationClosed }, { status: 409 });
    return redirect(`${back}?${parsed.data.intent === "resend" ? "sendt-igen" : "tilbagekaldt"}=1`);
  }

  const submission = parseWithZod(formData, { schema: target.schema });
  if (submission.status !== "success") {
    return data({ intent: "invite" as const, result: submission.reply() }, { status: 400 });
  }
  const { name, email, role } = submission.value;
  const outcome = await inviteUser(
    db,
    "associationId" in target
      ? { invitedBy: inviter, role: role as "association" | "bridge_builder", associationId: target.associationId, name, email }
      : { invitedBy: inviter, role: role as "coordinator" | "homecare" | "admin", name, email },
  );
  switch (outcome.status) {
    case "invited":
      return redirect(`${back}?inviteret=1`);
    case "email-taken":
    case "already-invited":
      return data(
        {
          intent: "invite" as const,
          result: submission.reply({
            fieldErrors: { email: [outcome.status === "email-taken" ? messages.inviteEmailTaken : messages.inviteAlreadySent] },
          }),
        },
        { status: 409 },
      );
    case "not-allowed":
      throw data({ message: messages.forbidden }, { status: 403 });
    default:
      throw data({ message: messages.notFound }, { status: 404 });
  }
}
