import { Form } from "react-router";
import type { ReplyHistoryEntry } from "../data/reply-answers.server";
import { formatDateTime } from "./format";

const answerWords = { yes: "Ja tak", no: "Nej tak", call: "Ring til mig" } as const;
const viaWords = { link: "via linket", code: "med koden fra brevet" } as const;

/**
 * Every answer the citizen gave to one proposal, newest first (the newest counts),
 * and a button to take the new ones off the worklist.
 */
export function ReplyHistory({
  proposalId,
  entries,
  mayWrite,
}: {
  proposalId: string;
  entries: ReplyHistoryEntry[];
  mayWrite: boolean;
}) {
  if (entries.length === 0) return null;
  const unseen = entries.some((e) => !e.seenAt);
  return (
    <div className="reply-history">
      <h4 className="h5">Borgerens svar</h4>
      <ol>
        {entries.map((e, i) => (
          <li key={e.id}>
            {formatDateTime(e.answeredAt)}: <strong>{answerWords[e.answer]}</strong> {viaWords[e.via]}
            {i === 0 && entries.length > 1 ? " (gældende)" : ""}
            {e.seenAt ? null : <span className="status status-proposed">Nyt</span>}
          </li>
        ))}
      </ol>
      {unseen && mayWrite ? (
        <Form method="post">
          <input type="hidden" name="intent" value="answers-seen" />
          <input type="hidden" name="proposalId" value={proposalId} />
          <button type="submit" className="button button-secondary">
            Markér svaret som set
          </button>
        </Form>
      ) : null}
    </div>
  );
}
