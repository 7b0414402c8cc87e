import { describe, expect, it } from "vitest";
import { isStraffeattestValid } from "../matching/rules";
import { addDays } from "../pathway/working-days";
import { isReminderDue, straffeattestState, straffeattestValidThrough } from "./vetting";

describe("when a straffeattest runs out", () => {
  it("is valid through the same day the policy's months later", () => {
    expect(straffeattestValidThrough("2025-05-01", 24)).toBe("2027-05-01");
    expect(straffeattestValidThrough("2026-11-23", 0)).toBe("2026-11-23");
  });

  it("at month ends, is valid as long as matching accepts it", () => {
    // 31 March minus one month is 28 February, so a 28 February attest lasts all March.
    expect(straffeattestValidThrough("2026-02-28", 1)).toBe("2026-03-31");
    expect(straffeattestValidThrough("2026-01-31", 1)).toBe("2026-02-28");
    expect(straffeattestValidThrough("2024-01-31", 1)).toBe("2024-02-29");
    expect(straffeattestValidThrough("2024-02-29", 12)).toBe("2025-02-28");
    expect(straffeattestValidThrough("2025-02-28", 12)).toBe("2026-02-28");
  });

  it("agrees with matching on every day around the expiry", () => {
    for (const date of ["2026-02-28", "2026-01-31", "2024-02-29", "2025-08-31", "2025-06-15"]) {
      for (const months of [1, 6, 24]) {
        const last = straffeattestValidThrough(date, months);
        const settings = { maxDistanceKm: 10, straffeattestMaxAgeMonths: months };
        expect(isStraffeattestValid(date, { ...settings, today: last }), `${date} +${months}`).toBe(true);
        expect(isStraffeattestValid(date, { ...settings, today: addDays(last, 1) }), `${date} +${months}`).toBe(false);
      }
    }
  });
});

describe("the vetting warning", () => {
  it("says missing when there is no attest", () => {
    expect(straffeattestState(null, "2026-11-23", 24)).toEqual({ kind: "missing" });
  });

  it("warns within 60 days of expiry and counts the days left", () => {
    expect(straffeattestState("2025-01-21", "2026-11-23", 24)).toEqual({
      kind: "expiring",
      validThrough: "2027-01-21",
      daysLeft: 59,
    });
    expect(straffeattestState("2025-01-22", "2026-11-23", 24).kind).toBe("valid");
    expect(straffeattestState("2024-11-23", "2026-11-23", 24)).toEqual({
      kind: "expiring",
      validThrough: "2026-11-23",
      daysLeft: 0,
    });
  });

  it("says expired the day after the last valid day", () => {
    expect(straffeattestState("2024-11-22", "2026-11-23", 24)).toEqual({ kind: "expired", validThrough: "2026-11-22" });
  });
});

describe("the straffeattest reminder", () => {
  const active = { status: "active" as const, straffeattestDate: "2025-01-21", remindedAt: null };

  it("is due when the warning window opens and not the day before", () => {
    // Valid through 2027-01-21; the window opens 59 days before.
    expect(isReminderDue(active, "2026-11-23", 24)).toBe(true);
    expect(isReminderDue(active, "2026-11-22", 24)).toBe(false);
  });

  it("is sent once per attest", () => {
    expect(isReminderDue({ ...active, remindedAt: "2026-11-23T07:00:00.000Z" }, "2026-12-10", 24)).toBe(false);
  });

  it("is due again for a renewed attest, even though an earlier one was reminded about", () => {
    const renewed = { ...active, straffeattestDate: "2026-12-01", remindedAt: "2026-11-23T07:00:00.000Z" };
    expect(isReminderDue(renewed, "2027-01-05", 24)).toBe(false);
    expect(isReminderDue(renewed, "2028-10-03", 24)).toBe(true);
  });

  it("is due at once for an attest that has already run out and was never reminded about", () => {
    expect(isReminderDue({ ...active, straffeattestDate: "2023-01-01" }, "2026-11-23", 24)).toBe(true);
  });

  it("is not sent for ended volunteers or volunteers without an attest", () => {
    expect(isReminderDue({ ...active, status: "ended" }, "2026-11-23", 24)).toBe(false);
    expect(isReminderDue({ ...active, straffeattestDate: null }, "2026-11-23", 24)).toBe(false);
    expect(isReminderDue({ ...active, status: "paused" }, "2026-11-23", 24)).toBe(true);
  });
});
