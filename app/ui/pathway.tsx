import type { PathwayEvent, MoveRefusal } from "../data/pathway.server";
import { CLOSE_REASONS, PATHWAY_STATUSES, type PathwayStatus } from "../domain/pathway/states";
import { citizenStatusLabels, closeReasonLabels } from "./citizen-labels";
import { formatDateTime } from "./format";
import { messages, pathwayRefusalMessage } from "./messages";

export const closeReasonOptions = CLOSE_REASONS.map((r) => ({ value: r, label: closeReasonLabels[r] }));

/**
 * What the user is told when a step is refused, and the HTTP status: a step someone
 * else already took is a conflict, a step the role may not take is forbidden.
 */
export function refusalReply(refusal: MoveRefusal): { message: string; status: 400 | 403 | 409 } {
  switch (refusal.code) {
    case "stale":
      return { message: messages.pathwayStepChanged, status: 409 };
    case "same_step":
      return { message: pathwayRefusalMessage(refusal), status: 409 };
    case "role":
      return { message: pathwayRefusalMessage(refusal), status: 403 };
    default:
      return { message: pathwayRefusalMessage(refusal), status: 400 };
  }
}

/** The six steps with the current one marked, so the whole road is visible at a glance. */
export function PathwaySteps({ status }: { status: PathwayStatus }) {
  const current = PATHWAY_STATUSES.indexOf(status);
  return (
    <ol className="pathway-steps no-max-width" aria-label="Forløbets trin">
      {PATHWAY_STATUSES.map((step, i) => (
        <li
          key={step}
          aria-current={i === current ? "step" : undefined}
          className={i < current ? "pathway-step-done" : undefined}
        >
          {citizenStatusLabels[step]}
        </li>
      ))}
    </ol>
  );
}

/** Oldest first, as a list rather than a table so it reflows on a phone. */
export function PathwayHistory({ events }: { events: PathwayEvent[] }) {
  if (events.length === 0) return <p>Der er ingen trin i historikken endnu.</p>;
  return (
    <ol className="pathway-history unstyled-list no-max-width">
      {events.map((e) => (
        <li key={e.id}>
          <strong>
            {e.fromStatus ? `${citizenStatusLabels[e.fromStatus]} → ` : null}
            {citizenStatusLabels[e.toStatus]}
          </strong>
          {e.closeReason ? `: ${closeReasonLabels[e.closeReason]}` : null}
          <br />
          <span className="muted">
            {formatDateTime(e.at)} · {e.byName ?? "Systemet"}
          </span>
          {e.note ? <p className="pre-line">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
