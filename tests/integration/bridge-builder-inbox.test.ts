// The association's bridge-builder works through an inbox of proposed matches: each
// with a deadline, the minimum about the citizen, an answer with a reason, and a
// confirmation of the first visit that the coordinator then sees. Proposals nobody
// answers in time alert the coordinator by email, once.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { alertOverdueProposals } from "../../app/comms/proposal-deadline-alert.server";
import { db } from "../../app/data/db.server";
import { planDefaultFollowUps } from "../../app/data/follow-ups.server";
import { createUser } from "../../app/data/users.server";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import { runDailyJobs, startDailyJobs } from "../../app/jobs/daily-jobs.server";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as inboxRoute from "../../app/routes/forslag";
import { messages } from "../../app/ui/messages";
import { createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { PASSWORD, type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
const today = dateInDenmark();
const volunteers = { karen: "", jonas: "", other: "" };

// What the association must never learn about the citizens.
const secrets = {
  lastName: "Hemmeligsen",
  address: "Kastanjevej 41",
  phone: "86 55 44 33",
  email: "hemmelig.borger@example.dk",
  narrative: "Mistede sin mand sidste vinter",
};
const citizen = (firstName: string, extra: Record<string, string | string[]> = {}) =>
  registerCitizen(org.users.coordinator, {
    firstName,
    lastName: secrets.lastName,
    address: secrets.address,
    phone: secrets.phone,
    email: secrets.email,
    narrative: secrets.narrative,
    ...extra,
  });

const inbox = async (user: TestUser = org.users.bridge_builder) => run(inboxRoute.loader, await get("/forslag", user));
const answer = async (form: Record<string, string>, user: TestUser = org.users.bridge_builder) =>
  run(inboxRoute.action, await post("/forslag", form, user));
/** The inbox page as the browser receives it, rendered from the loader's data. */
async function inboxHtml(user: TestUser = org.users.bridge_builder): Promise<string> {
  const { data } = await inbox(user);
  const Stub = createRoutesStub([
    { id: "inbox", path: "/forslag", Component: inboxRoute.default as never, loader: () => data },
  ]);
  return renderToString(
    createElement(Stub, { initialEntries: ["/forslag"], hydrationData: { loaderData: { inbox: data } } }),
  );
}
const proposalRow = (id: string) =>
  db.selectFrom("match_proposal").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const setRespondBy = (id: string, date: string) =>
  db.updateTable("match_proposal").set({ respond_by: date }).where("id", "=", id).execute();
const ids = (list: { id: string }[]) => list.map((p) => p.id);

beforeAll(async () => {
  org = await createTestOrg();
  volunteers.karen = await createVolunteerViaForm(org.users.association, {
    firstName: "Karen",
    lastName: "Besøgsven",
    email: "karen.besoegsven@example.dk",
    capacity: "10",
  });
  volunteers.jonas = await createVolunteerViaForm(org.users.association, {
    firstName: "Jonas",
    lastName: "Reserve",
    email: "jonas.reserve@example.dk",
  });
  volunteers.other = await createVolunteerViaForm(org.users.otherAssociation, {
    firstName: "Bo",
    lastName: "Andenforening",
    email: "bo.andenforening@example.dk",
  });
});

describe("the inbox", () => {
  const p = { overdue: "", fresh: "", accepted: "", declined: "" };
  let citizenId = "";

  beforeAll(async () => {
    citizenId = await citizen("Ruth", { barriers: ["wheelchair", "economy"], slots: ["tue-am"], languages: ["da"] });
    p.overdue = await propose(org.users.coordinator, citizenId, "volunteer", volunteers.karen);
    await setRespondBy(p.overdue, addDays(today, -3));
    p.fresh = await propose(org.users.coordinator, await citizen("Sonja"), "volunteer", volunteers.karen);
    p.accepted = await propose(org.users.coordinator, await citizen("Tove"), "volunteer", volunteers.karen);
    p.declined = await propose(org.users.coordinator, await citizen("Ulla"), "volunteer", volunteers.karen);
    expect((await answer({ proposalId: p.accepted, decision: "accept" })).status).toBe(302);
    expect((await answer({ proposalId: p.declined, decision: "decline", reason: "too_far" })).status).toBe(302);
  });

  it("groups proposals: waiting by deadline with the overdue first, accepted without a visit, and done", async () => {
    const { data } = await inbox();
    expect(ids(data.waiting)).toEqual([p.overdue, p.fresh]);
    expect(data.waiting[0].deadline).toMatchObject({ overdue: true, daysOver: 3 });
    expect(data.waiting[1].deadline).toMatchObject({ overdue: false, daysLeft: 14 });
    expect(ids(data.visiting)).toEqual([p.accepted]);
    expect(ids(data.done)).toEqual([p.declined]);
  });

  it("shows the minimum about the citizen and whom to call at the municipality", async () => {
    const { data } = await inbox();
    expect(data.waiting[0]).toMatchObject({
      citizen: {
        firstName: "Ruth",
        area: "7600 Struer",
        interests: ["havearbejde"],
        // A tight economy is none of a visiting friend's business.
        barriers: ["wheelchair"],
        slots: ["tue-am"],
        languages: ["da"],
      },
      coordinator: { name: "Test coordinator", phone: "20304050" },
      targetName: "Karen Besøgsven",
    });
  });

  it("never sends the street, phone, email, last name or life story to the association", async () => {
    const json = JSON.stringify((await inbox()).data);
    const html = await inboxHtml();
    expect(json).toContain("Ruth");
    expect(html).toContain("Ruth fra 7600 Struer");
    expect(html).toContain("Svar senest");
    for (const secret of [...Object.values(secrets), secrets.phone.replace(/\s/g, "")]) {
      expect(json).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect(json).not.toContain(citizenId);
  });

  it("logs each citizen the bridge-builder reads", async () => {
    await inbox();
    const reads = await db
      .selectFrom("audit_log")
      .select("details")
      .where("user_id", "=", org.users.bridge_builder.id)
      .where("action", "=", "read")
      .where("entity_id", "=", citizenId)
      .execute();
    expect(reads.length).toBeGreaterThan(0);
    expect(JSON.parse(reads[0]!.details)).toEqual({ proposalId: p.overdue });
  });

  it("hides the citizen and refuses acceptance once consent is withdrawn", async () => {
    const id = await citizen("Vera");
    const proposalId = await propose(org.users.coordinator, id, "volunteer", volunteers.karen);
    await db.updateTable("consent").set({ withdrawn_at: new Date().toISOString() }).where("citizen_id", "=", id).execute();
    const item = (await inbox()).data.waiting.find((w: { id: string }) => w.id === proposalId);
    expect(item.citizen).toBeNull();
    expect(item.reasons).toEqual([]);
    expect(JSON.stringify(item)).not.toContain("Vera");
    const outcome = await answer({ proposalId, decision: "accept" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error[""]).toEqual([messages.proposalWithoutConsent]);
    expect((await proposalRow(proposalId)).status).toBe("proposed");
    expect((await answer({ proposalId, decision: "decline", reason: "other", note: "Borgeren ønsker ikke mere" })).status).toBe(302);
  });
});

describe("answering a proposal", () => {
  let citizenId = "";
  let proposalId = "";
  beforeAll(async () => {
    citizenId = await citizen("Yrsa");
    proposalId = await propose(org.users.coordinator, citizenId, "volunteer", volunteers.karen);
  });

  it("asks for a reason when declining, and for words when the reason is »Andet«", async () => {
    const missing = await answer({ proposalId, decision: "decline" });
    expect(missing.status).toBe(400);
    expect(missing.data.result.error.reason).toEqual([messages.declineReasonRequired]);
    const other = await answer({ proposalId, decision: "decline", reason: "other", note: " " });
    expect(other.status).toBe(400);
    expect(other.data.result.error.note).toEqual([messages.declineOtherNeedsText]);
    // What was typed comes back, so nothing is lost.
    expect(other.data.result.initialValue).toMatchObject({ reason: "other" });
    expect((await proposalRow(proposalId)).status).toBe("proposed");
  });

  it("another association's bridge-builder can neither answer nor confirm a visit (404)", async () => {
    const forms: Record<string, string>[] = [
      { proposalId, decision: "decline", reason: "too_far" },
      { proposalId, decision: "accept" },
      { proposalId, decision: "first_visit", visitedOn: today },
    ];
    for (const form of forms) {
      const outcome = await answer(form, org.users.otherBridgeBuilder);
      expect(outcome.status, form.decision).toBe(404);
    }
    expect(await proposalRow(proposalId)).toMatchObject({ status: "proposed", first_visit_on: null });
  });

  it("refuses a volunteer from another association and accepts with one of their own", async () => {
    const foreign = await answer({ proposalId, decision: "accept", volunteerId: volunteers.other });
    expect(foreign.status).toBe(409);
    expect(foreign.data.result.error[""]).toEqual([messages.volunteerNotAvailable]);
    const own = await answer({ proposalId, decision: "accept", volunteerId: volunteers.jonas });
    expect(own.status).toBe(302);
    expect(await proposalRow(proposalId)).toMatchObject({ status: "accepted", volunteer_id: volunteers.jonas });
  });

  it("refuses their own volunteer when a matching rule rules them out, saying which", async () => {
    const weekendOnly = await createVolunteerViaForm(org.users.association, {
      firstName: "Pia",
      lastName: "Weekend",
      email: "pia.weekend@example.dk",
      slots: ["sat-eve"],
    });
    const id = await propose(org.users.coordinator, await citizen("Xenia"), "volunteer", volunteers.karen);
    const outcome = await answer({ proposalId: id, decision: "accept", volunteerId: weekendOnly });
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error[""][0]).toMatch(/^Den frivillige passer ikke til borgeren: .+/);
    expect(await proposalRow(id)).toMatchObject({ status: "proposed", volunteer_id: volunteers.karen });
  });

  it("records the reason for a no, which the coordinator sees on the citizen", async () => {
    const id = await citizen("Zenia");
    const declined = await propose(org.users.coordinator, id, "volunteer", volunteers.karen);
    const outcome = await answer({ proposalId: declined, decision: "decline", reason: "no_volunteer", note: "Alle er optaget til jul" });
    expect(outcome.location).toBe("/forslag?besvaret=declined");
    expect(await proposalRow(declined)).toMatchObject({
      status: "declined",
      decline_reason: "no_volunteer",
      decision_note: "Alle er optaget til jul",
    });
    const page = await run(citizenRoute.loader, await get(`/borgere/${id}`, org.users.coordinator), { id });
    expect(page.data.proposals[0]).toMatchObject({ declineReason: "no_volunteer", decisionNote: "Alle er optaget til jul" });
  });
});

describe("confirming the first visit", () => {
  let citizenId = "";
  let proposalId = "";
  beforeAll(async () => {
    citizenId = await citizen("Åsa");
    proposalId = await propose(org.users.coordinator, citizenId, "volunteer", volunteers.karen);
    await planDefaultFollowUps(db, citizenId, addDays(today, -20));
  });

  it("is refused before the association has accepted", async () => {
    const outcome = await answer({ proposalId, decision: "first_visit", visitedOn: today });
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error[""]).toEqual([messages.firstVisitNotAllowed]);
  });

  it("refuses a date in the future", async () => {
    await answer({ proposalId, decision: "accept" });
    const outcome = await answer({ proposalId, decision: "first_visit", visitedOn: addDays(today, 2) });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.visitedOn).toEqual([messages.dateNotInFuture]);
  });

  it("stores the date, moves the first-visit follow-up to the day after, and closes the inbox item", async () => {
    const visitedOn = addDays(today, -2);
    const outcome = await answer({ proposalId, decision: "first_visit", visitedOn });
    expect(outcome.location).toBe("/forslag?besvaret=besoeg");
    expect(await proposalRow(proposalId)).toMatchObject({
      first_visit_on: visitedOn,
      first_visit_confirmed_by: org.users.bridge_builder.id,
    });
    const followUp = await db
      .selectFrom("follow_up")
      .select("due_date")
      .where("citizen_id", "=", citizenId)
      .where("kind", "=", "first_visit")
      .executeTakeFirstOrThrow();
    expect(followUp.due_date).toBe(addDays(visitedOn, 1));
    const { data } = await inbox();
    expect(ids(data.done)).toContain(proposalId);
    expect(ids(data.visiting)).not.toContain(proposalId);
  });

  it("shows the coordinator the confirmed visit on the citizen", async () => {
    const page = await run(citizenRoute.loader, await get(`/borgere/${citizenId}`, org.users.coordinator), {
      id: citizenId,
    });
    expect(page.data.proposals[0]).toMatchObject({ firstVisitOn: addDays(today, -2) });
  });
});

describe("the deadline alert", () => {
  const p = { withContact: "", withoutContact: "", inTime: "" };
  let colleague: TestUser;

  beforeAll(async () => {
    const email = "kollega@example.dk";
    const id = await createUser(db, {
      email,
      name: "Kollega Koordinator",
      role: "coordinator",
      password: PASSWORD,
      municipalityId: org.municipalityId,
    });
    colleague = { id, email, role: "coordinator" };
    p.withContact = await propose(org.users.coordinator, await citizen("Karen"), "volunteer", volunteers.karen);
    const orphan = await citizen("Lis");
    p.withoutContact = await propose(org.users.coordinator, orphan, "volunteer", volunteers.karen);
    await db.updateTable("citizen").set({ contact_person_id: null }).where("id", "=", orphan).execute();
    p.inTime = await propose(org.users.coordinator, await citizen("Mona"), "volunteer", volunteers.karen);
    await setRespondBy(p.withContact, addDays(today, -1));
    await setRespondBy(p.withoutContact, addDays(today, -5));
    await setRespondBy(p.inTime, today);
  });

  const emailsFor = (proposalId: string) =>
    db.selectFrom("outbox").selectAll().where("proposal_id", "=", proposalId).execute();

  it("writes exactly one email per overdue proposal, to the contact person or else every coordinator", async () => {
    await alertOverdueProposals(db, today);
    const [contact] = await emailsFor(p.withContact);
    expect(await emailsFor(p.withContact)).toHaveLength(1);
    expect(contact!.recipient).toBe(org.users.coordinator.email);
    expect(contact!.subject).toBe("Ældre Sagen Test har ikke svaret på forslaget til Karen inden fristen");
    expect(contact!.text).toContain("http://localhost:3000/borgere/");
    expect(contact!.status).toBe("pending");

    const all = await emailsFor(p.withoutContact);
    expect(all).toHaveLength(1);
    expect(all[0]!.recipient.split(", ").sort()).toEqual([colleague.email, org.users.coordinator.email].sort());
    expect((await proposalRow(p.withoutContact)).overdue_alerted_at).not.toBeNull();
  });

  it("leaves a proposal alone on its deadline day", async () => {
    expect(await emailsFor(p.inTime)).toEqual([]);
    expect((await proposalRow(p.inTime)).overdue_alerted_at).toBeNull();
  });

  it("never alerts twice, however often the daily jobs run", async () => {
    expect(await alertOverdueProposals(db, today)).toBe(0);
    await runDailyJobs(db, today);
    expect(await emailsFor(p.withContact)).toHaveLength(1);
    expect(await emailsFor(p.withoutContact)).toHaveLength(1);
  });

  it("keeps running the other jobs when one fails", async () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await runDailyJobs(db, today, [
        { name: "broken", run: () => Promise.reject(new Error("boom")) },
        { name: "next", run: async (_db, day) => (ran.push(day), 1) },
      ]);
    } finally {
      console.error = original;
    }
    expect(ran).toEqual([today]);
    expect(errors).toHaveLength(1);
  });

  it("runs the jobs at start and on every tick until stopped", async () => {
    let runs = 0;
    const stop = startDailyJobs(db, [{ name: "count", run: async () => (runs += 1, 0) }], 20);
    await new Promise((resolve) => setTimeout(resolve, 70));
    await stop();
    const atStop = runs;
    expect(atStop).toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(atStop);
  });

  it("puts the overdue proposal on the coordinator's worklist as overdue", async () => {
    const worklist = await import("../../app/routes/arbejdsliste");
    const outcome = await run(worklist.loader, await get("/arbejdsliste?type=match&borgere=alle", org.users.coordinator));
    const item = outcome.data.items.find((i: { key: string }) => i.key === `match:${p.withContact}`);
    expect(item).toMatchObject({ urgency: "overdue", due: addDays(today, -1) });
    expect(item.what).toContain("har ikke svaret inden fristen");
  });
});
