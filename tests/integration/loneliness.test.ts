// The optional three-question loneliness score, measured at screening and again at
// follow-up, so coordinator and citizen can see whether things have changed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as lonelinessRoute from "../../app/routes/borgere.$id.ensomhed";
import { messages } from "../../app/ui/messages";
import { type Form, createOtherMunicipality, daysAgo, daysAhead, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

type Measurement = { total: number; severe: boolean; change: number | null; context: string; measuredOn: string };

const load = async (id: string, user: TestUser = org.users.coordinator) =>
  run(lonelinessRoute.loader, await get(`/borgere/${id}/ensomhed`, user), { id });
const submit = async (id: string, form: Form, user: TestUser = org.users.coordinator) =>
  run(lonelinessRoute.action, await post(`/borgere/${id}/ensomhed`, form, user), { id });
const history = async (id: string): Promise<Measurement[]> => (await load(id)).data.history;
const measurement = (overrides: Form = {}): Form => ({
  measuredOn: daysAgo(0),
  context: "screening",
  item1: "3",
  item2: "2",
  item3: "2",
  ...overrides,
});

describe("recording a measurement", () => {
  it("stores the answers and their total, audited", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Måling" });
    const outcome = await submit(id, measurement());
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/ensomhed?gemt=1`);
    const row = await db.selectFrom("loneliness_score").selectAll().where("citizen_id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ item_1: 3, item_2: 2, item_3: 2, total: 7, context: "screening", recorded_by: org.users.coordinator.id });
    const audited = await db
      .selectFrom("audit_log")
      .select("id")
      .where("entity_id", "=", id)
      .where("purpose", "=", "Ensomhedsmåling")
      .where("action", "=", "create")
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("refuses an answer outside the scale in Danish, keeps the rest and stores nothing", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Ugyldig" });
    const outcome = await submit(id, measurement({ item2: "4", context: "follow_up" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.item2).toEqual([messages.lonelinessItem]);
    expect(outcome.data.result.initialValue).toMatchObject({ item1: "3", context: "follow_up" });
    expect(await history(id)).toEqual([]);
  });

  it("refuses a missing answer and a date in the future", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Mangler" });
    const outcome = await submit(id, measurement({ item3: "", measuredOn: daysAhead(3) }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.item3).toEqual([messages.lonelinessItem]);
    expect(outcome.data.result.error.measuredOn).toEqual([messages.dateNotInFuture]);
  });
});

describe("the history", () => {
  it("shows the newest first, marks severe loneliness and the change since the measurement before", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Forløb" });
    await submit(id, measurement({ measuredOn: daysAgo(90), context: "screening", item1: "3", item2: "3", item3: "2" }));
    await submit(id, measurement({ measuredOn: daysAgo(30), context: "follow_up", item1: "2", item2: "2", item3: "2" }));
    await submit(id, measurement({ measuredOn: daysAgo(1), context: "follow_up", item1: "2", item2: "2", item3: "3" }));
    const rows = await history(id);
    expect(rows.map((r) => [r.measuredOn, r.total, r.severe, r.change])).toEqual([
      [daysAgo(1), 7, true, 1],
      [daysAgo(30), 6, false, -2],
      [daysAgo(90), 8, true, null],
    ]);
  });
});

describe("who may see and record", () => {
  it("lets an administrator read but not record", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Læser" });
    const page = await load(id, org.users.admin);
    expect(page.status).toBe(200);
    expect(page.data.canEdit).toBe(false);
    expect((await submit(id, measurement(), org.users.admin)).status).toBe(403);
    expect(await history(id)).toEqual([]);
  });

  it("is closed to home care and a 404 for another municipality", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Lukket" });
    expect((await load(id, org.users.homecare)).status).toBe(403);
    expect((await submit(id, measurement(), otherCoordinator)).status).toBe(404);
    expect(await history(id)).toEqual([]);
  });
});
