import { describe, expect, it } from "vitest";
import { schedulePreview } from "./schedule-preview";

const filled = { repeat: "every-2-weeks", startsOn: "2026-12-01", endsOn: "", startTime: "10:00", endTime: "12:00" };

describe("the schedule preview under the activity form", () => {
  it("reads the repeat, the weekday of the first date and the times in Danish", () => {
    expect(schedulePreview(filled)).toBe("Hver anden tirsdag kl. 10.00–12.00, første gang 1. december 2026");
  });

  it("names the last date when there is one", () => {
    expect(schedulePreview({ ...filled, repeat: "monthly-1", endsOn: "2027-06-01" })).toBe(
      "Første tirsdag i måneden kl. 10.00–12.00, første gang 1. december 2026, sidste gang 1. juni 2027",
    );
  });

  it("gives a one-off its full date", () => {
    expect(schedulePreview({ ...filled, repeat: "once", endsOn: "2027-06-01" })).toBe(
      "tirsdag den 1. december 2026 kl. 10.00–12.00",
    );
  });

  it("waits until the fields can be read", () => {
    expect(schedulePreview({ ...filled, startsOn: "" })).toBeNull();
    expect(schedulePreview({ ...filled, startsOn: "2026-02-31" })).toBeNull();
    expect(schedulePreview({ ...filled, endTime: "1" })).toBeNull();
    expect(schedulePreview({ ...filled, repeat: undefined })).toBeNull();
  });
});
