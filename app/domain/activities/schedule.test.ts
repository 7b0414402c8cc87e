import { describe, expect, it } from "vitest";
import { weekdays } from "../vocabulary";
import { describeSchedule, firstDateOn, repeatOf, repeats, rruleFor, weekdayOf } from "./schedule";

describe("schedule", () => {
  it("writes the RRULE an association means", () => {
    expect(rruleFor("every-2-weeks", "tue")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(rruleFor("weekly", "thu")).toBe("FREQ=WEEKLY;BYDAY=TH");
    expect(rruleFor("monthly-1", "mon")).toBe("FREQ=MONTHLY;BYDAY=1MO");
    expect(rruleFor("monthly-last", "fri")).toBe("FREQ=MONTHLY;BYDAY=-1FR");
    expect(rruleFor("once", "wed")).toBe("FREQ=WEEKLY;COUNT=1;BYDAY=WE");
  });

  it("reads every repeat back from its RRULE", () => {
    for (const repeat of repeats) {
      for (const day of weekdays) expect(repeatOf(rruleFor(repeat, day))).toBe(repeat);
    }
    expect(repeatOf("FREQ=DAILY")).toBeUndefined();
  });

  it("knows the weekday of a date", () => {
    expect(weekdayOf("2026-11-23")).toBe("mon");
    expect(weekdayOf("2026-03-29")).toBe("sun");
    expect(firstDateOn("mon", "2026-11-23")).toBe("2026-11-23");
    expect(firstDateOn("sun", "2026-11-23")).toBe("2026-11-29");
  });

  it("says the schedule in Danish", () => {
    const base = { weekday: "tue" as const, startsOn: "2026-03-24", startTime: "10:00", endTime: "12:00" };
    expect(describeSchedule({ ...base, rrule: rruleFor("every-2-weeks", "tue") })).toBe(
      "Hver anden tirsdag kl. 10.00–12.00",
    );
    expect(describeSchedule({ ...base, rrule: rruleFor("monthly-1", "tue") })).toBe(
      "Første tirsdag i måneden kl. 10.00–12.00",
    );
    expect(describeSchedule({ ...base, rrule: rruleFor("once", "tue") })).toBe(
      "tirsdag den 24. marts 2026 kl. 10.00–12.00",
    );
  });
});
