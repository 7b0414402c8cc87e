import { describe, expect, it } from "vitest";
import { freePlaces, refuseEnrolment } from "./enrolment";

const open = { status: "active" as const, capacity: 3, enrolled: 2 };

describe("refuseEnrolment", () => {
  it("lets a citizen take the last free place", () => {
    expect(refuseEnrolment({ activity: open, alreadyEnrolled: false, holdsPlace: false })).toBeNull();
  });

  it("refuses a full activity", () => {
    const full = { ...open, enrolled: 3 };
    expect(refuseEnrolment({ activity: full, alreadyEnrolled: false, holdsPlace: false })).toBe("full");
  });

  it("lets a citizen who said yes to a proposal sign up for a full activity: the place is already theirs", () => {
    const full = { ...open, enrolled: 3 };
    expect(refuseEnrolment({ activity: full, alreadyEnrolled: false, holdsPlace: true })).toBeNull();
  });

  it("refuses signing the same citizen up twice", () => {
    expect(refuseEnrolment({ activity: open, alreadyEnrolled: true, holdsPlace: false })).toBe("already_enrolled");
  });

  it("refuses a cancelled activity", () => {
    const cancelled = { ...open, status: "cancelled" as const };
    expect(refuseEnrolment({ activity: cancelled, alreadyEnrolled: false, holdsPlace: false })).toBe("not_active");
  });
});

describe("freePlaces", () => {
  it("counts the places left", () => {
    expect(freePlaces({ capacity: 12, enrolled: 5 })).toBe(7);
  });

  it("is never negative when an activity is overfilled", () => {
    expect(freePlaces({ capacity: 2, enrolled: 3 })).toBe(0);
  });
});
