import { sql } from "kysely";
import type { VolunteerRow } from "../../db/schema";
import type { VolunteerStatus } from "../domain/volunteers/csv-columns";
import type { Gender, Slot } from "../domain/vocabulary";
import type { VolunteerInput } from "../forms/volunteer";
import { type Executor, nowIso, parseList, toFlag } from "./executor";

export interface Volunteer {
  id: string;
  associationId: string;
  associationName: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  gender: Gender;
  interests: string[];
  languages: string[];
  slots: Slot[];
  area: string;
  lat: number;
  lng: number;
  radiusKm: number;
  capacity: number;
  /** Citizens proposed to or matched with the volunteer and not declined. */
  load: number;
  /** Of those, the accepted matches the citizen has not turned down. */
  matched: number;
  car: boolean;
  status: VolunteerRow["status"];
  tavshedserklaeringSignedOn: string | null;
  straffeattestDate: string | null;
  /** Why the status last changed, in the association's words. */
  note: string;
  updatedAt: string;
  hasLogin: boolean;
  /** The municipality's policy: how many months a straffeattest is valid. */
  straffeattestMaxAgeMonths: number;
}

/** The profile columns the form (and a CSV row) sets. */
function profileColumns(v: VolunteerInput) {
  return {
    first_name: v.firstName,
    last_name: v.lastName,
    email: v.email.toLowerCase(),
    phone: v.phone,
    gender: v.gender,
    interests: JSON.stringify(v.interests),
    languages: JSON.stringify(v.languages),
    slots: JSON.stringify(v.slots),
    area: v.area,
    lat: v.lat,
    lng: v.lng,
    radius_km: v.radiusKm,
    capacity: v.capacity,
    car: toFlag(v.car),
    tavshedserklaering_signed_on: v.tavshedserklaeringSignedOn ?? null,
    straffeattest_date: v.straffeattestDate ?? null,
  };
}

export async function createVolunteer(
  db: Executor,
  associationId: string,
  v: VolunteerInput,
  status: VolunteerStatus = "active",
): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("volunteer")
    .values({
      id,
      association_id: associationId,
      ...profileColumns(v),
      status,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function updateVolunteer(
  db: Executor,
  id: string,
  v: VolunteerInput,
  status?: VolunteerStatus,
): Promise<void> {
  await db
    .updateTable("volunteer")
    .set({ ...profileColumns(v), ...(status ? { status } : {}), updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
}

export async function setVolunteerStatus(
  db: Executor,
  id: string,
  status: VolunteerStatus,
  note: string,
): Promise<void> {
  await db.updateTable("volunteer").set({ status, note, updated_at: nowIso() }).where("id", "=", id).execute();
}

/** The volunteer's own weekly availability, kept by themselves. */
export async function setVolunteerSlots(db: Executor, id: string, slots: readonly Slot[]): Promise<void> {
  await db
    .updateTable("volunteer")
    .set({ slots: JSON.stringify(slots), updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
}

function baseQuery(db: Executor) {
  return db
    .selectFrom("volunteer")
    .innerJoin("association", "association.id", "volunteer.association_id")
    .innerJoin("municipality", "municipality.id", "association.municipality_id")
    .selectAll("volunteer")
    .select([
      "association.name as association_name",
      "municipality.straffeattest_max_age_months as policy_months",
    ])
    .select((eb) =>
      eb
        .selectFrom("match_proposal")
        .select(sql<number>`count(*)`.as("n"))
        .whereRef("match_proposal.volunteer_id", "=", "volunteer.id")
        .where((w) =>
          w.or([
            w("match_proposal.status", "=", "proposed"),
            w.and([
              w("match_proposal.status", "=", "accepted"),
              w(sql`coalesce(match_proposal.answer, '')`, "!=", "no"),
            ]),
          ]),
        )
        .as("load"),
    )
    .select((eb) =>
      eb
        .selectFrom("match_proposal")
        .select(sql<number>`count(*)`.as("n"))
        .whereRef("match_proposal.volunteer_id", "=", "volunteer.id")
        .where("match_proposal.status", "=", "accepted")
        .where(sql`coalesce(match_proposal.answer, '')`, "!=", "no")
        .as("matched"),
    );
}

type Joined = VolunteerRow & {
  association_name: string;
  policy_months: number;
  load: number | null;
  matched: number | null;
};

function toVolunteer(row: Joined): Volunteer {
  return {
    id: row.id,
    associationId: row.association_id,
    associationName: row.association_name,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    gender: row.gender,
    interests: parseList(row.interests),
    languages: parseList(row.languages),
    slots: parseList<Slot>(row.slots),
    area: row.area,
    lat: row.lat,
    lng: row.lng,
    radiusKm: row.radius_km,
    capacity: row.capacity,
    load: row.load ?? 0,
    matched: row.matched ?? 0,
    car: row.car === 1,
    status: row.status,
    tavshedserklaeringSignedOn: row.tavshedserklaering_signed_on,
    straffeattestDate: row.straffeattest_date,
    note: row.note,
    updatedAt: row.updated_at,
    hasLogin: row.user_id !== null,
    straffeattestMaxAgeMonths: row.policy_months,
  };
}

/** An association's own volunteers; `null` (admin) lists every association's. */
export async function listVolunteers(
  db: Executor,
  associationId: string | null,
): Promise<Volunteer[]> {
  let query = baseQuery(db).orderBy("volunteer.first_name").orderBy("volunteer.last_name");
  if (associationId) query = query.where("volunteer.association_id", "=", associationId);
  return (await query.execute()).map(toVolunteer);
}

export async function listVolunteersInMunicipality(
  db: Executor,
  municipalityId: string,
): Promise<Volunteer[]> {
  const rows = await baseQuery(db)
    .where("association.municipality_id", "=", municipalityId)
    .execute();
  return rows.map(toVolunteer);
}

export async function getVolunteer(db: Executor, id: string): Promise<Volunteer | undefined> {
  const row = await baseQuery(db).where("volunteer.id", "=", id).executeTakeFirst();
  return row ? toVolunteer(row) : undefined;
}

/** One volunteer, if it belongs to the association; `null` (admin) any association's. */
export async function getAssociationVolunteer(
  db: Executor,
  id: string,
  associationId: string | null,
): Promise<Volunteer | undefined> {
  let query = baseQuery(db).where("volunteer.id", "=", id);
  if (associationId) query = query.where("volunteer.association_id", "=", associationId);
  const row = await query.executeTakeFirst();
  return row ? toVolunteer(row) : undefined;
}

/** The volunteer profile a volunteer's own login is linked to. */
export async function getVolunteerByUser(db: Executor, userId: string): Promise<Volunteer | undefined> {
  const row = await baseQuery(db).where("volunteer.user_id", "=", userId).executeTakeFirst();
  return row ? toVolunteer(row) : undefined;
}

export interface OwnMatch {
  proposalId: string;
  citizenId: string;
  citizenFirstName: string;
  firstVisitOn: string | null;
}

/**
 * The citizens the volunteer is matched with: accepted by the association and not
 * turned down by the citizen. Only the first name and the agreed first visit, the
 * minimum a volunteer needs.
 */
export function listOwnMatches(db: Executor, volunteerId: string): Promise<OwnMatch[]> {
  return db
    .selectFrom("match_proposal")
    .innerJoin("citizen", "citizen.id", "match_proposal.citizen_id")
    .select([
      "match_proposal.id as proposalId",
      "citizen.id as citizenId",
      "citizen.first_name as citizenFirstName",
      "match_proposal.first_visit_on as firstVisitOn",
    ])
    .where("match_proposal.volunteer_id", "=", volunteerId)
    .where("match_proposal.status", "=", "accepted")
    .where(sql`coalesce(match_proposal.answer, '')`, "!=", "no")
    .orderBy("match_proposal.decided_at", "desc")
    .execute();
}
