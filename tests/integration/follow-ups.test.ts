import { dateInDenmark } from "../../app/domain/pathway/working-days";
// Follow-up: the default plan appears when the pathway starts, the coordinator moves
// and adds dates, and records what the citizen says, then continues or closes.
import { beforeAll, describe, expect, it } from "vitest";
import type { PathwayStatus } from "../../db/schema";
import { db } from "../../app/data/db.server";

import { addDays, addMonths } from "../../app/domain/pathway/follow-ups";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as followUpRoute from "../../app/routes/borgere.$id.opfoelgning";
import { messages } from "../../app/ui/messages";
import { createOtherMunicipality, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

const move = async (id: string, expected: PathwayStatus, to: PathwayStatus, extra: Record<string, string> = {}) => {
  const outcome = await run(
    citizenRoute.action,
    await post(`/borgere/${id}`, { intent: "move", expected, to, ...extra }, org.users.coordinator),
    { id },
  );
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
};

const page = async (id: string, user: TestUser = org.users.coordinator) =>
  run(followUpRoute.loader, await get(`/borgere/${id}/opfoelgning`, user), { id });

const submit = async (id: string, form: Record<string, string>, user: TestUser = org.users.coordinator) =>
  run(followUpRoute.action, await post(`/borgere/${id}/opfoelgning`, form, user), { id });

const rowsOf = (id: string) =>
  db.selectFrom("follow_up").selectAll().where("citizen_id", "=", id).orderBy("due_date").orderBy("created_at").execute();

const statusOf = async (id: string) =>
  db.selectFrom("citizen").select(["status", "close_reason"]).where("id", "=", id).executeTakeFirstOrThrow();

const stepsOf = async (id: string) =>
  (
    await db.selectFrom("pathway_event").select(["from_status", "to_status"]).where("citizen_id", "=", id).orderBy("at").execute()
  ).map((e) => `${e.from_status ?? ""}→${e.to_status}`);

/** A screened citizen whose pathway has started. */
async function startedCitizen(lastName: string): Promise<string> {
  const id = await registerCitizen(org.users.coordinator, { lastName });
  await move(id, "screened", "in_progress");
  return id;
}

const recordForm = (followUpId: string, expected: PathwayStatus, overrides: Record<string, string> = {}) => ({
  intent: "record",
  id: followUpId,
  expected,
  doneOn: dateInDenmark(),
  evaluation: "Jeg glæder mig til torsdag. Det er rart at have nogen at snakke med.",
  wellbeing: "4",
  outcome: "continue",
  ...overrides,
});

describe("the default plan", () => {
  it("is made when the pathway starts: after the 1st and 3rd visit, four weeks and three months", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Startet" });
    expect(await rowsOf(id)).toEqual([]);
    await move(id, "screened", "in_progress");
    const today = dateInDenmark();
    expect((await rowsOf(id)).map((r) => [r.kind, r.due_date, r.done_on])).toEqual([
      ["first_visit", addDays(today, 7), null],
      ["third_visit", addDays(today, 21), null],
      ["four_weeks", addDays(today, 28), null],
      ["three_months", addMonths(today, 3), null],
    ]);
  });

  it("is made once: continuing after a follow-up or reopening keeps the plan there is", async () => {
    const id = await startedCitizen("Een-Gang");
    await move(id, "in_progress", "follow_up");
    await move(id, "follow_up", "in_progress");
    await move(id, "in_progress", "closed", { closeReason: "other" });
    await move(id, "closed", "contacted");
    await move(id, "contacted", "screened");
    await move(id, "screened", "in_progress");
    expect(await rowsOf(id)).toHaveLength(4);
  });

  it("shows on the page with whether each follow-up is due, overdue or done", async () => {
    const id = await startedCitizen("Oversigt");
    const [first] = await rowsOf(id);
    await db.updateTable("follow_up").set({ due_date: addDays(dateInDenmark(), -2) }).where("id", "=", first!.id).execute();
    const view = await page(id);
    expect(view.status).toBe(200);
    expect(view.data.followUps.map((f: { kind: string; state: string }) => [f.kind, f.state])).toEqual([
      ["first_visit", "overdue"],
      ["third_visit", "due"],
      ["four_weeks", "due"],
      ["three_months", "due"],
    ]);
    expect(view.data.mayWrite).toBe(true);
  });
});

describe("planning follow-ups", () => {
  it("moves a due date", async () => {
    const id = await startedCitizen("Flyttedato");
    const [first] = await rowsOf(id);
    const outcome = await submit(id, { intent: "move_due", id: first!.id, due: "2027-01-05" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/opfoelgning?gemt=flyttet`);
    expect((await rowsOf(id)).find((r) => r.id === first!.id)?.due_date).toBe("2027-01-05");
  });

  it("refuses a date that is not a date, in Danish, and keeps what was typed", async () => {
    const id = await startedCitizen("Skæv-Dato");
    const [first] = await rowsOf(id);
    const outcome = await submit(id, { intent: "move_due", id: first!.id, due: "5. januar" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.intent).toBe("move_due");
    expect(outcome.data.result.error.due).toEqual([messages.date]);
    expect(outcome.data.result.initialValue).toMatchObject({ due: "5. januar" });
    expect((await rowsOf(id)).find((r) => r.id === first!.id)?.due_date).toBe(first!.due_date);
  });

  it("will not move another citizen's follow-up", async () => {
    const id = await startedCitizen("Egen");
    const other = await startedCitizen("Fremmed");
    const [foreign] = await rowsOf(other);
    const outcome = await submit(id, { intent: "move_due", id: foreign!.id, due: "2027-01-05" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error[""]).toEqual([messages.followUpNotOpen]);
    expect((await rowsOf(other))[0]!.due_date).toBe(foreign!.due_date);
  });

  it("adds an extra follow-up", async () => {
    const id = await startedCitizen("Ekstra");
    const outcome = await submit(id, { intent: "add", due: "2027-03-01" });
    expect(outcome.status).toBe(302);
    const rows = await rowsOf(id);
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.kind === "custom")?.due_date).toBe("2027-03-01");
  });
});

describe("recording a follow-up", () => {
  it("passes the follow-up step and continues, with the citizen's own words and rating", async () => {
    const id = await startedCitizen("Fortsætter");
    const [first] = await rowsOf(id);
    const outcome = await submit(id, recordForm(first!.id, "in_progress"));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/opfoelgning?gemt=registreret`);
    expect((await statusOf(id)).status).toBe("in_progress");
    expect((await stepsOf(id)).slice(-2)).toEqual(["in_progress→follow_up", "follow_up→in_progress"]);
    const row = (await rowsOf(id)).find((r) => r.id === first!.id)!;
    expect(row).toMatchObject({
      done_on: dateInDenmark(),
      evaluation: "Jeg glæder mig til torsdag. Det er rart at have nogen at snakke med.",
      wellbeing: 4,
      outcome: "continue",
      recorded_by: org.users.coordinator.id,
    });
    const view = await page(id);
    expect(view.data.followUps[0]).toMatchObject({ state: "done", wellbeing: 4 });
  });

  it("continues from the follow-up step straight back to in progress", async () => {
    const id = await startedCitizen("Fra-Opfoelgning");
    await move(id, "in_progress", "follow_up");
    const [first] = await rowsOf(id);
    expect((await submit(id, recordForm(first!.id, "follow_up"))).status).toBe(302);
    expect((await statusOf(id)).status).toBe("in_progress");
    expect((await stepsOf(id)).slice(-1)).toEqual(["follow_up→in_progress"]);
  });

  it("closes the pathway with a reason", async () => {
    const id = await startedCitizen("Afslutter");
    const [first] = await rowsOf(id);
    const outcome = await submit(
      id,
      recordForm(first!.id, "in_progress", { outcome: "close", closeReason: "matched_thriving", wellbeing: "5" }),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/opfoelgning?gemt=afsluttet`);
    expect(await statusOf(id)).toEqual({ status: "closed", close_reason: "matched_thriving" });
    expect((await stepsOf(id)).slice(-2)).toEqual(["in_progress→follow_up", "follow_up→closed"]);
    expect((await rowsOf(id))[0]).toMatchObject({ outcome: "close", wellbeing: 5 });
  });

  it("refuses a follow-up without the citizen's words, rating or close reason, and keeps what was typed", async () => {
    const id = await startedCitizen("Mangler");
    const [first] = await rowsOf(id);
    const outcome = await submit(id, {
      ...recordForm(first!.id, "in_progress", { evaluation: " ", outcome: "close", note: "Ringede selv." }),
      wellbeing: "",
    });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error).toMatchObject({
      evaluation: [messages.evaluationRequired],
      wellbeing: [messages.wellbeingRequired],
    });
    const noReason = await submit(id, recordForm(first!.id, "in_progress", { outcome: "close", note: "Ringede selv." }));
    expect(noReason.status).toBe(400);
    expect(noReason.data.result.error.closeReason).toEqual([messages.closeReasonRequired]);
    expect(noReason.data.result.initialValue).toMatchObject({ note: "Ringede selv.", outcome: "close" });
    expect((await statusOf(id)).status).toBe("in_progress");
    expect((await rowsOf(id))[0]!.done_on).toBeNull();
  });

  it("changes nothing when the page was out of date", async () => {
    const id = await startedCitizen("Forsinket");
    const [first] = await rowsOf(id);
    const before = await stepsOf(id);
    const outcome = await submit(id, recordForm(first!.id, "follow_up"));
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error[""]).toEqual([messages.pathwayStepChanged]);
    expect(await stepsOf(id)).toEqual(before);
    expect((await rowsOf(id))[0]!.done_on).toBeNull();
  });

  it("is refused before the pathway has started again", async () => {
    const id = await startedCitizen("Genaabnet");
    await move(id, "in_progress", "closed", { closeReason: "other" });
    await move(id, "closed", "contacted");
    const [first] = await rowsOf(id);
    const outcome = await submit(id, recordForm(first!.id, "contacted"));
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error[""]).toEqual([messages.followUpBeforeStart]);
    expect((await page(id)).data.mayRecord).toBe(false);
  });
});

describe("who may see and write follow-ups", () => {
  it("lets an administrator read but not write", async () => {
    const id = await startedCitizen("Admin-Laeser");
    const view = await page(id, org.users.admin);
    expect(view.status).toBe(200);
    expect(view.data.mayWrite).toBe(false);
    const outcome = await submit(id, { intent: "add", due: "2027-03-01" }, org.users.admin);
    expect(outcome.status).toBe(403);
    expect(await rowsOf(id)).toHaveLength(4);
  });

  it("keeps home care and associations out, and other municipalities get 404", async () => {
    const id = await startedCitizen("Beskyttet");
    for (const user of [org.users.homecare, org.users.association]) {
      expect((await page(id, user)).status).toBe(403);
      expect((await submit(id, { intent: "add", due: "2027-03-01" }, user)).status).toBe(403);
    }
    expect((await page(id, otherCoordinator)).status).toBe(404);
    expect((await submit(id, { intent: "add", due: "2027-03-01" }, otherCoordinator)).status).toBe(404);
    expect(await rowsOf(id)).toHaveLength(4);
  });
});
