import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { decideAndNotify } from "../comms/deliver-suggestion.server";
import { formatDanishPhone } from "../comms/suggestion";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { confirmFirstVisit } from "../data/first-visit.server";
import { type VolunteerChoice, listOfferableVolunteers } from "../data/offerable-volunteers.server";
import { listInbox } from "../data/proposals.server";
import { byDeadline, deadlineState } from "../domain/proposals/deadline";
import { inboxGroup, mayConfirmFirstVisit } from "../domain/proposals/inbox";
import { dateInDenmark } from "../domain/pathway/working-days";
import { barrierLabels, languages, slotLabel } from "../domain/vocabulary";
import { acceptForm, declineForm, firstVisitForm, inboxForm } from "../forms/proposal";
import { readForm } from "../forms/read-form.server";
import { Tags } from "../ui/activity-facts";
import { Alert } from "../ui/alert";
import { answerLabels, proposalStatusLabels } from "../ui/citizen-labels";
import { ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from "../ui/form";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import { declineReasonLabels, declineReasonOptions, deadlineText } from "../ui/proposal-labels";
import type { Route } from "./+types/forslag";

export const meta = () => [{ title: "Forslag til matches – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/forslag");
  const today = dateInDenmark();
  const all = await listInbox(db, user.role === "admin" ? null : user.associationId);
  // Reading a proposed citizen's minimum data is a read of citizen data: audited.
  for (const p of all) {
    if (!p.citizen) continue;
    await audit(db, {
      userId: user.id,
      action: "read",
      entity: "citizen",
      entityId: p.citizenId,
      purpose: "Foreningens tovholder ser forslag til match",
      details: { proposalId: p.id },
    });
  }
  // The citizen's id stays on the server: the association has no page to open it on.
  const items = all.map(({ citizenId: _, ...p }) => ({
    ...p,
    group: inboxGroup(p),
    deadline: deadlineState(p.respondBy, today),
  }));
  const volunteers: VolunteerChoice[] = user.associationId
    ? await listOfferableVolunteers(db, user.associationId)
    : [];
  return {
    today,
    volunteers,
    waiting: items.filter((p) => p.group === "waiting").sort(byDeadline),
    visiting: items.filter((p) => p.group === "first_visit_missing"),
    done: items.filter((p) => p.group === "done"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAccess(request, "/forslag");
  const submission = parseWithZod(await readForm(request), { schema: inboxForm });
  const formId = `${String(submission.payload.decision)}-${String(submission.payload.proposalId)}`;
  if (submission.status !== "success") {
    return data({ formId, result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  const refuse = (message: string, status: number) =>
    data({ formId, result: submission.reply({ formErrors: [message] }) }, { status });

  if (value.decision === "first_visit") {
    const outcome = await confirmFirstVisit(db, {
      proposalId: value.proposalId,
      associationId: user.role === "admin" ? null : user.associationId,
      on: value.visitedOn,
      userId: user.id,
    });
    if (outcome === "not-found") return refuse(messages.notFound, 404);
    if (outcome === "not-allowed") return refuse(messages.firstVisitNotAllowed, 409);
    return redirect("/forslag?besvaret=besoeg");
  }

  const outcome =
    value.decision === "accept"
      ? await decideAndNotify(db, user, value.proposalId, "accept", value.note || null, {
          volunteerId: value.volunteerId,
        })
      : await decideAndNotify(db, user, value.proposalId, "decline", value.note || null, {
          declineReason: value.reason,
        });
  if (typeof outcome === "object") return refuse(messages.volunteerBreaksRule(outcome.breaksRule), 409);
  switch (outcome) {
    case "not-found":
      return refuse(messages.notFound, 404);
    case "already-decided":
      return refuse(messages.proposalAlreadyDecided, 409);
    case "volunteer-not-allowed":
      return refuse(messages.volunteerNotAvailable, 409);
    case "no-consent":
      return refuse(messages.proposalWithoutConsent, 409);
    default:
      return redirect(`/forslag?besvaret=${outcome}`);
  }
}

const doneMessages: Record<string, string> = {
  accepted: "Tak! Borgeren får nu forslaget med posten eller på e-mail.",
  declined: "Forslaget er afvist, og koordinatoren kan se hvorfor.",
  besoeg: "Tak! Koordinatoren kan nu se, at første besøg er gennemført.",
};

type Item = Awaited<ReturnType<typeof loader>>["waiting"][number];

/** The server's reply, for the one form on the page it answered. */
function useReplyTo(formId: string) {
  const reply = useActionData<typeof action>();
  return reply?.formId === formId ? reply.result : undefined;
}

const validation = { shouldValidate: "onBlur", shouldRevalidate: "onInput" } as const;

export default function Inbox() {
  const { waiting, visiting, done } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = doneMessages[searchParams.get("besvaret") ?? ""];
  const reply = useActionData<typeof action>();
  // A refusal about a proposal that has left its group (someone else answered it) has
  // no form left to show it on, so it is shown at the top.
  const shown = new Set([
    ...waiting.flatMap((p) => [`accept-${p.id}`, `decline-${p.id}`]),
    ...visiting.map((p) => `first_visit-${p.id}`),
  ]);
  const orphan = reply && !shown.has(reply.formId) ? reply.result.error?.[""]?.[0] : undefined;
  return (
    <section>
      <h1>Forslag til matches</h1>
      <p className="font-lead">
        Kommunens fællesskabskoordinator foreslår borgere, som jeres frivillige eller aktiviteter passer til. Du ser kun
        det, I skal bruge for at tage imod borgeren.
      </p>
      {saved ? <Alert kind="success">{saved}</Alert> : null}
      {orphan ? <Alert kind="error">{orphan}</Alert> : null}

      <h2>Venter på svar ({waiting.length})</h2>
      {waiting.length === 0 ? <p>Der er ingen forslag, der venter på jeres svar.</p> : null}
      <ul className="candidate-list">
        {waiting.map((p) => (
          <li key={p.id} className="item-card">
            <ProposalFacts p={p} />
            <p>
              <span className={`status ${p.deadline.overdue ? "status-overdue" : "status-proposed"}`}>
                {deadlineText(p.deadline)}
              </span>
            </p>
            {p.reasons.length ? (
              <ul className="reasons">
                {p.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
            <div className="two-columns">
              {p.citizen ? <AcceptForm p={p} /> : <Alert kind="warning">{messages.proposalWithoutConsent}</Alert>}
              <DeclineForm p={p} />
            </div>
          </li>
        ))}
      </ul>

      <h2>Accepteret – første besøg mangler ({visiting.length})</h2>
      {visiting.length === 0 ? <p>Ingen lige nu.</p> : null}
      <ul className="candidate-list">
        {visiting.map((p) => (
          <li key={p.id} className="item-card">
            <ProposalFacts p={p} />
            <p>
              {p.answer ? (
                <span className={`status status-${p.answer}`}>{answerLabels[p.answer]}</span>
              ) : (
                "Borgeren har ikke svaret på forslaget endnu."
              )}
            </p>
            {mayConfirmFirstVisit(p) ? <FirstVisitForm p={p} /> : null}
          </li>
        ))}
      </ul>

      <h2>Afsluttet ({done.length})</h2>
      {done.length === 0 ? <p>Ingen endnu.</p> : null}
      <ul className="card-list">
        {done.map((p) => (
          <li key={p.id}>
            <div className="item-card">
              <h3>
                {p.citizen?.firstName ?? "Borger"} – {p.targetName}
              </h3>
              <p>
                <span className={`status status-${p.status}`}>{proposalStatusLabels[p.status]}</span>
                {p.answer ? (
                  <>
                    {" "}
                    <span className={`status status-${p.answer}`}>{answerLabels[p.answer]}</span>
                  </>
                ) : null}
              </p>
              {p.declineReason ? (
                <p>
                  Begrundelse: {declineReasonLabels[p.declineReason]}
                  {p.decisionNote ? ` – ${p.decisionNote}` : ""}
                </p>
              ) : null}
              {p.firstVisitOn ? <p>Første besøg: {formatDate(p.firstVisitOn)}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The minimum about the citizen, the volunteer or activity proposed, and whom to call. */
function ProposalFacts({ p }: { p: Item }) {
  const c = p.citizen;
  return (
    <>
      <h3>{c ? `${c.firstName} fra ${c.area}` : "Borger uden samtykke til deling"}</h3>
      <p>
        Forslag: {p.kind === "volunteer" ? "besøgsven" : "aktivitet"} <strong>{p.targetName}</strong>
      </p>
      <dl className="facts">
        {c ? (
          <>
            <dt>Interesser</dt>
            <dd>{c.interests.length ? <Tags items={c.interests} label="Borgerens interesser" /> : "Ikke oplyst"}</dd>
            <dt>Hensyn ved besøget</dt>
            <dd>{c.barriers.length ? c.barriers.map((b) => barrierLabels[b]).join(", ") : "Ingen"}</dd>
            <dt>Foretrukne tider</dt>
            <dd>{c.slots.length ? c.slots.map(slotLabel).join(", ") : "Ikke oplyst"}</dd>
            <dt>Sprog</dt>
            <dd>{c.languages.map((l) => languages[l as keyof typeof languages] ?? l).join(", ")}</dd>
          </>
        ) : null}
        <dt>Koordinator</dt>
        <dd>
          {p.coordinator.name}
          {p.coordinator.phone ? `, tlf. ${formatDanishPhone(p.coordinator.phone)}` : ""}
        </dd>
      </dl>
    </>
  );
}

function AcceptForm({ p }: { p: Item }) {
  const { volunteers } = useLoaderData<typeof loader>();
  const id = `accept-${p.id}`;
  const [form, fields] = useForm({
    id,
    lastResult: useReplyTo(id),
    ...validation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptForm }),
  });
  const others = volunteers.filter((v) => v.id !== p.volunteerId);
  return (
    <Form method="post" {...getFormProps(form)}>
      <h4>Tag imod forslaget</h4>
      <ErrorSummary form={form} />
      <input type="hidden" name="decision" value="accept" />
      <input type="hidden" name="proposalId" value={p.id} />
      {p.kind === "volunteer" && others.length > 0 ? (
        <SelectField
          field={fields.volunteerId}
          label="Hvem tager besøget?"
          placeholder={`${p.targetName} (foreslået)`}
          options={others.map((v) => ({ value: v.id, label: v.name }))}
        />
      ) : null}
      <TextArea field={fields.note} label="Note til koordinatoren" rows={2} optional />
      <button type="submit" className="button button-primary">
        Accepter forslaget
      </button>
    </Form>
  );
}

function DeclineForm({ p }: { p: Item }) {
  const id = `decline-${p.id}`;
  const [form, fields] = useForm({
    id,
    lastResult: useReplyTo(id),
    ...validation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: declineForm }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <h4>Sig nej tak</h4>
      <ErrorSummary form={form} />
      <input type="hidden" name="decision" value="decline" />
      <input type="hidden" name="proposalId" value={p.id} />
      <ChoiceGroup field={fields.reason} legend="Hvorfor?" type="radio" options={declineReasonOptions} />
      <TextArea field={fields.note} label="Uddybning" hint="Skal udfyldes ved »Andet«" rows={2} optional />
      <button type="submit" className="button button-secondary">
        Afvis forslaget
      </button>
    </Form>
  );
}

function FirstVisitForm({ p }: { p: Item }) {
  const { today } = useLoaderData<typeof loader>();
  const id = `first_visit-${p.id}`;
  const [form, fields] = useForm({
    id,
    lastResult: useReplyTo(id),
    defaultValue: { visitedOn: today },
    ...validation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: firstVisitForm }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <ErrorSummary form={form} />
      <input type="hidden" name="decision" value="first_visit" />
      <input type="hidden" name="proposalId" value={p.id} />
      <TextField field={fields.visitedOn} label="Dato for første besøg" type="date" />
      <button type="submit" className="button button-secondary">
        Første besøg er gennemført
      </button>
    </Form>
  );
}
