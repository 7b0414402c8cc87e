// The shared waiting list: every association sees the citizens who wait for a
// visiting friend, with the minimum needed to tell whether a volunteer fits, and can
// offer one. The coordinator turns an offer into a proposal on the citizen's page.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as offerRoute from "../../app/routes/borgere.$id.tilbud";
import * as inboxRoute from "../../app/routes/forslag";
import * as waitingRoute from "../../app/routes/venteliste";
import { messages } from "../../app/ui/messages";
import { createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
const today = dateInDenmark();
const volunteers = { a: "", b: "" };
const citizens = { waiting: "", other: "", noConsent: "", groupOnly: "", proposed: "", visited: "", declinedBefore: "" };

const secrets = ["Ventesen", "Poppelvej 17", "86 77 66 55", "86776655", "venter@example.dk", "Har boet alene i ti år"];
const waitingCitizen = (firstName: string, extra: Record<string, string | string[]> = {}) =>
  registerCitizen(org.users.coordinator, {
    firstName,
    lastName: "Ventesen",
    address: "Poppelvej 17",
    phone: "86 77 66 55",
    email: "venter@example.dk",
    contactChannel: "email",
    birthYear: "1939",
    narrative: "Har boet alene i ti år",
    format: "one_to_one",
    ...extra,
  });

const list = async (user: TestUser, query = "") => run(waitingRoute.loader, await get(`/venteliste${query}`, user));
/** The waiting list as the browser receives it, rendered from the loader's data. */
async function listHtml(user: TestUser): Promise<string> {
  const { data } = await list(user);
  const Stub = createRoutesStub([
    { id: "list", path: "/venteliste", Component: waitingRoute.default as never, loader: () => data },
  ]);
  return renderToString(
    createElement(Stub, { initialEntries: ["/venteliste"], hydrationData: { loaderData: { list: data } } }),
  );
}
const names = (data: { citizens: { firstName: string }[] }) => data.citizens.map((c) => c.firstName).sort();
const act = async (form: Record<string, string>, user: TestUser = org.users.association) =>
  run(waitingRoute.action, await post("/venteliste", form, user));
const offersOf = (citizenId: string) =>
  db.selectFrom("waiting_offer").selectAll().where("citizen_id", "=", citizenId).orderBy("offered_at").execute();

beforeAll(async () => {
  org = await createTestOrg();
  volunteers.a = await createVolunteerViaForm(org.users.association, {
    firstName: "Astrid",
    lastName: "Afforeningen",
    email: "astrid@example.dk",
    capacity: "10",
  });
  volunteers.b = await createVolunteerViaForm(org.users.otherAssociation, {
    firstName: "Bente",
    lastName: "Bforeningen",
    email: "bente@example.dk",
  });
  citizens.waiting = await waitingCitizen("Wilma", {
    barriers: ["hearing", "economy"],
    genderPreference: "female",
    interests: ["havearbejde", "kortspil"],
  });
  citizens.other = await waitingCitizen("Xenia", { postcode: "7620", city: "Lemvig", interests: ["kortspil"] });
  citizens.noConsent = await waitingCitizen("Nora", { consentToShare: "" });
  citizens.groupOnly = await waitingCitizen("Gerda", { format: "group" });
  citizens.proposed = await waitingCitizen("Olga");
  await propose(org.users.coordinator, citizens.proposed, "volunteer", volunteers.a);
  citizens.declinedBefore = await waitingCitizen("Dagny");
  const declined = await propose(org.users.coordinator, citizens.declinedBefore, "volunteer", volunteers.a);
  await run(inboxRoute.action, await post("/forslag", { proposalId: declined, decision: "decline", reason: "too_far" }, org.users.bridge_builder));
  // Waiting since a referral five weeks ago.
  await db
    .insertInto("referral")
    .values({
      id: crypto.randomUUID(),
      citizen_id: citizens.waiting,
      source: "homecare",
      source_name: "",
      signs: "[]",
      consent_to_contact: 1,
      detection_clip_minutes: null,
      note: "",
      referred_by: org.users.homecare.id,
      referred_at: `${addDays(today, -35)}T09:00:00.000Z`,
    })
    .execute();
});

describe("who is on the waiting list", () => {
  it("shows only consented citizens waiting for a visiting friend, the longest-waiting first", async () => {
    const outcome = await list(org.users.association);
    expect(outcome.status).toBe(200);
    expect(names(outcome.data)).toEqual(["Dagny", "Wilma", "Xenia"]);
    expect(outcome.data.citizens[0].firstName).toBe("Wilma");
  });

  it("shows the minimum: first name, area, interests, barriers for a visit, times, language, gender wish and waiting time", async () => {
    const wilma = (await list(org.users.bridge_builder)).data.citizens.find(
      (c: { firstName: string }) => c.firstName === "Wilma",
    );
    expect(wilma).toMatchObject({
      area: "7600 Struer",
      interests: ["havearbejde", "kortspil"],
      barriers: ["hearing"],
      slots: ["tue-am"],
      languages: ["da"],
      genderPreference: "female",
      waiting: "Har ventet 5 uger",
    });
  });

  it("never shows last name, street, phone, email or life story", async () => {
    const json = JSON.stringify((await list(org.users.otherAssociation)).data);
    const html = await listHtml(org.users.otherAssociation);
    expect(json).toContain("Wilma");
    expect(html).toContain("Wilma fra 7600 Struer");
    expect(html).toContain("Har ventet 5 uger");
    for (const secret of secrets) {
      expect(json).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
  });

  it("filters by interest and area, and refuses a filter it cannot read", async () => {
    expect(names((await list(org.users.association, "?interesse=kortspil")).data)).toEqual(["Wilma", "Xenia"]);
    expect(names((await list(org.users.association, "?omraade=7620")).data)).toEqual(["Xenia"]);
    expect(names((await list(org.users.association, "?interesse=bridge")).data)).toEqual([]);
    const areas = (await list(org.users.association)).data.areas;
    expect(areas).toEqual([
      { value: "7600", label: "7600 Struer" },
      { value: "7620", label: "7620 Lemvig" },
    ]);
    expect((await list(org.users.association, "?interesse=<script>")).status).toBe(400);
  });

  it("logs the search with its criteria", async () => {
    await list(org.users.association, "?omraade=7620");
    const entry = await db
      .selectFrom("audit_log")
      .select("details")
      .where("user_id", "=", org.users.association.id)
      .where("action", "=", "search")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.details)).toEqual({ criteria: { postcode: "7620" }, results: [citizens.other] });
  });
});

describe("offering a volunteer", () => {
  it("lets association A offer one of its own volunteers with a note", async () => {
    const outcome = await act({ intent: "offer", citizenId: citizens.waiting, volunteerId: volunteers.a, note: "Astrid elsker haver" });
    expect(outcome.location).toBe("/venteliste?tilbud=sendt");
    const [offer] = await offersOf(citizens.waiting);
    expect(offer).toMatchObject({ association_id: org.associationA, volunteer_id: volunteers.a, status: "open" });
    const wilma = (await list(org.users.association)).data.citizens.find((c: { firstName: string }) => c.firstName === "Wilma");
    expect(wilma.ownOffer).toMatchObject({ volunteerName: "Astrid Afforeningen", note: "Astrid elsker haver" });
    expect(wilma.otherOffers).toBe(0);
  });

  it("refuses a second open offer, another association's volunteer, and citizens not on the list", async () => {
    expect((await act({ intent: "offer", citizenId: citizens.waiting })).status).toBe(409);
    const foreign = await act({ intent: "offer", citizenId: citizens.other, volunteerId: volunteers.b });
    expect(foreign.status).toBe(409);
    expect(foreign.data.result.error[""]).toEqual([messages.volunteerNotAvailable]);
    for (const citizenId of [citizens.noConsent, citizens.groupOnly, citizens.proposed]) {
      const outcome = await act({ intent: "offer", citizenId });
      expect(outcome.status).toBe(409);
      expect(outcome.data.result.error[""]).toEqual([messages.citizenNotWaiting]);
    }
    expect(await offersOf(citizens.other)).toEqual([]);
    expect(await offersOf(citizens.noConsent)).toEqual([]);
  });

  it("shows association B only that an offer exists, never its details", async () => {
    expect((await act({ intent: "offer", citizenId: citizens.waiting, volunteerId: volunteers.b }, org.users.otherBridgeBuilder)).status).toBe(302);
    const data = (await list(org.users.otherAssociation)).data;
    const wilma = data.citizens.find((c: { firstName: string }) => c.firstName === "Wilma");
    expect(wilma.otherOffers).toBe(1);
    const json = JSON.stringify(data) + (await listHtml(org.users.otherAssociation));
    expect(json).toContain("Der er allerede et tilbud fra en anden forening.");
    expect(json).not.toContain("Astrid");
    expect(json).not.toContain("elsker haver");
    const [offerA] = await offersOf(citizens.waiting);
    expect(json).not.toContain(offerA!.id);
  });

  it("lets only the offering association withdraw its offer", async () => {
    await act({ intent: "offer", citizenId: citizens.other });
    const [offer] = await offersOf(citizens.other);
    const foreign = await act({ intent: "withdraw", offerId: offer!.id }, org.users.otherAssociation);
    expect(foreign.status).toBe(409);
    expect((await offersOf(citizens.other))[0]!.status).toBe("open");
    expect((await act({ intent: "withdraw", offerId: offer!.id })).location).toBe("/venteliste?tilbud=trukket");
    expect((await offersOf(citizens.other))[0]!.status).toBe("withdrawn");
  });

  it("is for associations: the municipality may look but not offer", async () => {
    expect((await list(org.users.coordinator)).status).toBe(200);
    expect((await act({ intent: "offer", citizenId: citizens.other }, org.users.coordinator)).status).toBe(403);
  });
});

describe("the coordinator uses an offer", () => {
  const decide = async (citizenId: string, offerId: string, decision: string, user: TestUser = org.users.coordinator) =>
    run(offerRoute.action, await post(`/borgere/${citizenId}/tilbud`, { offerId, decision }, user), { id: citizenId });

  it("sees the open offers on the citizen's page", async () => {
    const page = await run(citizenRoute.loader, await get(`/borgere/${citizens.waiting}`, org.users.coordinator), {
      id: citizens.waiting,
    });
    expect(page.data.offers.map((o: { associationName: string }) => o.associationName)).toEqual([
      "Ældre Sagen Test",
      "Røde Kors Test",
    ]);
  });

  it("turns an offer into a proposal to that association, and declines the other offers", async () => {
    const [offerA, offerB] = await offersOf(citizens.waiting);
    const outcome = await decide(citizens.waiting, offerA!.id, "use");
    expect(outcome.location).toBe(`/borgere/${citizens.waiting}?tilbud=brugt`);
    const proposal = await db
      .selectFrom("match_proposal")
      .selectAll()
      .where("citizen_id", "=", citizens.waiting)
      .executeTakeFirstOrThrow();
    expect(proposal).toMatchObject({
      association_id: org.associationA,
      kind: "volunteer",
      volunteer_id: volunteers.a,
      status: "proposed",
      respond_by: addDays(today, 14),
    });
    expect(JSON.parse(proposal.reasons)[0]).toBe("Tilbudt af Ældre Sagen Test fra ventelisten");
    expect(proposal.score).toBeGreaterThan(0);
    const after = await offersOf(citizens.waiting);
    expect(after.find((o) => o.id === offerA!.id)?.status).toBe("accepted");
    expect(after.find((o) => o.id === offerB!.id)?.status).toBe("declined");
    // The citizen has a proposal now, so is no longer waiting.
    expect(names((await list(org.users.association)).data)).not.toContain("Wilma");
    const inbox = await run(inboxRoute.loader, await get("/forslag", org.users.bridge_builder));
    expect(inbox.data.waiting.map((p: { id: string }) => p.id)).toContain(proposal.id);
  });

  it("refuses an offer that is no longer open", async () => {
    const [offerA] = await offersOf(citizens.waiting);
    expect((await decide(citizens.waiting, offerA!.id, "decline")).location).toBe(`/borgere/${citizens.waiting}?tilbud=lukket`);
  });

  it("declines an offer", async () => {
    await act({ intent: "offer", citizenId: citizens.other }, org.users.otherAssociation);
    const offer = (await offersOf(citizens.other)).find((o) => o.status === "open")!;
    expect((await decide(citizens.other, offer.id, "decline")).location).toBe(`/borgere/${citizens.other}?tilbud=afslaaet`);
    expect((await offersOf(citizens.other)).find((o) => o.id === offer.id)?.status).toBe("declined");
  });

  it("an offer without a named volunteer proposes the association's best match, which the bridge-builder may change", async () => {
    await act({ intent: "offer", citizenId: citizens.declinedBefore });
    const offer = (await offersOf(citizens.declinedBefore)).find((o) => o.status === "open")!;
    expect((await decide(citizens.declinedBefore, offer.id, "use")).location).toContain("tilbud=brugt");
    const proposal = await db
      .selectFrom("match_proposal")
      .selectAll()
      .where("citizen_id", "=", citizens.declinedBefore)
      .where("status", "=", "proposed")
      .executeTakeFirstOrThrow();
    expect(proposal).toMatchObject({ association_id: org.associationA, volunteer_id: volunteers.a });
    expect(JSON.parse(proposal.reasons)[0]).toBe("Tilbudt af Ældre Sagen Test fra ventelisten");
  });

  it("refuses an unnamed offer when none of the association's volunteers meets the citizen's wishes", async () => {
    // Both associations' volunteers are women; this citizen wants a man.
    const wantsMan = await waitingCitizen("Hjørdis", { genderPreference: "male" });
    await act({ intent: "offer", citizenId: wantsMan }, org.users.otherAssociation);
    const [offer] = await offersOf(wantsMan);
    const outcome = await decide(wantsMan, offer!.id, "use");
    expect(outcome.location).toBe(`/borgere/${wantsMan}?tilbud=ingen-frivillig`);
    expect((await offersOf(wantsMan))[0]!.status).toBe("open");
    const proposals = await db.selectFrom("match_proposal").select("id").where("citizen_id", "=", wantsMan).execute();
    expect(proposals).toEqual([]);
  });

  it("refuses a named volunteer a hard rule excludes, with the rule's reason", async () => {
    const alsoWantsMan = await waitingCitizen("Hanne", { genderPreference: "male" });
    await act({ intent: "offer", citizenId: alsoWantsMan, volunteerId: volunteers.a });
    const [offer] = await offersOf(alsoWantsMan);
    const outcome = await decide(alsoWantsMan, offer!.id, "use");
    expect(outcome.location).toMatch(new RegExp(`^/borgere/${alsoWantsMan}\\?tilbud=regel&grund=.+`));
    expect((await offersOf(alsoWantsMan))[0]!.status).toBe("open");
  });

  it("an administrator may look at offers but not use them", async () => {
    await act({ intent: "offer", citizenId: citizens.other });
    const offer = (await offersOf(citizens.other)).find((o) => o.status === "open")!;
    expect((await decide(citizens.other, offer.id, "use", org.users.admin)).status).toBe(403);
    expect((await offersOf(citizens.other)).find((o) => o.id === offer.id)?.status).toBe("open");
  });
});
