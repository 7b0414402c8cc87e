import { type Weekday, weekdayLabels } from "../domain/vocabulary";

// Danish conventions: "kl. 10.00", "23. november 2026", decimal comma.
const zone = "Europe/Copenhagen";

export const danishTime = (hhmm: string) => hhmm.replace(":", ".");

export function formatWhen(weekday: Weekday, start: string, end: string): string {
  return `${weekdayLabels[weekday]} kl. ${danishTime(start)}–${danishTime(end)}`;
}

/** "tirsdage kl. 10.00–12.00", for a recurring weekly activity in running text. */
export function formatRecurring(weekday: Weekday, start: string, end: string): string {
  return `${weekdayLabels[weekday].toLowerCase()}e kl. ${danishTime(start)}–${danishTime(end)}`;
}

const dateFormat = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: zone });
const dateTimeFormat = new Intl.DateTimeFormat("da-DK", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: zone,
});

const clockFormat = new Intl.DateTimeFormat("da-DK", { timeStyle: "short", timeZone: zone });

export const formatDate = (iso: string | Date) => dateFormat.format(new Date(iso));
const weekdayDateFormat = new Intl.DateTimeFormat("da-DK", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** "mandag den 23. november 2026", for a calendar date (YYYY-MM-DD) in a list of meetings. */
export const formatWeekdayDate = (isoDate: string) => weekdayDateFormat.format(new Date(`${isoDate}T12:00:00Z`));
export const formatDateTime = (iso: string | Date) => dateTimeFormat.format(new Date(iso));
/** "10.42": the time of day only, for things that happened minutes ago. */
export const formatClock = (iso: string | Date) => clockFormat.format(new Date(iso));

export const formatNumber = (n: number, digits = 1) =>
  new Intl.NumberFormat("da-DK", { maximumFractionDigits: digits }).format(n);

export const formatPrice = (kr: number) => (kr === 0 ? "Gratis" : `${formatNumber(kr, 0)} kr.`);

const collator = new Intl.Collator("da");
/** Sorts by Danish alphabet, so Æ, Ø and Å come last as Danes expect. */
export const byDanish =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    collator.compare(key(a), key(b));
