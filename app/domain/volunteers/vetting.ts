// Vetting of a volunteer: a signed tavshedserklæring and a straffeattest no older
// than the municipality's policy. Matching (app/domain/matching/rules.ts) decides
// validity; this module tells people when an attest runs out and when to remind
// the association, using the same month arithmetic so the two never disagree.
import { subtractMonths } from "../matching/rules";
import { addDays, dateInDenmark, daysBetween } from "../pathway/working-days";

/** The association is warned, and reminded once, this many days before expiry. */
export const EXPIRY_WARNING_DAYS = 60;

/**
 * The last day a straffeattest dated `date` is valid under a policy of `maxAgeMonths`:
 * the last day on which matching still accepts it. Month ends count as matching
 * counts them: with a one-month policy an attest from 28 February is valid through
 * 31 March, because 31 March minus one month is 28 February.
 */
export function straffeattestValidThrough(date: string, maxAgeMonths: number): string {
  // subtractMonths clamps to month ends, so several days can map onto `date`: start
  // at `date` plus the months (clamped, never past the answer) and walk to the last.
  let day = subtractMonths(date, -maxAgeMonths);
  while (subtractMonths(addDays(day, 1), maxAgeMonths) <= date) day = addDays(day, 1);
  return day;
}

export type StraffeattestState =
  | { kind: "missing" }
  | { kind: "valid"; validThrough: string; daysLeft: number }
  | { kind: "expiring"; validThrough: string; daysLeft: number }
  | { kind: "expired"; validThrough: string };

export function straffeattestState(
  date: string | null,
  today: string,
  maxAgeMonths: number,
): StraffeattestState {
  if (!date) return { kind: "missing" };
  const validThrough = straffeattestValidThrough(date, maxAgeMonths);
  const daysLeft = daysBetween(today, validThrough);
  if (daysLeft < 0) return { kind: "expired", validThrough };
  return { kind: daysLeft < EXPIRY_WARNING_DAYS ? "expiring" : "valid", validThrough, daysLeft };
}

/** An attest on file that has run out or runs out within the warning window. */
export const isRunningOut = (state: StraffeattestState): boolean =>
  state.kind === "expiring" || state.kind === "expired";

export interface ReminderCandidate {
  status: "active" | "paused" | "ended";
  straffeattestDate: string | null;
  /** ISO timestamp of the last reminder, or null. */
  remindedAt: string | null;
}

/**
 * The association is reminded once per attest: from EXPIRY_WARNING_DAYS before it runs
 * out (or at once, if it already has), unless a reminder was sent since that window
 * opened. A reminder sent before the window was about an earlier attest, so a renewed
 * attest is reminded about again when its own time comes. Ended volunteers are not.
 */
export function isReminderDue(v: ReminderCandidate, today: string, maxAgeMonths: number): boolean {
  if (v.status === "ended" || !v.straffeattestDate) return false;
  const windowOpens = addDays(straffeattestValidThrough(v.straffeattestDate, maxAgeMonths), -EXPIRY_WARNING_DAYS + 1);
  if (today < windowOpens) return false;
  return v.remindedAt === null || dateInDenmark(v.remindedAt) < windowOpens;
}
