// The solve input's edges take a fast path (isPlainEdge) past zod; it must never let
// through an edge zod refuses, nor refuse one zod takes as it is.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { assignmentEdgeSchema, isPlainEdge, parseAssignmentProblem } from "./assignment-schema";

const VALUES: unknown[] = [
  "c1", "", " ", 0, -0, 1, 0.5, 1.0000001, -1e-9, 2, 1e308, true, false, null, [], ["c1"], {}, { left: "c1" },
];

function randomEdge(random: () => number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  if (random() < 0.05) return pick(VALUES);
  const edge: Record<string, unknown> = {};
  if (random() < 0.9) edge.left = random() < 0.8 ? "c1" : pick(VALUES);
  if (random() < 0.9) edge.right = random() < 0.8 ? "v1" : pick(VALUES);
  if (random() < 0.9) edge.weight = random() < 0.7 ? random() : pick(VALUES);
  if (random() < 0.1) edge[pick(["extra", "Left", "__proto__", "constructor"])] = pick(VALUES);
  // Through JSON, as the CLI reads it: "__proto__" becomes an own key there.
  return JSON.parse(JSON.stringify(edge)) as unknown;
}

describe("the solve file's edges", () => {
  it("are accepted by the fast path exactly when zod accepts them", () => {
    const random = mulberry32(6);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const edge = randomEdge(random);
      const zod = assignmentEdgeSchema.safeParse(edge).success;
      expect({ edge, fast: isPlainEdge(edge) }).toEqual({ edge, fast: zod });
      if (zod) accepted++;
    }
    // Both outcomes were tried many times.
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(4000);
  });

  it("are refused one at a time, naming the first wrong edge in Danish", () => {
    const problem = (edges: unknown[]) => ({
      left: [{ id: "c1", capacity: 1 }],
      right: [{ id: "v1", capacity: 1 }, { id: "v2", capacity: 1 }],
      edges,
    });
    const ok = { left: "c1", right: "v1", weight: 0.5 };
    expect(parseAssignmentProblem(problem([ok, { ...ok, weight: 1.5 }]))).toEqual({
      success: false,
      error: "edges[1].weight: skal være mellem 0 og 1",
    });
    expect(parseAssignmentProblem(problem([ok, { ...ok, right: "v2", colour: "blå" }]))).toEqual({
      success: false,
      error: "edges[1].colour: ukendt felt",
    });
    expect(parseAssignmentProblem(problem([ok, { ...ok, right: "v3" }]))).toEqual({
      success: false,
      error: 'edges[1].right: ukendt id "v3" (findes ikke i right)',
    });
    expect(parseAssignmentProblem(problem([ok, { ...ok, right: "v2" }, { ...ok, weight: 0.1 }]))).toEqual({
      success: false,
      error: 'edges[2]: kanten "c1" – "v1" findes allerede (edges[0])',
    });
  });

  it("come back indexed for the solver, in file order", () => {
    const parsed = parseAssignmentProblem({
      left: [{ id: "a", capacity: 1 }, { id: "b", capacity: 2 }],
      right: [{ id: "x", capacity: 3 }],
      edges: [{ left: "b", right: "x", weight: 0.25 }, { left: "a", right: "x", weight: 1 }],
    });
    if (!parsed.success) throw new Error(parsed.error);
    expect(Array.from(parsed.indexed.edgeLeft)).toEqual([1, 0]);
    expect(Array.from(parsed.indexed.edgeRight)).toEqual([0, 0]);
    expect(Array.from(parsed.indexed.weight)).toEqual([0.25, 1]);
    expect(Array.from(parsed.indexed.leftCapacity)).toEqual([1, 2]);
    expect(Array.from(parsed.indexed.rightCapacity)).toEqual([3]);
  });
});
