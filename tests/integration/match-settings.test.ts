// The municipality decides its matching policy and weights: an administrator changes
// them on one page, and the next suggestions a coordinator sees follow them.
import { beforeAll, describe, expect, it } from "vitest";
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
  weightDistance: "25",
  weightTime: "20",
  weightFormat: "10",
  weightLoad: "15",
  ...overrides,
});

const save = async (form: Record<string, string>, user = org.users.admin) =>
  run(settingsRoute.action, await post("/admin/matchindstillinger", form, user));

const candidates = async () =>
  (
    await run(citizenRoute.loader, await get(`/borgere/${citizenId}`, org.users.coordinator), { id: citizenId })
  ).data.candidates as { id: string; score: number }[];

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
      weights: { interest: 30, distance: 25, time: 20, format: 10, load: 15 },
    });
  });

  it("weights decide the scores the coordinator sees", async () => {
    const before = (await candidates()).find((c) => c.id === volunteerId)!.score;
    // All on an even spread of work: a volunteer with no citizens yet scores full marks.
    expect((await save(policy({ weightInterest: "0", weightDistance: "0", weightTime: "0", weightFormat: "0", weightLoad: "100" }))).status).toBe(302);
    const after = (await candidates()).find((c) => c.id === volunteerId)!.score;
    expect(after).toBe(1);
    expect(after).not.toBe(before);
  });

  it("a shorter longest distance puts an activity out of reach", async () => {
    expect((await candidates()).map((c) => c.id)).toContain(activityId);
    expect((await save(policy({ maxDistanceKm: "2" }))).status).toBe(302);
    expect((await candidates()).map((c) => c.id)).not.toContain(activityId);
  });

  it("refuses weights that do not add up to 100 %, in Danish, keeping what was typed", async () => {
    const outcome = await save(policy({ weightInterest: "50" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.weightLoad).toEqual([messages.weightsSum]);
    expect(outcome.data.result.initialValue).toMatchObject({ weightInterest: "50" });
  });

  it("is the administrator's: a coordinator is refused", async () => {
    expect((await save(policy(), org.users.coordinator)).status).toBe(403);
  });
});
