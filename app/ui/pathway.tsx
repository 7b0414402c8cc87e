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

export function PathwayHistory({ events }: { events: PathwayEvent[] }) {
  if (events.length === 0) return <p>Der er ingen trin i historikken endnu.</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">Forløbets historik, ældste først</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Trin</th>
            <th scope="col">Årsag og note</th>
            <th scope="col">Af</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>
                {e.fromStatus ? `${citizenStatusLabels[e.fromStatus]} → ` : null}
                {citizenStatusLabels[e.toStatus]}
              </td>
              <td>
                {e.closeReason ? <strong>{closeReasonLabels[e.closeReason]}</strong> : null}
                {e.closeReason && e.note ? <br /> : null}
                {e.note ? <span className="pre-line">{e.note}</span> : null}
              </td>
              <td>{e.byName ?? "Systemet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
