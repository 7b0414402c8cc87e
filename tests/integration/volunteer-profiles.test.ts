// An association keeps its volunteers' profiles: it opens one, corrects it, pauses or
// ends it with a note, and sees at a glance whose straffeattest runs out. Another
// association's users never see or change them.
import { beforeAll, describe, expect, it } from "vitest";
import { createProposal } from "../../app/data/proposals.server";
import { db } from "../../app/data/db.server";
import { subtractMonths } from "../../app/domain/matching/rules";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import * as listRoute from "../../app/routes/frivillige._index";
import * as profileRoute from "../../app/routes/frivillige.$id";
import * as editRoute from "../../app/routes/frivillige.$id.rediger";
import { messages } from "../../app/ui/messages";
import { createVolunteerViaForm, registerCitizen, volunteerForm } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
const today = dateInDenmark();
/** A straffeattest date that leaves `days` days of validity under the 24-month policy. */
const attestWithDaysLeft = (days: number) => subtractMonths(addDays(today, days), 24);

let expiring: string;
let expired: string;
let vetted: string;
let otherAssociations: string;

beforeAll(async () => {
  org = await createTestOrg();
  expiring = await createVolunteerViaForm(org.users.association, {
    firstName: "Else",
    lastName: "Udløber",
    email: "else@example.dk",
    straffeattestDate: attestWithDaysLeft(20),
  });
  expired = await createVolunteerViaForm(org.users.association, {
    firstName: "Erik",
    lastName: "Udløbet",
    email: "erik@example.dk",
    straffeattestDate: attestWithDaysLeft(-5),
  });
  vetted = await createVolunteerViaForm(org.users.association, {
    firstName: "Vera",
    lastName: "Godkendt",
    email: "vera@example.dk",
    capacity: "3",
  });
  otherAssociations = await createVolunteerViaForm(org.users.otherAssociation, {
    firstName: "Bo",
    lastName: "Fraforeningb",
    email: "bo@example.dk",
    straffeattestDate: attestWithDaysLeft(20),
  });
});

const profile = async (id: string, user: TestUser) =>
  run(profileRoute.loader, await get(`/frivillige/${id}`, user), { id });

const setStatus = async (id: string, form: Record<string, string>, user: TestUser = org.users.association) =>
  run(profileRoute.action, await post(`/frivillige/${id}`, { intent: "status", ...form }, user), { id });

const statusOf = async (id: string) =>
  (await db.selectFrom("volunteer").select(["status", "note"]).where("id", "=", id).executeTakeFirstOrThrow());

describe("the volunteer's profile", () => {
  it("shows the straffeattest's expiry and warns within 60 days", async () => {
    const outcome = await profile(expiring, org.users.association);
    expect(outcome.status).toBe(200);
    expect(outcome.data.volunteer).toMatchObject({ firstName: "Else", lastName: "Udløber" });
    expect(outcome.data.attest.kind).toBe("expiring");
    expect(outcome.data.attest.daysLeft).toBeGreaterThanOrEqual(20);
    expect(outcome.data.attest.daysLeft).toBeLessThan(60);
    expect(outcome.data.canEdit).toBe(true);
  });

  it("says when the straffeattest has run out", async () => {
    const outcome = await profile(expired, org.users.association);
    expect(outcome.data.attest.kind).toBe("expired");
    expect(outcome.data.attest.validThrough < today).toBe(true);
  });

  it("counts accepted matches against capacity, apart from proposals still waiting", async () => {
    const matched = await registerCitizen(org.users.coordinator, { firstName: "Agnes" });
    const waiting = await registerCitizen(org.users.coordinator, { firstName: "Bodil" });
    for (const citizenId of [matched, waiting]) {
      await createProposal(db, {
        citizenId,
        kind: "volunteer",
        targetId: vetted,
        associationId: org.associationA,
        score: 0.8,
        reasons: [],
        proposedBy: org.users.coordinator.id,
      });
    }
    await db
      .updateTable("match_proposal")
      .set({ status: "accepted" })
      .where("citizen_id", "=", matched)
      .execute();
    const outcome = await profile(vetted, org.users.association);
    expect(outcome.data.volunteer).toMatchObject({ matched: 1, load: 2, capacity: 3 });
  });

  it("is open to the association's bridge-builder and to administrators, read-only", async () => {
    const bridge = await profile(vetted, org.users.bridge_builder);
    expect(bridge.status).toBe(200);
    expect(bridge.data.canEdit).toBe(false);
    const admin = await profile(otherAssociations, org.users.admin);
    expect(admin.status).toBe(200);
    expect(admin.data.canEdit).toBe(false);
  });

  it("is not found for another association's users, or for an id that is not one", async () => {
    for (const user of [org.users.otherAssociation, org.users.otherBridgeBuilder]) {
      expect((await profile(vetted, user)).status).toBe(404);
    }
    expect((await profile(otherAssociations, org.users.association)).status).toBe(404);
    expect((await profile("ikke-et-id", org.users.association)).status).toBe(404);
  });
});

describe("changing a volunteer's status", () => {
  it("pauses a volunteer with a short note", async () => {
    const outcome = await setStatus(expired, { status: "paused", note: "Holder pause til foråret" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/frivillige/${expired}?status=gemt`);
    expect(await statusOf(expired)).toEqual({ status: "paused", note: "Holder pause til foråret" });
  });

  it("ends a volunteer, and can make them active again", async () => {
    await setStatus(expired, { status: "ended", note: "Er flyttet" });
    expect((await statusOf(expired)).status).toBe("ended");
    await setStatus(expired, { status: "active", note: "" });
    expect(await statusOf(expired)).toEqual({ status: "active", note: "" });
  });

  it("refuses an unknown status with a Danish message", async () => {
    const outcome = await setStatus(expired, { status: "væk" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.status).toEqual([messages.volunteerStatus]);
    expect((await statusOf(expired)).status).toBe("active");
  });

  it("is for the association's editor only", async () => {
    expect((await setStatus(vetted, { status: "ended" }, org.users.bridge_builder)).status).toBe(403);
    expect((await setStatus(vetted, { status: "ended" }, org.users.admin)).status).toBe(403);
    expect((await setStatus(vetted, { status: "ended" }, org.users.otherAssociation)).status).toBe(404);
    expect((await setStatus(otherAssociations, { status: "ended" })).status).toBe(404);
    expect((await statusOf(vetted)).status).toBe("active");
    expect((await statusOf(otherAssociations)).status).toBe("active");
  });
});

describe("editing a volunteer", () => {
  const edit = async (id: string, form: Record<string, string | string[]>, user: TestUser = org.users.association) =>
    run(editRoute.action, await post(`/frivillige/${id}/rediger`, form, user), { id });

  it("starts from the saved profile, with Danish decimals", async () => {
    const outcome = await run(editRoute.loader, await get(`/frivillige/${vetted}/rediger`, org.users.association), {
      id: vetted,
    });
    expect(outcome.status).toBe(200);
    expect(outcome.data.values).toMatchObject({
      firstName: "Vera",
      lat: "56,4907",
      slots: ["tue-am", "thu-pm"],
      car: "on",
      capacity: "3",
    });
  });

  it("saves the corrected profile", async () => {
    const outcome = await edit(
      vetted,
      volunteerForm({ firstName: "Vera", lastName: "Godkendt", email: "vera@example.dk", phone: "87654321", area: "Struer havn", lat: "56,5", car: [], capacity: "3" }),
    );
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect(outcome.location).toBe(`/frivillige/${vetted}?rettet=1`);
    const row = await db.selectFrom("volunteer").selectAll().where("id", "=", vetted).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ phone: "87654321", area: "Struer havn", lat: 56.5, car: 0, status: "active" });
  });

  it("keeps what was typed when something is wrong", async () => {
    const outcome = await edit(vetted, volunteerForm({ email: "vera@example.dk", phone: "12", area: "Et nyt sted" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error).toEqual({ phone: [messages.phone] });
    expect(outcome.data.result.initialValue).toMatchObject({ phone: "12", area: "Et nyt sted" });
    const row = await db.selectFrom("volunteer").select("area").where("id", "=", vetted).executeTakeFirstOrThrow();
    expect(row.area).toBe("Struer havn");
  });

  it("is not possible for another association or a bridge-builder", async () => {
    expect((await edit(vetted, volunteerForm({ email: "vera@example.dk" }), org.users.otherAssociation)).status).toBe(404);
    expect((await edit(vetted, volunteerForm({ email: "vera@example.dk" }), org.users.bridge_builder)).status).toBe(403);
    expect((await edit(otherAssociations, volunteerForm({ email: "bo@example.dk" }))).status).toBe(404);
    const row = await db.selectFrom("volunteer").select("first_name").where("id", "=", otherAssociations).executeTakeFirstOrThrow();
    expect(row.first_name).toBe("Bo");
  });
});

describe("the volunteer list's filters", () => {
  const list = async (query: string, user: TestUser = org.users.association) =>
    run(listRoute.loader, await get(`/frivillige${query}`, user));
  const names = async (query: string, user?: TestUser) =>
    (await list(query, user)).data.volunteers.map((v: { firstName: string }) => v.firstName).sort();

  it("shows whose straffeattest runs out soon or has run out", async () => {
    expect(await names("?attest=udloeber")).toEqual(["Else", "Erik"]);
    expect(await names("?attest=udloeber", org.users.otherBridgeBuilder)).toEqual(["Bo"]);
  });

  it("shows each volunteer's vetting warning", async () => {
    const rows = (await list("")).data.volunteers as { firstName: string; attest: { kind: string } }[];
    expect(Object.fromEntries(rows.map((v) => [v.firstName, v.attest.kind]))).toEqual({
      Else: "expiring",
      Erik: "expired",
      Vera: "valid",
    });
  });

  it("filters by status", async () => {
    await setStatus(expiring, { status: "paused" });
    expect(await names("?status=paused")).toEqual(["Else"]);
    expect(await names("?status=active&attest=udloeber")).toEqual(["Erik"]);
    expect(await names("?status=alle")).toEqual(["Else", "Erik", "Vera"]);
  });

  it("refuses a filter it does not know with a 400", async () => {
    const outcome = await list("?status=slettet");
    expect(outcome.status).toBe(400);
    expect(outcome.data.message).toBe(messages.volunteerFilterInvalid);
  });
});

describe("inviting a volunteer to their own login", () => {
  const invite = async (id: string, user: TestUser = org.users.association) =>
    run(profileRoute.action, await post(`/frivillige/${id}`, { intent: "invite" }, user), { id });

  it("sends the volunteer an email with a link and shows that it waits", async () => {
    const outcome = await invite(vetted);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/frivillige/${vetted}?inviteret=1`);
    const emails = await db.selectFrom("outbox").select("text").where("recipient", "=", "vera@example.dk").execute();
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}/);
    expect((await profile(vetted, org.users.association)).data.invitation).toMatchObject({ expiresAt: expect.any(String) });
  });

  it("does not send a second invitation while the first waits", async () => {
    const outcome = await invite(vetted);
    expect(outcome.status).toBe(409);
    expect(outcome.data).toEqual({ inviteError: messages.inviteAlreadySent });
    expect(await db.selectFrom("outbox").select("id").where("recipient", "=", "vera@example.dk").execute()).toHaveLength(1);
  });

  it("is the editor's to send: a bridge-builder is refused, another association gets 404", async () => {
    expect((await invite(expiring, org.users.bridge_builder)).status).toBe(403);
    expect((await invite(otherAssociations)).status).toBe(404);
  });
});
