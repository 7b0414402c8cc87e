import { daysBetween } from "../pathway/working-days";

// A proposed match must be answered by the association by `respond_by` (the proposal
// date plus the municipality's proposal_response_days). The deadline day itself is
// still in time; from the day after, the proposal is overdue and the coordinator is
// alerted once.

export interface DeadlineState {
  respondBy: string;
  /** Calendar days past the deadline; 0 while still in time. */
  daysOver: number;
  overdue: boolean;
  /** Days left to answer, 0 on the deadline day itself. */
  daysLeft: number;
}

export function deadlineState(respondBy: string, today: string): DeadlineState {
  const diff = daysBetween(today, respondBy);
  return { respondBy, overdue: diff < 0, daysOver: Math.max(0, -diff), daysLeft: Math.max(0, diff) };
}

export interface AlertCandidate {
  status: "proposed" | "accepted" | "declined";
  respondBy: string;
  overdueAlertedAt: string | null;
}

/** An undecided proposal past its deadline whose coordinator has not been told yet. */
export function needsOverdueAlert(p: AlertCandidate, today: string): boolean {
  return p.status === "proposed" && p.overdueAlertedAt === null && deadlineState(p.respondBy, today).overdue;
}

/** Undecided proposals by deadline, the most overdue first. */
export function byDeadline<T extends { respondBy: string; proposedAt: string }>(a: T, b: T): number {
  return a.respondBy.localeCompare(b.respondBy) || a.proposedAt.localeCompare(b.proposedAt);
}
