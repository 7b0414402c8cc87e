// Valid form submissions and small setup steps shared by the integration tests.
// Each builder returns a complete, valid form as the browser would post it
// (checkboxes "on", repeated names for checkbox groups, Danish decimal commas);
// tests override single fields to make them invalid.
import { expect } from "vitest";
import { db } from "../../app/data/db.server";
import { createUser } from "../../app/data/users.server";
import { firstDateOn } from "../../app/domain/activities/schedule";
import * as newCitizenRoute from "../../app/routes/borgere.ny";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as newVolunteerRoute from "../../app/routes/frivillige.ny";
import type { NewCitizenRow } from "../../db/schema";
import { PASSWORD, type TestOrg, type TestUser, post, run } from "./helpers";

export type Form = Record<string, string | string[]>;

/** Struer-ish coordinates, the same spot for citizens and venues unless moved. */
export const HERE = { lat: "56,4907", lng: "8,5912" };

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
export const daysAgo = (n: number) => isoDay(-n);
export const daysAhead = (n: number) => isoDay(n);

export function activityForm(overrides: Form = {}): Form {
  return {
    title: "Kortklub i Medborgerhuset",
    description: "Vi spiller whist og drikker kaffe. Alle kan være med.",
    interests: ["kortspil", "kaffe og snak"],
    languages: ["da"],
    repeat: "weekly",
    // A coming Thursday: a new activity may not start in the past.
    startsOn: firstDateOn("thu", daysAhead(1)),
    startTime: "14:00",
    endTime: "16:00",
    address: "Østergade 12",
    postcode: "7600",
    city: "Struer",
    lat: "56,5674",
    lng: "8,5912",
    stepFree: "on",
    accessibleToilet: "on",
    price: "0",
    capacity: "12",
    ...overrides,
  };
}

export function volunteerForm(overrides: Form = {}): Form {
  return {
    firstName: "Birthe",
    lastName: "Frivilligsen",
    email: "birthe.frivilligsen@example.dk",
    phone: "22 33 44 55",
    gender: "female",
    interests: ["havearbejde", "kaffe og snak"],
    languages: ["da"],
    area: "Struer midtby",
    lat: HERE.lat,
    lng: HERE.lng,
    radiusKm: "5",
    slots: ["tue-am", "thu-pm"],
    capacity: "3",
    car: "on",
    tavshedserklaeringSignedOn: daysAgo(30),
    straffeattestDate: daysAgo(60),
    ...overrides,
  };
}

export function citizenForm(overrides: Form = {}): Form {
  return {
    firstName: "Inger",
    lastName: "Borgersen",
    birthYear: "1941",
    phone: "97 85 12 34",
    contactChannel: "letter",
    address: "Lindevej 7",
    postcode: "7600",
    city: "Struer",
    lat: HERE.lat,
    lng: HERE.lng,
    interests: ["havearbejde"],
    languages: ["da"],
    slots: ["tue-am"],
    format: "either",
    consentToShare: "on",
    ...overrides,
  };
}

/** The id at the end of a redirect such as /aktiviteter/{uuid} or /borgere/{uuid}?x=1. */
export function idFromLocation(location: string | null, prefix: string): string {
  const match = new RegExp(`^${prefix}/([0-9a-f-]{36})(?:\\?.*)?$`).exec(location ?? "");
  expect(match, `redirect to ${prefix}/{uuid}, got ${location}`).not.toBeNull();
  return match![1]!;
}

/** Registers a citizen through the coordinator's form; returns the new id. */
export async function registerCitizen(coordinator: TestUser, overrides: Form = {}): Promise<string> {
  const outcome = await run(newCitizenRoute.action, await post("/borgere/ny", citizenForm(overrides), coordinator));
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  return idFromLocation(outcome.location, "/borgere");
}

/** Creates a volunteer through the association's form; returns the new id. */
export async function createVolunteerViaForm(user: TestUser, overrides: Form = {}): Promise<string> {
  const form = volunteerForm(overrides);
  const outcome = await run(newVolunteerRoute.action, await post("/frivillige/ny", form, user));
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  const row = await db
    .selectFrom("volunteer")
    .select("id")
    .where("email", "=", String(form.email).toLowerCase())
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Proposes a candidate for a citizen through the coordinator's citizen page; returns the proposal id. */
export async function propose(
  coordinator: TestUser,
  citizenId: string,
  kind: "volunteer" | "activity",
  candidateId: string,
): Promise<string> {
  const outcome = await run(
    citizenRoute.action,
    await post(`/borgere/${citizenId}`, { intent: "propose", kind, candidateId }, coordinator),
    { id: citizenId },
  );
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  const row = await db
    .selectFrom("match_proposal")
    .select("id")
    .where("citizen_id", "=", citizenId)
    .where(kind === "volunteer" ? "volunteer_id" : "activity_id", "=", candidateId)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A second municipality with one coordinator and its own users, to prove isolation. */
export async function createOtherMunicipality(): Promise<{ municipalityId: string; coordinator: TestUser }> {
  const municipalityId = crypto.randomUUID();
  await db
    .insertInto("municipality")
    .values({
      id: municipalityId,
      name: "Nabo Kommune",
      department: "Ældre og Sundhed",
      address_lines: JSON.stringify(["Rådhuspladsen 2", "7500 Holstebro"]),
      phone: "96111111",
      max_distance_km: 10,
      straffeattest_max_age_months: 24,
      created_at: new Date().toISOString(),
    })
    .execute();
  const email = `koordinator-${municipalityId.slice(0, 8)}@nabo.example.dk`;
  const id = await createUser(db, { email, name: "Nabo Koordinator", role: "coordinator", password: PASSWORD, municipalityId });
  return { municipalityId, coordinator: { id, email, role: "coordinator" } };
}

/**
 * A citizen as a referral leaves them (an address, nothing screened, no position),
 * written straight to the database for tests that start later in the pathway.
 */
export async function insertReferredCitizen(org: TestOrg, overrides: Partial<NewCitizenRow> = {}): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto("citizen")
    .values({
      id,
      municipality_id: org.municipalityId,
      first_name: "Karen",
      last_name: "Henvist",
      birth_year: 1938,
      phone: "97001122",
      email: null,
      contact_channel: "letter",
      address: "Skovvej 3",
      postcode: "7600",
      city: "Struer",
      lat: null,
      lng: null,
      interests: "[]",
      barriers: "[]",
      languages: '["da"]',
      slots: "[]",
      format: "either",
      gender_preference: null,
      escort: 0,
      narrative: "",
      status: "referred",
      contact_person_id: org.users.coordinator.id,
      created_by: org.users.homecare.id,
      created_at: now,
      updated_at: now,
      ...overrides,
    })
    .execute();
  return id;
}
