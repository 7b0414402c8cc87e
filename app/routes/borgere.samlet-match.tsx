import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { requireMunicipalUser } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { type BatchUnmatched, previewBatch } from "../data/batch-match.server";
import { getCitizen, hasSharingConsent } from "../data/citizens.server";
import { db } from "../data/db.server";
import { associationOfCandidate, proposeCandidate, suggestionsFor } from "../data/matching-pool.server";
import { listActiveProposalTargets } from "../data/proposals.server";
import { sendBatchForm } from "../forms/batch-match";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { formatDate, formatNumber } from "../ui/format";
import { declineReasonLabels } from "../ui/proposal-labels";
import type { Route } from "./+types/borgere.samlet-match";

const ROUTE = "/borgere/samlet-match";

export const meta = () => [{ title: "Samlet match for ventelisten – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const preview = await previewBatch(db, user.municipalityId);
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "Samlet match for ventelisten",
    details: { citizens: preview.pairs.length + preview.unmatched.length },
  });
  return { preview, mayWrite: mayWriteCitizen(user) };
}

/**
 * Sends the ticked pairs as proposals. Each is checked again as the citizen page does
 * (consent, nothing open already, still allowed by the rules), so a stale preview
 * never sends what the rules would now refuse; those are counted as skipped.
 */
export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const submission = parseWithZod(await readForm(request), { schema: sendBatchForm });
  if (submission.status !== "success") {
    return data({ error: submission.error?.pair?.[0] ?? submission.error?.[""]?.[0] }, { status: 400 });
  }
  requireCoordinatorWrite(user);
  let sent = 0;
  let skipped = 0;
  for (const pair of submission.value.pair) {
    const citizen = await getCitizen(db, pair.citizenId, user.municipalityId);
    const allowed =
      citizen &&
      (await hasSharingConsent(db, citizen.id)) &&
      (await listActiveProposalTargets(db, citizen.id)).length === 0;
    const match = allowed ? await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER) : undefined;
    const candidate = match?.suggestions.candidates.find((c) => c.kind === pair.kind && c.id === pair.candidateId);
    const associationId = match && candidate ? associationOfCandidate(match, candidate) : undefined;
    if (!citizen || !candidate || !associationId) {
      skipped += 1;
      continue;
    }
    await proposeCandidate(db, citizen.id, candidate, associationId, user.id);
    sent += 1;
  }
  return redirect(`${ROUTE}?sendt=${sent}&sprunget=${skipped}`);
}

export default function BatchMatch() {
  const { preview, mayWrite } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const sent = Number(searchParams.get("sendt") ?? "NaN");
  const skipped = Number(searchParams.get("sprunget") ?? "0");
  const { pairs, unmatched } = preview;
  const waiting = pairs.length + unmatched.length;
  return (
    <section>
      <p>
        <Link to="/borgere">Alle borgere</Link>
      </p>
      <h1>Samlet match for ventelisten</h1>
      {Number.isInteger(sent) && !actionData ? (
        <Alert kind="success">
          {sent === 1 ? "1 forslag er sendt" : `${sent} forslag er sendt`} til foreningerne. De står på borgernes
          sider, og foreningerne svarer under Forslag til matches.
          {skipped > 0 ? ` ${skipped} blev sprunget over, fordi borgeren eller forslaget har ændret sig – se listen igen.` : ""}
        </Alert>
      ) : null}
      {actionData?.error ? <Alert kind="error">{actionData.error}</Alert> : null}
      {waiting === 0 ? (
        <>
          <Alert kind="info">Ingen borgere venter på et match lige nu.</Alert>
          <p>{waitingExplained}</p>
        </>
      ) : (
        <>
          <p className="font-lead">{howManyGetOne(pairs.length, waiting)}</p>
          <p>
            {pairs.length > 0
              ? "Forslagene er det bedste samlede bud: flest mulige får et match, og blandt de løsninger er den med de bedste match valgt. Ingen frivillig eller aktivitet får flere, end der er plads til. "
              : ""}
            {waitingExplained}
          </p>
        </>
      )}
      {pairs.length > 0 ? (
        <Form method="post">
          {mayWrite ? (
            <p>Fjern fluebenet ved de forslag, du ikke vil sende, og send resten samlet.</p>
          ) : (
            <p>Kun en fællesskabskoordinator kan sende forslagene.</p>
          )}
          <table className="table table--zebra table--compact table--responsive-headers batch-match">
            <caption>
              {pairs.length} forslag – samlet score {formatNumber(preview.objective, 2)}
            </caption>
            <thead>
              <tr>
                {mayWrite ? <th scope="col">Send</th> : null}
                <th scope="col">Borger</th>
                <th scope="col">Forslag</th>
                <th scope="col">Score</th>
                <th scope="col">Hvorfor</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => {
                const value = `${p.citizenId}:${p.candidate.kind}:${p.candidate.id}`;
                return (
                  <tr key={value}>
                    {mayWrite ? (
                      <td data-title="Send">
                        <div className="form-group-checkbox">
                          <input
                            className="form-checkbox"
                            type="checkbox"
                            id={`pair-${p.citizenId}`}
                            name="pair"
                            value={value}
                            defaultChecked={p.declinedBefore === null}
                          />
                          <label htmlFor={`pair-${p.citizenId}`}>
                            <span className="sr-only">
                              Send forslaget {p.targetName} til {p.citizenName}
                            </span>
                          </label>
                        </div>
                      </td>
                    ) : null}
                    <td data-title="Borger">
                      <Link to={`/borgere/${p.citizenId}`}>{p.citizenName}</Link>
                    </td>
                    <td data-title="Forslag">
                      {p.candidate.kind === "volunteer" ? "Besøgsven: " : "Aktivitet: "}
                      {p.targetName}
                      {p.declinedBefore ? (
                        <span className="d-block form-hint">
                          Foreningen har sagt nej til netop dette forslag før
                          {p.declinedBefore.on ? ` (${formatDate(p.declinedBefore.on)})` : ""}
                          {p.declinedBefore.reason ? `: ${declineReasonLabels[p.declinedBefore.reason]}` : ""}. Derfor er
                          det ikke valgt.
                          {p.declinedBefore.note ? (
                            <span className="d-block">Foreningens note: {p.declinedBefore.note}</span>
                          ) : null}
                        </span>
                      ) : null}
                    </td>
                    <td data-title="Score">{formatNumber(p.candidate.score, 2)}</td>
                    <td data-title="Hvorfor">
                      <ul className="reasons">
                        {p.candidate.reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {mayWrite ? (
            <button type="submit" className="button button-primary">
              Send de valgte forslag
            </button>
          ) : null}
        </Form>
      ) : null}
      {unmatched.length > 0 ? (
        <>
          <h2>Uden forslag i denne runde ({unmatched.length})</h2>
          <ul>
            {unmatched.map((u) => (
              <li key={u.citizenId}>
                <Link to={`/borgere/${u.citizenId}`}>{u.citizenName}</Link> – {whyUnmatched(u)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

const waitingExplained =
  "På ventelisten står borgere, der er screenet med en adresse, har givet samtykke til deling og ikke har et forslag i gang.";

function howManyGetOne(pairs: number, waiting: number): string {
  if (waiting === 1) {
    return pairs === 1
      ? "Den ene borger, der venter, kan få et forslag."
      : "Den ene borger, der venter, kan ikke få et forslag lige nu.";
  }
  if (pairs === waiting) return `Alle ${waiting} borgere, der venter, kan få et forslag.`;
  if (pairs === 0) return `Ingen af de ${waiting} borgere, der venter, kan få et forslag lige nu.`;
  return `${pairs} af de ${waiting} borgere, der venter, kan få et forslag.`;
}

function whyUnmatched(u: BatchUnmatched): string {
  if (u.fitting > 0) {
    const fits =
      u.fitting === 1
        ? "1 frivillig eller aktivitet passer, men pladsen er givet til en anden"
        : `${u.fitting} frivillige eller aktiviteter passer, men pladserne er givet til andre`;
    return `${fits}, så flest muligt får et match. Åbn borgeren for at vælge selv.`;
  }
  const near = u.nearMisses.map((m) => `${m.label} (${m.count})`).join(", ");
  return [
    "Ingen frivillig eller aktivitet opfylder reglerne lige nu.",
    near ? `Udelukket: ${near}.` : "",
    u.outOfReach > 0 ? `${u.outOfReach} er uden for rækkevidde.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
