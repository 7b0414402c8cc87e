// Proof by comparison (issue 6, point 4): the exact solver against exhaustive search on
// hundreds of small random instances and against the HiGHS LP solver on medium ones.
import { describe, expect, it } from "vitest";
import { loadHighs, solveWithHighs } from "../../../scripts/bench/highs-assignment";
import {
  indexProblem,
  solveAssignment,
  solveIndexed,
  weightScale,
  type AssignmentProblem,
  type IndexedProblem,
} from "./assignment";
import { mulberry32 as prng } from "../random";
import { batchProblem } from "./batch";
import { CandidateIndex } from "./candidate-index";
import { suggestWithIndex } from "./suggest";
import { generatePool } from "./synthetic";

type WeightKind = "random" | "ties" | "zero" | "ones";

function randomInstance(seed: number, size: { left: number; right: number; edges: number; maxCapacity: number }, weights: WeightKind): IndexedProblem {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const leftCapacity = Int32Array.from({ length: size.left }, () => int(size.maxCapacity + 1));
  const rightCapacity = Int32Array.from({ length: size.right }, () => int(size.maxCapacity + 1));
  const pairs = new Set<number>();
  const edgeLeft: number[] = [];
  const edgeRight: number[] = [];
  const limit = Math.min(size.edges, size.left * size.right);
  while (edgeLeft.length < limit) {
    const l = int(size.left);
    const r = int(size.right);
    if (pairs.has(l * size.right + r)) continue;
    pairs.add(l * size.right + r);
    edgeLeft.push(l);
    edgeRight.push(r);
  }
  const weight = Float64Array.from(edgeLeft, () => {
    switch (weights) {
      case "random":
        return random();
      case "ties":
        return [0, 0.25, 0.5, 0.75, 1][int(5)]!;
      case "zero":
        return 0;
      case "ones":
        return 1;
    }
  });
  return {
    leftCapacity,
    rightCapacity,
    edgeLeft: Int32Array.from(edgeLeft),
    edgeRight: Int32Array.from(edgeRight),
    weight,
  };
}

/** Every subset of edges that respects the capacities; the best by (pairs, weight). */
function bruteForce(problem: IndexedProblem): { matched: number; objective: number } {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, weight } = problem;
  const leftLoad = new Int32Array(leftCapacity.length);
  const rightLoad = new Int32Array(rightCapacity.length);
  let best = { matched: 0, objective: 0 };
  const visit = (e: number, matched: number, objective: number) => {
    if (e === edgeLeft.length) {
      if (matched > best.matched || (matched === best.matched && objective > best.objective)) {
        best = { matched, objective };
      }
      return;
    }
    visit(e + 1, matched, objective);
    const l = edgeLeft[e]!;
    const r = edgeRight[e]!;
    if (leftLoad[l]! < leftCapacity[l]! && rightLoad[r]! < rightCapacity[r]!) {
      leftLoad[l]!++;
      rightLoad[r]!++;
      visit(e + 1, matched + 1, objective + weight[e]!);
      leftLoad[l]!--;
      rightLoad[r]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Checks feasibility of the solver's choice and returns its (pairs, weight). */
function checkedSolve(problem: IndexedProblem): { matched: number; objective: number } {
  const used = solveIndexed(problem);
  const leftLoad = new Int32Array(problem.leftCapacity.length);
  const rightLoad = new Int32Array(problem.rightCapacity.length);
  let matched = 0;
  let objective = 0;
  used.forEach((chosen, e) => {
    if (!chosen) return;
    matched++;
    objective += problem.weight[e]!;
    leftLoad[problem.edgeLeft[e]!]!++;
    rightLoad[problem.edgeRight[e]!]!++;
  });
  leftLoad.forEach((load, l) => expect(load).toBeLessThanOrEqual(problem.leftCapacity[l]!));
  rightLoad.forEach((load, r) => expect(load).toBeLessThanOrEqual(problem.rightCapacity[r]!));
  return { matched, objective };
}

describe("exact assignment against exhaustive search", () => {
  const kinds: WeightKind[] = ["random", "ties", "zero", "ones"];
  const cases: { seed: number; kind: WeightKind; size: Parameters<typeof randomInstance>[1] }[] = [];
  for (let seed = 1; seed <= 400; seed++) {
    const random = prng(seed * 7919);
    cases.push({
      seed,
      kind: kinds[seed % kinds.length]!,
      size: {
        left: 1 + Math.floor(random() * 6),
        right: 1 + Math.floor(random() * 6),
        edges: 1 + Math.floor(random() * 14),
        maxCapacity: 1 + Math.floor(random() * 3),
      },
    });
  }

  it("finds the most pairs and, among those, the highest weight on 400 random instances", () => {
    for (const { seed, kind, size } of cases) {
      const problem = randomInstance(seed, size, kind);
      const expected = bruteForce(problem);
      const actual = checkedSolve(problem);
      expect({ seed, matched: actual.matched }).toEqual({ seed, matched: expected.matched });
      expect(Math.abs(actual.objective - expected.objective), `seed ${seed}`).toBeLessThan(1e-9);
    }
  });

  it("keeps the most pairs when all weights are zero", () => {
    // A 3-path l0–r0–l1–r1: the greedy first edge l1–r0 blocks a second pair.
    const problem: IndexedProblem = {
      leftCapacity: Int32Array.of(1, 1),
      rightCapacity: Int32Array.of(1, 1),
      edgeLeft: Int32Array.of(1, 0, 1),
      edgeRight: Int32Array.of(0, 0, 1),
      weight: Float64Array.of(0, 0, 0),
    };
    expect(checkedSolve(problem)).toEqual({ matched: 2, objective: 0 });
  });

  it("gives up weight for an extra pair", () => {
    // l0–r0 alone weighs 1.0, but l0–r1 + l1–r0 are two pairs worth 0.2.
    const problem: IndexedProblem = {
      leftCapacity: Int32Array.of(1, 1),
      rightCapacity: Int32Array.of(1, 1),
      edgeLeft: Int32Array.of(0, 0, 1),
      edgeRight: Int32Array.of(0, 1, 0),
      weight: Float64Array.of(1, 0.1, 0.1),
    };
    const used = solveIndexed(problem);
    expect(Array.from(used)).toEqual([0, 1, 1]);
  });

  it("prefers the heavier of two single pairs when only one fits", () => {
    // Citizens a and b both want only volunteer x: whoever is listed first must not win by order.
    const result = solveAssignment({
      left: [{ id: "a", capacity: 1 }, { id: "b", capacity: 1 }],
      right: [{ id: "x", capacity: 1 }],
      edges: [{ left: "a", right: "x", weight: 0.1 }, { left: "b", right: "x", weight: 0.9 }],
    });
    expect(result).toEqual({ assignment: [{ left: "b", right: "x" }], matched: 1, objective: 0.9 });
  });

  it("respects capacities above one on both sides", () => {
    const problem: AssignmentProblem = {
      left: [{ id: "c1", capacity: 2 }, { id: "c2", capacity: 1 }],
      right: [{ id: "v1", capacity: 2 }, { id: "v2", capacity: 1 }],
      edges: [
        { left: "c1", right: "v1", weight: 0.5 },
        { left: "c1", right: "v2", weight: 0.4 },
        { left: "c2", right: "v1", weight: 0.3 },
        { left: "c2", right: "v2", weight: 0.9 },
      ],
    };
    const result = solveAssignment(problem);
    expect(result.matched).toBe(3);
    expect(result.objective).toBeCloseTo(0.5 + 0.4 + 0.3, 12);
    expect(result.assignment).toEqual([
      { left: "c1", right: "v1" },
      { left: "c1", right: "v2" },
      { left: "c2", right: "v1" },
    ]);
  });

  it("handles empty input, isolated nodes and zero capacities", () => {
    expect(solveAssignment({ left: [], right: [], edges: [] })).toEqual({ assignment: [], matched: 0, objective: 0 });
    expect(
      solveAssignment({
        left: [{ id: "c1", capacity: 0 }, { id: "c2", capacity: 1 }, { id: "alone", capacity: 3 }],
        right: [{ id: "v1", capacity: 5 }, { id: "v0", capacity: 0 }],
        edges: [
          { left: "c1", right: "v1", weight: 1 },
          { left: "c2", right: "v0", weight: 1 },
          { left: "c2", right: "v1", weight: 0 },
        ],
      }),
    ).toEqual({ assignment: [{ left: "c2", right: "v1" }], matched: 1, objective: 0 });
  });
});

describe("the integer weight scale", () => {
  it("keeps six decimals exact for a municipality's batch and stays exact beyond it", () => {
    // 5,000 citizens, 3,000 volunteers: a multiple of 10^6.
    expect(weightScale(5000, 5000, 8001) % 1e6).toBe(0);
    expect(weightScale(20_000, 20_000, 32_001) % 1e6).toBe(0);
    // A national batch: coarser, but still a power of two whose worst case stays below 2^53.
    const s = weightScale(200_000, 200_000, 300_001);
    expect(s).toBeLessThan(1e6);
    expect(Math.log2(s) % 1).toBe(0);
    expect(200_001 * (200_000 + 300_001 + 2) * s * 8).toBeLessThanOrEqual(2 ** 53);
  });
});

describe("exact assignment against HiGHS", () => {
  it("agrees on pairs and objective to 1e-6 on medium random instances", async () => {
    const highs = await loadHighs();
    const kinds: WeightKind[] = ["random", "ties", "zero", "random"];
    for (let seed = 1; seed <= 24; seed++) {
      const problem = randomInstance(
        10_000 + seed,
        { left: 30, right: 20, edges: 120 + seed * 5, maxCapacity: 3 },
        kinds[seed % kinds.length]!,
      );
      const expected = solveWithHighs(highs, problem);
      const actual = checkedSolve(problem);
      expect({ seed, matched: actual.matched }).toEqual({ seed, matched: expected.matched });
      expect(Math.abs(actual.objective - expected.objective), `seed ${seed}`).toBeLessThan(1e-6);
    }
  });

  it("agrees on a municipality-shaped batch built by the real rules and score", async () => {
    const highs = await loadHighs();
    const pool = generatePool({ seed: 11, citizens: 400, volunteers: 240, activities: 0, shape: "rural" });
    const index = new CandidateIndex(pool);
    const problem = indexProblem(
      batchProblem(
        pool.citizens.map((c) => suggestWithIndex(c, index, pool.settings, { limit: Number.MAX_SAFE_INTEGER })),
        pool.volunteers.map((v) => ({ kind: "volunteer", id: v.id, freePlaces: v.capacity - v.load })),
      ),
    );
    if ("kind" in problem) throw new Error(problem.kind);
    const expected = solveWithHighs(highs, problem);
    const actual = checkedSolve(problem);
    // Some citizens wait, but the pool is not trivially empty or complete.
    expect(actual.matched).toBeGreaterThan(50);
    expect(actual.matched).toBeLessThan(400);
    expect(actual.matched).toBe(expected.matched);
    expect(Math.abs(actual.objective - expected.objective)).toBeLessThan(1e-6);
  });
});
