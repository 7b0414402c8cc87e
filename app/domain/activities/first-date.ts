import type { Weekday } from "../vocabulary";
import { type Repeat, weekdayOf } from "./schedule";

// A monthly repeat ("første mandag i måneden") counts from the first date, and RRULE
// expansion silently skips a first date that is not such a day. So the first date an
// association types must itself be one of the days the repeat names. Browser-safe.

const nthOfRepeat: Partial<Record<Repeat, number>> = {
  "monthly-1": 1,
  "monthly-2": 2,
  "monthly-3": 3,
  "monthly-4": 4,
};

const DAY_MS = 86_400_000;
const shift = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whether the repeat plans `isoDate` as its first date (weekly repeats plan any date). */
export function fitsRepeat(repeat: Repeat, isoDate: string): boolean {
  const dayOfMonth = Number(isoDate.slice(8, 10));
  if (repeat === "monthly-last") return shift(isoDate, 7).slice(5, 7) !== isoDate.slice(5, 7);
  const nth = nthOfRepeat[repeat];
  return nth === undefined || Math.ceil(dayOfMonth / 7) === nth;
}

/** The first date on or after `from` that falls on `weekday` and fits the repeat. */
export function firstFittingDate(repeat: Repeat, weekday: Weekday, from: string): string {
  let date = from;
  while (weekdayOf(date) !== weekday || !fitsRepeat(repeat, date)) date = shift(date, 1);
  return date;
}
