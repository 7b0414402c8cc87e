import { describe, expect, it } from "vitest";
import { noFilter } from "../domain/activities/catalogue-filter";
import { describeFilter, formatDay, placesLeft, websiteHref } from "./catalogue-labels";

describe("the chosen filters in plain words", () => {
  it("says nothing when nothing is chosen", () => {
    expect(describeFilter(noFilter)).toEqual([]);
  });

  it("joins several choices of one kind the Danish way", () => {
    expect(
      describeFilter({
        ...noFilter,
        interests: ["kortspil", "sang", "bridge"],
        weekdays: ["tue", "thu"],
        needs: ["stepFree", "hearingLoop", "parking"],
        freeOnly: true,
        transport: true,
        origin: { lat: 56.56, lng: 9.03, label: "7800 Skive" },
        maxKm: 5,
      }),
    ).toEqual([
      "Om kortspil, sang eller bridge",
      "Tirsdag eller torsdag",
      "Med trinfri adgang, teleslynge og parkering",
      "Kun gratis",
      "Kørsel kan arrangeres",
      "Højst 5 km fra 7800 Skive",
    ]);
  });
});

describe("dates and places", () => {
  it("writes a date as weekday, day and month", () => {
    expect(formatDay("2026-12-01")).toBe("tirsdag 1. december");
    expect(formatDay("2027-01-31")).toBe("søndag 31. januar");
  });

  it("says how many places are left, or that it is full", () => {
    expect(placesLeft(12, 5)).toBe("7 ledige af 12");
    expect(placesLeft(12, 12)).toBe("Fuldt booket lige nu");
    expect(placesLeft(12, 14)).toBe("Fuldt booket lige nu");
  });
});

describe("an association's website as a link", () => {
  it("adds https:// when it was left out", () => {
    expect(websiteHref("www.example.dk/skive")).toBe("https://www.example.dk/skive");
    expect(websiteHref("http://example.dk")).toBe("http://example.dk/");
  });

  it("never links anything that is not a web address", () => {
    expect(websiteHref("javascript:alert(1)")).toBeNull();
    expect(websiteHref("   ")).toBeNull();
    expect(websiteHref("ring til Bente")).toBeNull();
  });
});
