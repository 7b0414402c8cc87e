import { describe, expect, it } from "vitest";
import { type CatalogueFilter, type Filterable, filterCatalogue, isFiltered, noFilter } from "./catalogue-filter";

// Skive town centre; 0.01° of latitude is about 1.1 km.
const skive = { lat: 56.5654, lng: 9.0294, label: "7800 Skive" };

type A = Filterable & { id: string };
const activity = (id: string, overrides: Partial<A> = {}): A => ({
  id,
  interests: ["kortspil"],
  weekday: "tue",
  price: 0,
  transport: false,
  lat: skive.lat,
  lng: skive.lng,
  stepFree: false,
  hearingLoop: false,
  accessibleToilet: false,
  seating: false,
  parking: false,
  ...overrides,
});

const ids = (activities: readonly A[], filter: Partial<CatalogueFilter>) =>
  filterCatalogue(activities, { ...noFilter, ...filter }).map((f) => f.activity.id);

describe("filtering the public catalogue", () => {
  const cards = activity("cards", { interests: ["kortspil", "kaffe og snak"], weekday: "mon" });
  const singing = activity("singing", { interests: ["sang"], weekday: "tue", hearingLoop: true, stepFree: true });
  const dinner = activity("dinner", {
    interests: ["fællesspisning", "kaffe og snak"],
    weekday: "thu",
    price: 40,
    transport: true,
    stepFree: true,
    accessibleToilet: true,
  });
  const all = [cards, singing, dinner];

  it("keeps everything, in the given order, when nothing is chosen", () => {
    expect(ids(all, {})).toEqual(["cards", "singing", "dinner"]);
    expect(filterCatalogue(all, noFilter).every((f) => f.distanceKm === null)).toBe(true);
  });

  it("keeps activities with any of the chosen interests", () => {
    expect(ids(all, { interests: ["kaffe og snak"] })).toEqual(["cards", "dinner"]);
    expect(ids(all, { interests: ["sang", "fællesspisning"] })).toEqual(["singing", "dinner"]);
    expect(ids(all, { interests: ["billard"] })).toEqual([]);
  });

  it("keeps activities on any of the chosen weekdays", () => {
    expect(ids(all, { weekdays: ["mon", "thu"] })).toEqual(["cards", "dinner"]);
  });

  it("keeps only venues that meet every accessibility need", () => {
    expect(ids(all, { needs: ["stepFree"] })).toEqual(["singing", "dinner"]);
    expect(ids(all, { needs: ["stepFree", "hearingLoop"] })).toEqual(["singing"]);
    expect(ids(all, { needs: ["stepFree", "accessibleToilet"] })).toEqual(["dinner"]);
    expect(ids([activity("chairs", { seating: true, parking: true }), cards], { needs: ["seating", "parking"] })).toEqual(["chairs"]);
  });

  it("keeps only free activities, and only those offering transport, when asked", () => {
    expect(ids(all, { freeOnly: true })).toEqual(["cards", "singing"]);
    expect(ids(all, { transport: true })).toEqual(["dinner"]);
    expect(ids(all, { interests: ["kaffe og snak"], freeOnly: true })).toEqual(["cards"]);
  });

  it("with an origin, keeps those within the distance, nearest first, with the distance", () => {
    const far = activity("far", { lat: skive.lat + 0.12 }); // about 13 km north
    const near = activity("near", { lat: skive.lat + 0.03 }); // about 3.3 km
    const here = activity("here");
    const result = filterCatalogue([far, near, here], { ...noFilter, origin: skive, maxKm: 5 });
    expect(result.map((f) => f.activity.id)).toEqual(["here", "near"]);
    expect(result[0]!.distanceKm).toBeCloseTo(0, 5);
    expect(result[1]!.distanceKm).toBeCloseTo(3.34, 1);
    expect(ids([far, near, here], { origin: skive, maxKm: 25 })).toEqual(["here", "near", "far"]);
    expect(ids([far, near, here], { origin: skive, maxKm: 2 })).toEqual(["here"]);
  });

  it("applies the distance together with the other choices", () => {
    const nearDinner = { ...dinner, id: "near-dinner", lat: skive.lat + 0.01 };
    expect(ids([cards, nearDinner, singing], { origin: skive, maxKm: 2, interests: ["kaffe og snak"] })).toEqual([
      "cards",
      "near-dinner",
    ]);
    expect(ids([cards, nearDinner], { origin: skive, maxKm: 2, freeOnly: true })).toEqual(["cards"]);
  });

  it("ignores the distance when no origin is given", () => {
    const far = activity("far", { lat: skive.lat + 1 });
    expect(ids([far], { maxKm: 2 })).toEqual(["far"]);
  });
});

describe("whether the catalogue is filtered", () => {
  it("is not by default, nor by a distance without an origin", () => {
    expect(isFiltered(noFilter)).toBe(false);
    expect(isFiltered({ ...noFilter, maxKm: 2 })).toBe(false);
  });

  it("is by any choice", () => {
    expect(isFiltered({ ...noFilter, freeOnly: true })).toBe(true);
    expect(isFiltered({ ...noFilter, needs: ["parking"] })).toBe(true);
    expect(isFiltered({ ...noFilter, origin: skive })).toBe(true);
  });
});
