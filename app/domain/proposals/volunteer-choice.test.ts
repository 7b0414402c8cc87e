import { describe, expect, it } from "vitest";
import { mayTakeVisit } from "./volunteer-choice";

const settings = { today: "2026-11-23", straffeattestMaxAgeMonths: 24 };
const ready = { status: "active" as const, tavshedserklaering: true, straffeattestDate: "2025-01-10", load: 1, capacity: 2 };

describe("which of its volunteers an association may name", () => {
  it("accepts an active, vetted volunteer with room for one more", () => {
    expect(mayTakeVisit(ready, settings)).toBe(true);
  });

  it("refuses a paused volunteer, a missing tavshedserklæring or an old straffeattest", () => {
    expect(mayTakeVisit({ ...ready, status: "paused" }, settings)).toBe(false);
    expect(mayTakeVisit({ ...ready, tavshedserklaering: false }, settings)).toBe(false);
    expect(mayTakeVisit({ ...ready, straffeattestDate: "2024-11-22" }, settings)).toBe(false);
    expect(mayTakeVisit({ ...ready, straffeattestDate: null }, settings)).toBe(false);
  });

  it("refuses a full volunteer unless the pending proposal is the one filling them", () => {
    const full = { ...ready, load: 2 };
    expect(mayTakeVisit(full, settings)).toBe(false);
    expect(mayTakeVisit(full, settings, true)).toBe(true);
  });
});
