import { Form, data, redirect, useLoaderData, useSearchParams } from "react-router";
import { readForm } from "../forms/read-form.server";
import { requireAccess } from "../auth/guard.server";
import { decideAndNotify } from "../comms/deliver-suggestion.server";
import { db } from "../data/db.server";
import { listInbox } from "../data/proposals.server";
import { barrierLabels } from "../domain/vocabulary";
import { decisionForm } from "../forms/proposal";
import { Tags } from "../ui/activity-facts";
import { answerLabels, proposalStatusLabels } from "../ui/citizen-labels";
import { formatDateTime } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/forslag";
import { Alert } from "../ui/alert";

export const meta = () => [{ title: "Forslag til matches – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/forslag");
  const inbox = await listInbox(db, user.role === "admin" ? null : user.associationId);
  return {
    open: inbox.filter((p) => p.status === "proposed"),
    decided: inbox.filter((p) => p.status !== "proposed"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAccess(request, "/forslag");
  const parsed = decisionForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: messages.formInvalid }, { status: 400 });
  const { proposalId, decision, note } = parsed.data;
  const outcome = await decideAndNotify(db, user, proposalId, decision, note || null);
  if (outcome === "not-found") return data({ error: messages.notFound }, { status: 404 });
  if (outcome === "already-decided") {
    return data({ error: messages.proposalAlreadyDecided }, { status: 409 });
  }
  return redirect(`/forslag?besvaret=${outcome}`);
}

export default function Inbox({ actionData }: Route.ComponentProps) {
  const { open, decided } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("besvaret");
  return (
    <section>
      <h1>Forslag til matches</h1>
      <p className="font-lead">
        Kommunens fællesskabskoordinator foreslår borgere, som jeres frivillige eller aktiviteter
        passer til. Du ser kun det, I skal bruge for at tage imod borgeren.
      </p>
      {done ? (
        <Alert kind="success">
          {done === "accepted"
            ? "Tak! Borgeren får nu forslaget med posten eller på e-mail."
            : "Forslaget er afvist, og koordinatoren kan se det."}
        </Alert>
      ) : null}
      {actionData?.error ? (
        <Alert kind="error">{actionData.error}</Alert>
      ) : null}
      <h2>Venter på jer ({open.length})</h2>
      {open.length === 0 ? <p>Der er ingen nye forslag.</p> : null}
      <ul className="candidate-list">
        {open.map((p) => (
          <li key={p.id} className="item-card">
            <h3>
              {p.citizenFirstName} fra {p.citizenArea}
            </h3>
            <p>
              Forslag: {p.kind === "volunteer" ? "besøgsven" : "aktivitet"} <strong>{p.targetName}</strong>
            </p>
            <Tags items={p.citizenInterests} label="Borgerens interesser" />
            {p.citizenBarriers.length ? (
              <p>Hensyn: {p.citizenBarriers.map((b) => barrierLabels[b]).join(", ")}</p>
            ) : null}
            <ul className="reasons">
              {p.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <p className="muted">Foreslået {formatDateTime(p.proposedAt)}</p>
            <Form method="post">
              <input type="hidden" name="proposalId" value={p.id} />
              <div className="form-group">
                <label className="form-label" htmlFor={`note-${p.id}`}>
                  Note til koordinatoren <span className="weight-normal">(frivilligt)</span>
                </label>
                <textarea id={`note-${p.id}`} name="note" className="form-input" rows={2} maxLength={1000} />
              </div>
              <div className="button-row">
                <button type="submit" name="decision" value="accept" className="button button-primary">
                  Accepter forslaget
                </button>{" "}
                <button type="submit" name="decision" value="decline" className="button button-secondary">
                  Afvis
                </button>
              </div>
            </Form>
          </li>
        ))}
      </ul>
      <h2>Besvarede</h2>
      {decided.length === 0 ? <p>Ingen endnu.</p> : null}
      <ul className="card-list">
        {decided.map((p) => (
          <li key={p.id}>
            <div className="item-card">
              <h3>
                {p.citizenFirstName} – {p.targetName}
              </h3>
              <p>
                <span className={`status status-${p.status}`}>{proposalStatusLabels[p.status]}</span>
              </p>
              {p.answer ? (
                <p>
                  <span className={`status status-${p.answer}`}>{answerLabels[p.answer]}</span>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
