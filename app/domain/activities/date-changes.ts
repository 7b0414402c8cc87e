import { type OccurrenceChange, type ScheduleRule, isPlannedDate } from "./occurrences";

export type DateChangeRefusal = "passed" | "not_planned" | "no_change";

/**
 * Whether an association may cancel or move the occurrence the rule plans on
 * `change.onDate`: only coming dates the rule itself plans, and a move must change
 * the date or the time.
 */
export function dateChangeRefusal(
  rule: ScheduleRule,
  today: string,
  change: Pick<OccurrenceChange, "onDate" | "kind"> &
    Partial<Pick<OccurrenceChange, "newDate" | "newStartTime" | "newEndTime">>,
): DateChangeRefusal | null {
  if (change.onDate < today) return "passed";
  if (!isPlannedDate(rule, change.onDate)) return "not_planned";
  if (
    change.kind === "moved" &&
    (change.newDate ?? change.onDate) === change.onDate &&
    (change.newStartTime ?? rule.startTime) === rule.startTime &&
    (change.newEndTime ?? rule.endTime) === rule.endTime
  ) {
    return "no_change";
  }
  return null;
}
