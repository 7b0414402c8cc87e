import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayEditVolunteers, requireVolunteer, requireVolunteerEditor } from "../auth/volunteer-access.server";
import { db } from "../data/db.server";
import { inviteUser, pendingVolunteerInvitation } from "../data/invitations.server";
import { setVolunteerStatus } from "../data/volunteers.server";
import { dateInDenmark } from "../domain/pathway/working-days";
import { straffeattestState } from "../domain/volunteers/vetting";
import { genderLabels, languages, type LanguageCode, slotLabel, slots } from "../domain/vocabulary";
import { readForm } from "../forms/read-form.server";
import { volunteerStatusForm } from "../forms/volunteer";
import { Tags } from "../ui/activity-facts";
import { Alert } from "../ui/alert";
import { ChoiceGroup, ErrorSummary, TextArea } from "../ui/form";
import { formatDate, formatDateTime, formatNumber } from "../ui/format";
import { messages } from "../ui/messages";
import { StraffeattestWarning, volunteerStatusLabels, volunteerStatusOptions } from "../ui/volunteer-labels";
import type { Route } from "./+types/frivillige.$id";

const ROUTE = "/frivillige/:id";

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data ? `${data.volunteer.firstName} ${data.volunteer.lastName}` : "Frivillig"} – Fællesskabsbro` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, volunteer } = await requireVolunteer(request, ROUTE, params.id);
  return {
    volunteer,
    attest: straffeattestState(volunteer.straffeattestDate, dateInDenmark(), volunteer.straffeattestMaxAgeMonths),
    canEdit: mayEditVolunteers(user),
    invitation: volunteer.hasLogin ? undefined : await pendingVolunteerInvitation(db, volunteer.id),
  };
}

const inviteRefusals: Record<string, string> = {
  "already-linked": messages.volunteerHasLogin,
  "email-taken": messages.volunteerEmailTaken,
  "already-invited": messages.inviteAlreadySent,
};

export async function action({ request, params }: Route.ActionArgs) {
  const { user, volunteer } = await requireVolunteer(request, ROUTE, params.id);
  requireVolunteerEditor(user);
  const formData = await readForm(request);
  if (formData.get("intent") === "invite") {
    // The volunteer's own login: name and email come from the profile, so nothing to validate here.
    const outcome = await inviteUser(db, { invitedBy: user, role: "volunteer", volunteerId: volunteer.id });
    if (outcome.status === "invited") return redirect(`/frivillige/${volunteer.id}?inviteret=1`);
    const refusal = inviteRefusals[outcome.status];
    if (!refusal) throw data({ message: messages.forbidden }, { status: 403 });
    return data({ inviteError: refusal }, { status: 409 });
  }
  const submission = parseWithZod(formData, { schema: volunteerStatusForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await setVolunteerStatus(db, volunteer.id, submission.value.status, submission.value.note ?? "");
  return redirect(`/frivillige/${volunteer.id}?status=gemt`);
}

export default function VolunteerProfile() {
  const { volunteer: v, attest, canEdit, invitation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = actionData ? null : (searchParams.get("status") ?? searchParams.get("rettet"));
  const invited = !actionData && searchParams.has("inviteret");
  const [form, fields] = useForm({
    id: "status",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    defaultValue: { status: v.status, note: v.note },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: volunteerStatusForm }),
  });
  const waiting = v.load - v.matched;
  return (
    <section>
      <p>
        <Link to="/frivillige">Alle frivillige</Link>
      </p>
      <h1>
        {v.firstName} {v.lastName}
      </h1>
      <p className="font-lead">
        {v.associationName} · <span className={`status status-${v.status}`}>{volunteerStatusLabels[v.status]}</span>
      </p>
      {saved ? <Alert kind="success">{saved === "gemt" ? "Status er gemt." : "Oplysningerne er gemt."}</Alert> : null}
      {invited ? <Alert kind="success">Invitationen er sendt til {v.email}.</Alert> : null}
      {actionData && "inviteError" in actionData ? <Alert kind="error">{actionData.inviteError}</Alert> : null}
      {attest.kind === "expired" || attest.kind === "missing" ? (
        <Alert kind="warning">
          {attest.kind === "expired"
            ? `Straffeattesten udløb ${formatDate(attest.validThrough)}. Den frivillige kan ikke foreslås til nye borgere, før der er en ny.`
            : "Der er ingen straffeattest. Den frivillige kan ikke foreslås til borgere, før den er på plads."}
        </Alert>
      ) : attest.kind === "expiring" ? (
        <Alert kind="warning">
          {`Straffeattesten udløber ${formatDate(attest.validThrough)}. Bed om en ny i god tid.`}
        </Alert>
      ) : null}
      {canEdit ? (
        <p>
          <Link to={`/frivillige/${v.id}/rediger`} className="button button-secondary">
            Ret oplysninger
          </Link>
        </p>
      ) : null}

      <div className="two-columns">
        <div>
          <h2>Godkendelse</h2>
          <dl className="facts">
            <dt>Tavshedserklæring</dt>
            <dd>
              {v.tavshedserklaeringSignedOn ? (
                `Underskrevet ${formatDate(v.tavshedserklaeringSignedOn)}`
              ) : (
                <span className="status status-warning">Mangler</span>
              )}
            </dd>
            <dt>Straffeattest</dt>
            <dd>
              {v.straffeattestDate ? `Dateret ${formatDate(v.straffeattestDate)}` : null}
              {v.straffeattestDate ? <br /> : null}
              <StraffeattestWarning state={attest} />
              <br />
              <span className="muted">Kommunen godtager straffeattester i {v.straffeattestMaxAgeMonths} måneder.</span>
            </dd>
          </dl>
          <h2>Borgere</h2>
          <p>
            <strong>
              {v.matched} af {v.capacity}
            </strong>{" "}
            borgere matchet
            {waiting > 0 ? ` (og ${waiting} forslag venter på svar)` : ""}.
          </p>
          <h2>Kontakt</h2>
          <dl className="facts">
            <dt>E-mail</dt>
            <dd>{v.email}</dd>
            <dt>Telefon</dt>
            <dd>{v.phone}</dd>
            <dt>Køn</dt>
            <dd>{genderLabels[v.gender]}</dd>
            <dt>Eget login</dt>
            <dd>
              {v.hasLogin
                ? "Ja"
                : invitation
                  ? `Invitation sendt – linket virker til ${formatDateTime(invitation.expiresAt)}`
                  : "Nej"}
              {canEdit && !v.hasLogin && !invitation ? (
                <Form method="post" className="mt-3">
                  <input type="hidden" name="intent" value="invite" />
                  <button type="submit" className="button button-secondary">
                    Invitér til eget login
                  </button>
                  <span className="d-block form-hint">
                    Så kan den frivillige selv holde sine tider opdateret og se sine match.
                  </span>
                </Form>
              ) : null}
            </dd>
          </dl>
        </div>
        <div>
          <h2>Interesser og sprog</h2>
          <Tags items={v.interests} label="Interesser" />
          <p>Sprog: {v.languages.map((c) => languages[c as LanguageCode] ?? c).join(", ")}</p>
          <h2>Område og tid</h2>
          <dl className="facts">
            <dt>Område</dt>
            <dd>{v.area}</dd>
            <dt>Vil køre op til</dt>
            <dd>
              {formatNumber(v.radiusKm)} km{v.car ? ", har bil" : ""}
            </dd>
            <dt>Kan</dt>
            <dd>
              {slots
                .filter((s) => v.slots.includes(s))
                .map(slotLabel)
                .join(", ")}
            </dd>
          </dl>
        </div>
      </div>

      <h2>Status</h2>
      {v.note ? (
        <p>
          <span className="muted">Note ({formatDateTime(v.updatedAt)}):</span> {v.note}
        </p>
      ) : null}
      {canEdit ? (
        <Form method="post" {...getFormProps(form)} className="form-section">
          <ErrorSummary form={form} />
          <input type="hidden" name="intent" value="status" />
          <ChoiceGroup field={fields.status} legend="Den frivilliges status" type="radio" options={volunteerStatusOptions} />
          <TextArea
            field={fields.note}
            label="Kort note"
            hint="Fx »Holder pause til foråret« eller »Er flyttet«"
            rows={2}
            optional
          />
          <button type="submit" className="button button-primary">
            Gem status
          </button>
        </Form>
      ) : (
        <p>{volunteerStatusLabels[v.status]}</p>
      )}
    </section>
  );
}
