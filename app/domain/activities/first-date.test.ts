import { describe, expect, it } from "vitest";
import { firstFittingDate, fitsRepeat } from "./first-date";

describe("whether a first date fits the repeat", () => {
  it("accepts any date for weekly repeats and one-offs", () => {
    expect(fitsRepeat("weekly", "2026-12-15")).toBe(true);
    expect(fitsRepeat("every-2-weeks", "2026-12-29")).toBe(true);
    expect(fitsRepeat("once", "2026-12-31")).toBe(true);
  });

  it("accepts the first Monday of a month for 'første mandag i måneden', not the second", () => {
    expect(fitsRepeat("monthly-1", "2026-12-07")).toBe(true);
    expect(fitsRepeat("monthly-1", "2026-12-14")).toBe(false);
    expect(fitsRepeat("monthly-2", "2026-12-14")).toBe(true);
  });

  it("knows the last weekday of a month, also when it is the fourth", () => {
    expect(fitsRepeat("monthly-last", "2026-12-28")).toBe(true);
    expect(fitsRepeat("monthly-last", "2026-12-21")).toBe(false);
    expect(fitsRepeat("monthly-last", "2027-02-22")).toBe(true);
    expect(fitsRepeat("monthly-4", "2027-02-22")).toBe(true);
  });
});

describe("the first fitting date", () => {
  it("is the next first Monday when the month's has passed", () => {
    expect(firstFittingDate("monthly-1", "mon", "2026-12-08")).toBe("2027-01-04");
  });

  it("is the day itself when it already fits", () => {
    expect(firstFittingDate("weekly", "tue", "2026-11-24")).toBe("2026-11-24");
  });

  it("is the coming weekday for weekly repeats", () => {
    expect(firstFittingDate("every-2-weeks", "fri", "2026-11-23")).toBe("2026-11-27");
  });
});
