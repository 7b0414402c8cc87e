import { describe, expect, it } from "vitest";
import {
  FREE_ACCOUNT_FAILURES,
  NETWORK_FAILURES,
  accountLockedUntil,
  loginLockedUntil,
  minutesUntil,
  networkLockedUntil,
} from "./login-throttle";

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 24, 9, minute, second));
const failuresAt = (...minutes: number[]) => minutes.map((m) => at(m));

describe("failed logins for one account", () => {
  it("lets someone who mistypes a few times keep trying at once", () => {
    expect(accountLockedUntil(failuresAt(0, 1, 2, 3))).toBeNull();
  });

  it(`makes the next try wait a minute after the ${FREE_ACCOUNT_FAILURES}th failure, and doubles the wait with each further failure`, () => {
    expect(accountLockedUntil(failuresAt(0, 0, 0, 0, 1))).toEqual(at(2));
    expect(accountLockedUntil(failuresAt(0, 0, 0, 0, 1, 2))).toEqual(at(4));
    expect(accountLockedUntil(failuresAt(0, 0, 0, 0, 1, 2, 3))).toEqual(at(7));
  });

  it("never waits more than a quarter of an hour", () => {
    expect(accountLockedUntil(failuresAt(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))).toEqual(at(16));
  });
});

describe("failed logins from one network", () => {
  it(`locks the network after ${NETWORK_FAILURES} failures until the oldest has left the 15 minutes`, () => {
    const failures = Array.from({ length: NETWORK_FAILURES }, (_, i) => at(0, i));
    expect(networkLockedUntil(failures.slice(1))).toBeNull();
    expect(networkLockedUntil(failures)).toEqual(at(15, 0));
  });
});

describe("whether a login may be tried now", () => {
  it("takes the later of the two waits, and none once they are over", () => {
    const account = failuresAt(0, 0, 0, 0, 1);
    const network = Array.from({ length: NETWORK_FAILURES }, () => at(1));
    expect(loginLockedUntil(account, [], at(1, 30))).toEqual(at(2));
    expect(loginLockedUntil(account, network, at(1, 30))).toEqual(at(16));
    expect(loginLockedUntil(account, [], at(2))).toBeNull();
  });

  it("says how many whole minutes are left, at least one", () => {
    expect(minutesUntil(at(16), at(1, 30))).toBe(15);
    expect(minutesUntil(at(2), at(1, 59))).toBe(1);
  });
});
