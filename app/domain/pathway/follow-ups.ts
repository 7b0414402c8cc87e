import type { FollowUpKind } from "../../../db/schema";
import type { PathwayStatus } from "./states";

// When to ask the citizen how it goes. Dates are plain YYYY-MM-DD strings, computed
// in UTC so no daylight-saving shift can move a follow-up by a day.

export interface PlannedFollowUp {
  kind: FollowUpKind;
  due: string;
}

const parse = (date: string) => new Date(`${date}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** Calendar months; a day the target month lacks becomes its last day (30 Nov + 3 = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return format(d);
}

/**
 * The default follow-ups when a pathway starts. Struer's schedule names visits, not
 * dates; we assume one visit a week, so the 1st visit is a week in and the 3rd three
 * weeks in. The coordinator moves a date when the visits run differently.
 */
export function defaultFollowUps(startDate: string): PlannedFollowUp[] {
  return [
    { kind: "first_visit", due: addDays(startDate, 7) },
    { kind: "third_visit", due: addDays(startDate, 21) },
    { kind: "four_weeks", due: addDays(startDate, 28) },
    { kind: "three_months", due: addMonths(startDate, 3) },
  ];
}

export type FollowUpState = "done" | "overdue" | "due";

export function followUpState(f: { due: string; doneOn: string | null }, today: string): FollowUpState {
  if (f.doneOn) return "done";
  return f.due < today ? "overdue" : "due";
}

export type FollowUpOutcome = "continue" | "close";

/**
 * The steps a recorded follow-up takes the pathway through. From "in progress" it
 * passes "follow-up" first, so the history shows that a follow-up happened; then it
 * continues or closes. Null when the pathway is not at a step where one is recorded.
 */
export function followUpSteps(from: PathwayStatus, outcome: FollowUpOutcome): PathwayStatus[] | null {
  const after: PathwayStatus = outcome === "continue" ? "in_progress" : "closed";
  if (from === "in_progress") return ["follow_up", after];
  if (from === "follow_up") return [after];
  return null;
}
