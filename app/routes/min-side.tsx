import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireAccess } from "../auth/guard.server";
import type { SessionUser } from "../auth/sessions.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { getVolunteerByUser, listOwnMatches, setVolunteerSlots, setVolunteerStatus } from "../data/volunteers.server";
import { availabilityForm, pauseForm } from "../forms/volunteer";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { ErrorSummary, SlotGrid } from "../ui/form";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import { volunteerStatusLabels } from "../ui/volunteer-labels";
import type { Route } from "./+types/min-side";

const ROUTE = "/min-side";

export const meta = () => [{ title: "Min side – Fællesskabsbro" }];

async function requireOwnProfile(user: SessionUser) {
  const volunteer = await getVolunteerByUser(db, user.id);
  if (!volunteer) throw data({ message: messages.noOwnVolunteerProfile }, { status: 404 });
  return volunteer;
}

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, ROUTE);
  const v = await requireOwnProfile(user);
  const matches = await listOwnMatches(db, v.id);
  // The volunteer reads their matched citizens' first names: citizen data, so audited.
  for (const m of matches) {
    await audit(db, {
      userId: user.id,
      action: "read",
      entity: "citizen",
      entityId: m.citizenId,
      purpose: "Den frivillige ser sine egne match (fornavn og første besøg)",
    });
  }
  return {
    profile: {
      firstName: v.firstName,
      lastName: v.lastName,
      associationName: v.associationName,
      status: v.status,
      area: v.area,
      capacity: v.capacity,
      slots: v.slots,
    },
    matches: matches.map((m) => ({ id: m.proposalId, firstName: m.citizenFirstName, firstVisitOn: m.firstVisitOn })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAccess(request, ROUTE);
  const v = await requireOwnProfile(user);
  const formData = await readForm(request);
  if (formData.get("intent") === "pause") {
    const parsed = pauseForm.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return data({ intent: "pause" as const, error: messages.formInvalid }, { status: 400 });
    if (v.status === "ended") return data({ intent: "pause" as const, error: messages.volunteerEnded }, { status: 409 });
    const paused = parsed.data.paused === "yes";
    await setVolunteerStatus(
      db,
      v.id,
      paused ? "paused" : "active",
      paused ? "Holder pause (meldt af den frivillige selv)" : "Er klar igen (meldt af den frivillige selv)",
    );
    return redirect(`${ROUTE}?${paused ? "pause" : "klar"}=1`);
  }
  const submission = parseWithZod(formData, { schema: availabilityForm });
  if (submission.status !== "success") {
    return data({ intent: "availability" as const, result: submission.reply() }, { status: 400 });
  }
  await setVolunteerSlots(db, v.id, submission.value.slots);
  return redirect(`${ROUTE}?tider=1`);
}

const notices: Record<string, string> = {
  tider: "Dine tider er gemt.",
  pause: "Du holder pause. Foreningen kan se det, og du får ikke nye borgere foreslået, før du er klar igen.",
  klar: "Velkommen tilbage. Du kan igen få borgere foreslået.",
};

export default function MyPage() {
  const { profile, matches } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const notice = actionData ? undefined : Object.keys(notices).find((key) => searchParams.get(key));
  const [form, fields] = useForm({
    id: "availability",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    defaultValue: { slots: profile.slots },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: availabilityForm }),
  });
  return (
    <section>
      <h1>Hej {profile.firstName}</h1>
      <p className="font-lead">
        Frivillig i {profile.associationName} · {profile.area} ·{" "}
        <span className={`status status-${profile.status}`}>{volunteerStatusLabels[profile.status]}</span>
      </p>
      {notice ? <Alert kind="success">{notices[notice]}</Alert> : null}
      {actionData && "error" in actionData ? <Alert kind="error">{actionData.error}</Alert> : null}

      <h2>Dine borgere</h2>
      {matches.length === 0 ? (
        <p>Du er ikke matchet med en borger endnu. Foreningen kontakter dig, når der er et godt match.</p>
      ) : (
        <ul className="card-list">
          {matches.map((m) => (
            <li key={m.id}>
              <div className="item-card">
                <h3>{m.firstName}</h3>
                <p>{m.firstVisitOn ? `Første besøg: ${formatDate(m.firstVisitOn)}` : "Første besøg er ikke aftalt endnu."}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Du kan have op til {profile.capacity} {profile.capacity === 1 ? "borger" : "borgere"}. Spørg foreningen, hvis
        det skal ændres.
      </p>

      <h2>Hvornår kan du?</h2>
      <Form method="post" {...getFormProps(form)} className="form-section">
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="availability" />
        <SlotGrid field={fields.slots} legend="Sæt kryds ved de tider, du normalt kan" />
        <button type="submit" className="button button-primary">
          Gem mine tider
        </button>
      </Form>

      {profile.status !== "ended" ? (
        <>
          <h2>Pause</h2>
          <Form method="post" className="form-section">
            <input type="hidden" name="intent" value="pause" />
            {profile.status === "paused" ? (
              <>
                <p>Du holder pause og får ikke nye borgere foreslået.</p>
                <button type="submit" name="paused" value="no" className="button button-secondary">
                  Jeg er klar igen
                </button>
              </>
            ) : (
              <>
                <p>Skal du have en pause, fx på grund af ferie eller sygdom? Så får du ikke nye borgere foreslået.</p>
                <button type="submit" name="paused" value="yes" className="button button-secondary">
                  Jeg holder pause
                </button>
              </>
            )}
          </Form>
        </>
      ) : null}
    </section>
  );
}
