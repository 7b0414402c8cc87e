import { describe, expect, it } from "vitest";
import { addMonths, defaultFollowUps, followUpState, followUpSteps } from "./follow-ups";

describe("default follow-ups", () => {
  it("plans the 1st and 3rd visit, four weeks and three months after the start", () => {
    expect(defaultFollowUps("2026-11-23")).toEqual([
      { kind: "first_visit", due: "2026-11-30" },
      { kind: "third_visit", due: "2026-12-14" },
      { kind: "four_weeks", due: "2026-12-21" },
      { kind: "three_months", due: "2027-02-23" },
    ]);
  });

  it("crosses a year end by days", () => {
    expect(defaultFollowUps("2026-12-28").slice(0, 2)).toEqual([
      { kind: "first_visit", due: "2027-01-04" },
      { kind: "third_visit", due: "2027-01-18" },
    ]);
  });

  it("lands three months after the 30th of November on the last day of February", () => {
    expect(defaultFollowUps("2026-11-30")[3]).toEqual({ kind: "three_months", due: "2027-02-28" });
  });

  it("uses the 29th of February in a leap year", () => {
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
  });

  it("keeps the day, or the month's last day when the month is shorter", () => {
    expect(addMonths("2026-01-15", 3)).toBe("2026-04-15");
    expect(addMonths("2026-01-31", 3)).toBe("2026-04-30");
    expect(addMonths("2026-03-31", 3)).toBe("2026-06-30");
  });
});

describe("follow-up state", () => {
  it("is done once recorded, even if recorded late", () => {
    expect(followUpState({ due: "2026-11-01", doneOn: "2026-11-20" }, "2026-11-23")).toBe("done");
  });

  it("is overdue the day after its due date", () => {
    expect(followUpState({ due: "2026-11-22", doneOn: null }, "2026-11-23")).toBe("overdue");
    expect(followUpState({ due: "2026-11-23", doneOn: null }, "2026-11-23")).toBe("due");
  });
});

describe("steps of a recorded follow-up", () => {
  it("passes the follow-up step when the citizen is in progress", () => {
    expect(followUpSteps("in_progress", "continue")).toEqual(["follow_up", "in_progress"]);
    expect(followUpSteps("in_progress", "close")).toEqual(["follow_up", "closed"]);
  });

  it("continues or closes straight from the follow-up step", () => {
    expect(followUpSteps("follow_up", "continue")).toEqual(["in_progress"]);
    expect(followUpSteps("follow_up", "close")).toEqual(["closed"]);
  });

  it("records nothing before the pathway has started or after it closed", () => {
    expect(followUpSteps("screened", "continue")).toBeNull();
    expect(followUpSteps("closed", "close")).toBeNull();
  });
});
