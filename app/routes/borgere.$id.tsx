import { Fragment } from "react";
import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useLoaderData, useSearchParams } from "react-router";
import { readForm } from "../forms/read-form.server";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import type { SessionUser } from "../auth/sessions.server";
import type { Citizen } from "../data/citizens.server";
import { formatDanishPhone } from "../comms/suggestion";
import { hasSharingConsent } from "../data/citizens.server";
import { db } from "../data/db.server";
import { listLettersForCitizen } from "../data/letters.server";
import { listReferralsForCitizen } from "../data/referrals.server";
import { referralSignLabels, referralSourceLabels } from "../domain/pathway/referral-signs";
import { associationOfCandidate, isMatchable, proposeCandidate, suggestionsFor } from "../data/matching-pool.server";
import { listPathwayEvents, moveCitizen } from "../data/pathway.server";
import { listActiveProposalTargets, listProposalsForCitizen } from "../data/proposals.server";
import { listReplyHistory, markAnswersSeen } from "../data/reply-answers.server";
import { getContactPerson } from "../data/users.server";
import { listOpenOffersForCitizen } from "../data/waiting-list.server";
import { barrierLabels, formatLabels, languages, slotLabel } from "../domain/vocabulary";
import { nextSteps } from "../domain/pathway/states";
import { citizenPageForm, moveForm } from "../forms/pathway";
import type { proposeForm } from "../forms/proposal";
import { Tags } from "../ui/activity-facts";
import { answerLabels, citizenStatusLabels, closeReasonLabels, proposalStatusLabels } from "../ui/citizen-labels";
import { CitizenHeader } from "../ui/citizen-tabs";
import { formatDate, formatDateTime, formatWhen } from "../ui/format";
import { ChoiceGroup, ErrorSummary, TextArea } from "../ui/form";
import { messages } from "../ui/messages";
import { PathwayHistory, PathwaySteps, closeReasonOptions, refusalReply } from "../ui/pathway";
import type { z } from "zod";
import type { Route } from "./+types/borgere.$id";
import { Alert } from "../ui/alert";
import { declineReasonLabels } from "../ui/proposal-labels";
import { ReplyHistory } from "../ui/reply-history";
import { WaitingOffers } from "../ui/waiting-offers";

export function meta({ data }: Route.MetaArgs) {
  return [
    {
      title: data ? `${data.citizen.firstName} ${data.citizen.lastName} – Fællesskabsbro` : "Borger",
    },
  ];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, "/borgere/:id", params.id, "Matchning og opfølgning");
  const [match, proposals, active, letters, consent, contact, events, referrals, offers, answers] = await Promise.all([
    suggestionsFor(db, citizen),
    listProposalsForCitizen(db, citizen.id),
    listActiveProposalTargets(db, citizen.id),
    listLettersForCitizen(db, citizen.id),
    hasSharingConsent(db, citizen.id),
    citizen.contactPersonId ? getContactPerson(db, citizen.contactPersonId) : undefined,
    listPathwayEvents(db, citizen.id),
    listReferralsForCitizen(db, citizen.id),
    listOpenOffersForCitizen(db, citizen.id),
    listReplyHistory(db, citizen.id),
  ]);
  const nameOf = (kind: "volunteer" | "activity", id: string) => {
    if (kind === "volunteer") {
      const v = match.volunteers.get(id);
      return {
        name: v ? `${v.firstName} ${v.lastName}` : id,
        detail: v ? `${v.associationName}, ${v.area}` : "",
      };
    }
    const a = match.activities.get(id);
    return {
      name: a?.title ?? id,
      detail: a ? `${formatWhen(a.weekday, a.startTime, a.endTime)}, ${a.city} – ${a.associationName}` : "",
    };
  };
  return {
    citizen,
    events,
    referrals,
    steps: nextSteps(citizen.status, user.role),
    notMatchable: isMatchable(citizen) ? null : notMatchableReason(citizen),
    consent,
    contact: contact ?? null,
    proposals,
    letters,
    offers,
    answers,
    mayWrite: mayWriteCitizen(user),
    candidates: match.suggestions.candidates.map((c) => ({
      ...c,
      ...nameOf(c.kind, c.id),
      alreadyProposed: active.includes(c.id),
    })),
    excluded: match.suggestions.excluded.map((e) => ({
      ...e,
      ...nameOf(e.kind, e.id),
    })),
    outOfReach: match.suggestions.outOfReach,
  };
}

function notMatchableReason(c: Citizen): string {
  if (c.status === "closed") return "Forløbet er afsluttet, så der foreslås ikke match.";
  if (c.status === "referred" || c.status === "contacted") {
    return "Borgeren skal screenes, før der kan foreslås match.";
  }
  return "Borgerens bopæl har ingen position endnu. Den skal med i screeningen, før der kan foreslås match.";
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, "/borgere/:id", params.id, "Forløb og match");
  const submission = parseWithZod(await readForm(request), {
    schema: citizenPageForm,
  });
  if (submission.status !== "success") {
    if (submission.payload.intent === "move") return data({ result: submission.reply() }, { status: 400 });
    const error = submission.payload.intent === "answers-seen" ? messages.answerNotUnseen : messages.candidateNotAllowed;
    return data({ error }, { status: 400 });
  }
  const form = submission.value;
  if (form.intent === "move") return moveAction(user, citizen, form);
  if (form.intent === "answers-seen") return answersSeenAction(user, citizen, form.proposalId);
  return proposeAction(user, citizen, form);
}

async function answersSeenAction(user: SessionUser, citizen: Citizen, proposalId: string) {
  requireCoordinatorWrite(user);
  if (!(await markAnswersSeen(db, citizen.id, proposalId, user.id))) {
    return data({ error: messages.answerNotUnseen }, { status: 409 });
  }
  return redirect(`/borgere/${citizen.id}?svar-set=1`);
}

async function proposeAction(user: SessionUser, citizen: Citizen, proposal: z.infer<typeof proposeForm>) {
  if (!(await hasSharingConsent(db, citizen.id))) {
    return data({ error: messages.noConsent }, { status: 409 });
  }
  // Checked before the rules: the open proposal itself may have filled the volunteer.
  if ((await listActiveProposalTargets(db, citizen.id)).includes(proposal.candidateId)) {
    return data({ error: messages.proposalAlreadyOpen }, { status: 409 });
  }
  // Recomputed on the server: the score and reasons stored are the rules' own,
  // never what a browser sent.
  const match = await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER);
  const candidate = match.suggestions.candidates.find((c) => c.kind === proposal.kind && c.id === proposal.candidateId);
  if (!candidate) return data({ error: messages.candidateNotAllowed }, { status: 409 });
  const associationId = associationOfCandidate(match, candidate);
  if (!associationId) return data({ error: messages.candidateNotAllowed }, { status: 409 });
  await proposeCandidate(db, citizen.id, candidate, associationId, user.id);
  return redirect(`/borgere/${citizen.id}?foreslaaet=1`);
}

async function moveAction(user: SessionUser, citizen: Citizen, move: z.infer<typeof moveForm>) {
  const result = await db.transaction().execute((trx) =>
    moveCitizen(trx, {
      citizenId: citizen.id,
      expected: move.expected,
      to: move.to,
      role: user.role,
      userId: user.id,
      closeReason: move.closeReason,
      note: move.note,
    }),
  );
  if (!result.ok) {
    const { message, status } = refusalReply(result.refusal);
    return data({ error: message }, { status });
  }
  return redirect(`/borgere/${citizen.id}?trin=${result.to}`);
}

export default function CitizenPage({ actionData }: Route.ComponentProps) {
  const {
    citizen: c,
    events,
    referrals,
    steps,
    notMatchable,
    consent,
    contact,
    proposals,
    letters,
    offers,
    answers,
    mayWrite,
  } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const error = actionData && "error" in actionData ? actionData.error : null;
  const movedTo = searchParams.get("trin");
  const conversation = [
    ["Livshistorie", c.narrative],
    ["Netværk og relationer", c.network],
    ["Hverdagens indhold", c.dailyLife],
    ["Ønsker", c.wishes],
  ] as const;
  const letterByProposal = new Map(letters.map((l) => [l.proposal_id, l]));
  return (
    <article>
      <CitizenHeader citizen={c} />
      {searchParams.get("foreslaaet") ? (
        <Alert kind="success">Forslaget er sendt til foreningens frivillighedstovholder.</Alert>
      ) : null}
      {searchParams.get("svar-set") ? <Alert kind="success">Svaret er markeret som set.</Alert> : null}
      {movedTo && movedTo === c.status ? (
        <Alert kind="success">Forløbet er flyttet til »{citizenStatusLabels[c.status]}«.</Alert>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}

      <section>
        <h2>Forløb</h2>
        <PathwaySteps status={c.status} />
        {c.status === "closed" && c.closeReason ? (
          <p>
            Forløbet blev afsluttet
            {c.closedAt ? ` ${formatDate(c.closedAt)}` : ""}: <strong>{closeReasonLabels[c.closeReason]}</strong>.
          </p>
        ) : null}
        <div className="pathway-actions">
          {steps
            .filter((to) => to !== "closed")
            .map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="expected" value={c.status} />
                <input type="hidden" name="to" value={to} />
                <button type="submit" className="button button-secondary">
                  {c.status === "closed" ? "Genåbn forløbet" : `Flyt til »${citizenStatusLabels[to]}«`}
                </button>
              </Form>
            ))}
        </div>
        {steps.includes("closed") ? (
          <CloseForm
            status={c.status}
            lastResult={actionData && "result" in actionData ? actionData.result : undefined}
          />
        ) : null}
        <h3>Historik</h3>
        <PathwayHistory events={events} />
      </section>

      <div className="two-columns">
        <section>
          <h2>Screening</h2>
          <dl className="facts">
            <dt>Ønsker</dt>
            <dd>{formatLabels[c.format]}</dd>
            <dt>Interesser</dt>
            <dd>
              <Tags items={c.interests} label="Interesser" />
            </dd>
            <dt>Hensyn</dt>
            <dd>{c.barriers.length ? c.barriers.map((b) => barrierLabels[b]).join(", ") : "Ingen"}</dd>
            <dt>Sprog</dt>
            <dd>{c.languages.map((l) => languages[l as keyof typeof languages] ?? l).join(", ")}</dd>
            <dt>Tider</dt>
            <dd>{c.slots.map(slotLabel).join(", ")}</dd>
            <dt>Ledsagelse</dt>
            <dd>{c.escort ? "Ja, kan få ledsagelse" : "Nej"}</dd>
            {conversation.map(([label, text]) =>
              text ? (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd className="pre-line">{text}</dd>
                </Fragment>
              ) : null,
            )}
          </dl>
        </section>
        <section>
          <h2>Kontakt</h2>
          <dl className="facts">
            <dt>Telefon</dt>
            <dd>{formatDanishPhone(c.phone)}</dd>
            <dt>Forslag sendes som</dt>
            <dd>{c.contactChannel === "email" ? `E-mail til ${c.email}` : "Brev med posten"}</dd>
            <dt>Fast kontaktperson</dt>
            <dd>{contact ? `${contact.name}, tlf. ${formatDanishPhone(contact.phone)}` : "Ikke valgt"}</dd>
            <dt>Samtykke til deling med foreninger</dt>
            <dd>{consent ? "Givet" : "Ikke givet"}</dd>
          </dl>
          {referrals.map((r) => (
            <Fragment key={r.id}>
              <h3>Henvisning {formatDate(r.referredAt)}</h3>
              <dl className="facts">
                <dt>Henvist af</dt>
                <dd>
                  {referralSourceLabels[r.source]}
                  {r.sourceName ? ` (${r.sourceName})` : ""}
                  {r.referredByName ? `, registreret af ${r.referredByName}` : ""}
                </dd>
                <dt>Tegn</dt>
                <dd>{r.signs.map((sign) => referralSignLabels[sign]).join(", ")}</dd>
                <dt>Vil gerne kontaktes</dt>
                <dd>{r.consentToContact ? "Ja" : "Nej – kontakt kun efter aftale med henviseren"}</dd>
                {r.detectionClipMinutes ? (
                  <>
                    <dt>Opsporingsklip</dt>
                    <dd>{r.detectionClipMinutes} minutter</dd>
                  </>
                ) : null}
                {r.note ? (
                  <>
                    <dt>Bemærkning</dt>
                    <dd className="pre-line">{r.note}</dd>
                  </>
                ) : null}
              </dl>
            </Fragment>
          ))}
        </section>
      </div>

      <section>
        <h2>Forslag og svar</h2>
        {proposals.length === 0 ? (
          <p>Der er ikke sendt forslag endnu.</p>
        ) : (
          <ul className="card-list">
            {proposals.map((p) => {
              const letter = letterByProposal.get(p.id);
              return (
                <li key={p.id}>
                  <div className="item-card">
                    <h3>{p.targetName}</h3>
                    <p className="muted">
                      {p.kind === "volunteer" ? "Besøgsven" : "Aktivitet"} · {p.associationName}
                    </p>
                    <p>
                      <span className={`status status-${p.status}`}>{proposalStatusLabels[p.status]}</span>
                    </p>
                    {p.answer ? (
                      <p>
                        <span className={`status status-${p.answer}`}>{answerLabels[p.answer]}</span>{" "}
                        {p.answeredAt ? <span className="muted">{formatDateTime(p.answeredAt)}</span> : null}
                      </p>
                    ) : p.status === "accepted" ? (
                      <p>Venter på borgerens svar.</p>
                    ) : null}
                    {p.status === "proposed" ? (
                      <p className="muted">Foreningen skal svare senest {formatDate(p.respondBy)}.</p>
                    ) : null}
                    <ReplyHistory
                      proposalId={p.id}
                      entries={answers.filter((a) => a.proposalId === p.id)}
                      mayWrite={mayWrite}
                    />
                    {p.declineReason ? <p>Foreningens begrundelse: {declineReasonLabels[p.declineReason]}</p> : null}
                    {p.decisionNote ? <p>Foreningens note: {p.decisionNote}</p> : null}
                    {p.firstVisitOn ? (
                      <p>
                        <strong>Første besøg gennemført {formatDate(p.firstVisitOn)}</strong> (bekræftet af foreningen)
                      </p>
                    ) : null}
                    {letter ? (
                      <p>
                        <a href={`/breve/${letter.id}`} download>
                          Hent brevet (PDF)
                        </a>
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <WaitingOffers citizenId={c.id} offers={offers} mayWrite={mayWrite} />

      <section>
        <h2>Forslag til match</h2>
        {notMatchable ? <p>{notMatchable}</p> : <MatchSuggestions />}
      </section>
    </article>
  );
}

function MatchSuggestions() {
  const { consent, candidates, excluded, outOfReach } = useLoaderData<typeof loader>();
  return (
    <>
      {!consent ? <Alert kind="warning">{messages.noConsent}</Alert> : null}
      {candidates.length === 0 ? (
        <p>Ingen frivillige eller aktiviteter opfylder alle krav lige nu.</p>
      ) : (
        <ol className="candidate-list">
          {candidates.map((cand) => (
            <li key={`${cand.kind}-${cand.id}`} className="item-card">
              <h3>
                {cand.name}{" "}
                <span className="muted weight-normal">({cand.kind === "volunteer" ? "besøgsven" : "aktivitet"})</span>
              </h3>
              <p className="muted">{cand.detail}</p>
              <p>
                Match: <span className="score">{Math.round(cand.score * 100)} %</span>
              </p>
              <ul className="reasons">
                {cand.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {cand.alreadyProposed ? (
                <p>
                  <strong>Allerede foreslået</strong> – se under Forslag og svar.
                </p>
              ) : (
                <Form method="post">
                  <input type="hidden" name="intent" value="propose" />
                  <input type="hidden" name="kind" value={cand.kind} />
                  <input type="hidden" name="candidateId" value={cand.id} />
                  <button type="submit" className="button button-secondary" disabled={!consent}>
                    Foreslå {cand.name}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>Fravalgt af reglerne</h3>
      <p className="muted">{outOfReach} kandidater ligger uden for rækkevidde og er ikke vist.</p>
      {excluded.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">Kandidater, der er fravalgt, og hvorfor</caption>
            <thead>
              <tr>
                <th scope="col">Kandidat</th>
                <th scope="col">Hvorfor fravalgt</th>
              </tr>
            </thead>
            <tbody>
              {excluded.map((e) => (
                <tr key={`${e.kind}-${e.id}`}>
                  <td>
                    {e.name}
                    <br />
                    <span className="muted">{e.kind === "volunteer" ? "Besøgsven" : "Aktivitet"}</span>
                  </td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function CloseForm({ status, lastResult }: { status: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "close",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: citizenPageForm }),
  });
  return (
    <details className="close-pathway" open={form.status === "error"}>
      <summary>Afslut forløbet</summary>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="move" />
        <input type="hidden" name="expected" value={status} />
        <input type="hidden" name="to" value="closed" />
        <ChoiceGroup
          field={fields.closeReason}
          legend="Hvorfor afsluttes forløbet?"
          type="radio"
          options={closeReasonOptions}
        />
        <TextArea field={fields.note} label="Note" rows={3} optional />
        <button type="submit" className="button button-primary">
          Afslut forløbet
        </button>
      </Form>
    </details>
  );
}
