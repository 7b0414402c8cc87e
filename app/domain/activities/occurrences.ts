import rrulePackage from "rrule";

// rrule ships CommonJS as its main entry; Node's ESM loader only sees a default export.
const { RRule } = rrulePackage;

// Dates are calendar dates in Denmark. rrule works on JS Dates, so each date is
// carried as UTC midnight ("floating" time in RFC 5545 terms) and never converted
// through the server's own time zone.

export interface ScheduleRule {
  rrule: string;
  startsOn: string; // YYYY-MM-DD
  endsOn: string | null;
  startTime: string; // HH:MM
  endTime: string;
}

export interface OccurrenceChange {
  onDate: string;
  kind: "cancelled" | "moved";
  newDate: string | null;
  newStartTime: string | null;
  newEndTime: string | null;
  note: string;
}

export interface Occurrence {
  /** The date it takes place (the new date when moved). */
  date: string;
  startTime: string;
  endTime: string;
  /** The date the rule planned, which identifies the occurrence. */
  plannedDate: string;
  status: "planned" | "moved" | "cancelled";
  note: string;
}

const asUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const asIsoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The dates the rule itself gives in [from, to], both inclusive, before any change. */
export function plannedDates(rule: ScheduleRule, from: string, to: string): string[] {
  const start = from > rule.startsOn ? from : rule.startsOn;
  const end = rule.endsOn && rule.endsOn < to ? rule.endsOn : to;
  if (start > end) return [];
  const recurrence = new RRule({ ...RRule.parseString(rule.rrule), dtstart: asUtc(rule.startsOn) });
  return recurrence.between(asUtc(start), asUtc(end), true).map(asIsoDate);
}

export function isPlannedDate(rule: ScheduleRule, date: string): boolean {
  return plannedDates(rule, date, date).length === 1;
}

/**
 * Occurrences taking place in [from, to]: planned ones, cancelled ones (kept, so a
 * catalogue can say "Aflyst"), and moved ones at their new date and time.
 */
export function occurrencesBetween(
  rule: ScheduleRule,
  changes: readonly OccurrenceChange[],
  from: string,
  to: string,
): Occurrence[] {
  const changeOn = new Map(changes.map((c) => [c.onDate, c]));
  const result: Occurrence[] = [];
  for (const date of plannedDates(rule, from, to)) {
    const change = changeOn.get(date);
    if (change?.kind === "moved") continue;
    result.push({
      date,
      startTime: rule.startTime,
      endTime: rule.endTime,
      plannedDate: date,
      status: change ? "cancelled" : "planned",
      note: change?.note ?? "",
    });
  }
  for (const change of changes) {
    if (change.kind !== "moved" || !change.newDate) continue;
    if (change.newDate < from || change.newDate > to) continue;
    if (!isPlannedDate(rule, change.onDate)) continue;
    result.push({
      date: change.newDate,
      startTime: change.newStartTime ?? rule.startTime,
      endTime: change.newEndTime ?? rule.endTime,
      plannedDate: change.onDate,
      status: "moved",
      note: change.note,
    });
  }
  return result.sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
}

/** The next `count` occurrences from `today` on, cancelled ones included, within a year. */
export function nextOccurrences(
  rule: ScheduleRule,
  changes: readonly OccurrenceChange[],
  today: string,
  count: number,
): Occurrence[] {
  const yearAhead = asIsoDate(new Date(asUtc(today).getTime() + 366 * 86_400_000));
  return occurrencesBetween(rule, changes, today, yearAhead).slice(0, count);
}

/** Whether an occurrence is still to come at `now` (Danish date and HH:MM): today's counts until it ends. */
export function notOverYet(occurrence: Occurrence, now: { date: string; time: string }): boolean {
  return occurrence.date > now.date || (occurrence.date === now.date && occurrence.endTime > now.time);
}
