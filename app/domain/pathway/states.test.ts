import { describe, expect, it } from "vitest";
import { PATHWAY_STATUSES, decideTransition, nextSteps, referrerStatus } from "./states";

describe("pathway state machine", () => {
  it("walks a citizen through all six steps to a close", () => {
    const steps = ["referred", "contacted", "screened", "in_progress", "follow_up", "closed"] as const;
    for (let i = 1; i < steps.length; i++) {
      const decision = decideTransition({
        from: steps[i - 1]!,
        to: steps[i]!,
        role: "coordinator",
        closeReason: "matched_thriving",
      });
      expect(decision).toEqual({
        ok: true,
        to: steps[i],
        closeReason: steps[i] === "closed" ? "matched_thriving" : null,
      });
    }
  });

  it("refuses skipping from referral straight to follow-up", () => {
    expect(decideTransition({ from: "referred", to: "follow_up", role: "coordinator" })).toEqual({
      ok: false,
      refusal: { code: "not_allowed", from: "referred", to: "follow_up" },
    });
  });

  it("refuses staying on the same step", () => {
    expect(decideTransition({ from: "screened", to: "screened", role: "coordinator" }).ok).toBe(false);
  });

  it("lets only coordinators run a pathway, but an administrator may close one", () => {
    expect(decideTransition({ from: "referred", to: "contacted", role: "admin" })).toEqual({
      ok: false,
      refusal: { code: "role", to: "contacted" },
    });
    expect(decideTransition({ from: "referred", to: "contacted", role: "homecare" }).ok).toBe(false);
    expect(
      decideTransition({ from: "in_progress", to: "closed", role: "admin", closeReason: "died" }).ok,
    ).toBe(true);
    expect(
      decideTransition({ from: "in_progress", to: "closed", role: "homecare", closeReason: "moved" }).ok,
    ).toBe(false);
  });

  it("needs a reason to close, and ignores one given for any other step", () => {
    expect(decideTransition({ from: "contacted", to: "closed", role: "coordinator" })).toEqual({
      ok: false,
      refusal: { code: "close_reason_required" },
    });
    expect(
      decideTransition({ from: "contacted", to: "screened", role: "coordinator", closeReason: "declined" }),
    ).toEqual({ ok: true, to: "screened", closeReason: null });
  });

  it("can close from every open step and reopen a closed pathway", () => {
    for (const from of PATHWAY_STATUSES.filter((s) => s !== "closed")) {
      expect(nextSteps(from, "coordinator")).toContain("closed");
    }
    expect(nextSteps("closed", "coordinator")).toEqual(["contacted"]);
    expect(nextSteps("closed", "admin")).toEqual([]);
  });

  it("offers follow-up only after the pathway is in progress, and continuing after it", () => {
    expect(nextSteps("screened", "coordinator")).toEqual(["in_progress", "closed"]);
    expect(nextSteps("follow_up", "coordinator")).toEqual(["in_progress", "closed"]);
  });

  it("tells referrers only four coarse steps", () => {
    expect(PATHWAY_STATUSES.map(referrerStatus)).toEqual([
      "received",
      "contacted",
      "in_progress",
      "in_progress",
      "in_progress",
      "closed",
    ]);
  });
});
