import { Form, data, redirect, useLoaderData, useSearchParams } from "react-router";
import { readForm } from "../forms/read-form.server";
import { requireCitizen } from "../auth/citizen-access.server";
import { formatDanishPhone } from "../comms/suggestion";
import { hasSharingConsent } from "../data/citizens.server";
import { db } from "../data/db.server";
import { listLettersForCitizen } from "../data/letters.server";
import { associationOfCandidate, proposeCandidate, suggestionsFor } from "../data/matching-pool.server";
import { listActiveProposalTargets, listProposalsForCitizen } from "../data/proposals.server";
import { getContactPerson } from "../data/users.server";
import { barrierLabels, formatLabels, languages, slotLabel } from "../domain/vocabulary";
import { proposeForm } from "../forms/proposal";
import { Tags } from "../ui/activity-facts";
import { answerLabels, proposalStatusLabels } from "../ui/citizen-labels";
import { CitizenHeader } from "../ui/citizen-tabs";
import { formatDateTime, formatWhen } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id";
import { Alert } from "../ui/alert";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `${data.citizen.firstName} ${data.citizen.lastName} – Fællesskabsbro` : "Borger" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { citizen } = await requireCitizen(request, "/borgere/:id", params.id, "Matchning og opfølgning");
  const [match, proposals, active, letters, consent, contact] = await Promise.all([
    suggestionsFor(db, citizen),
    listProposalsForCitizen(db, citizen.id),
    listActiveProposalTargets(db, citizen.id),
    listLettersForCitizen(db, citizen.id),
    hasSharingConsent(db, citizen.id),
    citizen.contactPersonId ? getContactPerson(db, citizen.contactPersonId) : undefined,
  ]);
  const nameOf = (kind: "volunteer" | "activity", id: string) => {
    if (kind === "volunteer") {
      const v = match.volunteers.get(id);
      return { name: v ? `${v.firstName} ${v.lastName}` : id, detail: v ? `${v.associationName}, ${v.area}` : "" };
    }
    const a = match.activities.get(id);
    return {
      name: a?.title ?? id,
      detail: a ? `${formatWhen(a.weekday, a.startTime, a.endTime)}, ${a.city} – ${a.associationName}` : "",
    };
  };
  return {
    citizen,
    consent,
    contact: contact ?? null,
    proposals,
    letters,
    candidates: match.suggestions.candidates.map((c) => ({
      ...c,
      ...nameOf(c.kind, c.id),
      alreadyProposed: active.includes(c.id),
    })),
    excluded: match.suggestions.excluded.map((e) => ({ ...e, ...nameOf(e.kind, e.id) })),
    outOfReach: match.suggestions.outOfReach,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, "/borgere/:id", params.id, "Forslag om match");
  const parsed = proposeForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: messages.candidateNotAllowed }, { status: 400 });
  if (!(await hasSharingConsent(db, citizen.id))) {
    return data({ error: messages.noConsent }, { status: 409 });
  }
  // Checked before the rules: the open proposal itself may have filled the volunteer.
  if ((await listActiveProposalTargets(db, citizen.id)).includes(parsed.data.candidateId)) {
    return data({ error: messages.proposalAlreadyOpen }, { status: 409 });
  }
  // Recomputed on the server: the score and reasons stored are the rules' own,
  // never what a browser sent.
  const match = await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER);
  const candidate = match.suggestions.candidates.find(
    (c) => c.kind === parsed.data.kind && c.id === parsed.data.candidateId,
  );
  if (!candidate) return data({ error: messages.candidateNotAllowed }, { status: 409 });
  const associationId = associationOfCandidate(match, candidate);
  if (!associationId) return data({ error: messages.candidateNotAllowed }, { status: 409 });
  await proposeCandidate(db, citizen.id, candidate, associationId, user.id);
  return redirect(`/borgere/${citizen.id}?foreslaaet=1`);
}

export default function CitizenPage({ actionData }: Route.ComponentProps) {
  const { citizen: c, consent, contact, proposals, letters, candidates, excluded, outOfReach } =
    useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const error = actionData && "error" in actionData ? actionData.error : null;
  const letterByProposal = new Map(letters.map((l) => [l.proposal_id, l]));
  return (
    <article>
      <CitizenHeader citizen={c} />
      {searchParams.get("foreslaaet") ? (
        <Alert kind="success">Forslaget er sendt til foreningens frivillighedstovholder.</Alert>
      ) : null}
      {error ? (
        <Alert kind="error">{error}</Alert>
      ) : null}

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
            {c.narrative ? (
              <>
                <dt>Samtalen</dt>
                <dd className="pre-line">{c.narrative}</dd>
              </>
            ) : null}
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
                    {p.decisionNote ? <p>Foreningens note: {p.decisionNote}</p> : null}
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

      <section>
        <h2>Forslag til match</h2>
        {!consent ? (
          <Alert kind="warning">{messages.noConsent}</Alert>
        ) : null}
        {candidates.length === 0 ? (
          <p>Ingen frivillige eller aktiviteter opfylder alle krav lige nu.</p>
        ) : (
          <ol className="candidate-list">
            {candidates.map((cand) => (
              <li key={`${cand.kind}-${cand.id}`} className="item-card">
                <h3>
                  {cand.name}{" "}
                  <span className="muted weight-normal">
                    ({cand.kind === "volunteer" ? "besøgsven" : "aktivitet"})
                  </span>
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
        <p className="muted">
          {outOfReach} kandidater ligger uden for rækkevidde og er ikke vist.
        </p>
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
      </section>
    </article>
  );
}
