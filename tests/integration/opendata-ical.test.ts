// The public calendar feeds, as a calendar app subscribing to them gets them.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as activityFeed from "../../app/routes/aktiviteter.$id.kalender";
import * as associationFeed from "../../app/routes/foreninger.$id.kalender";
import { type TestOrg, createTestOrg, get } from "./helpers";
import { insertActivity, seedSchedules } from "./opendata-fixtures";

let org: TestOrg;
let ids: Awaited<ReturnType<typeof seedSchedules>>;
beforeAll(async () => {
  org = await createTestOrg();
  ids = await seedSchedules(org.associationA, org.associationB);
});

async function fetchFeed(kind: "activity" | "association", id: string) {
  const [route, path] =
    kind === "activity"
      ? [activityFeed, `/aktiviteter/${id}/kalender.ics`]
      : [associationFeed, `/foreninger/${id}/kalender.ics`];
  const response = (await route.loader({ request: await get(path), params: { id }, context: {} } as never)) as Response;
  return { response, text: await response.text() };
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

describe("an activity's calendar feed", () => {
  it("is served as UTF-8 text/calendar with a file name and can be read by a calendar library", async () => {
    const { response, text } = await fetchFeed("activity", ids.everyOtherWeek);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^inline; filename="strikkecafe-kaffe-snak\.ics"; filename\*=UTF-8''/);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    const [master, moved] = events(text);
    expect(master!.getFirstPropertyValue("uid")).toBe(`${ids.everyOtherWeek}@localhost`);
    expect(master!.getFirstPropertyValue("summary")).toBe("Strikkecafé, kaffe & snak");
    expect(master!.getFirstPropertyValue("url")).toBe(`http://localhost:3000/aktiviteter/${ids.everyOtherWeek}`);
    expect(text).toContain("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n");
    expect(String(master!.getFirstPropertyValue("exdate"))).toBe("2027-03-30T10:00:00");
    expect(moved!.getFirstPropertyValue("uid")).toBe(`${ids.everyOtherWeek}@localhost`);
    expect(String(moved!.getFirstPropertyValue("recurrence-id"))).toBe("2027-04-13T10:00:00");
    expect(String(moved!.getFirstPropertyValue("dtstart"))).toBe("2027-04-15T13:00:00");
  });

  it("keeps a cancelled activity, marked cancelled with the reason", async () => {
    const { response, text } = await fetchFeed("activity", ids.cancelled);
    expect(response.status).toBe(200);
    const [event] = events(text);
    expect(event!.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event!.getFirstPropertyValue("description")).toMatch(/^Aflyst: Lokalet er solgt\n/);
  });

  it.each([
    ["an unknown activity", () => crypto.randomUUID()],
    ["an id that is not a UUID", () => "kortklub"],
  ])("answers 404 for %s", async (_label, id) => {
    const { response } = await fetchFeed("activity", id());
    expect(response.status).toBe(404);
  });
});

describe("an association's calendar feed", () => {
  it("has one event per activity of that association only, with the recently cancelled one marked", async () => {
    const { response, text } = await fetchFeed("association", org.associationA);
    expect(response.status).toBe(200);
    const masters = events(text).filter((e) => !e.hasProperty("recurrence-id"));
    const summaries = masters.map((e) => e.getFirstPropertyValue("summary")).sort();
    expect(summaries).toEqual([
      "Aflyst: Billard (aflyst)",
      "Gåtur ved fjorden",
      "Kortklub i Medborgerhuset",
      "Strikkecafé, kaffe & snak",
    ]);
    // The walk's last date, 30 June 2027 09:30 in summer time, as UTC.
    expect(text).toContain("\r\nRRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T073000Z\r\n");
    expect(text).toContain("X-WR-CALNAME:Ældre Sagen Test – aktiviteter");
  });

  it("drops an activity cancelled more than a month ago", async () => {
    const old = await insertActivity(org.associationB, {
      title: "Bowling",
      status: "cancelled",
      cancelled_at: "2020-01-01T10:00:00.000Z",
    });
    const { text } = await fetchFeed("association", org.associationB);
    const summaries = events(text).map((e) => e.getFirstPropertyValue("summary"));
    expect(summaries).toEqual(expect.arrayContaining(["Fællesspisning", "Udflugt til Limfjordsmuseet"]));
    expect(summaries.some((s) => String(s).includes("Bowling"))).toBe(false);
    await db.deleteFrom("activity").where("id", "=", old).execute();
  });

  it("answers 404 for an unknown association", async () => {
    const { response } = await fetchFeed("association", crypto.randomUUID());
    expect(response.status).toBe(404);
  });
});
