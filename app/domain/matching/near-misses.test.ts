import { describe, expect, it } from "vitest";
import { countNearMisses } from "./near-misses";
import type { Exclusion } from "./types";

const miss = (rule: Exclusion["rule"], id: string): Exclusion => ({ kind: "activity", id, rule, reason: "" });

describe("countNearMisses", () => {
  it("counts the near misses per rule, the most common first", () => {
    expect(
      countNearMisses([miss("no-shared-slot", "a1"), miss("not-step-free", "a2"), miss("not-step-free", "a3")]),
    ).toEqual([
      { rule: "not-step-free", label: "Ikke trinfri adgang", count: 2 },
      { rule: "no-shared-slot", label: "Intet fælles tidspunkt", count: 1 },
    ]);
  });

  it("breaks ties in the order the rules are checked, so the line never reshuffles", () => {
    expect(countNearMisses([miss("no-shared-slot", "a1"), miss("declined", "v1")]).map((c) => c.rule)).toEqual([
      "declined",
      "no-shared-slot",
    ]);
  });

  it("says nothing when there were no near misses", () => {
    expect(countNearMisses([])).toEqual([]);
  });
});
