import { describe, expect, it } from "vitest";
import { nextOccurrences, notOverYet, occurrencesBetween, plannedDates } from "./occurrences";
import { rruleFor } from "./schedule";

const everyOtherTuesday = {
  rrule: rruleFor("every-2-weeks", "tue"),
  startsOn: "2026-03-24",
  endsOn: null,
  startTime: "10:00",
  endTime: "12:00",
};

describe("occurrences", () => {
  it("counts every other Tuesday from the first date, across the change to summer time", () => {
    expect(plannedDates(everyOtherTuesday, "2026-03-01", "2026-05-01")).toEqual([
      "2026-03-24",
      "2026-04-07",
      "2026-04-21",
    ]);
  });

  it("stops at the last date and gives one date for a one-off", () => {
    expect(plannedDates({ ...everyOtherTuesday, endsOn: "2026-04-07" }, "2026-01-01", "2026-12-31")).toEqual([
      "2026-03-24",
      "2026-04-07",
    ]);
    const once = { ...everyOtherTuesday, rrule: rruleFor("once", "tue") };
    expect(plannedDates(once, "2026-01-01", "2027-12-31")).toEqual(["2026-03-24"]);
  });

  it("finds the last Friday of each month", () => {
    const lastFriday = { ...everyOtherTuesday, rrule: rruleFor("monthly-last", "fri"), startsOn: "2026-01-30" };
    expect(plannedDates(lastFriday, "2026-01-01", "2026-03-31")).toEqual([
      "2026-01-30",
      "2026-02-27",
      "2026-03-27",
    ]);
  });

  it("keeps a cancelled date as cancelled and shows a moved one at its new date and time", () => {
    const changes = [
      { onDate: "2026-04-07", kind: "cancelled" as const, newDate: null, newStartTime: null, newEndTime: null, note: "Påske" },
      { onDate: "2026-04-21", kind: "moved" as const, newDate: "2026-04-23", newStartTime: "13:00", newEndTime: "15:00", note: "Salen er optaget" },
    ];
    expect(occurrencesBetween(everyOtherTuesday, changes, "2026-04-01", "2026-05-10")).toEqual([
      { date: "2026-04-07", startTime: "10:00", endTime: "12:00", plannedDate: "2026-04-07", status: "cancelled", note: "Påske" },
      { date: "2026-04-23", startTime: "13:00", endTime: "15:00", plannedDate: "2026-04-21", status: "moved", note: "Salen er optaget" },
      { date: "2026-05-05", startTime: "10:00", endTime: "12:00", plannedDate: "2026-05-05", status: "planned", note: "" },
    ]);
  });

  it("ignores a change on a date the rule never planned", () => {
    const stray = [{ onDate: "2026-04-08", kind: "moved" as const, newDate: "2026-04-09", newStartTime: null, newEndTime: null, note: "" }];
    expect(occurrencesBetween(everyOtherTuesday, stray, "2026-04-01", "2026-04-30").map((o) => o.date)).toEqual([
      "2026-04-07",
      "2026-04-21",
    ]);
  });

  it("gives the next dates from today", () => {
    expect(nextOccurrences(everyOtherTuesday, [], "2026-11-23", 2).map((o) => o.date)).toEqual([
      "2026-12-01",
      "2026-12-15",
    ]);
  });

  it("counts today's meeting as still to come until it ends", () => {
    const [today] = nextOccurrences(everyOtherTuesday, [], "2026-03-24", 1);
    expect(notOverYet(today!, { date: "2026-03-24", time: "09:30" })).toBe(true);
    expect(notOverYet(today!, { date: "2026-03-24", time: "11:59" })).toBe(true);
    expect(notOverYet(today!, { date: "2026-03-24", time: "12:00" })).toBe(false);
    expect(notOverYet(today!, { date: "2026-03-23", time: "23:00" })).toBe(true);
  });
});
