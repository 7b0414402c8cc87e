import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt, retryDelayMs } from "./retry";

const now = new Date("2026-11-24T08:00:00Z");
const minutes = (n: number) => n * 60 * 1000;

describe("retrying a failed email", () => {
  it("waits 30 seconds, then doubles the wait after each failure", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, minutes(1), minutes(2), minutes(4), minutes(8)]);
  });

  it("never waits more than an hour between tries", () => {
    expect(retryDelayMs(8)).toBe(minutes(60));
    expect(retryDelayMs(29)).toBe(minutes(60));
  });

  it("keeps trying through an outage of about a day before giving up", () => {
    let waited = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) waited += retryDelayMs(attempts);
    expect(waited).toBeGreaterThanOrEqual(minutes(23 * 60));
    expect(waited).toBeLessThanOrEqual(minutes(25 * 60));
    expect(nextAttemptAt(MAX_ATTEMPTS - 1, "unreachable", now)).not.toBeNull();
    expect(nextAttemptAt(MAX_ATTEMPTS, "unreachable", now)).toBeNull();
  });

  it("schedules the next try from the time of the failure", () => {
    expect(nextAttemptAt(2, "temporary", now)).toEqual(new Date(now.getTime() + minutes(1)));
  });

  it("gives up at once on an address the server says does not exist", () => {
    expect(nextAttemptAt(1, "recipient", now)).toBeNull();
    expect(nextAttemptAt(1, "rejected", now)).toBeNull();
  });
});
