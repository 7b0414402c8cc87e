// Run also under other server time zones: the feed must not depend on the process's
// clock (`TZ=America/New_York npx vitest run app/opendata`, `TZ=UTC …`).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { rruleFor } from "../domain/activities/schedule";
import { activityCalendar } from "./ical.server";
import type { PublishedActivity } from "./published-activity";

const options = {
  name: "Ældre Sagen Struer – aktiviteter",
  description: "Aktiviteter",
  uidDomain: "faellesskabsbro.example.dk",
  activityUrl: (id: string) => `https://faellesskabsbro.example.dk/aktiviteter/${id}`,
};

function activity(overrides: Partial<PublishedActivity> = {}): PublishedActivity {
  return {
    id: "0b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11",
    title: "Strikkecafé",
    description: "Vi strikker og drikker kaffe.",
    interests: ["håndarbejde"],
    languages: ["da"],
    weekday: "tue",
    rrule: rruleFor("every-2-weeks", "tue"),
    startsOn: "2026-03-10",
    endsOn: null,
    startTime: "10:00",
    endTime: "12:00",
    address: "Østergade 12",
    postcode: "7600",
    city: "Struer",
    lat: 56.4907,
    lng: 8.5912,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: true,
    transport: false,
    seating: true,
    parking: false,
    price: 0,
    targetGroup: "",
    status: "active",
    cancelReason: "",
    createdAt: "2026-03-01T09:00:00.000Z",
    updatedAt: "2026-03-02T09:30:00.000Z",
    changes: [],
    association: {
      id: "1b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11",
      name: "Ældre Sagen Struer",
      description: "",
      email: "struer@example.dk",
      phone: "11223344",
      website: "",
      contactName: "",
      area: "",
      municipalityName: "Struer Kommune",
    },
    ...overrides,
  };
}

/** The calendar parsed by ical.js, with our VTIMEZONE registered as a client would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** Every occurrence's start and end in UTC, overrides applied, up to `until` (ISO). */
function occurrencesUtc(text: string, until: string) {
  const events = parse(text).getAllSubcomponents("vevent");
  const master = new ICAL.Event(events.find((e) => !e.hasProperty("recurrence-id")));
  for (const exception of events.filter((e) => e.hasProperty("recurrence-id"))) master.relateException(exception);
  const result: { start: string; end: string }[] = [];
  const it = master.iterator();
  for (let next = it.next(); next; next = it.next()) {
    const details = master.getOccurrenceDetails(next);
    const start = details.startDate.toJSDate().toISOString();
    if (start > until) break;
    result.push({ start, end: details.endDate.toJSDate().toISOString() });
  }
  return result;
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
/** The first line starting with `name` in the first VEVENT (or anywhere, for the calendar's own). */
function lineOf(text: string, name: string): string {
  const lines = unfold(text).split("\r\n");
  const fromEvent = lines.slice(lines.indexOf("BEGIN:VEVENT"));
  return fromEvent.find((l) => l.startsWith(name)) ?? "";
}

describe("activity iCalendar feed", () => {
  it("gives the same feed whatever time zone the server runs in", () => {
    const original = process.env.TZ;
    const feeds = new Map<string, string>();
    try {
      for (const zone of ["UTC", "America/New_York", "Asia/Tokyo", "Europe/Copenhagen"]) {
        process.env.TZ = zone;
        feeds.set(zone, activityCalendar([activity({ endsOn: "2026-11-30" })], options));
      }
      process.env.TZ = "America/New_York";
      // Node applies a changed TZ at once; otherwise this test would prove nothing.
      expect(new Date("2026-01-01T12:00:00Z").getHours()).toBe(7);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(new Set(feeds.values()).size).toBe(1);
    expect(lineOf(feeds.get("UTC")!, "DTSTART;")).toBe("DTSTART;TZID=Europe/Copenhagen:20260310T100000");
  });

  it("writes Danish local times with TZID and a Europe/Copenhagen VTIMEZONE with both DST rules", () => {
    const text = activityCalendar([activity()], options);
    expect(lineOf(text, "DTSTART;")).toBe("DTSTART;TZID=Europe/Copenhagen:20260310T100000");
    expect(lineOf(text, "DTEND;")).toBe("DTEND;TZID=Europe/Copenhagen:20260310T120000");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen");
    expect(text).toMatch(/BEGIN:DAYLIGHT\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/);
    expect(text).toMatch(/BEGIN:STANDARD\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/);
  });

  it("stamps DTSTAMP, CREATED and LAST-MODIFIED in UTC with Z, from when the activity changed", () => {
    const text = activityCalendar([activity()], options);
    expect(lineOf(text, "DTSTAMP:")).toBe("DTSTAMP:20260302T093000Z");
    expect(lineOf(text, "CREATED:")).toBe("CREATED:20260301T090000Z");
    expect(lineOf(text, "LAST-MODIFIED:")).toBe("LAST-MODIFIED:20260302T093000Z");
  });

  it("puts 10:00 in Copenhagen at 09:00 UTC in winter and 08:00 UTC after the change to summer time", () => {
    const text = activityCalendar([activity()], options);
    expect(occurrencesUtc(text, "2026-04-08")).toEqual([
      { start: "2026-03-10T09:00:00.000Z", end: "2026-03-10T11:00:00.000Z" },
      { start: "2026-03-24T09:00:00.000Z", end: "2026-03-24T11:00:00.000Z" },
      // Summer time began on Sunday 29 March 2026.
      { start: "2026-04-07T08:00:00.000Z", end: "2026-04-07T10:00:00.000Z" },
    ]);
  });

  it("back to 09:00 UTC after the change to winter time", () => {
    const text = activityCalendar([activity({ startsOn: "2026-10-20" })], options);
    expect(occurrencesUtc(text, "2026-11-04").map((o) => o.start)).toEqual([
      "2026-10-20T08:00:00.000Z",
      // Winter time began on Sunday 25 October 2026.
      "2026-11-03T09:00:00.000Z",
    ]);
  });

  it("leaves out a cancelled occurrence with EXDATE and shows a moved one at its new time, under the same UID", () => {
    const changes = [
      { onDate: "2026-04-07", kind: "cancelled" as const, newDate: null, newStartTime: null, newEndTime: null, note: "Påske" },
      { onDate: "2026-04-21", kind: "moved" as const, newDate: "2026-04-23", newStartTime: "13:00", newEndTime: "15:00", note: "Salen er optaget" },
    ];
    const text = activityCalendar([activity({ changes })], options);
    expect(lineOf(text, "EXDATE")).toBe("EXDATE;TZID=Europe/Copenhagen:20260407T100000");
    expect(lineOf(text, "RECURRENCE-ID")).toBe("RECURRENCE-ID;TZID=Europe/Copenhagen:20260421T100000");
    const uids = unfold(text).split("\r\n").filter((l) => l.startsWith("UID:"));
    expect(uids).toEqual([
      "UID:0b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11@faellesskabsbro.example.dk",
      "UID:0b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11@faellesskabsbro.example.dk",
    ]);
    expect(occurrencesUtc(text, "2026-05-06").map((o) => o.start)).toEqual([
      "2026-03-10T09:00:00.000Z",
      "2026-03-24T09:00:00.000Z",
      "2026-04-23T11:00:00.000Z",
      "2026-05-05T08:00:00.000Z",
    ]);
  });

  it("ends the rule with UNTIL in UTC form at the last occurrence when the activity has a last date", () => {
    const text = activityCalendar([activity({ endsOn: "2026-04-30" })], options);
    expect(lineOf(text, "RRULE:")).toBe("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260421T080000Z");
    expect(occurrencesUtc(text, "2027-01-01").map((o) => o.start)).toEqual([
      "2026-03-10T09:00:00.000Z",
      "2026-03-24T09:00:00.000Z",
      "2026-04-07T08:00:00.000Z",
      "2026-04-21T08:00:00.000Z",
    ]);
  });

  it("starts a monthly rule on its first real date and keeps the rule", () => {
    const firstMonday = activity({ weekday: "mon", rrule: rruleFor("monthly-1", "mon"), startsOn: "2026-01-10" });
    const text = activityCalendar([firstMonday], options);
    expect(lineOf(text, "DTSTART;")).toBe("DTSTART;TZID=Europe/Copenhagen:20260202T100000");
    expect(lineOf(text, "RRULE:")).toBe("RRULE:FREQ=MONTHLY;BYDAY=1MO");
    expect(occurrencesUtc(text, "2026-04-30").map((o) => o.start)).toEqual([
      "2026-02-02T09:00:00.000Z",
      "2026-03-02T09:00:00.000Z",
      "2026-04-06T08:00:00.000Z",
    ]);
  });

  it("writes a one-off as a single event without RRULE", () => {
    const once = activity({ weekday: "wed", rrule: rruleFor("once", "wed"), startsOn: "2026-06-17" });
    const text = activityCalendar([once], options);
    expect(text).not.toContain("RRULE:FREQ=WEEKLY");
    expect(lineOf(text, "DTSTART;")).toBe("DTSTART;TZID=Europe/Copenhagen:20260617T100000");
    expect(occurrencesUtc(text, "2027-01-01").map((o) => o.start)).toEqual(["2026-06-17T08:00:00.000Z"]);
  });

  it("moves or cancels a one-off's single date in place, saying why", () => {
    const once = activity({ weekday: "wed", rrule: rruleFor("once", "wed"), startsOn: "2026-06-17" });
    const moved = activityCalendar(
      [{ ...once, changes: [{ onDate: "2026-06-17", kind: "moved", newDate: "2026-06-18", newStartTime: "13:00", newEndTime: "15:00", note: "Regnvejr" }] }],
      options,
    );
    expect(lineOf(moved, "DTSTART;")).toBe("DTSTART;TZID=Europe/Copenhagen:20260618T130000");
    expect(lineOf(moved, "DTEND;")).toBe("DTEND;TZID=Europe/Copenhagen:20260618T150000");
    expect(moved).not.toContain("RECURRENCE-ID");
    expect(unfold(moved)).toContain("DESCRIPTION:Flyttet fra onsdag 17. juni: Regnvejr\\n");
    const off = activityCalendar(
      [{ ...once, changes: [{ onDate: "2026-06-17", kind: "cancelled", newDate: null, newStartTime: null, newEndTime: null, note: "" }] }],
      options,
    );
    expect(lineOf(off, "STATUS:")).toBe("STATUS:CANCELLED");
    expect(lineOf(off, "SUMMARY:")).toBe("SUMMARY:Aflyst: Strikkecafé");
  });

  it("marks a cancelled activity STATUS:CANCELLED and links nowhere", () => {
    const text = activityCalendar([activity({ status: "cancelled", cancelReason: "Lokalet er lukket" })], options);
    expect(lineOf(text, "STATUS:")).toBe("STATUS:CANCELLED");
    expect(lineOf(text, "SUMMARY:")).toBe("SUMMARY:Aflyst: Strikkecafé");
    expect(text).not.toContain("URL;");
    expect(unfold(text)).toContain("DESCRIPTION:Aflyst: Lokalet er lukket\\n");
  });

  it("describes where, who and what it costs, with a link and the organiser", () => {
    const text = activityCalendar([activity()], options);
    expect(lineOf(text, "LOCATION:")).toBe("LOCATION:Østergade 12\\, 7600 Struer");
    expect(lineOf(text, "GEO:")).toBe("GEO:56.4907;8.5912");
    expect(lineOf(text, "CATEGORIES:")).toBe("CATEGORIES:håndarbejde");
    expect(lineOf(text, "URL")).toBe(
      "URL;VALUE=URI:https://faellesskabsbro.example.dk/aktiviteter/0b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11",
    );
    expect(lineOf(text, "ORGANIZER")).toBe('ORGANIZER;CN="Ældre Sagen Struer":mailto:struer@example.dk');
    const event = parse(text).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("description")).toContain("Hver anden tirsdag kl. 10.00–12.00\nPris: Gratis");
  });

  it("escapes commas, semicolons and newlines, keeps Danish letters as UTF-8 and folds at 75 octets", () => {
    const title = "Strik æøå, ; og \n ny linje i Medborgerhuset på Østergade, hvor vi mødes hver anden uge";
    const text = activityCalendar([activity({ title })], options);
    expect(lineOf(text, "SUMMARY:")).toBe(
      "SUMMARY:Strik æøå\\, \\; og \\n ny linje i Medborgerhuset på Østergade\\, hvor vi mødes hver anden uge",
    );
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const event = parse(text).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("summary")).toBe(title);
  });
});
