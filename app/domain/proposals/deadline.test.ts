import { describe, expect, it } from "vitest";
import { byDeadline, deadlineState, needsOverdueAlert } from "./deadline";

const TODAY = "2026-12-08";

describe("the deadline of a proposed match", () => {
  it("is still in time on the deadline day itself", () => {
    expect(deadlineState("2026-12-08", TODAY)).toEqual({ respondBy: "2026-12-08", overdue: false, daysOver: 0, daysLeft: 0 });
  });

  it("counts the days left before and the days over after", () => {
    expect(deadlineState("2026-12-11", TODAY)).toMatchObject({ overdue: false, daysLeft: 3 });
    expect(deadlineState("2026-12-05", TODAY)).toMatchObject({ overdue: true, daysOver: 3, daysLeft: 0 });
  });

  it("sorts the most overdue first", () => {
    const list = [
      { id: "late", respondBy: "2026-12-10", proposedAt: "2026-11-26T09:00:00Z" },
      { id: "over", respondBy: "2026-12-01", proposedAt: "2026-11-17T09:00:00Z" },
      { id: "same-day-later", respondBy: "2026-12-10", proposedAt: "2026-11-26T12:00:00Z" },
    ];
    expect([...list].sort(byDeadline).map((p) => p.id)).toEqual(["over", "late", "same-day-later"]);
  });
});

describe("which proposals alert the coordinator", () => {
  const open = { status: "proposed" as const, respondBy: "2026-12-07", overdueAlertedAt: null };

  it("alerts an undecided proposal the day after its deadline", () => {
    expect(needsOverdueAlert(open, TODAY)).toBe(true);
    expect(needsOverdueAlert(open, "2026-12-07")).toBe(false);
  });

  it("alerts only once", () => {
    expect(needsOverdueAlert({ ...open, overdueAlertedAt: "2026-12-08T06:00:00Z" }, TODAY)).toBe(false);
  });

  it("never alerts a proposal the association has answered", () => {
    expect(needsOverdueAlert({ ...open, status: "accepted" }, TODAY)).toBe(false);
    expect(needsOverdueAlert({ ...open, status: "declined" }, TODAY)).toBe(false);
  });
});
