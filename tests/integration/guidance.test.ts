import { dateInDenmark } from "../../app/domain/pathway/working-days";
// Step 3 of the pathway: the coordinator writes dated notes from guidance and
// motivation conversations and the agreed next step, and ticks the step off when done.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as guidanceRoute from "../../app/routes/borgere.$id.vejledning";

import { messages } from "../../app/ui/messages";
import { type Form, createOtherMunicipality, daysAgo, daysAhead, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let citizenId: string;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  citizenId = await registerCitizen(org.users.coordinator, { firstName: "Gudrun", lastName: "Vejledningsen" });
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

const path = () => `/borgere/${citizenId}/vejledning`;
const load = async (user: TestUser = org.users.coordinator) =>
  run(guidanceRoute.loader, await get(path(), user), { id: citizenId });
const submit = async (form: Form, user: TestUser = org.users.coordinator) =>
  run(guidanceRoute.action, await post(path(), form, user), { id: citizenId });
const note = (overrides: Form = {}): Form => ({
  intent: "note",
  onDate: daysAgo(7),
  note: "Gudrun savner at synge. Hun er bange for at gå alene ud om aftenen.",
  nextStep: "Ringe til kirkekoret og spørge om en prøvegang",
  nextStepDue: daysAhead(7),
  ...overrides,
});

type Note = { id: string; onDate: string; note: string; nextStep: string; nextStepDue: string | null; nextStepDoneAt: string | null };

describe("guidance notes", () => {
  it("saves a dated note with the agreed next step and its due date", async () => {
    const outcome = await submit(note());
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`${path()}?gemt=1`);
    const page = await load();
    expect(page.data.notes[0]).toMatchObject({
      onDate: daysAgo(7),
      nextStep: "Ringe til kirkekoret og spørge om en prøvegang",
      nextStepDue: daysAhead(7),
      nextStepDoneAt: null,
      writtenBy: "Test coordinator",
    });
  });

  it("dates a note today when no date is given, and shows the newest conversation first", async () => {
    expect((await submit(note({ onDate: "", note: "Kort snak i telefonen.", nextStep: "", nextStepDue: "" }))).status).toBe(302);
    expect((await submit(note({ onDate: daysAgo(30), note: "Første samtale.", nextStep: "", nextStepDue: "" }))).status).toBe(302);
    const notes: Note[] = (await load()).data.notes;
    expect(notes.map((n) => n.note)).toEqual([
      "Kort snak i telefonen.",
      "Gudrun savner at synge. Hun er bange for at gå alene ud om aftenen.",
      "Første samtale.",
    ]);
    expect(notes[0]).toMatchObject({ onDate: dateInDenmark(), nextStep: "", nextStepDue: null });
  });

  it("refuses a note without text with a Danish message and keeps what was typed", async () => {
    const outcome = await submit(note({ note: "" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.note).toEqual([messages.required]);
    expect(outcome.data.result.initialValue).toMatchObject({ nextStep: "Ringe til kirkekoret og spørge om en prøvegang" });
  });

  it("refuses a due date without a next step, and a date in the future", async () => {
    const noStep = await submit(note({ nextStep: "" }));
    expect(noStep.status).toBe(400);
    expect(noStep.data.result.error.nextStep).toEqual([messages.nextStepDueWithoutStep]);
    const future = await submit(note({ onDate: daysAhead(3) }));
    expect(future.status).toBe(400);
    expect(future.data.result.error.onDate).toEqual([messages.dateNotInFuture]);
  });

  it("audits every note with the coordinator and the citizen", async () => {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "create")
      .where("entity_id", "=", citizenId)
      .where("user_id", "=", org.users.coordinator.id)
      .execute();
    expect(rows.filter((r) => JSON.parse(r.details).guidanceNoteId).length).toBe(3);
  });
});

describe("the agreed next step", () => {
  it("is marked done once; a second click is refused kindly", async () => {
    const open = ((await load()).data.notes as Note[]).find((n) => n.nextStep !== "")!;
    const done = await submit({ intent: "done", noteId: open.id });
    expect(done.status).toBe(302);
    const after = ((await load()).data.notes as Note[]).find((n) => n.id === open.id)!;
    expect(after.nextStepDoneAt).not.toBeNull();
    const again = await submit({ intent: "done", noteId: open.id });
    expect(again.status).toBe(409);
    expect(again.data.error).toBe(messages.nextStepNotOpen);
  });

  it("cannot be marked done for a note without a next step", async () => {
    const plain = ((await load()).data.notes as Note[]).find((n) => n.nextStep === "")!;
    expect((await submit({ intent: "done", noteId: plain.id })).status).toBe(409);
  });
});

describe("who may see and write", () => {
  it("lets an administrator read but not write", async () => {
    const page = await load(org.users.admin);
    expect(page.status).toBe(200);
    expect(page.data.mayWrite).toBe(false);
    const outcome = await submit(note({ note: "Skrevet af en administrator" }), org.users.admin);
    expect(outcome.status).toBe(403);
    expect(outcome.data).toEqual({ message: messages.readOnly });
    const notes: Note[] = (await load()).data.notes;
    expect(notes.map((n) => n.note)).not.toContain("Skrevet af en administrator");
  });

  it("refuses home care (403)", async () => {
    expect((await load(org.users.homecare)).status).toBe(403);
    expect((await submit(note(), org.users.homecare)).status).toBe(403);
  });

  it("is a 404 for a coordinator of another municipality, who cannot write either", async () => {
    expect((await load(otherCoordinator)).status).toBe(404);
    const outcome = await submit(note({ note: "Fra nabokommunen" }), otherCoordinator);
    expect(outcome.status).toBe(404);
    const notes: Note[] = (await load()).data.notes;
    expect(notes.map((n) => n.note)).not.toContain("Fra nabokommunen");
  });
});
