// "Det skal tages hånd om først": the coordinator writes down the practical problems
// (bills, pain, sleep) with an owner and a due date, and ticks them off.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as tasksRoute from "../../app/routes/borgere.$id.opgaver";
import { messages } from "../../app/ui/messages";
import { type Form, createOtherMunicipality, daysAgo, daysAhead, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

type Task = { id: string; title: string; owner: string; dueDate: string | null; doneAt: string | null };

const load = async (id: string, user: TestUser = org.users.coordinator) =>
  run(tasksRoute.loader, await get(`/borgere/${id}/opgaver`, user), { id });
const submit = async (id: string, form: Form, user: TestUser = org.users.coordinator) =>
  run(tasksRoute.action, await post(`/borgere/${id}/opgaver`, form, user), { id });
const tasksOf = async (id: string): Promise<Task[]> => (await load(id)).data.tasks;

describe("adding tasks", () => {
  it("adds a task with owner and due date, audited, and lists it as open", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Regning" });
    const due = daysAhead(7);
    const outcome = await submit(id, { intent: "add", title: "Ubetalte regninger", owner: "Pårørende", dueDate: due });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/opgaver`);
    const tasks = await tasksOf(id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ title: "Ubetalte regninger", owner: "Pårørende", dueDate: due, doneAt: null });
    const audited = await db
      .selectFrom("audit_log")
      .select("details")
      .where("entity_id", "=", id)
      .where("action", "=", "create")
      .where("purpose", "=", "Opgave for borgeren")
      .execute();
    expect(audited.map((a) => JSON.parse(a.details).taskId)).toEqual([tasks[0]!.id]);
  });

  it("offers the municipality's staff and the citizen's own people as owners", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Ejere" });
    const { owners } = (await load(id)).data as { owners: string[] };
    expect(owners).toEqual(expect.arrayContaining(["Borgeren selv", "Pårørende", "Test coordinator", "Test homecare"]));
    expect(owners).not.toContain("Nabo Koordinator");
  });

  it("refuses a task without title or owner in Danish and keeps what was typed", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Tom" });
    const outcome = await submit(id, { intent: "add", title: "", owner: "Hjemmeplejen", dueDate: "i morgen" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.title).toEqual([messages.required]);
    expect(outcome.data.result.error.dueDate).toEqual([messages.date]);
    expect(outcome.data.result.initialValue).toMatchObject({ owner: "Hjemmeplejen", dueDate: "i morgen" });
    expect(await tasksOf(id)).toEqual([]);
  });

  it("lists open tasks first, the one due soonest on top", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Rækkefølge" });
    await submit(id, { intent: "add", title: "Dårlig søvn", owner: "Borgeren selv" });
    await submit(id, { intent: "add", title: "Smerter", owner: "Test coordinator", dueDate: daysAhead(10) });
    await submit(id, { intent: "add", title: "Hjælp til aftaler", owner: "Pårørende", dueDate: daysAgo(2) });
    expect((await tasksOf(id)).map((t) => t.title)).toEqual(["Hjælp til aftaler", "Smerter", "Dårlig søvn"]);
  });
});

describe("ticking tasks off", () => {
  it("marks a task done and opens it again", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Klaret" });
    await submit(id, { intent: "add", title: "Kontakt til familie", owner: "Pårørende" });
    const [task] = await tasksOf(id);
    expect((await submit(id, { intent: "done", taskId: task!.id })).status).toBe(302);
    const done = (await tasksOf(id))[0]!;
    expect(done.doneAt).not.toBeNull();
    const row = await db.selectFrom("citizen_task").select("done_by").where("id", "=", task!.id).executeTakeFirstOrThrow();
    expect(row.done_by).toBe(org.users.coordinator.id);

    expect((await submit(id, { intent: "reopen", taskId: task!.id })).status).toBe(302);
    expect((await tasksOf(id))[0]!.doneAt).toBeNull();
  });

  it("cannot tick off another citizen's task through this citizen's page", async () => {
    const mine = await registerCitizen(org.users.coordinator, { lastName: "Min" });
    const theirs = await registerCitizen(org.users.coordinator, { lastName: "Deres" });
    await submit(theirs, { intent: "add", title: "Smerter", owner: "Borgeren selv" });
    const [task] = await tasksOf(theirs);
    const outcome = await submit(mine, { intent: "done", taskId: task!.id });
    expect(outcome.status).toBe(404);
    expect(outcome.data.error).toBe(messages.taskNotFound);
    expect((await tasksOf(theirs))[0]!.doneAt).toBeNull();
  });

  it("answers a malformed task id with a Danish message, not a crash", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Forkert" });
    const outcome = await submit(id, { intent: "done", taskId: "abc" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.error).toBe(messages.taskNotFound);
  });
});

describe("who may see and change tasks", () => {
  it("lets an administrator read but not change them", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Admin" });
    const page = await load(id, org.users.admin);
    expect(page.status).toBe(200);
    expect(page.data.canEdit).toBe(false);
    expect((await submit(id, { intent: "add", title: "Smerter", owner: "Pårørende" }, org.users.admin)).status).toBe(403);
    expect(await tasksOf(id)).toEqual([]);
  });

  it("is closed to home care and a 404 for another municipality", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Lukket" });
    expect((await load(id, org.users.homecare)).status).toBe(403);
    expect((await load(id, otherCoordinator)).status).toBe(404);
    expect((await submit(id, { intent: "add", title: "Smerter", owner: "Pårørende" }, otherCoordinator)).status).toBe(404);
    expect(await tasksOf(id)).toEqual([]);
  });
});
