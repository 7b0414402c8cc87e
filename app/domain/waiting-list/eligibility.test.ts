import { describe, expect, it } from "vitest";
import { relevantBarriers } from "../sharing/relevant-barriers";
import { type WaitingCandidate, isWaitingForVisitor, waitingLabel } from "./eligibility";

const waiting: WaitingCandidate = { status: "screened", format: "one_to_one", hasSharingConsent: true, proposals: [] };

describe("who is on the shared waiting list", () => {
  it("lists a screened citizen who wants a visiting friend and allowed sharing", () => {
    expect(isWaitingForVisitor(waiting)).toBe(true);
    expect(isWaitingForVisitor({ ...waiting, status: "in_progress", format: "either" })).toBe(true);
  });

  it("never lists a citizen without consent to share with associations", () => {
    expect(isWaitingForVisitor({ ...waiting, hasSharingConsent: false })).toBe(false);
  });

  it("leaves out citizens not yet screened, in follow-up or closed", () => {
    for (const status of ["referred", "contacted", "follow_up", "closed"] as const) {
      expect(isWaitingForVisitor({ ...waiting, status }), status).toBe(false);
    }
  });

  it("leaves out citizens who only want a group activity", () => {
    expect(isWaitingForVisitor({ ...waiting, format: "group" })).toBe(false);
  });

  it("leaves out citizens with an open proposal or an accepted volunteer", () => {
    expect(isWaitingForVisitor({ ...waiting, proposals: [{ kind: "activity", status: "proposed", answer: null }] })).toBe(false);
    expect(isWaitingForVisitor({ ...waiting, proposals: [{ kind: "volunteer", status: "accepted", answer: null }] })).toBe(false);
    expect(isWaitingForVisitor({ ...waiting, proposals: [{ kind: "volunteer", status: "accepted", answer: "yes" }] })).toBe(false);
  });

  it("lists them again when the association declined or the citizen said no", () => {
    expect(
      isWaitingForVisitor({
        ...waiting,
        proposals: [
          { kind: "volunteer", status: "declined", answer: null },
          { kind: "volunteer", status: "accepted", answer: "no" },
          { kind: "activity", status: "accepted", answer: "yes" },
        ],
      }),
    ).toBe(true);
  });
});

describe("the waiting time", () => {
  it("speaks in days for the first three weeks and in weeks after", () => {
    expect(waitingLabel("2026-11-23", "2026-11-23")).toBe("Kom på listen i dag");
    expect(waitingLabel("2026-11-22", "2026-11-23")).toBe("Har ventet 1 dag");
    expect(waitingLabel("2026-11-03", "2026-11-23")).toBe("Har ventet 20 dage");
    expect(waitingLabel("2026-10-19", "2026-11-23")).toBe("Har ventet 5 uger");
  });
});

describe("barriers shared with an association", () => {
  it("leaves a tight economy out of what a visiting friend is told", () => {
    expect(relevantBarriers("volunteer", ["wheelchair", "economy", "hearing"])).toEqual(["wheelchair", "hearing"]);
  });

  it("keeps it for an activity, where the price matters", () => {
    expect(relevantBarriers("activity", ["economy"])).toEqual(["economy"]);
  });
});
