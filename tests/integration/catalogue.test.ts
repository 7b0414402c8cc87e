// The public catalogue as a citizen, a relative or home care uses it: no login,
// filters in the link, only activities still to come, and their real next dates.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { firstDateOn, weekdayOf } from "../../app/domain/activities/schedule";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import * as activityRoute from "../../app/routes/aktiviteter.$id";
import * as catalogueRoute from "../../app/routes/aktiviteter._index";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import * as associationRoute from "../../app/routes/foreninger.$id";
import { messages } from "../../app/ui/messages";
import type { ActivityRow } from "../../db/schema";
import { type Form, activityForm, idFromLocation } from "./fixtures";
import { type TestOrg, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
const today = dateInDenmark();

/** Publishes an activity through the association's form, then sets what the form does not ask. */
async function publish(form: Form, columns: Partial<ActivityRow> = {}, user = org.users.association): Promise<string> {
  const outcome = await run(newActivityRoute.action, await post("/aktiviteter/ny", activityForm(form), user));
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  const id = idFromLocation(outcome.location, "/aktiviteter");
  if (Object.keys(columns).length > 0) {
    await db.updateTable("activity").set(columns).where("id", "=", id).execute();
  }
  return id;
}

async function change(activityId: string, onDate: string, kind: "cancelled" | "moved", note: string, newDate: string | null = null) {
  await db
    .insertInto("activity_occurrence_change")
    .values({
      id: crypto.randomUUID(),
      activity_id: activityId,
      on_date: onDate,
      kind,
      new_date: newDate,
      new_start_time: null,
      new_end_time: null,
      note,
      changed_by: org.users.association.id,
      created_at: new Date().toISOString(),
    })
    .execute();
}

type Listed = { activity: { id: string; title: string; nextDate: { date: string } | null }; distanceKm: number | null };

async function catalogue(query = "") {
  const outcome = await run(catalogueRoute.loader, await get(`/aktiviteter${query}`));
  expect(outcome.status).toBe(200);
  const results = outcome.data.results as Listed[];
  return { ...outcome.data, titles: results.map((r) => r.activity.title), results };
}

// Skive town centre and two venues in 7800; one in Struer (7600), about 25 km away.
const ids: Record<string, string> = {};
beforeAll(async () => {
  org = await createTestOrg();
  const skive = { postcode: "7800", city: "Skive" };
  ids.cards = await publish({
    ...skive,
    title: "Kortklub",
    interests: ["kortspil", "kaffe og snak"],
    startsOn: firstDateOn("mon", addDays(today, 1)),
    lat: "56,5660",
    lng: "9,0290",
  });
  ids.singing = await publish(
    {
      ...skive,
      title: "Fællessang",
      interests: ["sang"],
      startsOn: firstDateOn("tue", addDays(today, 1)),
      hearingLoop: "on",
      lat: "56,5640",
      lng: "9,0300",
      accessibleToilet: [],
    },
    { seating: 1 },
  );
  ids.dinner = await publish(
    {
      title: "Fællesspisning i Struer",
      interests: ["fællesspisning", "kaffe og snak"],
      startsOn: firstDateOn("thu", addDays(today, 1)),
      price: "40",
      transport: "on",
      postcode: "7600",
      city: "Struer",
      lat: "56,4907",
      lng: "8,5912",
    },
    { parking: 1 },
  );
});

describe("the catalogue's filters come from the link", () => {
  it("without filters lists every activity still to come, with no filter chosen", async () => {
    const page = await catalogue();
    expect(page.titles).toEqual(expect.arrayContaining(["Kortklub", "Fællessang", "Fællesspisning i Struer"]));
    expect(page.chosen).toEqual([]);
    expect(page.notices).toEqual([]);
    expect(page.topics).toEqual(expect.arrayContaining(["kortspil", "sang", "fællesspisning"]));
  });

  it("by topic and only free ones", async () => {
    const page = await catalogue("?emne=kaffe+og+snak&gratis=ja");
    expect(page.titles).toEqual(["Kortklub"]);
    expect(page.chosen).toEqual(["Om kaffe og snak", "Kun gratis"]);
    expect((await catalogue("?emne=kaffe+og+snak")).titles).toEqual(["Kortklub", "Fællesspisning i Struer"]);
  });

  it("by weekday, any of several", async () => {
    expect((await catalogue("?dag=tue&dag=thu")).titles).toEqual(["Fællessang", "Fællesspisning i Struer"]);
  });

  it("by accessibility needs, all of them", async () => {
    expect((await catalogue("?behov=teleslynge")).titles).toEqual(["Fællessang"]);
    expect((await catalogue("?behov=trinfri&behov=handicaptoilet")).titles).toEqual([
      "Kortklub",
      "Fællesspisning i Struer",
    ]);
    const page = await catalogue("?behov=siddeplads&behov=teleslynge");
    expect(page.titles).toEqual(["Fællessang"]);
    expect(page.chosen).toEqual(["Med mulighed for at sidde og teleslynge"]);
    expect((await catalogue("?behov=parkering&behov=teleslynge")).titles).toEqual([]);
  });

  it("by transport offered", async () => {
    expect((await catalogue("?koersel=ja")).titles).toEqual(["Fællesspisning i Struer"]);
  });

  it("near a postcode: within the distance, nearest first, with the distance", async () => {
    // A third venue in 7800, to the north, moves the middle of the postcode.
    const north = await publish({ title: "Dans i Resen", interests: ["dans"], postcode: "7800", city: "Skive", lat: "56,5900", lng: "9,0290" });
    const near = await catalogue("?naer=7800&km=5");
    expect(near.titles).toEqual(["Kortklub", "Fællessang", "Dans i Resen"]);
    expect(near.origin).toMatchObject({ label: "7800 Skive" });
    expect(near.origin.lat).toBeCloseTo(56.5733, 3);
    const distances = near.results.map((r: Listed) => r.distanceKm);
    expect(distances[0]).toBeCloseTo(0.81, 1);
    expect(distances[2]).toBeCloseTo(1.85, 1);
    expect(distances[1]).toBeGreaterThan(distances[0]);
    expect(near.chosen).toEqual(["Højst 5 km fra 7800 Skive"]);
    expect((await catalogue("?naer=7800&km=2&emne=dans")).titles).toEqual(["Dans i Resen"]);
    await db.updateTable("activity").set({ status: "cancelled" }).where("id", "=", north).execute();

    const wide = await catalogue("?naer=7800&km=25");
    expect(wide.titles).toEqual(["Kortklub", "Fællessang"]);
    const wider = await catalogue("?naer=7600&km=25");
    expect(wider.titles[0]).toBe("Fællesspisning i Struer");
    expect(wider.results[0]!.distanceKm).toBeCloseTo(0, 3);
    // Skive is about 28 km from Struer as the crow flies.
    expect(wider.titles).not.toContain("Kortklub");
  });

  it("a postcode without a distance searches within 10 km", async () => {
    const page = await catalogue("?naer=7800");
    expect(page.query.maxKm).toBe(10);
    expect(page.titles).toEqual(["Kortklub", "Fællessang"]);
  });

  it("an empty form sent as it is shows everything", async () => {
    const page = await catalogue("?naer=&km=10&emne=");
    expect(page.titles).toHaveLength(3);
    expect(page.notices).toEqual([]);
    expect(page.chosen).toEqual([]);
  });
});

describe("a link with values the catalogue does not understand", () => {
  it.each([
    ["an unknown topic", "?emne=%3Cscript%3E&emne=sang", ["Fællessang"]],
    ["an unknown weekday", "?dag=someday", null],
    ["an unknown need", "?behov=helikopterplads", null],
    ["a distance not offered", "?km=7", null],
    ["a free flag that is not yes", "?gratis=m%C3%A5ske", null],
    ["a place far too long", `?naer=${"x".repeat(500)}`, null],
  ])("%s is dropped with a Danish notice, and the rest still applies", async (_case, query, titles) => {
    const page = await catalogue(query);
    expect(page.notices).toEqual([messages.catalogueFilterDropped]);
    expect(page.titles).toEqual(titles ?? ["Kortklub", "Fællessang", "Fællesspisning i Struer"]);
  });

  it("a place that is not a known postcode says so and shows every distance", async () => {
    const page = await catalogue("?naer=Vestergade+12&km=2");
    expect(page.notices).toEqual([messages.catalogueNearUnknown("Vestergade 12")]);
    expect(page.origin).toBeNull();
    expect(page.titles).toHaveLength(3);
    expect((await catalogue("?naer=9999")).notices).toEqual([messages.catalogueNearUnknown("9999")]);
  });
});

describe("only activities still to come are listed", () => {
  let cancelled: string;
  let ended: string;
  let pastOnce: string;
  let laterOnce: string;
  beforeAll(async () => {
    cancelled = await publish(
      { title: "Aflyst banko", interests: ["billard"] },
      { status: "cancelled", cancel_reason: "Lokalet er lukket resten af året.", cancelled_at: new Date().toISOString() },
    );
    ended = await publish(
      { title: "Sommerens gåture", interests: ["billard"] },
      { starts_on: addDays(today, -70), ends_on: addDays(today, -1) },
    );
    pastOnce = await publish(
      { title: "Julefrokost sidste år", interests: ["billard"], repeat: "once", startsOn: addDays(today, 3) },
      { starts_on: addDays(today, -4), weekday: weekdayOf(addDays(today, -4)) },
    );
    laterOnce = await publish(
      { title: "Foredrag om Limfjorden", interests: ["billard"], repeat: "once", startsOn: addDays(today, 3) },
    );
  });

  it("hides cancelled activities and those whose last date has passed", async () => {
    const page = await catalogue("?emne=billard");
    expect(page.results.map((r: Listed) => r.activity.id)).toEqual([laterOnce]);
    expect(page.results[0]!.activity.nextDate!.date).toBe(addDays(today, 3));
    const everything = (await catalogue()).results.map((r: Listed) => r.activity.id);
    for (const hidden of [cancelled, ended, pastOnce]) expect(everything).not.toContain(hidden);
  });

  it("a cancelled activity's page still answers, says it is cancelled and why, and shows no dates", async () => {
    const outcome = await run(activityRoute.loader, await get(`/aktiviteter/${cancelled}`), { id: cancelled });
    expect(outcome.status).toBe(200);
    expect(outcome.data.activity).toMatchObject({
      status: "cancelled",
      cancelReason: "Lokalet er lukket resten af året.",
    });
    expect(outcome.data.dates).toEqual([]);
  });

  it("an ended activity's page answers with no coming dates", async () => {
    const outcome = await run(activityRoute.loader, await get(`/aktiviteter/${ended}`), { id: ended });
    expect(outcome.status).toBe(200);
    expect(outcome.data.dates).toEqual([]);
  });
});

describe("the next dates", () => {
  // From tomorrow, so no run of the test meets a date that ended earlier today.
  const tomorrow = addDays(today, 1);
  let weekly: string;
  beforeAll(async () => {
    weekly = await publish(
      {
        title: "Strikkecafé",
        interests: ["håndarbejde"],
        startsOn: tomorrow,
        startTime: "10:00",
        endTime: "12:00",
      },
      {
        starts_on: tomorrow,
        host_name: "Grethe",
        host_phone: "22 44 66 88",
        target_group: "Alle over 65, også begyndere",
      },
    );
    await change(weekly, tomorrow, "cancelled", "Lokalet bruges til valg");
    await change(weekly, addDays(tomorrow, 7), "moved", "Vi mødes dagen efter", addDays(tomorrow, 8));
  });

  it("list the next 8 on the activity page, cancelled ones marked with their note, moved ones at the new date", async () => {
    const outcome = await run(activityRoute.loader, await get(`/aktiviteter/${weekly}`), { id: weekly });
    expect(outcome.status).toBe(200);
    const dates = outcome.data.dates as { date: string; plannedDate: string; status: string; note: string }[];
    expect(dates).toHaveLength(8);
    expect(dates[0]).toMatchObject({ date: tomorrow, status: "cancelled", note: "Lokalet bruges til valg" });
    expect(dates[1]).toMatchObject({
      date: addDays(tomorrow, 8),
      plannedDate: addDays(tomorrow, 7),
      status: "moved",
      note: "Vi mødes dagen efter",
    });
    expect(dates[2]).toMatchObject({ date: addDays(tomorrow, 14), status: "planned" });
    expect(dates.map((d) => d.date)).not.toContain(addDays(tomorrow, 7));
    expect(outcome.data.schedule).toMatch(/^Hver [a-zæøå]+ kl\. 10\.00–12\.00$/);
    expect(outcome.data.activity).toMatchObject({
      hostName: "Grethe",
      hostPhone: "22 44 66 88",
      targetGroup: "Alle over 65, også begyndere",
    });
  });

  it("in the catalogue, the next date is the first that is not cancelled", async () => {
    const page = await catalogue("?emne=h%C3%A5ndarbejde");
    expect(page.titles).toEqual(["Strikkecafé"]);
    expect(page.results[0]!.activity.nextDate!.date).toBe(addDays(tomorrow, 8));
  });

  it("the activity page names the association and how to reach it", async () => {
    const outcome = await run(activityRoute.loader, await get(`/aktiviteter/${weekly}`), { id: weekly });
    expect(outcome.data.association).toMatchObject({ id: org.associationA, name: "Ældre Sagen Test", phone: "11223344" });
  });
});

describe("pages that do not exist", () => {
  it("an unknown or malformed activity id is a Danish 404", async () => {
    const unknown = crypto.randomUUID();
    for (const id of [unknown, "abc"]) {
      const outcome = await run(activityRoute.loader, await get(`/aktiviteter/${id}`), { id });
      expect(outcome.status).toBe(404);
      expect(outcome.data).toEqual({ message: messages.activityNotFound });
    }
  });

  it("an unknown association is a Danish 404", async () => {
    for (const id of [crypto.randomUUID(), "forening"]) {
      const outcome = await run(associationRoute.loader, await get(`/foreninger/${id}`), { id });
      expect(outcome.status).toBe(404);
      expect(outcome.data).toEqual({ message: messages.associationNotFound });
    }
  });
});

describe("an association's public page", () => {
  beforeAll(async () => {
    await db
      .updateTable("association")
      .set({
        description: "Vi skaber samvær for ældre i Skive.",
        area: "Skive by",
        contact_name: "Bente Foreningsen",
        website: "www.example.dk/skive",
      })
      .where("id", "=", org.associationA)
      .execute();
    await publish({ title: "Røde Kors' kaffeklub", interests: ["kaffe og snak"] }, {}, org.users.otherAssociation);
  });

  it("shows its profile and only its own activities still to come", async () => {
    const outcome = await run(associationRoute.loader, await get(`/foreninger/${org.associationA}`), {
      id: org.associationA,
    });
    expect(outcome.status).toBe(200);
    expect(outcome.data.association).toMatchObject({
      name: "Ældre Sagen Test",
      description: "Vi skaber samvær for ældre i Skive.",
      area: "Skive by",
      contactName: "Bente Foreningsen",
      email: "a@example.dk",
      website: "www.example.dk/skive",
      hasLogo: false,
    });
    const titles = (outcome.data.activities as { title: string }[]).map((a) => a.title);
    expect(titles).toContain("Kortklub");
    expect(titles).not.toContain("Røde Kors' kaffeklub");
    expect(titles).not.toContain("Aflyst banko");
    expect(titles).not.toContain("Sommerens gåture");
  });

  it("shows a logo only when the association has one", async () => {
    await db
      .updateTable("association")
      .set({ logo: new Uint8Array([0x89, 0x50]), logo_type: "image/png" })
      .where("id", "=", org.associationB)
      .execute();
    const outcome = await run(associationRoute.loader, await get(`/foreninger/${org.associationB}`), {
      id: org.associationB,
    });
    expect(outcome.data.association.hasLogo).toBe(true);
    expect(outcome.data.activities.map((a: { title: string }) => a.title)).toEqual(["Røde Kors' kaffeklub"]);
  });
});
