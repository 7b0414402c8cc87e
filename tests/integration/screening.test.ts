// The coordinator's screening conversation with a referred citizen: the form is
// prefilled, kept as a draft while typed, and saving it moves the pathway on.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { createUser } from "../../app/data/users.server";
import * as screeningRoute from "../../app/routes/borgere.$id.screening";
import { messages } from "../../app/ui/messages";
import { type Form, HERE, createOtherMunicipality, insertReferredCitizen, registerCitizen } from "./fixtures";
import { ORIGIN, PASSWORD, type TestOrg, type TestUser, cookieFor, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let colleague: TestUser;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  const email = "kollega@example.dk";
  const id = await createUser(db, { email, name: "Kollega Koordinator", role: "coordinator", password: PASSWORD, municipalityId: org.municipalityId });
  colleague = { id, email, role: "coordinator" };
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

/** A citizen as a referral leaves them: an address and a phone, nothing screened yet. */
async function referredCitizen(status: "referred" | "contacted" = "referred"): Promise<string> {
  const id = crypto.randomUUID();
  const at = new Date(Date.now() - 60_000).toISOString();
  await insertReferredCitizen(org, { id, status, created_at: at, updated_at: at });
  return id;
}

function screening(overrides: Form = {}): Form {
  return {
    intent: "save",
    phone: "97 00 11 22",
    contactChannel: "letter",
    address: "Skovvej 3",
    postcode: "7600",
    city: "Struer",
    lat: HERE.lat,
    lng: HERE.lng,
    interests: ["havearbejde", "kortspil"],
    barriers: ["hearing"],
    languages: ["da"],
    slots: ["tue-am", "thu-pm"],
    format: "one_to_one",
    genderPreference: "female",
    escort: "on",
    narrative: "Var skolelærer i 40 år. Mistede sin mand sidste vinter.",
    network: "En datter i Aarhus, ringer om søndagen.",
    dailyLife: "Radio og gåtur til Brugsen.",
    wishes: "Vil gerne spille kort igen.",
    ...overrides,
  };
}

const load = async (id: string, user: TestUser = org.users.coordinator) =>
  run(screeningRoute.loader, await get(`/borgere/${id}/screening`, user), { id });
const submit = async (id: string, form: Form, user: TestUser = org.users.coordinator) =>
  run(screeningRoute.action, await post(`/borgere/${id}/screening`, form, user), { id });
const citizenRow = (id: string) => db.selectFrom("citizen").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const draftRows = (id: string) => db.selectFrom("screening_draft").selectAll().where("citizen_id", "=", id).execute();

describe("opening the screening", () => {
  it("prefills the form from the citizen, with Danish decimal commas", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Forudfyldt", narrative: "Elsker sin have." });
    const outcome = await load(id);
    expect(outcome.status).toBe(200);
    expect(outcome.data.canSave).toBe(true);
    expect(outcome.data.draftSavedAt).toBeNull();
    expect(outcome.data.defaults).toMatchObject({
      narrative: "Elsker sin have.",
      lat: "56,4907",
      interests: ["havearbejde"],
      contactChannel: "letter",
    });
  });

  it("lets an administrator read but not save", async () => {
    const id = await referredCitizen();
    expect((await load(id, org.users.admin)).data.canSave).toBe(false);
    const outcome = await submit(id, screening(), org.users.admin);
    expect(outcome.status).toBe(403);
    expect((await citizenRow(id)).status).toBe("referred");
  });

  it("is closed to home care", async () => {
    const id = await referredCitizen();
    expect((await load(id, org.users.homecare)).status).toBe(403);
    expect((await submit(id, screening(), org.users.homecare)).status).toBe(403);
  });

  it("is a 404 for a coordinator of another municipality, who can save nothing", async () => {
    const id = await referredCitizen();
    expect((await load(id, otherCoordinator)).status).toBe(404);
    expect((await submit(id, screening(), otherCoordinator)).status).toBe(404);
    expect((await submit(id, { intent: "draft", narrative: "x" }, otherCoordinator)).status).toBe(404);
    expect(await draftRows(id)).toEqual([]);
  });
});

describe("saving the screening", () => {
  it("stores the conversation and moves a referred citizen to screened, with event and audit", async () => {
    const id = await referredCitizen();
    const outcome = await submit(id, screening());
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/screening?gemt=1`);

    const row = await citizenRow(id);
    expect(row.status).toBe("screened");
    expect(row.network).toBe("En datter i Aarhus, ringer om søndagen.");
    expect(row.daily_life).toBe("Radio og gåtur til Brugsen.");
    expect(row.wishes).toBe("Vil gerne spille kort igen.");
    expect(row.lat).toBeCloseTo(56.4907, 6);
    expect(JSON.parse(row.slots)).toEqual(["tue-am", "thu-pm"]);
    expect(row).toMatchObject({ format: "one_to_one", gender_preference: "female", escort: 1, phone: "97001122" });

    const events = await db.selectFrom("pathway_event").selectAll().where("citizen_id", "=", id).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ from_status: "referred", to_status: "screened", by_user: org.users.coordinator.id });
    const updates = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", id)
      .where("action", "=", "update")
      .where("purpose", "=", "Screening og narrativ samtale")
      .execute();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.user_id).toBe(org.users.coordinator.id);
  });

  it("moves a contacted citizen to screened too", async () => {
    const id = await referredCitizen("contacted");
    expect((await submit(id, screening())).status).toBe(302);
    expect((await citizenRow(id)).status).toBe("screened");
  });

  it("updates a citizen already further along without moving the pathway", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Allerede" });
    await db.updateTable("citizen").set({ status: "in_progress" }).where("id", "=", id).execute();
    expect((await submit(id, screening({ wishes: "Mere tid i haven" }))).status).toBe(302);
    const row = await citizenRow(id);
    expect(row.status).toBe("in_progress");
    expect(row.wishes).toBe("Mere tid i haven");
  });

  it("refuses a bad postcode in Danish, keeps what was typed and changes nothing", async () => {
    const id = await referredCitizen();
    const outcome = await submit(id, screening({ postcode: "76", slots: [] }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.postcode).toEqual([messages.postcode]);
    expect(outcome.data.result.error.slots).toEqual([messages.chooseAtLeastOne]);
    expect(outcome.data.result.initialValue).toMatchObject({
      postcode: "76",
      narrative: "Var skolelærer i 40 år. Mistede sin mand sidste vinter.",
    });
    const row = await citizenRow(id);
    expect(row.status).toBe("referred");
    expect(row.postcode).toBe("7600");
    expect(row.narrative).toBe("");
  });
});

describe("drafts", () => {
  it("saves a half-typed form as a draft without moving the pathway, and brings it back", async () => {
    const id = await referredCitizen();
    const outcome = await submit(id, { intent: "draft", narrative: "Halvt skrevet", interests: ["kortspil"], postcode: "7" });
    expect(outcome.status).toBe(200);
    expect(typeof outcome.data.draftSavedAt).toBe("string");
    expect((await citizenRow(id)).status).toBe("referred");

    const page = await load(id);
    expect(page.data.draftSavedAt).toBe(outcome.data.draftSavedAt);
    // A single ticked box is still a list, so the checkbox group comes back ticked.
    expect(page.data.defaults).toEqual({ narrative: "Halvt skrevet", interests: ["kortspil"], postcode: "7" });
  });

  it("accepts the multipart body a sleeping tablet's beacon sends", async () => {
    const id = await referredCitizen();
    const body = new FormData();
    body.set("intent", "draft");
    body.set("wishes", "Skrevet lige før skærmen slukkede");
    const request = new Request(`${ORIGIN}/borgere/${id}/screening`, {
      method: "POST",
      body,
      headers: { Origin: ORIGIN, Cookie: (await cookieFor(org.users.coordinator))! },
    });
    expect((await run(screeningRoute.action, request, { id })).status).toBe(200);
    expect((await load(id)).data.defaults).toEqual({ wishes: "Skrevet lige før skærmen slukkede" });
  });

  it("keeps each coordinator's draft to themselves", async () => {
    const id = await referredCitizen();
    await submit(id, { intent: "draft", narrative: "Kun mine noter" });
    const theirs = await load(id, colleague);
    expect(theirs.data.draftSavedAt).toBeNull();
    expect(theirs.data.defaults.narrative).toBe("");
  });

  it("is discarded on request, and the saved screening shows again", async () => {
    const id = await referredCitizen();
    await submit(id, { intent: "draft", narrative: "Kassér mig" });
    const outcome = await submit(id, { intent: "discard" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${id}/screening?kasseret=1`);
    expect(await draftRows(id)).toEqual([]);
    const page = await load(id);
    expect(page.data.draftSavedAt).toBeNull();
    expect(page.data.defaults.address).toBe("Skovvej 3");
  });

  it("is deleted when the screening is saved", async () => {
    const id = await referredCitizen();
    await submit(id, { intent: "draft", narrative: "Snart gemt" });
    expect((await submit(id, screening())).status).toBe(302);
    expect(await draftRows(id)).toEqual([]);
  });

  it("is not restored once a colleague has saved the screening after it", async () => {
    const id = await referredCitizen();
    await submit(id, { intent: "draft", narrative: "Gammel kladde" });
    expect((await submit(id, screening({ narrative: "Kollegaens version" }), colleague)).status).toBe(302);
    const page = await load(id);
    expect(page.data.draftSavedAt).toBeNull();
    expect(page.data.defaults.narrative).toBe("Kollegaens version");
  });

  it("refuses a draft far larger than any screening, and stores nothing", async () => {
    const id = await referredCitizen();
    const outcome = await submit(id, { intent: "draft", narrative: "x".repeat(4001) });
    expect(outcome.status).toBe(400);
    expect(outcome.data.draftError).toBe(messages.formUnreadable);
    expect(await draftRows(id)).toEqual([]);
  });
});
