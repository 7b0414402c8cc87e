// Step 5, the group side: the coordinator signs a citizen up for an activity, records
// attendance after each meeting and ends the sign-up. Sign-ups take places on the
// activity, so matching stops offering a full activity.
import { beforeAll, describe, expect, it } from "vitest";
import { getActivity } from "../../app/data/activities.server";
import { db } from "../../app/data/db.server";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as enrolmentRoute from "../../app/routes/borgere.$id.aktiviteter";
import * as inboxRoute from "../../app/routes/forslag";
import * as replyRoute from "../../app/routes/svar.$token";
import { enrolmentRefusalMessage, messages } from "../../app/ui/messages";
import {
  type Form,
  activityForm,
  createOtherMunicipality,
  daysAgo,
  idFromLocation,
  propose,
  registerCitizen,
} from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let otherCoordinator: TestUser;

async function createActivity(title: string, capacity: number): Promise<string> {
  const outcome = await run(
    newActivityRoute.action,
    await post("/aktiviteter/ny", activityForm({ title, capacity: String(capacity) }), org.users.association),
  );
  return idFromLocation(outcome.location, "/aktiviteter");
}

/** A citizen who wants card games on Thursday afternoons, which the activities offer. */
const groupCitizen = (firstName: string, overrides: Form = {}) =>
  registerCitizen(org.users.coordinator, {
    firstName,
    lastName: "Fællesskabsen",
    interests: ["kortspil"],
    slots: ["thu-pm"],
    format: "group",
    ...overrides,
  });

const pagePath = (citizenId: string) => `/borgere/${citizenId}/aktiviteter`;
const load = async (citizenId: string, user: TestUser = org.users.coordinator) =>
  run(enrolmentRoute.loader, await get(pagePath(citizenId), user), { id: citizenId });
const act = async (citizenId: string, form: Form, user: TestUser = org.users.coordinator) =>
  run(enrolmentRoute.action, await post(pagePath(citizenId), form, user), { id: citizenId });
const signUp = (citizenId: string, activityId: string, user?: TestUser) =>
  act(citizenId, { intent: "enrol", activityId }, user);

type EnrolmentView = { id: string; activityId: string; status: string; attended: number; recorded: number; attendance: unknown[] };
const enrolmentsOf = async (citizenId: string): Promise<EnrolmentView[]> => (await load(citizenId)).data.enrolments;

beforeAll(async () => {
  org = await createTestOrg();
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

describe("signing up for an activity", () => {
  let activityId: string;
  let dorte: string;
  let erik: string;
  let frida: string;
  beforeAll(async () => {
    activityId = await createActivity("Whistklub med to pladser", 2);
    dorte = await groupCitizen("Dorte");
    erik = await groupCitizen("Erik");
    frida = await groupCitizen("Frida");
  });

  it("offers the municipality's activities with free places and signs the citizen up", async () => {
    const before = await load(dorte);
    expect(before.data.open.map((o: { value: string }) => o.value)).toContain(activityId);
    const outcome = await signUp(dorte, activityId);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`${pagePath(dorte)}?tilmeldt=1`);
    const page = await load(dorte);
    expect(page.data.enrolments).toHaveLength(1);
    expect(page.data.enrolments[0]).toMatchObject({ activityId, status: "active", title: "Whistklub med to pladser" });
    // Already signed up: not offered again.
    expect(page.data.open.map((o: { value: string }) => o.value)).not.toContain(activityId);
  });

  it("refuses the same activity twice", async () => {
    const outcome = await signUp(dorte, activityId);
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error.activityId).toEqual([enrolmentRefusalMessage("already_enrolled")]);
    expect(await enrolmentsOf(dorte)).toHaveLength(1);
  });

  it("refuses a full activity with a Danish message, and no longer offers it", async () => {
    expect((await signUp(erik, activityId)).status).toBe(302);
    const outcome = await signUp(frida, activityId);
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error.activityId).toEqual([enrolmentRefusalMessage("full")]);
    expect(await enrolmentsOf(frida)).toEqual([]);
    const page = await load(frida);
    expect(page.data.open.map((o: { value: string }) => o.value)).not.toContain(activityId);
  });

  it("frees the place when a sign-up ends", async () => {
    const [enrolment] = await enrolmentsOf(dorte);
    const ended = await act(dorte, { intent: "end", enrolmentId: enrolment!.id });
    expect(ended.status).toBe(302);
    expect((await enrolmentsOf(dorte))[0]).toMatchObject({ status: "ended" });
    expect((await signUp(frida, activityId)).status).toBe(302);
    // Ending twice is refused, not a 500.
    expect((await act(dorte, { intent: "end", enrolmentId: enrolment!.id })).status).toBe(409);
  });

  it("asks to choose an activity when none is chosen", async () => {
    const outcome = await act(dorte, { intent: "enrol", activityId: "" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.activityId).toEqual([messages.chooseActivity]);
  });
});

describe("attendance", () => {
  let citizenId: string;
  let enrolmentId: string;
  beforeAll(async () => {
    const activityId = await createActivity("Kaffeklub", 10);
    citizenId = await groupCitizen("Grete");
    await signUp(citizenId, activityId);
    enrolmentId = (await enrolmentsOf(citizenId))[0]!.id;
  });

  const record = (form: Form) => act(citizenId, { intent: "attendance", enrolmentId, ...form });

  it("keeps one record per date: recording the same date again corrects it", async () => {
    expect((await record({ onDate: daysAgo(14), attended: "yes" })).status).toBe(302);
    expect((await record({ onDate: daysAgo(7), attended: "yes" })).status).toBe(302);
    expect((await record({ onDate: daysAgo(7), attended: "no", note: "Var syg" })).status).toBe(302);
    const rows = await db.selectFrom("attendance").selectAll().where("enrolment_id", "=", enrolmentId).execute();
    expect(rows).toHaveLength(2);
    const [enrolment] = await enrolmentsOf(citizenId);
    expect(enrolment).toMatchObject({ attended: 1, recorded: 2 });
    expect(enrolment!.attendance).toEqual([
      { onDate: daysAgo(7), attended: false, note: "Var syg" },
      { onDate: daysAgo(14), attended: true, note: "" },
    ]);
  });

  it("refuses attendance without a yes or no, keeping the note", async () => {
    const outcome = await record({ onDate: daysAgo(1), note: "Kom med bus" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.enrolmentId).toBe(enrolmentId);
    expect(outcome.data.result.error.attended).toEqual([messages.chooseAttended]);
    expect(outcome.data.result.initialValue).toMatchObject({ note: "Kom med bus" });
  });

  it("refuses attendance on a future date", async () => {
    const outcome = await record({ onDate: "2999-01-01", attended: "yes" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.onDate).toEqual([messages.dateNotInFuture]);
  });

  it("refuses attendance on another citizen's sign-up", async () => {
    const stranger = await groupCitizen("Hanne");
    const outcome = await act(stranger, { intent: "attendance", enrolmentId, onDate: daysAgo(2), attended: "yes" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.error).toBe(messages.enrolmentNotActive);
  });
});

describe("places taken count for matching", () => {
  let activityId: string;
  let anna: string;
  let bent: string;
  let carl: string;

  const candidateIds = async (citizenId: string) => {
    const page = await run(citizenRoute.loader, await get(`/borgere/${citizenId}`, org.users.coordinator), { id: citizenId });
    return {
      candidates: page.data.candidates.map((c: { id: string }) => c.id) as string[],
      excluded: page.data.excluded as { id: string; rule: string }[],
    };
  };

  beforeAll(async () => {
    activityId = await createActivity("Skatklub med to pladser", 2);
    anna = await groupCitizen("Anna", { contactChannel: "email", email: "anna.faellesskabsen@example.dk" });
    bent = await groupCitizen("Bent");
    carl = await groupCitizen("Carl");
    // Anna says yes to a proposal of the activity, through the real flow.
    const proposalId = await propose(org.users.coordinator, anna, "activity", activityId);
    await run(inboxRoute.action, await post("/forslag", { proposalId, decision: "accept" }, org.users.bridge_builder));
    const email = await db.selectFrom("outbox").select("text").where("proposal_id", "=", proposalId).executeTakeFirstOrThrow();
    const token = /\/svar\/([a-z0-9]+)/.exec(email.text)![1]!;
    const reply = await run(replyRoute.action, await post(`/svar/${token}`, { answer: "yes" }), { token });
    expect(reply.status).toBeLessThan(400);
  });

  it("counts a citizen who said yes and is also signed up once", async () => {
    expect((await getActivity(db, activityId))!.enrolled).toBe(1);
    // Anna's yes already holds her place, so signing her up is not refused.
    expect((await signUp(anna, activityId)).status).toBe(302);
    expect((await getActivity(db, activityId))!.enrolled).toBe(1);
    expect((await candidateIds(carl)).candidates).toContain(activityId);
  });

  it("excludes the activity from matching once sign-ups fill it", async () => {
    expect((await signUp(bent, activityId)).status).toBe(302);
    expect((await getActivity(db, activityId))!.enrolled).toBe(2);
    const { candidates, excluded } = await candidateIds(carl);
    expect(candidates).not.toContain(activityId);
    expect(excluded).toContainEqual(expect.objectContaining({ id: activityId, rule: "activity-full" }));
  });

  it("offers the place again when a sign-up ends", async () => {
    const [bentsEnrolment] = await enrolmentsOf(bent);
    await act(bent, { intent: "end", enrolmentId: bentsEnrolment!.id });
    expect((await getActivity(db, activityId))!.enrolled).toBe(1);
    expect((await candidateIds(carl)).candidates).toContain(activityId);
  });
});

describe("who may see and sign up", () => {
  let citizenId: string;
  let activityId: string;
  beforeAll(async () => {
    citizenId = await groupCitizen("Inge");
    activityId = await createActivity("Sangkor", 20);
  });

  it("lets an administrator read but not sign up", async () => {
    const page = await load(citizenId, org.users.admin);
    expect(page.status).toBe(200);
    expect(page.data.mayWrite).toBe(false);
    expect((await signUp(citizenId, activityId, org.users.admin)).status).toBe(403);
    expect(await enrolmentsOf(citizenId)).toEqual([]);
  });

  it("refuses home care (403)", async () => {
    expect((await load(citizenId, org.users.homecare)).status).toBe(403);
    expect((await signUp(citizenId, activityId, org.users.homecare)).status).toBe(403);
  });

  it("is a 404 for a coordinator of another municipality", async () => {
    expect((await load(citizenId, otherCoordinator)).status).toBe(404);
    expect((await signUp(citizenId, activityId, otherCoordinator)).status).toBe(404);
    expect(await enrolmentsOf(citizenId)).toEqual([]);
  });
});
