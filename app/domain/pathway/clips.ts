// The escort-clip ledger (klippekort). A grant gives a number of clips each week or
// month; unused clips are saved, but only up to a cap when a new period begins, and
// everything lapses at expiry. The ledger is recomputed from the grant and the logged
// uses every time, so there is no stored balance that could drift from the log.

export type ClipPeriod = "week" | "month";

export interface ClipGrantTerms {
  clipsPerPeriod: number;
  period: ClipPeriod;
  minutesPerClip: number;
  startDate: string; // YYYY-MM-DD
  expiryDate: string; // YYYY-MM-DD, inclusive
  savedCap: number;
}

export interface LoggedUse {
  usedOn: string; // YYYY-MM-DD
  clips: number;
}

export interface PeriodRow {
  /** First day the period counts for this grant (the start date for the first period). */
  from: string;
  /** Last day of the period, or the expiry date if that comes first. */
  to: string;
  /** Saved clips brought in from the previous period, after the cap. */
  carried: number;
  /** Saved clips lost to the cap when this period began. */
  forfeited: number;
  accrued: number;
  used: number;
  /** The balance at the end of the period (or on `until` for the current one). */
  balance: number;
}

// Calendar dates as whole days since 1970-01-01 (UTC), so arithmetic never meets a
// daylight-saving hour.
const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function periodStart(period: ClipPeriod, day: number): number {
  const date = new Date(day * DAY_MS);
  if (period === "week") return day - ((date.getUTCDay() + 6) % 7); // weeks start on Monday
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

function nextPeriodStart(period: ClipPeriod, start: number): number {
  if (period === "week") return start + 7;
  const date = new Date(start * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

/** A use consumes whole clips: 45 minutes on 30-minute clips takes two. */
export function clipsForMinutes(minutes: number, minutesPerClip: number): number {
  return Math.ceil(minutes / minutesPerClip);
}

/** The periods from the grant's start up to `until` (or expiry, if earlier). */
function ledger(grant: ClipGrantTerms, uses: readonly LoggedUse[], until: number): PeriodRow[] {
  const first = toDay(grant.startDate);
  const expiry = toDay(grant.expiryDate);
  const last = Math.min(expiry, until);
  const rows: PeriodRow[] = [];
  let balance = 0;
  for (let start = periodStart(grant.period, first); start <= last; start = nextPeriodStart(grant.period, start)) {
    const from = Math.max(start, first);
    const to = Math.min(nextPeriodStart(grant.period, start) - 1, expiry);
    const counted = Math.min(to, until);
    const carried = rows.length === 0 ? 0 : Math.min(balance, grant.savedCap);
    const forfeited = Math.max(0, balance - carried);
    const used = uses
      .filter((u) => toDay(u.usedOn) >= from && toDay(u.usedOn) <= counted)
      .reduce((sum, u) => sum + u.clips, 0);
    balance = carried + grant.clipsPerPeriod - used;
    rows.push({ from: toIso(from), to: toIso(to), carried, forfeited, accrued: grant.clipsPerPeriod, used, balance });
  }
  return rows;
}

const withinGrant = (grant: ClipGrantTerms, date: string) =>
  date >= grant.startDate && date <= grant.expiryDate;

/** Clips left on `date`, after that day's uses; 0 before the start and after expiry. */
export function balanceOn(grant: ClipGrantTerms, uses: readonly LoggedUse[], date: string): number {
  if (!withinGrant(grant, date)) return 0;
  return ledger(grant, uses, toDay(date)).at(-1)?.balance ?? 0;
}

/** Per period, for the coordinator: what came in, what was used, what the cap took. */
export function statement(grant: ClipGrantTerms, uses: readonly LoggedUse[], today: string): PeriodRow[] {
  return ledger(grant, uses, toDay(today));
}

/**
 * Whether the logged uses fit the grant: no use outside its dates and no period
 * ending in debt. Within a period the balance only falls, so checking each period's
 * end checks every day.
 */
export function usesFit(grant: ClipGrantTerms, uses: readonly LoggedUse[]): boolean {
  return (
    uses.every((u) => withinGrant(grant, u.usedOn)) &&
    ledger(grant, uses, toDay(grant.expiryDate)).every((row) => row.balance >= 0)
  );
}

export type UseDecision =
  | { ok: true; clips: number }
  | { ok: false; reason: "before_start" | "expired" }
  | { ok: false; reason: "not_enough"; available: number };

/**
 * Whether a use of `minutes` on `usedOn` may be logged. A use dated back in time must
 * not take clips that later uses already spent, so what is available on a date is
 * the most that can be added there with every later use still covered.
 */
export function decideUse(
  grant: ClipGrantTerms,
  uses: readonly LoggedUse[],
  usedOn: string,
  minutes: number,
): UseDecision {
  if (usedOn < grant.startDate) return { ok: false, reason: "before_start" };
  if (usedOn > grant.expiryDate) return { ok: false, reason: "expired" };
  const clips = clipsForMinutes(minutes, grant.minutesPerClip);
  if (usesFit(grant, [...uses, { usedOn, clips }])) return { ok: true, clips };
  let available = Math.min(clips - 1, balanceOn(grant, uses, usedOn));
  while (available > 0 && !usesFit(grant, [...uses, { usedOn, clips: available }])) available--;
  return { ok: false, reason: "not_enough", available: Math.max(0, available) };
}

/** What `minutes` of home-care time cost in whole kroner. */
export function monthCost(minutes: number, hourCostDkk: number): number {
  return Math.round((minutes / 60) * hourCostDkk);
}

export interface ActiveGrant {
  grant: ClipGrantTerms;
  uses: readonly LoggedUse[];
}

export interface MonthForecastInput {
  month: string; // YYYY-MM
  today: string; // YYYY-MM-DD
  escortMinutesUsed: number;
  detectionMinutesUsed: number;
  grants: readonly ActiveGrant[];
}

export interface MonthForecast {
  /** Minutes expected in the whole month, escort and detection together. */
  escortMinutes: number;
  detectionMinutes: number;
  totalMinutes: number;
}

/**
 * The minutes the month is expected to cost in all.
 *
 * Escort clips: the use so far plus every clip the active grants still allow in the
 * rest of the month (the balance today, plus clips accruing in periods that begin
 * before the month ends and before expiry), each at its grant's full clip length.
 * The grants are known in advance and are what the municipality has committed to, so
 * they predict better than extrapolating a few days' use — a run-rate on the 3rd of
 * the month swings wildly and ignores a grant made yesterday. It errs high on
 * purpose: a budget warning that comes early is cheap, an overrun found at month's
 * end is not.
 *
 * Detection clips are not granted ahead, so for them the only evidence is the month
 * so far: the average per day so far, continued for the remaining days.
 *
 * A past month's forecast is its actual use; a future month has no detection use yet.
 */
export function forecastMonth(input: MonthForecastInput): MonthForecast {
  const monthStart = toDay(`${input.month}-01`);
  const monthEnd = nextPeriodStart("month", monthStart) - 1;
  const today = toDay(input.today);
  // The last day whose use is already known; the forecast adds what may follow it.
  const known = Math.min(Math.max(today, monthStart - 1), monthEnd);

  let remainingEscort = 0;
  for (const { grant, uses } of input.grants) {
    const first = toDay(grant.startDate);
    const lastDay = Math.min(monthEnd, toDay(grant.expiryDate));
    if (known + 1 > lastDay) continue;
    // The clips in hand can all be used before the next period; if that begins
    // tomorrow, only the capped saving comes along.
    const inHand = balanceOn(grant, uses, toIso(known));
    let clips = periodStart(grant.period, known + 1) === known + 1 ? Math.min(inHand, grant.savedCap) : inHand;
    for (let start = periodStart(grant.period, first); start <= lastDay; start = nextPeriodStart(grant.period, start)) {
      const accrues = Math.max(start, first);
      if (accrues > known && accrues <= lastDay) clips += grant.clipsPerPeriod;
    }
    remainingEscort += clips * grant.minutesPerClip;
  }

  const elapsed = known - monthStart + 1;
  const remainingDays = monthEnd - known;
  const remainingDetection = elapsed > 0 ? (input.detectionMinutesUsed / elapsed) * remainingDays : 0;

  const escortMinutes = input.escortMinutesUsed + remainingEscort;
  const detectionMinutes = input.detectionMinutesUsed + remainingDetection;
  return { escortMinutes, detectionMinutes, totalMinutes: escortMinutes + detectionMinutes };
}

/** The first and last day of a YYYY-MM month. */
export function monthBounds(month: string): { first: string; last: string } {
  const first = toDay(`${month}-01`);
  return { first: toIso(first), last: toIso(nextPeriodStart("month", first) - 1) };
}
