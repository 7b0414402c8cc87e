import type { CitizenRow, WaitingOfferTable } from "../../db/schema";
import { relevantBarriers } from "../domain/sharing/relevant-barriers";
import {
  WAITING_STATUSES,
  type WaitingProposal,
  isWaitingForVisitor,
} from "../domain/waiting-list/eligibility";
import { dateInDenmark } from "../domain/pathway/working-days";
import type { Barrier, Slot } from "../domain/vocabulary";
import { audit } from "./audit.server";
import { type Executor, nowIso, parseList } from "./executor";

/**
 * One citizen on the shared waiting list, as every association sees them: the
 * minimum to tell whether one of their volunteers would fit, nothing that identifies
 * the citizen (no last name, street, phone, email or birth year).
 */
export interface WaitingCitizen {
  citizenId: string;
  firstName: string;
  area: string;
  postcode: string;
  interests: string[];
  barriers: Barrier[];
  slots: Slot[];
  languages: string[];
  genderPreference: CitizenRow["gender_preference"];
  /** The day the citizen was first referred, or registered when nobody referred them. */
  waitingSince: string;
  /** Open offers from every association: others' are only ever counted. */
  openOffers: number;
}

/** Citizens in the municipality waiting for a visiting friend, the longest-waiting first. */
export async function listWaitingCitizens(db: Executor, municipalityId: string): Promise<WaitingCitizen[]> {
  const rows = await db
    .selectFrom("citizen")
    .select((eb) => [
      "citizen.id",
      "citizen.first_name",
      "citizen.postcode",
      "citizen.city",
      "citizen.interests",
      "citizen.barriers",
      "citizen.slots",
      "citizen.languages",
      "citizen.gender_preference",
      "citizen.status",
      "citizen.format",
      "citizen.created_at",
      eb
        .selectFrom("referral")
        .select((r) => r.fn.min("referral.referred_at").as("first"))
        .whereRef("referral.citizen_id", "=", "citizen.id")
        .as("referred_at"),
    ])
    .where("citizen.municipality_id", "=", municipalityId)
    .where("citizen.status", "in", WAITING_STATUSES)
    .where("citizen.format", "!=", "group")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("consent")
          .select("consent.id")
          .whereRef("consent.citizen_id", "=", "citizen.id")
          .where("consent.scope", "=", "share_with_associations")
          .where("consent.withdrawn_at", "is", null),
      ),
    )
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [proposals, offers] = await Promise.all([
    db
      .selectFrom("match_proposal")
      .select(["citizen_id", "kind", "status", "answer"])
      .where("citizen_id", "in", ids)
      .execute(),
    db
      .selectFrom("waiting_offer")
      .select(["citizen_id"])
      .where("citizen_id", "in", ids)
      .where("status", "=", "open")
      .execute(),
  ]);
  const proposalsOf = groupBy(proposals, (p) => p.citizen_id);
  const offerCount = new Map<string, number>();
  for (const o of offers) offerCount.set(o.citizen_id, (offerCount.get(o.citizen_id) ?? 0) + 1);

  return rows
    .filter((r) =>
      isWaitingForVisitor({
        status: r.status,
        format: r.format,
        hasSharingConsent: true,
        proposals: (proposalsOf.get(r.id) ?? []) as WaitingProposal[],
      }),
    )
    .map((r) => ({
      citizenId: r.id,
      firstName: r.first_name,
      area: `${r.postcode} ${r.city}`,
      postcode: r.postcode,
      interests: parseList(r.interests),
      barriers: relevantBarriers("volunteer", parseList<Barrier>(r.barriers)),
      slots: parseList<Slot>(r.slots),
      languages: parseList(r.languages),
      genderPreference: r.gender_preference,
      waitingSince: dateInDenmark(r.referred_at ?? r.created_at),
      openOffers: offerCount.get(r.id) ?? 0,
    }))
    .sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.firstName.localeCompare(b.firstName, "da"));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** The municipality whose waiting list a user sees: their own, or their association's. */
export async function waitingListMunicipality(
  db: Executor,
  user: { municipalityId: string | null; associationId: string | null },
): Promise<string | null> {
  if (user.municipalityId) return user.municipalityId;
  if (!user.associationId) return null;
  const row = await db
    .selectFrom("association")
    .select("municipality_id")
    .where("id", "=", user.associationId)
    .executeTakeFirst();
  return row?.municipality_id ?? null;
}

/** Whether one citizen is on the municipality's waiting list right now. */
export async function isOnWaitingList(db: Executor, municipalityId: string, citizenId: string): Promise<boolean> {
  const all = await listWaitingCitizens(db, municipalityId);
  return all.some((c) => c.citizenId === citizenId);
}

export interface OwnOffer {
  id: string;
  citizenId: string;
  volunteerName: string | null;
  note: string;
  offeredAt: string;
}

/** An association's own open offers; the citizen is named on the waiting list itself. */
export async function listOwnOpenOffers(db: Executor, associationId: string): Promise<OwnOffer[]> {
  const rows = await db
    .selectFrom("waiting_offer as o")
    .leftJoin("volunteer as v", "v.id", "o.volunteer_id")
    .select(["o.id", "o.citizen_id", "o.note", "o.offered_at", "v.first_name", "v.last_name"])
    .where("o.association_id", "=", associationId)
    .where("o.status", "=", "open")
    .orderBy("o.offered_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    citizenId: r.citizen_id,
    volunteerName: r.first_name ? `${r.first_name} ${r.last_name ?? ""}`.trim() : null,
    note: r.note,
    offeredAt: r.offered_at,
  }));
}

export async function createOffer(
  db: Executor,
  offer: { citizenId: string; associationId: string; volunteerId: string | null; note: string; userId: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("waiting_offer")
    .values({
      id,
      citizen_id: offer.citizenId,
      association_id: offer.associationId,
      volunteer_id: offer.volunteerId,
      note: offer.note,
      status: "open",
      offered_by: offer.userId,
      offered_at: nowIso(),
      decided_by: null,
      decided_at: null,
    })
    .execute();
  await audit(db, {
    userId: offer.userId,
    action: "create",
    entity: "citizen",
    entityId: offer.citizenId,
    purpose: "Forening tilbød en frivillig fra ventelisten",
    details: { offerId: id, volunteerId: offer.volunteerId },
  });
  return id;
}

export async function hasOpenOffer(db: Executor, citizenId: string, associationId: string): Promise<boolean> {
  const row = await db
    .selectFrom("waiting_offer")
    .select("id")
    .where("citizen_id", "=", citizenId)
    .where("association_id", "=", associationId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return row !== undefined;
}

/** Closes an open offer; false when it is not open (or, with `associationId`, not theirs). */
export async function closeOffer(
  db: Executor,
  close: {
    offerId: string;
    status: Exclude<WaitingOfferTable["status"], "open">;
    userId: string;
    associationId?: string;
    citizenId?: string;
  },
): Promise<boolean> {
  let query = db
    .updateTable("waiting_offer")
    .set({ status: close.status, decided_by: close.userId, decided_at: nowIso() })
    .where("id", "=", close.offerId)
    .where("status", "=", "open");
  if (close.associationId) query = query.where("association_id", "=", close.associationId);
  if (close.citizenId) query = query.where("citizen_id", "=", close.citizenId);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export interface OfferForCoordinator {
  id: string;
  associationId: string;
  associationName: string;
  volunteerId: string | null;
  volunteerName: string | null;
  note: string;
  offeredAt: string;
  offeredByName: string | null;
}

export async function listOpenOffersForCitizen(db: Executor, citizenId: string): Promise<OfferForCoordinator[]> {
  const rows = await db
    .selectFrom("waiting_offer as o")
    .innerJoin("association as a", "a.id", "o.association_id")
    .leftJoin("volunteer as v", "v.id", "o.volunteer_id")
    .leftJoin("app_user as u", "u.id", "o.offered_by")
    .select([
      "o.id",
      "o.association_id",
      "a.name as association_name",
      "o.volunteer_id",
      "v.first_name",
      "v.last_name",
      "o.note",
      "o.offered_at",
      "u.name as offered_by_name",
    ])
    .where("o.citizen_id", "=", citizenId)
    .where("o.status", "=", "open")
    .orderBy("o.offered_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    associationId: r.association_id,
    associationName: r.association_name,
    volunteerId: r.volunteer_id,
    volunteerName: r.first_name ? `${r.first_name} ${r.last_name ?? ""}`.trim() : null,
    note: r.note,
    offeredAt: r.offered_at,
    offeredByName: r.offered_by_name,
  }));
}
