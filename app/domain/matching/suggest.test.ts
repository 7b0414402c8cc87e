import { describe, expect, it } from "vitest";
import { solveAssignment } from "./assignment";
import { DEFAULT_LIMIT, suggestForCitizen, suggestForPool } from "./suggest";
import { activity as baseActivity, citizen, north, settings, volunteer as baseVolunteer } from "./test-fixtures";
import type { ActivityProfile, MatchPool, VolunteerProfile } from "./types";

// The shared fixtures, named by id first: these tests build pools of many candidates.
const volunteer = (id: string, overrides: Partial<VolunteerProfile> = {}) => baseVolunteer({ id, ...overrides });
const activity = (id: string, overrides: Partial<ActivityProfile> = {}) => baseActivity({ id, ...overrides });

describe("suggestions for one citizen", () => {
  it("ranks candidates best first", () => {
    const result = suggestForCitizen(
      citizen(),
      {
        volunteers: [
          volunteer("far", north(4.5)),
          volunteer("near", north(0.5)),
          volunteer("both", { ...north(0.5), interests: ["havearbejde", "kortspil"], slots: ["tue-am", "thu-pm"] }),
        ],
        activities: [],
      },
      settings,
    );
    expect(result.candidates.map((c) => c.id)).toEqual(["both", "near", "far"]);
    const scores = result.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("breaks ties by kind, then id", () => {
    const same = { interests: ["havearbejde"], slots: ["tue-am" as const] };
    const result = suggestForCitizen(
      citizen(),
      {
        volunteers: [volunteer("v2"), volunteer("v10"), volunteer("v1")],
        activities: [
          activity("a2", { ...same, capacity: 2, enrolled: 1 }),
          activity("a1", { ...same, capacity: 2, enrolled: 1 }),
        ],
      },
      settings,
    );
    expect(new Set(result.candidates.map((c) => c.score)).size).toBe(1);
    expect(result.candidates.map((c) => `${c.kind}:${c.id}`)).toEqual([
      "activity:a1",
      "activity:a2",
      "volunteer:v1",
      "volunteer:v10",
      "volunteer:v2",
    ]);
  });

  it("orders candidates with equal scores activity before volunteer", () => {
    const onlyDistance = { interest: 0, distance: 1, time: 0, format: 0, load: 0, waiting: 0 };
    const result = suggestForCitizen(
      citizen(),
      { volunteers: [volunteer("v1")], activities: [activity("z9")] },
      settings,
      { weights: onlyDistance },
    );
    expect(result.candidates.map((c) => `${c.kind}:${c.id}`)).toEqual(["activity:z9", "volunteer:v1"]);
    expect(result.candidates[0]!.score).toBe(result.candidates[1]!.score);
  });

  it("returns at most 20 candidates unless told otherwise", () => {
    const volunteers = Array.from({ length: 25 }, (_, i) => volunteer(`v${String(i).padStart(2, "0")}`, north(0.1 * i)));
    const pool = { volunteers, activities: [] };
    expect(DEFAULT_LIMIT).toBe(20);
    const all = suggestForCitizen(citizen(), pool, settings);
    expect(all.candidates).toHaveLength(20);
    expect(all.candidates.at(-1)!.id).toBe("v19");
    const three = suggestForCitizen(citizen(), pool, settings, { limit: 3 });
    expect(three.candidates.map((c) => c.id)).toEqual(["v00", "v01", "v02"]);
  });

  it("does not limit the excluded list", () => {
    const volunteers = Array.from({ length: 25 }, (_, i) => volunteer(`v${i}`, { status: "paused" }));
    const result = suggestForCitizen(citizen(), { volunteers, activities: [] }, settings, { limit: 1 });
    expect(result.candidates).toEqual([]);
    expect(result.excluded).toHaveLength(25);
  });

  it("refuses a negative or fractional limit", () => {
    const pool = { volunteers: [], activities: [] };
    expect(() => suggestForCitizen(citizen(), pool, settings, { limit: -1 })).toThrow(RangeError);
    expect(() => suggestForCitizen(citizen(), pool, settings, { limit: 2.5 })).toThrow(RangeError);
  });

  it("lists near misses with their first broken rule and only counts those out of reach", () => {
    const result = suggestForCitizen(
      citizen({ barriers: ["wheelchair"], declined: ["v3"] }),
      {
        volunteers: [
          volunteer("v1"),
          volunteer("v2", { ...north(6), status: "paused" }),
          volunteer("v3"),
          volunteer("v4", { load: 2 }),
        ],
        activities: [
          activity("a1"),
          activity("a2", { stepFree: false }),
          activity("a3", north(11)),
          activity("a4", { ...north(11), stepFree: false }),
        ],
      },
      settings,
    );
    expect(result.citizen).toBe("c1");
    expect(result.candidates.map((c) => c.id).sort()).toEqual(["a1", "v1"]);
    expect(result.excluded).toEqual([
      {
        kind: "activity",
        id: "a2",
        rule: "not-step-free",
        reason: "Aktiviteten har ikke trinfri adgang, og borgeren bruger kørestol",
      },
      {
        kind: "volunteer",
        id: "v3",
        rule: "declined",
        reason: "Borgeren har tidligere sagt nej tak til denne frivillige",
      },
      {
        kind: "volunteer",
        id: "v4",
        rule: "volunteer-full",
        reason: "Den frivillige har ikke plads til flere borgere (har 2, plads til 2)",
      },
    ]);
    expect(result.outOfReach).toBe(3);
  });

  it("keeps the distance with each candidate for the app", () => {
    const result = suggestForCitizen(citizen(), { volunteers: [volunteer("v1", north(3))], activities: [] }, settings);
    expect(result.candidates[0]!.distanceKm).toBeCloseTo(3, 9);
    expect(result.candidates[0]!.reasons).toContain("3,0 km væk");
  });

  it("rounds scores to three decimals", () => {
    const result = suggestForCitizen(citizen(), { volunteers: [volunteer("v1", north(2.5))], activities: [] }, settings);
    const score = result.candidates[0]!.score;
    expect(score).toBe(0.602);
    expect(Math.round(score * 1000) / 1000).toBe(score);
  });

  it("ranks by the municipality's weights when given", () => {
    const pool = {
      volunteers: [
        volunteer("near-stranger", { ...north(0.2), interests: ["fodbold"] }),
        volunteer("far-friend", { ...north(4.5), interests: ["havearbejde", "kortspil"] }),
      ],
      activities: [],
    };
    expect(suggestForCitizen(citizen(), pool, settings).candidates[0]!.id).toBe("far-friend");
    const distanceOnly = { interest: 0, distance: 1, time: 0, format: 0, load: 0, waiting: 0 };
    expect(suggestForCitizen(citizen(), pool, settings, { weights: distanceOnly }).candidates[0]!.id).toBe(
      "near-stranger",
    );
  });
});

describe("suggestions for a pool file", () => {
  const pool: MatchPool = {
    settings,
    citizens: [citizen({ id: "c1" }), citizen({ id: "c2", format: "group" })],
    volunteers: [volunteer("v1"), volunteer("v2", north(9))],
    activities: [activity("a1")],
  };

  it("writes one result per citizen with exactly the documented fields", () => {
    const { results } = suggestForPool(pool);
    expect(results.map((r) => r.citizen)).toEqual(["c1", "c2"]);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(["candidates", "citizen", "excluded", "outOfReach"]);
      for (const c of result.candidates) expect(Object.keys(c).sort()).toEqual(["id", "kind", "reasons", "score"]);
      for (const e of result.excluded) expect(Object.keys(e).sort()).toEqual(["id", "kind", "reason", "rule"]);
    }
    expect(results[1]).toMatchObject({
      citizen: "c2",
      candidates: [{ kind: "activity", id: "a1" }],
      excluded: [{ kind: "volunteer", id: "v1", rule: "format" }],
      outOfReach: 1,
    });
  });

  it("passes the limit on to every citizen", () => {
    const { results } = suggestForPool(pool, { limit: 1 });
    expect(results[0]!.candidates).toHaveLength(1);
  });

  it("serialises to the shape of the DESIGN.md example", () => {
    const json = JSON.parse(JSON.stringify(suggestForPool(pool)));
    expect(json.results[0].candidates[0]).not.toHaveProperty("distanceKm");
  });
});

describe("waiting time across citizens", () => {
  const pool = {
    volunteers: [volunteer("v1", { capacity: 1, load: 0 })],
    activities: [],
  };

  it("does not change the order of one citizen's candidates", () => {
    const volunteers = [volunteer("far", north(4.5)), volunteer("near", north(0.5)), volunteer("mid", north(2))];
    const order = (waitingSince?: string) =>
      suggestForCitizen(citizen({ waitingSince }), { volunteers, activities: [] }, settings).candidates.map((c) => c.id);
    expect(order("2026-05-01")).toEqual(order("2026-11-20"));
  });

  it("gives the last volunteer to the citizen who has waited longest, when all else is equal", () => {
    const ingrid = citizen({ id: "ingrid", format: "one_to_one", waitingSince: "2026-11-02" });
    const jens = citizen({ id: "jens", format: "one_to_one", waitingSince: "2026-06-15" });
    // Either order of the waiting list: the solver must not simply take the first.
    for (const waiting of [[ingrid, jens], [jens, ingrid]]) {
      const edges = waiting.flatMap((c) =>
        suggestForCitizen(c, pool, settings).candidates.map((candidate) => ({
          left: c.id,
          right: candidate.id,
          weight: candidate.score,
        })),
      );
      const solution = solveAssignment({
        left: waiting.map((c) => ({ id: c.id, capacity: 1 })),
        right: [{ id: "v1", capacity: 1 }],
        edges,
      });
      expect(solution.assignment).toEqual([{ left: "jens", right: "v1" }]);
    }
  });
});
