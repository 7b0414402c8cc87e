import { describe, expect, it } from "vitest";
import { rruleFor } from "../domain/activities/schedule";
import { hsdsPage, hsdsSchedule, hsdsService } from "./hsds.server";
import type { PublishedActivity } from "./published-activity";

const links = {
  activityUrl: (id: string) => `https://example.dk/aktiviteter/${id}`,
  activityCalendarUrl: (id: string) => `https://example.dk/aktiviteter/${id}/kalender.ics`,
};

const lastFriday: PublishedActivity = {
  id: "0b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11",
  title: "Fredagsbar",
  description: "Øl, sodavand og snak.",
  interests: [],
  languages: ["da", "xx"],
  weekday: "fri",
  rrule: rruleFor("monthly-last", "fri"),
  startsOn: "2026-01-02",
  endsOn: null,
  startTime: "16:00",
  endTime: "18:00",
  address: "Havnevej 1",
  postcode: "7800",
  city: "Skive",
  lat: 56.56,
  lng: 9.03,
  stepFree: false,
  hearingLoop: false,
  accessibleToilet: false,
  transport: false,
  seating: false,
  parking: false,
  price: 25,
  targetGroup: "",
  status: "active",
  cancelReason: "",
  createdAt: "2026-01-01T09:00:00.000Z",
  updatedAt: "2026-01-01T09:00:00.000Z",
  changes: [],
  association: {
    id: "1b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11",
    name: "Skive Bådelaug",
    description: "",
    email: "ikke en adresse",
    phone: "",
    website: "ftp://example.dk",
    contactName: "",
    area: "",
    municipalityName: "Skive Kommune",
  },
};

describe("hsdsPage", () => {
  it("counts pages and marks the first, the last and an empty page", () => {
    expect(hsdsPage(["a", "b"], 5, 1, 2)).toMatchObject({ total_pages: 3, size: 2, first_page: true, last_page: false, empty: false });
    expect(hsdsPage(["e"], 5, 3, 2)).toMatchObject({ total_pages: 3, size: 1, first_page: false, last_page: true, empty: false });
    expect(hsdsPage([], 5, 9, 2)).toMatchObject({ total_pages: 3, size: 0, first_page: false, last_page: true, empty: true });
    expect(hsdsPage([], 0, 1, 50)).toMatchObject({ total_items: 0, total_pages: 0, first_page: true, last_page: true, empty: true });
  });
});

describe("hsdsSchedule", () => {
  it("maps the last Friday of the month from its first real date, with the winter offset", () => {
    expect(hsdsSchedule(lastFriday, links)).toMatchObject({
      freq: "MONTHLY",
      interval: 1,
      byday: "-1FR",
      dtstart: "2026-01-30",
      valid_from: "2026-01-30",
      timezone: 1,
      opens_at: "16:00",
      closes_at: "18:00",
      description: "Sidste fredag i måneden kl. 16.00–18.00",
    });
  });

  it("gives the summer offset when the first date falls in summer time", () => {
    expect(hsdsSchedule({ ...lastFriday, startsOn: "2026-07-01" }, links)).toMatchObject({ dtstart: "2026-07-31", timezone: 2 });
  });
});

describe("hsdsService", () => {
  it("leaves out an email or website that is not valid rather than publishing it", () => {
    const service = hsdsService(lastFriday, links);
    expect(service.email).toBeUndefined();
    expect(service.organization.email).toBeUndefined();
    expect(service.organization.website).toBeUndefined();
    expect(service.phones).toEqual([]);
    expect(service.cost_options).toEqual([expect.objectContaining({ currency: "DKK", amount: 25 })]);
    expect(service.languages.map((l) => l.name)).toEqual(["Dansk", "xx"]);
  });
});
