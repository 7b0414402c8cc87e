import type { CitizenRow } from "../../db/schema";
import type { Barrier, Format, Slot } from "../domain/vocabulary";
import type { CitizenInput, ScreeningInput } from "../forms/citizen";
import { type Executor, nowIso, parseList, toFlag } from "./executor";
import { recordPathwayEvent } from "./pathway.server";

export const consentTextVersion = "samtykke-deling-v1";
export const consentPurpose =
  "At foreningen kan finde en besøgsven eller et fællesskab til borgeren";

export interface Citizen {
  id: string;
  municipalityId: string;
  firstName: string;
  lastName: string;
  birthYear: number | null;
  phone: string;
  email: string | null;
  contactChannel: CitizenRow["contact_channel"];
  address: string;
  postcode: string;
  city: string;
  lat: number | null;
  lng: number | null;
  interests: string[];
  barriers: Barrier[];
  languages: string[];
  slots: Slot[];
  format: Format;
  genderPreference: CitizenRow["gender_preference"];
  escort: boolean;
  narrative: string;
  network: string;
  dailyLife: string;
  wishes: string;
  status: CitizenRow["status"];
  closeReason: CitizenRow["close_reason"];
  closedAt: string | null;
  contactPersonId: string | null;
  createdAt: string;
  updatedAt: string;
}

function toCitizen(row: CitizenRow): Citizen {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthYear: row.birth_year,
    phone: row.phone,
    email: row.email,
    contactChannel: row.contact_channel,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    interests: parseList(row.interests),
    barriers: parseList<Barrier>(row.barriers),
    languages: parseList(row.languages),
    slots: parseList<Slot>(row.slots),
    format: row.format,
    genderPreference: row.gender_preference,
    escort: row.escort === 1,
    narrative: row.narrative,
    network: row.network,
    dailyLife: row.daily_life,
    wishes: row.wishes,
    status: row.status,
    closeReason: row.close_reason,
    closedAt: row.closed_at,
    contactPersonId: row.contact_person_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The citizen's columns a screening sets, shared by registering and re-screening. */
const screeningColumns = (c: ScreeningInput) => ({
  phone: c.phone,
  email: c.email?.toLowerCase() ?? null,
  contact_channel: c.contactChannel,
  address: c.address,
  postcode: c.postcode,
  city: c.city,
  lat: c.lat,
  lng: c.lng,
  interests: JSON.stringify(c.interests),
  barriers: JSON.stringify(c.barriers),
  languages: JSON.stringify(c.languages),
  slots: JSON.stringify(c.slots),
  format: c.format,
  gender_preference: c.genderPreference ?? null,
  escort: toFlag(c.escort),
  narrative: c.narrative ?? "",
  network: c.network ?? "",
  daily_life: c.dailyLife ?? "",
  wishes: c.wishes ?? "",
});

/** Registers a screened citizen; the registering coordinator becomes the fixed contact person. */
export async function createScreenedCitizen(
  db: Executor,
  municipalityId: string,
  coordinatorId: string,
  c: CitizenInput,
): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("citizen")
    .values({
      id,
      municipality_id: municipalityId,
      first_name: c.firstName,
      last_name: c.lastName,
      birth_year: c.birthYear ?? null,
      ...screeningColumns(c),
      status: "screened",
      contact_person_id: coordinatorId,
      created_by: coordinatorId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await recordPathwayEvent(db, { citizenId: id, from: null, to: "screened", byUser: coordinatorId, at: now });
  if (c.consentToShare) await recordConsent(db, id, coordinatorId);
  return id;
}

/** Stores what the screening conversation established; the pathway step is the caller's. */
export async function updateScreening(db: Executor, citizenId: string, c: ScreeningInput): Promise<void> {
  await db
    .updateTable("citizen")
    .set({
      ...screeningColumns(c),
      updated_at: nowIso(),
    })
    .where("id", "=", citizenId)
    .execute();
}

export async function recordConsent(db: Executor, citizenId: string, givenBy: string | null) {
  await db
    .insertInto("consent")
    .values({
      id: crypto.randomUUID(),
      citizen_id: citizenId,
      scope: "share_with_associations",
      purpose: consentPurpose,
      text_version: consentTextVersion,
      given_at: nowIso(),
      given_by: givenBy,
      withdrawn_at: null,
      withdrawn_by: null,
    })
    .execute();
}

export async function hasSharingConsent(db: Executor, citizenId: string): Promise<boolean> {
  const row = await db
    .selectFrom("consent")
    .select("id")
    .where("citizen_id", "=", citizenId)
    .where("scope", "=", "share_with_associations")
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A coordinator only ever reaches citizens of their own municipality. */
export async function getCitizen(
  db: Executor,
  id: string,
  municipalityId: string | null,
): Promise<Citizen | undefined> {
  let query = db.selectFrom("citizen").selectAll().where("id", "=", id);
  if (municipalityId) query = query.where("municipality_id", "=", municipalityId);
  const row = await query.executeTakeFirst();
  return row ? toCitizen(row) : undefined;
}

/** Several of a municipality's citizens in one read, in the order of `ids`; ids not found are left out. */
export async function getCitizens(db: Executor, ids: readonly string[], municipalityId: string): Promise<Citizen[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("citizen")
    .selectAll()
    .where("id", "in", ids)
    .where("municipality_id", "=", municipalityId)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toCitizen(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface CitizenListItem {
  id: string;
  name: string;
  city: string;
  status: CitizenRow["status"];
  createdAt: string;
  openProposals: number;
}

export async function listCitizens(
  db: Executor,
  municipalityId: string | null,
  filter: { status?: CitizenRow["status"] } = {},
): Promise<CitizenListItem[]> {
  let query = db
    .selectFrom("citizen")
    .select(["id", "first_name", "last_name", "city", "status", "created_at"])
    .select((eb) =>
      eb
        .selectFrom("match_proposal")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("match_proposal.citizen_id", "=", "citizen.id")
        .where("match_proposal.status", "=", "proposed")
        .as("open_proposals"),
    )
    .orderBy("created_at", "desc");
  if (municipalityId) query = query.where("municipality_id", "=", municipalityId);
  if (filter.status) query = query.where("status", "=", filter.status);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: `${r.first_name} ${r.last_name}`,
    city: r.city,
    status: r.status,
    createdAt: r.created_at,
    openProposals: r.open_proposals ?? 0,
  }));
}

export async function setContactPerson(db: Executor, citizenId: string, userId: string): Promise<void> {
  await db
    .updateTable("citizen")
    .set({ contact_person_id: userId, updated_at: nowIso() })
    .where("id", "=", citizenId)
    .execute();
}
