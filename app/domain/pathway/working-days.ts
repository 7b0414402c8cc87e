// Danish working days, for response targets such as "answer a referral within five
// working days". Dates are calendar dates (YYYY-MM-DD) without a time zone.
//
// Days off: Saturdays, Sundays and the public holidays (helligdage). Store bededag
// was abolished as a public holiday from 2024. Grundlovsdag (5 June), juleaftensdag
// (24 December) and nytårsaftensdag (31 December) are not public holidays, but they
// are days off under the municipal collective agreements, so a municipal response
// target does not count them either.

const DAY_MS = 24 * 60 * 60 * 1000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const danishCalendar = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** The Danish calendar date (YYYY-MM-DD) of a moment, by default now. */
export const dateInDenmark = (at: Date | string = new Date()): string =>
  danishCalendar.format(new Date(at));

const danishClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Copenhagen",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Danish time of day (HH:MM) of a moment, by default now. */
export const clockInDenmark = (at: Date | string = new Date()): string => danishClock.format(new Date(at));

/** The calendar date `days` after `date` (negative: before). */
export const addDays = (date: string, days: number): string => toDate(toTime(date) + days * DAY_MS);

/** Calendar days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toTime(to) - toTime(from)) / DAY_MS);

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** The days off in `year` that can fall on a weekday. */
export function danishHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays = new Set([
    `${year}-01-01`, // nytårsdag
    addDays(easter, -3), // skærtorsdag
    addDays(easter, -2), // langfredag
    easter, // påskedag
    addDays(easter, 1), // 2. påskedag
    addDays(easter, 39), // Kristi himmelfartsdag
    addDays(easter, 49), // pinsedag
    addDays(easter, 50), // 2. pinsedag
    `${year}-06-05`, // grundlovsdag
    `${year}-12-24`, // juleaftensdag
    `${year}-12-25`, // juledag
    `${year}-12-26`, // 2. juledag
    `${year}-12-31`, // nytårsaftensdag
  ]);
  holidayCache.set(year, holidays);
  return holidays;
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(toTime(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * The working days after `from` up to and including `to`: a referral made on a
 * Friday has waited one working day on Monday. Negative when `to` is earlier.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** The date `n` working days after `date` (n ≥ 0); 0 gives `date` itself. */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}
