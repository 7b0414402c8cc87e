// Exact batch assignment (DESIGN.md, "Command-line contract"): among all assignments
// that respect every capacity and use each edge at most once, the one with the most
// pairs, and among those the highest sum of weights.
//
// Method: the shortest augmenting path algorithm for the rectangular assignment problem
// (Hungarian method with Dijkstra and potentials; Burkard, Dell'Amico & Martello,
// "Assignment Problems", ch. 4.4), one left unit at a time, on typed arrays. Every left
// node l also gets a "stay unmatched" arc straight to the sink at cost P, so every left
// unit is always routed somewhere; a pair (l, r) costs S − W with W = round(weight · S).
// Adding the units one by one, each along a least-cost augmenting path from it, keeps
// the routing of the units added so far least-cost (the residual graph never gets a
// negative cycle), so after the last unit it is least-cost over all routings.
//
// Why that is the lexicographic optimum: a routing with k pairs costs
// Σ(S − W) + P·(U − k), where U is the number of left units and 0 ≤ Σ(S − W) ≤ k·S.
// With P = (K + 1)·S, K the most pairs possible, one more pair always lowers the cost
// by more than any change of weights can raise it; among routings with equally many
// pairs, least cost is most weight. Integrality gives a 0/1 choice per edge.
//
// Why integers: Dijkstra with potentials needs reduced costs that are exactly ≥ 0; with
// floats, a −1e-17 breaks that. S (weightScale) is 10^6 times the largest power of two
// that keeps every potential and distance an exact integer below 2^53, so weights with
// up to six decimals are exact; the reported objective is summed from the original
// weights. (Only instances far beyond a municipality's size need S < 10^6; then weights
// are rounded to 1/S.)
//
// Speed (see docs/benchmarks.md): each search starts from one unit and stops as soon
// as the sink is settled, and only settled nodes get new potentials, so a citizen with
// a free volunteer nearby costs a handful of steps. Left nodes are taken fewest edges
// first: they claim their few candidates before the flexible ones compete for them,
// which keeps later augmenting paths short (the order changes the work, never the
// optimum).

export interface AssignmentNode {
  id: string;
  capacity: number;
}

export interface AssignmentEdge {
  left: string;
  right: string;
  weight: number;
}

export interface AssignmentProblem {
  left: AssignmentNode[];
  right: AssignmentNode[];
  edges: AssignmentEdge[];
}

export interface AssignmentResult {
  /** The chosen edges, in the order they appear in the input's `edges`. */
  assignment: { left: string; right: string }[];
  matched: number;
  objective: number;
}

/** The problem as indices and typed arrays; what the solver itself works on. */
export interface IndexedProblem {
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  weight: Float64Array;
}

/** Why a problem cannot be indexed: the first such place, in file order. */
export type IndexProblemError =
  | { kind: "duplicate-id"; side: "left" | "right"; index: number; earlier: number }
  | { kind: "unknown-id"; side: "left" | "right"; edge: number }
  | { kind: "duplicate-pair"; edge: number; earlier: number };

/**
 * Solves a problem whose ids are unique and whose edges name only known ids, each pair
 * once, with weights in [0, 1] and whole, non-negative capacities (the CLI's schema
 * checks all that).
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const indexed = indexProblem(problem);
  if ("kind" in indexed) throw new RangeError(`invalid assignment problem: ${JSON.stringify(indexed)}`);
  return assignmentResult(problem, solveIndexed(indexed));
}

/** The chosen edges of `problem`, given the solver's answer per edge. */
export function assignmentResult(problem: AssignmentProblem, used: Uint8Array): AssignmentResult {
  const assignment: AssignmentResult["assignment"] = [];
  let objective = 0;
  problem.edges.forEach((edge, e) => {
    if (!used[e]) return;
    assignment.push({ left: edge.left, right: edge.right });
    objective += edge.weight;
  });
  return { assignment, matched: assignment.length, objective };
}

/**
 * The problem as typed arrays of indices, in input order, or the first reason it has
 * none: a repeated id, an edge to an id that is not there, or a pair given twice (the
 * contract's "every edge used at most once" would otherwise let one pair count twice).
 */
export function indexProblem(problem: AssignmentProblem): IndexedProblem | IndexProblemError {
  const left = indexById(problem.left, "left");
  if ("kind" in left) return left;
  const right = indexById(problem.right, "right");
  if ("kind" in right) return right;
  const m = problem.edges.length;
  const edgeLeft = new Int32Array(m);
  const edgeRight = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const edge = problem.edges[e]!;
    const l = left.get(edge.left);
    if (l === undefined) return { kind: "unknown-id", side: "left", edge: e };
    const r = right.get(edge.right);
    if (r === undefined) return { kind: "unknown-id", side: "right", edge: e };
    edgeLeft[e] = l;
    edgeRight[e] = r;
    weight[e] = edge.weight;
  }
  const repeated = firstRepeatedPair(edgeLeft, edgeRight, problem.left.length, problem.right.length);
  if (repeated) return { kind: "duplicate-pair", ...repeated };
  return {
    leftCapacity: Int32Array.from(problem.left, (n) => n.capacity),
    rightCapacity: Int32Array.from(problem.right, (n) => n.capacity),
    edgeLeft,
    edgeRight,
    weight,
  };
}

function indexById(nodes: readonly AssignmentNode[], side: "left" | "right"): Map<string, number> | IndexProblemError {
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const earlier = index.get(nodes[i]!.id);
    if (earlier !== undefined) return { kind: "duplicate-id", side, index: i, earlier };
    index.set(nodes[i]!.id, i);
  }
  return index;
}

/** The first edge (in input order) whose pair an earlier edge already has. */
function firstRepeatedPair(edgeLeft: Int32Array, edgeRight: Int32Array, L: number, R: number) {
  // Edges grouped by left node, in input order within a group; a stamp per right node
  // says which left node last had an edge to it, and by which edge. No hashing: files
  // hold 100k edges.
  const start = csrStarts(edgeLeft, L);
  const byLeft = csrFill(edgeLeft, start);
  const stampLeft = new Int32Array(R).fill(-1);
  const stampEdge = new Int32Array(R);
  let first: { edge: number; earlier: number } | undefined;
  for (let l = 0; l < L; l++) {
    for (let k = start[l]!; k < start[l + 1]!; k++) {
      const e = byLeft[k]!;
      const r = edgeRight[e]!;
      if (stampLeft[r] !== l) {
        stampLeft[r] = l;
        stampEdge[r] = e;
      } else if (!first || e < first.edge) {
        first = { edge: e, earlier: stampEdge[r]! };
      }
    }
  }
  return first;
}

/**
 * The weight scale for a problem with this many left units, possible pairs and nodes:
 * 10^6 times the largest power of two (at most 2^20) that keeps every number the solver
 * meets an exact integer.
 */
export function weightScale(leftUnits: number, maxPairs: number, nodeCount: number): number {
  // A potential only ever falls, by at most one search's distance per search, and a
  // distance is at most P plus a path of nodeCount arcs of cost ≤ S; a factor 8 of
  // headroom keeps every sum of two of them below 2^53.
  const bound = 2 ** 50 / ((leftUnits + 1) * (maxPairs + nodeCount + 2));
  const k = Math.floor(Math.log2(bound / 1e6));
  return k >= 0 ? 1e6 * 2 ** Math.min(20, k) : 2 ** Math.floor(Math.log2(bound));
}

/** Returns, per edge, 1 if it is in the optimal assignment and 0 if not. */
export function solveIndexed(problem: IndexedProblem): Uint8Array {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, weight } = problem;
  const L = leftCapacity.length;
  const R = rightCapacity.length;
  const m = edgeLeft.length;
  const used = new Uint8Array(m);
  if (L === 0 || R === 0 || m === 0) return used;

  let leftUnits = 0;
  for (let l = 0; l < L; l++) leftUnits += leftCapacity[l]!;
  let rightUnits = 0;
  for (let r = 0; r < R; r++) rightUnits += rightCapacity[r]!;
  const maxPairs = Math.min(leftUnits, rightUnits, m);
  const S = weightScale(leftUnits, maxPairs, L + R + 1);
  const P = (maxPairs + 1) * S;
  const cost = new Float64Array(m);
  for (let e = 0; e < m; e++) cost[e] = S - Math.round(weight[e]! * S);

  const leftStart = csrStarts(edgeLeft, L);
  const leftEdges = csrFill(edgeLeft, leftStart);

  // The used edges into each right node, as a doubly linked list: a full volunteer
  // holds a handful of them among dozens of candidate edges.
  const usedHead = new Int32Array(R).fill(-1);
  const usedNext = new Int32Array(m);
  const usedPrev = new Int32Array(m);
  const rightFlow = new Int32Array(R);

  // Node ids in a search: left l → l, right r → L + r, the sink → L + R.
  const N = L + R + 1;
  const T = L + R;
  // Potentials, shifted by a constant after each search (reduced costs only use
  // differences, and the sink's potential then stays 0).
  const pot = new Float64Array(N);
  const dist = new Float64Array(N);
  const seen = new Int32Array(N); // search number that last labelled the node
  const done = new Int32Array(N); // search number that settled it
  // How a node was reached: a right node by the unused edge into it, a left node by
  // the used edge it gives up, the sink by right node r (r ≥ 0) or by left node l
  // staying unmatched (−1 − l).
  const via = new Int32Array(N);
  const settled = new Int32Array(N);
  // Each arc is relaxed at most once per search: one entry per edge and node is enough.
  const heap = new MinHeap(m + 2 * N);

  let search = 0;
  for (const u of fewestEdgesFirst(leftStart, L)) {
    if (leftCapacity[u]! === 0 || leftStart[u + 1] === leftStart[u]) continue;
    // u is new to the graph (no arc leads into it yet): a potential that makes its own
    // arcs' reduced costs non-negative.
    let pu = -P;
    for (let k = leftStart[u]!; k < leftStart[u + 1]!; k++) {
      const e = leftEdges[k]!;
      pu = Math.max(pu, pot[L + edgeRight[e]!]! - cost[e]!);
    }
    pot[u] = pu;

    for (let unit = 0; unit < leftCapacity[u]!; unit++) {
      search++;
      heap.clear();
      let settledCount = 0;
      seen[u] = search;
      dist[u] = 0;
      heap.push(0, u);

      while (heap.size > 0) {
        const d = heap.topKey();
        // Nothing left is closer than the sink: its path is a shortest one.
        if (seen[T] === search && dist[T]! <= d) break;
        const v = heap.pop();
        if (done[v] === search || dist[v] !== d) continue;
        done[v] = search;
        settled[settledCount++] = v;
        if (v >= L) {
          const r = v - L;
          if (rightFlow[r]! < rightCapacity[r]!) relax(T, d + pot[v]!, r);
          // Back along a used edge: its left node gives the edge up and goes on.
          for (let e = usedHead[r]!; e !== -1; e = usedNext[e]!) {
            const l = edgeLeft[e]!;
            if (done[l] !== search) relax(l, d - cost[e]! + pot[v]! - pot[l]!, e);
          }
        } else {
          relax(T, d + P + pot[v]!, -1 - v);
          // The hot loop (most of the solve's time), so `relax` is written out here.
          const base = d + pot[v]!;
          for (let k = leftStart[v]!, end = leftStart[v + 1]!; k < end; k++) {
            const e = leftEdges[k]!;
            if (used[e]) continue;
            const w = L + edgeRight[e]!;
            const nd = base + cost[e]! - pot[w]!;
            if (seen[w] === search) {
              if (dist[w]! <= nd || done[w] === search) continue;
            } else seen[w] = search;
            dist[w] = nd;
            via[w] = e;
            heap.push(nd, w);
          }
        }
      }

      // p' = p + min(dist, D) − D: only settled nodes (dist ≤ D) change.
      const D = dist[T]!;
      for (let i = 0; i < settledCount; i++) {
        const v = settled[i]!;
        pot[v]! += dist[v]! - D;
      }
      if (!augment(u)) break; // u stays unmatched, and so would its other units
    }
  }
  return used;

  function relax(v: number, d: number, how: number): void {
    if (seen[v] === search && dist[v]! <= d) return;
    seen[v] = search;
    dist[v] = d;
    via[v] = how;
    heap.push(d, v);
  }

  /** Moves one unit of u along the path found; false if it is u's own "stay unmatched". */
  function augment(u: number): boolean {
    const end = via[T]!;
    let l: number;
    if (end >= 0) {
      rightFlow[end]!++;
      l = take(via[L + end]!);
    } else {
      l = -1 - end;
      if (l === u) return false;
    }
    while (l !== u) {
      const given = via[l]!;
      release(given);
      l = take(via[L + edgeRight[given]!]!);
    }
    return true;
  }

  /** Marks e used; returns its left node. */
  function take(e: number): number {
    const r = edgeRight[e]!;
    used[e] = 1;
    usedPrev[e] = -1;
    usedNext[e] = usedHead[r]!;
    if (usedHead[r] !== -1) usedPrev[usedHead[r]!] = e;
    usedHead[r] = e;
    return edgeLeft[e]!;
  }

  function release(e: number): void {
    used[e] = 0;
    const next = usedNext[e]!;
    const prev = usedPrev[e]!;
    if (prev === -1) usedHead[edgeRight[e]!] = next;
    else usedNext[prev] = next;
    if (next !== -1) usedPrev[next] = prev;
  }
}

/** Left node ids sorted by their number of edges, ties by id (a counting sort). */
function fewestEdgesFirst(leftStart: Int32Array, L: number): Int32Array {
  let maxDegree = 0;
  for (let l = 0; l < L; l++) maxDegree = Math.max(maxDegree, leftStart[l + 1]! - leftStart[l]!);
  const byDegree = new Int32Array(L);
  for (let l = 0; l < L; l++) byDegree[l] = leftStart[l + 1]! - leftStart[l]!;
  return csrFill(byDegree, csrStarts(byDegree, maxDegree + 1));
}

function csrStarts(owner: Int32Array, count: number): Int32Array {
  const start = new Int32Array(count + 1);
  for (let e = 0; e < owner.length; e++) start[owner[e]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  return start;
}

function csrFill(owner: Int32Array, start: Int32Array): Int32Array {
  const next = start.slice(0, -1);
  const edges = new Int32Array(owner.length);
  for (let e = 0; e < owner.length; e++) edges[next[owner[e]!]!++] = e;
  return edges;
}

/** A binary min-heap of (key, node) pairs with lazy deletion, of a fixed capacity. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const size = --this.size;
    if (size === 0) return top;
    const key = keys[size]!;
    const node = nodes[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}
