// A volunteer with their own login keeps their weekly availability, takes a pause,
// and sees the citizens they are matched with: first name and first visit only.
// They never reach other volunteers or other citizens.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { createProposal } from "../../app/data/proposals.server";
import { createUser } from "../../app/data/users.server";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as exportRoute from "../../app/routes/frivillige.eksport[.]csv";
import * as listRoute from "../../app/routes/frivillige._index";
import * as profileRoute from "../../app/routes/frivillige.$id";
import * as myPage from "../../app/routes/min-side";
import { messages } from "../../app/ui/messages";
import { createVolunteerViaForm, daysAhead, registerCitizen } from "./fixtures";
import { PASSWORD, type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let me: TestUser;
let myProfile: string;
let colleague: string;
let matchedCitizen: string;
let colleaguesCitizen: string;

async function proposal(citizenId: string, volunteerId: string, set: Record<string, string | null>) {
  const id = await createProposal(db, {
    citizenId,
    kind: "volunteer",
    targetId: volunteerId,
    associationId: org.associationA,
    score: 0.7,
    reasons: [],
    proposedBy: org.users.coordinator.id,
  });
  if (Object.keys(set).length > 0) await db.updateTable("match_proposal").set(set).where("id", "=", id).execute();
}

beforeAll(async () => {
  org = await createTestOrg();
  me = org.users.volunteer;
  myProfile = await createVolunteerViaForm(org.users.association, { firstName: "Mette", lastName: "Selv", email: "mette@example.dk" });
  colleague = await createVolunteerViaForm(org.users.association, { firstName: "Kaj", lastName: "Kollega", email: "kaj@example.dk" });
  // Another engineer's invitation links the login; here it is linked directly.
  await db.updateTable("volunteer").set({ user_id: me.id }).where("id", "=", myProfile).execute();

  matchedCitizen = await registerCitizen(org.users.coordinator, { firstName: "Inger", lastName: "Hemmeligsen", phone: "97000001" });
  const proposedOnly = await registerCitizen(org.users.coordinator, { firstName: "Poul", lastName: "Forslagsen" });
  const saidNo = await registerCitizen(org.users.coordinator, { firstName: "Nora", lastName: "Nejtaksen" });
  colleaguesCitizen = await registerCitizen(org.users.coordinator, { firstName: "Karla", lastName: "Andensen" });
  await proposal(matchedCitizen, myProfile, { status: "accepted", answer: "yes", first_visit_on: daysAhead(5) });
  await proposal(proposedOnly, myProfile, {});
  await proposal(saidNo, myProfile, { status: "accepted", answer: "no" });
  await proposal(colleaguesCitizen, colleague, { status: "accepted" });
});

const load = async (user: TestUser = me) => run(myPage.loader, await get("/min-side", user));
const act = async (form: Record<string, string | string[]>, user: TestUser = me) =>
  run(myPage.action, await post("/min-side", form, user));

describe("the volunteer's own page", () => {
  it("shows their own profile and only their matched citizens, first name and first visit", async () => {
    const outcome = await load();
    expect(outcome.status).toBe(200);
    expect(outcome.data.profile).toMatchObject({ firstName: "Mette", lastName: "Selv", status: "active" });
    expect(outcome.data.matches.map((m: { firstName: string; firstVisitOn: string | null }) => [m.firstName, m.firstVisitOn])).toEqual([
      ["Inger", daysAhead(5)],
    ]);
    const payload = JSON.stringify(outcome.data);
    for (const hidden of ["Hemmeligsen", "97000001", "Lindevej", "Poul", "Nora", "Karla", "Kaj"]) {
      expect(payload).not.toContain(hidden);
    }
  });

  it("records the read of the matched citizen in the audit log", async () => {
    await load();
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("user_id", "=", me.id)
      .where("entity", "=", "citizen")
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.entity_id))).toEqual(new Set([matchedCitizen]));
    expect(rows.every((r) => r.action === "read")).toBe(true);
  });

  it("saves their weekly availability", async () => {
    const outcome = await act({ intent: "availability", slots: ["mon-am", "sat-eve"] });
    expect(outcome.status).toBe(302);
    const row = await db.selectFrom("volunteer").select("slots").where("id", "=", myProfile).executeTakeFirstOrThrow();
    expect(JSON.parse(row.slots)).toEqual(["mon-am", "sat-eve"]);
  });

  it("refuses an empty availability with a Danish message", async () => {
    const outcome = await act({ intent: "availability" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.slots).toEqual([messages.chooseAtLeastOne]);
  });

  it("lets them pause and come back", async () => {
    expect((await act({ intent: "pause", paused: "yes" })).location).toBe("/min-side?pause=1");
    let row = await db.selectFrom("volunteer").select(["status", "note"]).where("id", "=", myProfile).executeTakeFirstOrThrow();
    expect(row.status).toBe("paused");
    expect(row.note).toMatch(/pause/);
    await act({ intent: "pause", paused: "no" });
    row = await db.selectFrom("volunteer").select(["status", "note"]).where("id", "=", myProfile).executeTakeFirstOrThrow();
    expect(row.status).toBe("active");
  });

  it("does not let an ended volunteer reactivate themselves", async () => {
    await db.updateTable("volunteer").set({ status: "ended" }).where("id", "=", myProfile).execute();
    const outcome = await act({ intent: "pause", paused: "no" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.error).toBe(messages.volunteerEnded);
    const row = await db.selectFrom("volunteer").select("status").where("id", "=", myProfile).executeTakeFirstOrThrow();
    expect(row.status).toBe("ended");
    await db.updateTable("volunteer").set({ status: "active" }).where("id", "=", myProfile).execute();
  });

  it("changes only their own profile", async () => {
    const before = await db.selectFrom("volunteer").selectAll().where("id", "=", colleague).executeTakeFirstOrThrow();
    await act({ intent: "availability", slots: ["sun-am"] });
    await act({ intent: "pause", paused: "yes" });
    const after = await db.selectFrom("volunteer").selectAll().where("id", "=", colleague).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it("tells a volunteer login without a linked profile so, with a 404", async () => {
    const email = "ukoblet@example.dk";
    const id = await createUser(db, { email, name: "Ukoblet", role: "volunteer", password: PASSWORD, associationId: org.associationA });
    const outcome = await load({ id, email, role: "volunteer" });
    expect(outcome.status).toBe(404);
    expect(outcome.data.message).toBe(messages.noOwnVolunteerProfile);
  });
});

describe("a volunteer cannot reach anyone else's data", () => {
  it("is refused the volunteer list, another volunteer's profile and the export", async () => {
    expect((await run(listRoute.loader, await get("/frivillige", me))).status).toBe(403);
    expect((await run(profileRoute.loader, await get(`/frivillige/${colleague}`, me), { id: colleague })).status).toBe(403);
    expect((await run(profileRoute.loader, await get(`/frivillige/${myProfile}`, me), { id: myProfile })).status).toBe(403);
    expect((await run(exportRoute.loader, await get("/frivillige/eksport.csv", me))).status).toBe(403);
  });

  it("is refused every citizen page, their own matched citizen's too", async () => {
    for (const id of [matchedCitizen, colleaguesCitizen]) {
      expect((await run(citizenRoute.loader, await get(`/borgere/${id}`, me), { id })).status).toBe(403);
    }
  });

  it("other roles cannot open a volunteer's own page", async () => {
    for (const user of [org.users.association, org.users.bridge_builder, org.users.admin, org.users.coordinator]) {
      expect((await load(user)).status).toBe(403);
    }
  });
});
