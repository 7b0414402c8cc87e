import { describe, expect, it } from "vitest";
import { dateChangeRefusal } from "./date-changes";

// Every other Tuesday from 1 December 2026, 10–12.
const rule = {
  rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
  startsOn: "2026-12-01",
  endsOn: null,
  startTime: "10:00",
  endTime: "12:00",
};
const today = "2026-11-23";
const cancel = (onDate: string) => ({ onDate, kind: "cancelled" }) as const;
const move = (onDate: string, newDate: string, newStartTime = "10:00", newEndTime = "12:00") =>
  ({ onDate, kind: "moved", newDate, newStartTime, newEndTime }) as const;

describe("which dates an association may cancel or move", () => {
  it("allows a coming date the rule plans", () => {
    expect(dateChangeRefusal(rule, today, cancel("2026-12-15"))).toBeNull();
    expect(dateChangeRefusal(rule, today, move("2026-12-29", "2026-12-30"))).toBeNull();
  });

  it("refuses the Tuesday in between, which the rule does not plan", () => {
    expect(dateChangeRefusal(rule, today, cancel("2026-12-08"))).toBe("not_planned");
  });

  it("refuses a date before the first one", () => {
    expect(dateChangeRefusal(rule, today, cancel("2026-11-24"))).toBe("not_planned");
  });

  it("refuses a date that has passed", () => {
    expect(dateChangeRefusal(rule, "2026-12-16", cancel("2026-12-15"))).toBe("passed");
  });

  it("refuses a move to the same date and time, but allows a new time on the same day", () => {
    expect(dateChangeRefusal(rule, today, move("2026-12-15", "2026-12-15"))).toBe("no_change");
    expect(dateChangeRefusal(rule, today, move("2026-12-15", "2026-12-15", "13:00", "15:00"))).toBeNull();
  });
});
