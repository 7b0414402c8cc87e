import { type Weekday, weekdayLabels, weekdays } from "../vocabulary";

// An activity's schedule is stored as an RFC 5545 RRULE (without DTSTART) from its
// first date. Associations do not write RRULEs: they choose one of these repeats,
// which covers how Danish clubs meet ("hver anden tirsdag", "første mandag i måneden").
// This module is browser-safe; expanding dates lives in occurrences.ts.

export const repeats = [
  "once",
  "weekly",
  "every-2-weeks",
  "every-3-weeks",
  "every-4-weeks",
  "monthly-1",
  "monthly-2",
  "monthly-3",
  "monthly-4",
  "monthly-last",
] as const;
export type Repeat = (typeof repeats)[number];

const byday: Record<Weekday, string> = {
  mon: "MO",
  tue: "TU",
  wed: "WE",
  thu: "TH",
  fri: "FR",
  sat: "SA",
  sun: "SU",
};

const nthOf: Partial<Record<Repeat, string>> = {
  "monthly-1": "1",
  "monthly-2": "2",
  "monthly-3": "3",
  "monthly-4": "4",
  "monthly-last": "-1",
};

/** The RRULE for a repeat on a weekday, e.g. every-2-weeks on tue → FREQ=WEEKLY;INTERVAL=2;BYDAY=TU. */
export function rruleFor(repeat: Repeat, weekday: Weekday): string {
  const day = byday[weekday];
  if (repeat === "once") return `FREQ=WEEKLY;COUNT=1;BYDAY=${day}`;
  if (repeat === "weekly") return `FREQ=WEEKLY;BYDAY=${day}`;
  const nth = nthOf[repeat];
  if (nth) return `FREQ=MONTHLY;BYDAY=${nth}${day}`;
  return `FREQ=WEEKLY;INTERVAL=${repeat.slice("every-".length, -"-weeks".length)};BYDAY=${day}`;
}

/** The repeat an RRULE written by rruleFor stands for; undefined for any other rule. */
export function repeatOf(rrule: string): Repeat | undefined {
  return repeats.find((repeat) => weekdays.some((day) => rruleFor(repeat, day) === rrule));
}

/** The weekday of a calendar date (YYYY-MM-DD), whatever the server's time zone. */
export function weekdayOf(isoDate: string): Weekday {
  const sundayFirst = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] as Weekday;
}

const repeatPhrases: Record<Exclude<Repeat, "once">, (day: string) => string> = {
  weekly: (day) => `Hver ${day}`,
  "every-2-weeks": (day) => `Hver anden ${day}`,
  "every-3-weeks": (day) => `Hver tredje ${day}`,
  "every-4-weeks": (day) => `Hver fjerde ${day}`,
  "monthly-1": (day) => `Første ${day} i måneden`,
  "monthly-2": (day) => `Anden ${day} i måneden`,
  "monthly-3": (day) => `Tredje ${day} i måneden`,
  "monthly-4": (day) => `Fjerde ${day} i måneden`,
  "monthly-last": (day) => `Sidste ${day} i måneden`,
};

export const repeatLabels: Record<Repeat, string> = {
  once: "Kun én gang",
  weekly: "Hver uge",
  "every-2-weeks": "Hver anden uge",
  "every-3-weeks": "Hver tredje uge",
  "every-4-weeks": "Hver fjerde uge",
  "monthly-1": "Første ugedag i måneden",
  "monthly-2": "Anden ugedag i måneden",
  "monthly-3": "Tredje ugedag i måneden",
  "monthly-4": "Fjerde ugedag i måneden",
  "monthly-last": "Sidste ugedag i måneden",
};

const clock = (hhmm: string) => hhmm.replace(":", ".");
const longDate = new Intl.DateTimeFormat("da-DK", { dateStyle: "full", timeZone: "UTC" });

/**
 * "Hver anden tirsdag kl. 10.00–12.00"; a one-off reads "tirsdag den 24. marts 2026
 * kl. 10.00–12.00". Rules not written here fall back to the weekday.
 */
export function describeSchedule(s: {
  rrule: string;
  weekday: Weekday;
  startsOn: string;
  startTime: string;
  endTime: string;
}): string {
  const time = `kl. ${clock(s.startTime)}–${clock(s.endTime)}`;
  const repeat = repeatOf(s.rrule);
  if (repeat === "once") {
    return `${longDate.format(new Date(`${s.startsOn}T12:00:00Z`))} ${time}`;
  }
  const day = weekdayLabels[s.weekday].toLowerCase();
  const phrase = repeat ? repeatPhrases[repeat](day) : `${weekdayLabels[s.weekday]}e`;
  return `${phrase} ${time}`;
}

/** The first date on or after `from` that falls on `weekday`. */
export function firstDateOn(weekday: Weekday, from: string): string {
  const ahead = (weekdays.indexOf(weekday) - weekdays.indexOf(weekdayOf(from)) + 7) % 7;
  return new Date(Date.parse(`${from}T12:00:00Z`) + ahead * 86_400_000).toISOString().slice(0, 10);
}
