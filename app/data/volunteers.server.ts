import { sql } from "kysely";
import type { VolunteerRow } from "../../db/schema";
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
  car: boolean;
  status: VolunteerRow["status"];
  tavshedserklaeringSignedOn: string | null;
  straffeattestDate: string | null;
}

export async function createVolunteer(
  db: Executor,
  associationId: string,
  v: VolunteerInput,
): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("volunteer")
    .values({
      id,
      association_id: associationId,
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
      status: "active",
      tavshedserklaering_signed_on: v.tavshedserklaeringSignedOn ?? null,
      straffeattest_date: v.straffeattestDate ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

function baseQuery(db: Executor) {
  return db
    .selectFrom("volunteer")
    .innerJoin("association", "association.id", "volunteer.association_id")
    .selectAll("volunteer")
    .select("association.name as association_name")
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
    );
}

type Joined = VolunteerRow & { association_name: string; load: number | null };

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
    car: row.car === 1,
    status: row.status,
    tavshedserklaeringSignedOn: row.tavshedserklaering_signed_on,
    straffeattestDate: row.straffeattest_date,
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
