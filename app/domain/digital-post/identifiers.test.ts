import { describe, expect, it } from "vitest";
import { isValidCvr, maskCpr, parseCpr } from "./identifiers";

describe("CPR numbers", () => {
  it("accepts the ways people write one and stores ten digits", () => {
    expect(parseCpr("010243-1234")).toBe("0102431234");
    expect(parseCpr(" 0102431234 ")).toBe("0102431234");
    expect(parseCpr("010243 1234")).toBe("0102431234");
  });

  it("refuses what cannot be a birth date", () => {
    expect(parseCpr("320143-1234")).toBeNull();
    expect(parseCpr("011343-1234")).toBeNull();
    expect(parseCpr("000143-1234")).toBeNull();
  });

  it("knows the century from the seventh digit, so 29 February is checked in the right year", () => {
    // 1900 was no leap year; 2000 was. Digit 4 with year 00 means 2000.
    expect(parseCpr("290200-1234")).toBeNull();
    expect(parseCpr("290200-4234")).toBe("2902004234");
  });

  it("refuses wrong lengths, letters and other separators", () => {
    for (const typed of ["01024-31234", "01024312345", "010243/1234", "abcdefghij", ""]) {
      expect(parseCpr(typed), typed).toBeNull();
    }
  });

  it("shows only the birth date once stored", () => {
    expect(maskCpr("0102431234")).toBe("010243-xxxx");
  });
});

describe("CVR numbers", () => {
  it("checks the register's modulus 11", () => {
    expect(isValidCvr("12345674")).toBe(true);
    expect(isValidCvr("12345675")).toBe(false);
    expect(isValidCvr("02345674")).toBe(false);
    expect(isValidCvr("1234567")).toBe(false);
  });
});
