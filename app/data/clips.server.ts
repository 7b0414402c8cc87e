import type { ClipGrantTerms, LoggedUse } from "../domain/pathway/clips";
import { monthBounds } from "../domain/pathway/clips";
import type { ClipBudgetInput, ClipGrantInput, ClipUseInput } from "../forms/clips";
import { dateInDenmark } from "../domain/pathway/working-days";
import { type Executor, nowIso } from "./executor";

export interface ClipGrant extends ClipGrantTerms {
  id: string;
  citizenId: string;
  purpose: string;
  createdAt: string;
}

export interface ClipUse extends LoggedUse {
  id: string;
  minutes: number;
  usedBy: string;
  whatFor: string;
}

const grantColumns = [
  "id",
  "citizen_id",
  "clips_per_period",
  "period",
  "minutes_per_clip",
  "purpose",
  "start_date",
  "expiry_date",
  "saved_cap",
  "created_at",
] as const;

function toGrant(row: {
  id: string;
  citizen_id: string;
  clips_per_period: number;
  period: "week" | "month";
  minutes_per_clip: number;
  purpose: string;
  start_date: string;
  expiry_date: string;
  saved_cap: number;
  created_at: string;
}): ClipGrant {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    clipsPerPeriod: row.clips_per_period,
    period: row.period,
    minutesPerClip: row.minutes_per_clip,
    purpose: row.purpose,
    startDate: row.start_date,
    expiryDate: row.expiry_date,
    savedCap: row.saved_cap,
    createdAt: row.created_at,
  };
}

/** A citizen has one grant at a time; replacing it keeps the usage log. */
export async function getClipGrant(db: Executor, citizenId: string): Promise<ClipGrant | undefined> {
  const row = await db
    .selectFrom("clip_grant")
    .select(grantColumns)
    .where("citizen_id", "=", citizenId)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row ? toGrant(row) : undefined;
}

export async function listClipUses(db: Executor, grantId: string): Promise<ClipUse[]> {
  const rows = await db
    .selectFrom("clip_use")
    .select(["id", "used_on", "minutes", "clips", "used_by", "what_for"])
    .where("grant_id", "=", grantId)
    .orderBy("used_on")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    usedOn: r.used_on,
    minutes: r.minutes,
    clips: r.clips,
    usedBy: r.used_by,
    whatFor: r.what_for,
  }));
}

type GrantValues = Omit<ClipGrantInput, "intent">;

const grantRow = (g: GrantValues) => ({
  clips_per_period: g.clipsPerPeriod,
  period: g.period,
  minutes_per_clip: g.minutesPerClip,
  purpose: g.purpose,
  start_date: g.startDate,
  expiry_date: g.expiryDate,
  saved_cap: g.savedCap,
});

/** Creates the citizen's grant, or replaces the terms of the existing one. */
export async function saveClipGrant(
  db: Executor,
  citizenId: string,
  existingId: string | undefined,
  grant: GrantValues,
  userId: string,
): Promise<string> {
  if (existingId) {
    await db
      .updateTable("clip_grant")
      .set({ ...grantRow(grant), granted_by: userId })
      .where("id", "=", existingId)
      .execute();
    return existingId;
  }
  const id = crypto.randomUUID();
  await db
    .insertInto("clip_grant")
    .values({ id, citizen_id: citizenId, ...grantRow(grant), granted_by: userId, created_at: nowIso() })
    .execute();
  return id;
}

export async function addClipUse(
  db: Executor,
  grantId: string,
  use: Omit<ClipUseInput, "intent">,
  clips: number,
  userId: string,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("clip_use")
    .values({
      id,
      grant_id: grantId,
      used_on: use.usedOn,
      minutes: use.minutes,
      clips,
      used_by: use.usedBy,
      what_for: use.whatFor,
      recorded_by: userId,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

export interface MunicipalGrant {
  citizenId: string;
  citizenName: string;
  grant: ClipGrant;
  uses: ClipUse[];
}

/** The municipality's grants still running on `from` or later, with their uses. */
export async function listGrantsRunningFrom(
  db: Executor,
  municipalityId: string,
  from: string,
): Promise<MunicipalGrant[]> {
  const rows = await db
    .selectFrom("clip_grant")
    .innerJoin("citizen", "citizen.id", "clip_grant.citizen_id")
    .select(grantColumns.map((c) => `clip_grant.${c}` as const))
    .select(["citizen.first_name", "citizen.last_name"])
    .where("citizen.municipality_id", "=", municipalityId)
    .where("clip_grant.expiry_date", ">=", from)
    .orderBy("citizen.last_name")
    .orderBy("citizen.first_name")
    .execute();
  return Promise.all(
    rows.map(async (row) => {
      const grant = toGrant(row);
      return {
        citizenId: grant.citizenId,
        citizenName: `${row.first_name} ${row.last_name}`,
        grant,
        uses: await listClipUses(db, grant.id),
      };
    }),
  );
}

/**
 * Minutes paid from the clip budget in a month: escort clips used, and the home-care
 * detection clips on referrals made that month (Struer pays both from one budget).
 */
export async function monthUsage(
  db: Executor,
  municipalityId: string,
  month: string,
): Promise<{ escortMinutes: number; detectionMinutes: number }> {
  const { first, last } = monthBounds(month);
  const escort = await db
    .selectFrom("clip_use")
    .innerJoin("clip_grant", "clip_grant.id", "clip_use.grant_id")
    .innerJoin("citizen", "citizen.id", "clip_grant.citizen_id")
    .select((eb) => eb.fn.sum<number | null>("clip_use.minutes").as("minutes"))
    .where("citizen.municipality_id", "=", municipalityId)
    .where("clip_use.used_on", ">=", first)
    .where("clip_use.used_on", "<=", last)
    .executeTakeFirst();
  // referred_at is a UTC timestamp; a day's margin each side, then the Danish date decides.
  const referrals = await db
    .selectFrom("referral")
    .innerJoin("citizen", "citizen.id", "referral.citizen_id")
    .select(["referral.referred_at", "referral.detection_clip_minutes"])
    .where("citizen.municipality_id", "=", municipalityId)
    .where("referral.detection_clip_minutes", "is not", null)
    .where("referral.referred_at", ">=", `${shiftDay(first, -1)}T00:00:00`)
    .where("referral.referred_at", "<", `${shiftDay(last, 2)}T00:00:00`)
    .execute();
  const detectionMinutes = referrals
    .filter((r) => dateInDenmark(r.referred_at).startsWith(month))
    .reduce((sum, r) => sum + (r.detection_clip_minutes ?? 0), 0);
  return { escortMinutes: escort?.minutes ?? 0, detectionMinutes };
}

function shiftDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function getClipBudget(db: Executor, municipalityId: string): Promise<ClipBudgetInput> {
  const row = await db
    .selectFrom("municipality")
    .select(["clip_budget_month_dkk", "clip_hour_cost_dkk"])
    .where("id", "=", municipalityId)
    .executeTakeFirstOrThrow();
  return { budgetDkk: row.clip_budget_month_dkk, hourCostDkk: row.clip_hour_cost_dkk };
}

export async function setClipBudget(db: Executor, municipalityId: string, budget: ClipBudgetInput): Promise<void> {
  await db
    .updateTable("municipality")
    .set({ clip_budget_month_dkk: budget.budgetDkk, clip_hour_cost_dkk: budget.hourCostDkk })
    .where("id", "=", municipalityId)
    .execute();
}
