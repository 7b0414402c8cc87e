// The municipality decides its matching policy and weights: an administrator changes
// them on one page, and the next suggestions a coordinator sees follow them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/database";
import { migrations } from "../../db/migrations/index";
import { db } from "../../app/data/db.server";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as settingsRoute from "../../app/routes/admin.matchindstillinger";
import { messages } from "../../app/ui/messages";
import { firstDateOn } from "../../app/domain/activities/schedule";
import { activityForm, createVolunteerViaForm, daysAhead, registerCitizen } from "./fixtures";
import { type TestOrg, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let citizenId: string;
let volunteerId: string;
let activityId: string;

const policy = (overrides: Record<string, string> = {}) => ({
  maxDistanceKm: "10",
  straffeattestMaxAgeMonths: "24",
  proposalResponseDays: "14",
  weightInterest: "30",
  weightDistance: "20",
  weightTime: "20",
  weightFormat: "10",
  weightLoad: "10",
  weightWaiting: "10",
  ...overrides,
});

const save = async (form: Record<string, string>, user = org.users.admin) =>
  run(settingsRoute.action, await post("/admin/matchindstillinger", form, user));

const candidates = async () =>
  (
    await run(citizenRoute.loader, await get(`/borgere/${citizenId}`, org.users.coordinator), { id: citizenId })
  ).data.candidates as { id: string; score: number; reasons: string[] }[];

beforeAll(async () => {
  org = await createTestOrg();
  citizenId = await registerCitizen(org.users.coordinator, { interests: ["havearbejde", "kortspil"] });
  volunteerId = await createVolunteerViaForm(org.users.association, { interests: ["kortspil"] });
  // About 4 km from the citizen, on a Tuesday morning like her.
  const outcome = await run(
    newActivityRoute.action,
    await post("/aktiviteter/ny", activityForm({ lat: "56,5274", lng: "8,5912", startsOn: firstDateOn("tue", daysAhead(1)), startTime: "10:00", endTime: "11:30" }), org.users.association),
  );
  activityId = outcome.location!.split("/").pop()!;
});

describe("matching settings", () => {
  it("shows the municipality's current policy and weights to the administrator", async () => {
    const outcome = await run(settingsRoute.loader, await get("/admin/matchindstillinger", org.users.admin));
    expect(outcome.data.policy).toEqual({
      maxDistanceKm: 10,
      straffeattestMaxAgeMonths: 24,
      proposalResponseDays: 14,
      weights: { interest: 30, distance: 20, time: 20, format: 10, load: 10, waiting: 10 },
    });
  });

  it("weights decide the scores the coordinator sees", async () => {
    const before = (await candidates()).find((c) => c.id === volunteerId)!.score;
    // All on an even spread of work: a volunteer with no citizens yet scores full marks.
    expect((await save(policy({ weightInterest: "0", weightDistance: "0", weightTime: "0", weightFormat: "0", weightLoad: "100", weightWaiting: "0" }))).status).toBe(302);
    const after = (await candidates()).find((c) => c.id === volunteerId)!.score;
    expect(after).toBe(1);
    expect(after).not.toBe(before);
  });

  it("a shorter longest distance puts an activity out of reach", async () => {
    expect((await candidates()).map((c) => c.id)).toContain(activityId);
    expect((await save(policy({ maxDistanceKm: "2" }))).status).toBe(302);
    expect((await candidates()).map((c) => c.id)).not.toContain(activityId);
  });

  it("counts the wait from the referral, and a weight of 0 leaves it out", async () => {
    expect((await save(policy())).status).toBe(302);
    const volunteerReasons = async () => (await candidates()).find((c) => c.id === volunteerId)!.reasons;
    // Registered today without a referral: no wait worth mentioning yet.
    expect((await volunteerReasons()).some((r) => r.startsWith("Har ventet"))).toBe(false);
    await db
      .insertInto("referral")
      .values({
        id: crypto.randomUUID(),
        citizen_id: citizenId,
        source: "gp",
        source_name: "",
        signs: "[]",
        consent_to_contact: 1,
        detection_clip_minutes: null,
        note: "",
        referred_by: org.users.homecare.id,
        referred_at: `${addDays(dateInDenmark(), -63)}T09:00:00.000Z`,
      })
      .execute();
    expect(await volunteerReasons()).toContain("Har ventet 9 uger");
    expect((await save(policy({ weightInterest: "40", weightWaiting: "0" }))).status).toBe(302);
    expect((await volunteerReasons()).some((r) => r.startsWith("Har ventet"))).toBe(false);
  });

  it("refuses weights that do not add up to 100 %, in Danish, keeping what was typed", async () => {
    const outcome = await save(policy({ weightInterest: "50" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.weightWaiting).toEqual([messages.weightsSum]);
    expect(outcome.data.result.initialValue).toMatchObject({ weightInterest: "50" });
  });

  it("is the administrator's: a coordinator is refused", async () => {
    expect((await save(policy(), org.users.coordinator)).status).toBe(403);
  });
});

describe("moving to the six weights with waiting time", () => {
  // Its own database, migrated step by step, so existing municipalities can be
  // created the way they were before waiting time was a weight.
  const upgraded = async (before: Record<string, number>) => {
    const old = openDatabase(`file:${join(mkdtempSync(join(tmpdir(), "waiting-weight-")), "app.db")}`);
    const migrator = new Migrator({ db: old, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("2026-11-23T1700_matching_settings")).error).toBeUndefined();
    const municipality = (id: string, weights: Record<string, number> = {}) => ({
      id,
      name: id,
      department: "",
      address_lines: "[]",
      phone: "",
      max_distance_km: 10,
      straffeattest_max_age_months: 24,
      created_at: new Date().toISOString(),
      ...weights,
    });
    await old.insertInto("municipality").values([municipality("before", before)]).execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await old.insertInto("municipality").values(municipality("after")).execute();
    const rows = await old
      .selectFrom("municipality")
      .select(["id", "weight_interest", "weight_distance", "weight_time", "weight_format", "weight_load", "weight_waiting"])
      .orderBy("id")
      .execute();
    await old.destroy();
    return Object.fromEntries(rows.map(({ id, ...weights }) => [id, weights]));
  };
  const newDefaults = {
    weight_interest: 30,
    weight_distance: 20,
    weight_time: 20,
    weight_format: 10,
    weight_load: 10,
    weight_waiting: 10,
  };

  it("moves a municipality on the old defaults to the new ones, as new municipalities get", async () => {
    expect(await upgraded({})).toEqual({ before: newDefaults, after: newDefaults });
  });

  it("keeps a municipality's own weights, with waiting at 0 so they still sum to 100", async () => {
    const own = { weight_interest: 50, weight_distance: 10, weight_time: 20, weight_format: 10, weight_load: 10 };
    const rows = await upgraded(own);
    expect(rows.before).toEqual({ ...own, weight_waiting: 0 });
    expect(rows.after).toEqual(newDefaults);
  });
});
