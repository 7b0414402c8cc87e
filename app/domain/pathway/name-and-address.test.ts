import { describe, expect, it } from "vitest";
import { parseDanishAddress, splitFullName } from "./name-and-address";

describe("splitting a citizen's full name", () => {
  it("takes the last word as the surname and keeps every first name", () => {
    expect(splitFullName("  Anna Marie   Holm ")).toEqual({ firstName: "Anna Marie", lastName: "Holm" });
    expect(splitFullName("Bent Ågård")).toEqual({ firstName: "Bent", lastName: "Ågård" });
  });

  it("refuses a single word or nothing", () => {
    expect(splitFullName("Bent")).toBeNull();
    expect(splitFullName("   ")).toBeNull();
  });
});

describe("reading a Danish address typed in one line", () => {
  it("finds street, postcode and city with or without the comma", () => {
    const expected = { street: "Vestergade 12", postcode: "7800", city: "Skive" };
    expect(parseDanishAddress("Vestergade 12, 7800 Skive")).toEqual(expected);
    expect(parseDanishAddress("Vestergade 12 7800 Skive")).toEqual(expected);
    expect(parseDanishAddress(" Vestergade 12 ,  7800   Skive ")).toEqual(expected);
  });

  it("keeps floors and multi-word cities", () => {
    expect(parseDanishAddress("Algade 3, 2. tv., 9000 Aalborg C")).toEqual({
      street: "Algade 3, 2. tv.",
      postcode: "9000",
      city: "Aalborg C",
    });
  });

  it("refuses an address without a four-digit postcode or a city", () => {
    expect(parseDanishAddress("Vestergade 12")).toBeNull();
    expect(parseDanishAddress("Vestergade 12, 780 Skive")).toBeNull();
    expect(parseDanishAddress("Vestergade 12, 7800")).toBeNull();
    expect(parseDanishAddress("7800 Skive")).toBeNull();
  });
});
