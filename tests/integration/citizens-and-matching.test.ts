// A coordinator registers a citizen after the narrative conversation, sees the
// candidates the rules allow (and the near misses with their reasons), and proposes
// a volunteer to the association.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as citizensRoute from "../../app/routes/borgere._index";
import * as newCitizenRoute from "../../app/routes/borgere.ny";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import { messages } from "../../app/ui/messages";
import {
  activityForm,
  citizenForm,
  createOtherMunicipality,
  createVolunteerViaForm,
  idFromLocation,
  registerCitizen,
} from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let citizenId: string;
let volunteerId: string;
let stepsActivityId: string;
let otherCoordinator: TestUser;

type Candidate = { kind: string; id: string; score: number; reasons: string[]; name: string };
type Excluded = { kind: string; id: string; rule: string; reason: string; name: string };

beforeAll(async () => {
  org = await createTestOrg();
  volunteerId = await createVolunteerViaForm(org.users.association, {
    firstName: "Grethe",
    lastName: "Gartner",
    email: "grethe.gartner@example.dk",
    interests: ["havearbejde", "natur"],
    languages: ["da", "de"],
    slots: ["tue-am", "fri-am"],
    capacity: "2",
  });
  const activity = await run(
    newActivityRoute.action,
    await post(
      "/aktiviteter/ny",
      activityForm({ title: "Havekreds på første sal", interests: ["havearbejde"], stepFree: [], lat: "56,4950", lng: "8,5950" }),
      org.users.association,
    ),
  );
  stepsActivityId = idFromLocation(activity.location, "/aktiviteter");
  citizenId = await registerCitizen(org.users.coordinator, {
    firstName: "Ellen",
    lastName: "Kørestolsen",
    barriers: ["wheelchair"],
    interests: ["havearbejde"],
    languages: ["da"],
    slots: ["tue-am", "thu-pm"],
  });

  // A second municipality with its own coordinator.
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

const loadCitizen = async (id: string, user: TestUser = org.users.coordinator) =>
  run(citizenRoute.loader, await get(`/borgere/${id}`, user), { id });

const proposeAs = async (id: string, form: Record<string, string>, user: TestUser = org.users.coordinator) =>
  run(citizenRoute.action, await post(`/borgere/${id}`, { intent: "propose", ...form }, user), { id });

const proposalsFor = (id: string) =>
  db.selectFrom("match_proposal").selectAll().where("citizen_id", "=", id).execute();

describe("registering a citizen", () => {
  it("saves the screening with the coordinator as fixed contact person and records the consent", async () => {
    const row = await db.selectFrom("citizen").selectAll().where("id", "=", citizenId).executeTakeFirstOrThrow();
    expect(row.municipality_id).toBe(org.municipalityId);
    expect(row.contact_person_id).toBe(org.users.coordinator.id);
    expect(row.status).toBe("screened");
    expect(row.phone).toBe("97851234");
    expect(row.lat).toBeCloseTo(56.4907, 6);
    expect(JSON.parse(row.barriers)).toEqual(["wheelchair"]);
    const consent = await db.selectFrom("consent").selectAll().where("citizen_id", "=", citizenId).execute();
    expect(consent).toHaveLength(1);
    expect(consent[0]).toMatchObject({ scope: "share_with_associations", given_by: org.users.coordinator.id, withdrawn_at: null });
    const created = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", citizenId)
      .where("action", "=", "create")
      .execute();
    expect(created).toHaveLength(1);
  });

  it("records no consent when the box is not ticked", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Utenssamtykke", consentToShare: [] });
    const consent = await db.selectFrom("consent").select("id").where("citizen_id", "=", id).execute();
    expect(consent).toEqual([]);
  });

  it("refuses email as channel without an email address, in Danish, and saves nothing", async () => {
    const before = (await db.selectFrom("citizen").select("id").execute()).length;
    const outcome = await run(
      newCitizenRoute.action,
      await post("/borgere/ny", citizenForm({ contactChannel: "email", lastName: "Udenmail" }), org.users.coordinator),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.email).toEqual([messages.emailNeededForEmailChannel]);
    expect(outcome.data.result.initialValue).toMatchObject({ lastName: "Udenmail", contactChannel: "email" });
    expect((await db.selectFrom("citizen").select("id").execute()).length).toBe(before);
  });

  it("lists the citizen for coordinators of the municipality only", async () => {
    const own = await run(citizensRoute.loader, await get("/borgere", org.users.coordinator));
    expect(own.data.citizens.map((c: { id: string }) => c.id)).toContain(citizenId);
    const other = await run(citizensRoute.loader, await get("/borgere", otherCoordinator));
    expect(other.data.citizens.map((c: { id: string }) => c.id)).not.toContain(citizenId);
  });
});

describe("the citizen page", () => {
  let data: { candidates: Candidate[]; excluded: Excluded[]; consent: boolean; citizen: { id: string } };
  beforeAll(async () => {
    const outcome = await loadCitizen(citizenId);
    expect(outcome.status).toBe(200);
    data = outcome.data;
  });

  it("suggests the nearby vetted volunteer with shared interest, time and language, with Danish reasons", () => {
    expect(data.citizen.id).toBe(citizenId);
    expect(data.consent).toBe(true);
    const volunteer = data.candidates.find((c) => c.id === volunteerId);
    expect(volunteer).toBeDefined();
    expect(volunteer!.kind).toBe("volunteer");
    expect(volunteer!.name).toBe("Grethe Gartner");
    expect(volunteer!.score).toBeGreaterThan(0.5);
    expect(volunteer!.score).toBeLessThanOrEqual(1);
    expect(volunteer!.reasons).toContain("Deler interesse: havearbejde");
    expect(volunteer!.reasons).toContainEqual(expect.stringMatching(/ væk$/));
    expect(volunteer!.reasons).toContain("Passer tirsdag formiddag");
  });

  it("leaves out the activity with steps for a wheelchair user, and says why", () => {
    expect(data.candidates.map((c) => c.id)).not.toContain(stepsActivityId);
    const excluded = data.excluded.find((e) => e.id === stepsActivityId);
    expect(excluded).toMatchObject({ kind: "activity", rule: "not-step-free", name: "Havekreds på første sal" });
    expect(excluded!.reason).toBe("Aktiviteten har ikke trinfri adgang, og borgeren bruger kørestol");
  });

  it("logs the read in the audit log, with who read it", async () => {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "read")
      .where("entity", "=", "citizen")
      .where("entity_id", "=", citizenId)
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.user_id).toBe(org.users.coordinator.id);
    expect(rows[0]!.purpose).not.toBe("");
  });

  it("each view adds a new audit row", async () => {
    const count = async () =>
      (await db.selectFrom("audit_log").select("id").where("action", "=", "read").where("entity_id", "=", citizenId).execute())
        .length;
    const before = await count();
    await loadCitizen(citizenId, org.users.admin);
    expect(await count()).toBe(before + 1);
  });

  it("is a 404 for a coordinator of another municipality, and nothing is logged as read", async () => {
    const outcome = await loadCitizen(citizenId, otherCoordinator);
    expect(outcome.status).toBe(404);
    expect(outcome.data).toEqual({ message: messages.notFound });
    const reads = await db
      .selectFrom("audit_log")
      .select("id")
      .where("user_id", "=", otherCoordinator.id)
      .where("entity_id", "=", citizenId)
      .execute();
    expect(reads).toEqual([]);
  });

  it("is a 404 for an id that is not a uuid", async () => {
    expect((await loadCitizen("123")).status).toBe(404);
  });
});

describe("proposing a match", () => {
  it("stores the proposal with the score and reasons the server computed", async () => {
    const page = await loadCitizen(citizenId);
    const candidate = (page.data.candidates as Candidate[]).find((c) => c.id === volunteerId)!;
    const outcome = await proposeAs(citizenId, { kind: "volunteer", candidateId: volunteerId });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${citizenId}?foreslaaet=1`);
    const rows = await proposalsFor(citizenId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "volunteer",
      volunteer_id: volunteerId,
      activity_id: null,
      association_id: org.associationA,
      status: "proposed",
      proposed_by: org.users.coordinator.id,
      answer: null,
    });
    expect(rows[0]!.score).toBe(candidate.score);
    expect(JSON.parse(rows[0]!.reasons)).toEqual(candidate.reasons);
    const audited = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", "match_proposal")
      .where("entity_id", "=", rows[0]!.id)
      .where("action", "=", "create")
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("shows the proposal on the citizen page", async () => {
    const page = await loadCitizen(citizenId);
    expect(page.data.proposals).toHaveLength(1);
    expect(page.data.proposals[0]).toMatchObject({ kind: "volunteer", targetId: volunteerId, targetName: "Grethe Gartner", status: "proposed" });
  });

  it("twice for the same candidate is refused with 409, and no second row is stored", async () => {
    const outcome = await proposeAs(citizenId, { kind: "volunteer", candidateId: volunteerId });
    expect(outcome.status).toBe(409);
    expect(outcome.data).toEqual({ error: messages.proposalAlreadyOpen });
    expect(await proposalsFor(citizenId)).toHaveLength(1);
  });

  it("ignores a score sent by the browser", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Scoresen" });
    const outcome = await proposeAs(id, { kind: "volunteer", candidateId: volunteerId, score: "1", reasons: "snyd" });
    expect(outcome.status).toBe(302);
    const [row] = await proposalsFor(id);
    expect(row!.score).toBeLessThan(1);
    expect(JSON.parse(row!.reasons)).not.toContain("snyd");
  });

  it("without the citizen's consent is refused with 409 and the Danish explanation", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Udensamtykke", consentToShare: [] });
    const outcome = await proposeAs(id, { kind: "volunteer", candidateId: volunteerId });
    expect(outcome.status).toBe(409);
    expect(outcome.data).toEqual({ error: messages.noConsent });
    expect(await proposalsFor(id)).toEqual([]);
  });

  it("a candidate that breaks a rule (steps for a wheelchair user) is refused with 409", async () => {
    const outcome = await proposeAs(citizenId, { kind: "activity", candidateId: stepsActivityId });
    expect(outcome.status).toBe(409);
    expect(outcome.data).toEqual({ error: messages.candidateNotAllowed });
    expect((await proposalsFor(citizenId)).map((p) => p.activity_id)).not.toContain(stepsActivityId);
  });

  it("a volunteer given as an activity (wrong kind) is refused", async () => {
    const outcome = await proposeAs(citizenId, { kind: "activity", candidateId: volunteerId });
    expect(outcome.status).toBe(409);
  });

  it("a malformed form is a 400, not a 500", async () => {
    const outcome = await proposeAs(citizenId, { kind: "friend", candidateId: "x" });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ error: messages.candidateNotAllowed });
  });

  it("a coordinator of another municipality cannot propose for the citizen (404)", async () => {
    const before = (await proposalsFor(citizenId)).length;
    const outcome = await proposeAs(citizenId, { kind: "volunteer", candidateId: volunteerId }, otherCoordinator);
    expect(outcome.status).toBe(404);
    expect(await proposalsFor(citizenId)).toHaveLength(before);
  });

  it("twice for a volunteer with room for one citizen says a proposal is already open", async () => {
    // The form's default capacity is one citizen; the open proposal itself fills it.
    const single = await createVolunteerViaForm(org.users.association, {
      firstName: "Ole",
      lastName: "Enkeltsen",
      email: "ole.enkeltsen@example.dk",
      capacity: "1",
    });
    const id = await registerCitizen(org.users.coordinator, { lastName: "Enkeltborger" });
    expect((await proposeAs(id, { kind: "volunteer", candidateId: single })).status).toBe(302);
    const again = await proposeAs(id, { kind: "volunteer", candidateId: single });
    expect(again.status).toBe(409);
    expect(again.data).toEqual({ error: messages.proposalAlreadyOpen });
    expect(await proposalsFor(id)).toHaveLength(1);
  });

  it("a volunteer the citizen said yes to cannot be proposed again, and is marked on the page", async () => {
    const volunteer = await createVolunteerViaForm(org.users.association, {
      firstName: "Jette",
      lastName: "Jasen",
      email: "jette.jasen@example.dk",
      capacity: "3",
    });
    const id = await registerCitizen(org.users.coordinator, { lastName: "Jasigersen" });
    expect((await proposeAs(id, { kind: "volunteer", candidateId: volunteer })).status).toBe(302);
    await db
      .updateTable("match_proposal")
      .set({ status: "accepted", answer: "yes" })
      .where("citizen_id", "=", id)
      .execute();
    const again = await proposeAs(id, { kind: "volunteer", candidateId: volunteer });
    expect(again.status).toBe(409);
    expect(again.data).toEqual({ error: messages.proposalAlreadyOpen });
    expect(await proposalsFor(id)).toHaveLength(1);
    const page = await loadCitizen(id);
    const shown = page.data.candidates.find((c: { id: string }) => c.id === volunteer);
    expect(shown?.alreadyProposed).toBe(true);
  });

  it("a volunteer the citizen said no to is excluded as declined", async () => {
    const volunteer = await createVolunteerViaForm(org.users.association, {
      firstName: "Niels",
      lastName: "Nejsen",
      email: "niels.nejsen@example.dk",
      capacity: "3",
    });
    const id = await registerCitizen(org.users.coordinator, { lastName: "Nejsigersen" });
    expect((await proposeAs(id, { kind: "volunteer", candidateId: volunteer })).status).toBe(302);
    await db
      .updateTable("match_proposal")
      .set({ status: "accepted", answer: "no" })
      .where("citizen_id", "=", id)
      .execute();
    const page = await loadCitizen(id);
    expect(page.data.excluded).toContainEqual(expect.objectContaining({ id: volunteer, rule: "declined" }));
    const again = await proposeAs(id, { kind: "volunteer", candidateId: volunteer });
    expect(again.status).toBe(409);
    expect(again.data).toEqual({ error: messages.candidateNotAllowed });
  });

  it("a full volunteer is no longer suggested, and the page says why", async () => {
    // Grethe has room for two citizens and has two open proposals now.
    const third = await registerCitizen(org.users.coordinator, { lastName: "Tredjesen" });
    const page = await loadCitizen(third);
    expect((page.data.candidates as Candidate[]).map((c) => c.id)).not.toContain(volunteerId);
    expect((page.data.excluded as Excluded[]).find((e) => e.id === volunteerId)?.rule).toBe("volunteer-full");
    const outcome = await proposeAs(third, { kind: "volunteer", candidateId: volunteerId });
    expect(outcome.status).toBe(409);
  });
});
