import type { ReferralSource } from "../../db/schema";
import { DETECTION_CLIP_MINUTES, type ReferralSign } from "../domain/pathway/referral-signs";
import { type ReferrerStatus, referrerStatus } from "../domain/pathway/states";
import type { ReferralInput } from "../forms/referral";
import { audit } from "./audit.server";
import { type Executor, nowIso, parseList, toFlag } from "./executor";
import { recordPathwayEvent } from "./pathway.server";

/**
 * Files a referral: the citizen enters the pathway at "referred" with only what the
 * referrer knows (no position until screening; a letter until we learn otherwise).
 * Run it inside a transaction.
 */
export async function createReferral(
  trx: Executor,
  referrer: { id: string; municipalityId: string },
  r: ReferralInput,
): Promise<{ citizenId: string; referralId: string }> {
  const citizenId = crypto.randomUUID();
  const referralId = crypto.randomUUID();
  const now = nowIso();
  await trx
    .insertInto("citizen")
    .values({
      id: citizenId,
      municipality_id: referrer.municipalityId,
      first_name: r.fullName.firstName,
      last_name: r.fullName.lastName,
      birth_year: null,
      phone: r.phone ?? "",
      email: null,
      contact_channel: "letter",
      address: r.address.street,
      postcode: r.address.postcode,
      city: r.address.city,
      lat: null,
      lng: null,
      interests: "[]",
      barriers: "[]",
      languages: "[]",
      slots: "[]",
      format: "either",
      gender_preference: null,
      escort: 0,
      narrative: "",
      status: "referred",
      contact_person_id: null,
      created_by: referrer.id,
      created_at: now,
      updated_at: now,
      close_reason: null,
      closed_at: null,
    })
    .execute();
  await trx
    .insertInto("referral")
    .values({
      id: referralId,
      citizen_id: citizenId,
      source: r.source,
      source_name: r.sourceName ?? "",
      signs: JSON.stringify(r.signs),
      consent_to_contact: toFlag(r.consentToContact),
      detection_clip_minutes: r.detectionClip ? DETECTION_CLIP_MINUTES : null,
      note: r.note ?? "",
      referred_by: referrer.id,
      referred_at: now,
    })
    .execute();
  await recordPathwayEvent(trx, { citizenId, from: null, to: "referred", byUser: referrer.id, at: now });
  await audit(trx, {
    userId: referrer.id,
    action: "create",
    entity: "citizen",
    entityId: citizenId,
    purpose: "Henvisning af borger",
    details: { referralId, source: r.source },
  });
  return { citizenId, referralId };
}

/** What a referrer may see of their own referrals: who (first name, initial), when, coarse status. */
export interface OwnReferral {
  id: string;
  citizen: string;
  referredAt: string;
  status: ReferrerStatus;
}

export async function listOwnReferrals(db: Executor, userId: string): Promise<OwnReferral[]> {
  const rows = await db
    .selectFrom("referral")
    .innerJoin("citizen", "citizen.id", "referral.citizen_id")
    .select(["referral.id", "referral.referred_at", "citizen.first_name", "citizen.last_name", "citizen.status"])
    .where("referral.referred_by", "=", userId)
    .orderBy("referral.referred_at", "desc")
    .orderBy("referral.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    citizen: r.last_name ? `${r.first_name} ${r.last_name.charAt(0)}.` : r.first_name,
    referredAt: r.referred_at,
    status: referrerStatus(r.status),
  }));
}

/** Everything a coordinator needs to know about how a citizen was referred. */
export interface Referral {
  id: string;
  source: ReferralSource;
  sourceName: string;
  signs: ReferralSign[];
  consentToContact: boolean;
  detectionClipMinutes: number | null;
  note: string;
  referredByName: string | null;
  referredAt: string;
}

export async function listReferralsForCitizen(db: Executor, citizenId: string): Promise<Referral[]> {
  const rows = await db
    .selectFrom("referral")
    .leftJoin("app_user", "app_user.id", "referral.referred_by")
    .select([
      "referral.id",
      "referral.source",
      "referral.source_name",
      "referral.signs",
      "referral.consent_to_contact",
      "referral.detection_clip_minutes",
      "referral.note",
      "referral.referred_at",
      "app_user.name as referred_by_name",
    ])
    .where("referral.citizen_id", "=", citizenId)
    .orderBy("referral.referred_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    sourceName: r.source_name,
    signs: parseList<ReferralSign>(r.signs),
    consentToContact: r.consent_to_contact === 1,
    detectionClipMinutes: r.detection_clip_minutes,
    note: r.note,
    referredByName: r.referred_by_name,
    referredAt: r.referred_at,
  }));
}

/** When the municipality first heard of the citizen's need; null for a citizen registered without a referral. */
/** Each citizen's first referral time, for those of `citizenIds` that have one. */
export async function firstReferralsAt(db: Executor, citizenIds: readonly string[]): Promise<Map<string, string>> {
  if (citizenIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("referral")
    .select((eb) => ["referral.citizen_id", eb.fn.min("referral.referred_at").as("first")])
    .where("referral.citizen_id", "in", citizenIds)
    .groupBy("referral.citizen_id")
    .execute();
  return new Map(rows.map((r) => [r.citizen_id, r.first]));
}
