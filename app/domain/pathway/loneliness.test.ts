import { describe, expect, it } from "vitest";
import { lonelinessChange, scoreLoneliness } from "./loneliness";

describe("scoreLoneliness", () => {
  it("adds the three answers", () => {
    expect(scoreLoneliness([1, 2, 3]).total).toBe(6);
  });

  it("ranges from 3 (never lonely) to 9 (often lonely on every item)", () => {
    expect(scoreLoneliness([1, 1, 1])).toEqual({ total: 3, severe: false });
    expect(scoreLoneliness([3, 3, 3])).toEqual({ total: 9, severe: true });
  });

  it("counts 6 as not severe and 7 as severe, the Danish cut-off", () => {
    expect(scoreLoneliness([2, 2, 2]).severe).toBe(false);
    expect(scoreLoneliness([3, 2, 2]).severe).toBe(true);
  });

  it.each([[[0, 2, 2]], [[4, 1, 1]], [[1.5, 2, 2]], [[Number.NaN, 1, 1]]])(
    "refuses an answer outside 1–3: %j",
    (items) => {
      expect(() => scoreLoneliness(items as [number, number, number])).toThrow(RangeError);
    },
  );

  it("refuses a list that is not three answers", () => {
    expect(() => scoreLoneliness([1, 1] as unknown as [number, number, number])).toThrow(RangeError);
  });
});

describe("lonelinessChange", () => {
  it("is negative when the citizen has become less lonely", () => {
    expect(lonelinessChange(5, 7)).toBe(-2);
  });

  it("is positive when loneliness has grown", () => {
    expect(lonelinessChange(8, 6)).toBe(2);
  });

  it("has nothing to report for the first measurement", () => {
    expect(lonelinessChange(6, undefined)).toBeNull();
  });
});
