// Exact batch assignment (DESIGN.md, "Command-line contract"): among all assignments
// that respect every capacity and use each edge at most once, the one with the most
// pairs, and among those the highest sum of weights.
//
// Method: min-cost max-flow by successive shortest paths (SSP), Dijkstra with Johnson
// potentials, on typed arrays. Network: s → left (cap = capacity, cost 0),
// left → right (cap 1, cost S − W), right → t (cap = capacity, cost 0), where
// W = round(weight · S) is the weight as an integer.
//
// Why this is the lexicographic optimum. Every flow of value k puts exactly k units on
// left → right edges, so its cost is k·S − ΣW: for a fixed number of pairs, least cost
// is most weight. SSP holds a least-cost flow of each value it passes through and we
// run it until no augmenting path is left at all, so it ends with the maximum number of
// pairs and, among flows of that value, the least cost = the most weight. (Stopping as
// soon as paths stop being "profitable" would maximise weight alone and could give up a
// pair; we never do that.) Integrality of min-cost flow gives a 0/1 choice per edge.
//
// Why integers: Dijkstra with potentials needs reduced costs that are exactly ≥ 0;
// with floats, a −1e-17 breaks that. S (weightScale) is 10^6 times the largest power of
// two that keeps every potential and distance an exact integer below 2^53. Weights with
// up to six decimals are then exact; any other weight moves by at most 1/(2S) (4e-9 for
// 8,000 nodes), and the reported objective is summed from the original weights. The
// only inexactness left: two assignments whose true weights differ by less than
// pairs/S may be ranked by their rounded weights instead.
//
// Speed (see docs/benchmarks.md): a left node that still has capacity keeps potential
// 0 for good (its distance from s is always 0), so "the cheapest first hop from any
// free left node into right node r" is the cheapest edge into r from a free left node,
// found by a pointer walking r's incoming edges sorted by cost. Each Dijkstra starts
// from the right nodes with those keys instead of scanning every free left node's
// edges, and stops as soon as t is settled; only settled nodes get new potentials.
// After each search, the other paths of the same length are taken by a depth-first
// search on zero reduced cost, without another Dijkstra.

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

/**
 * Solves a problem whose ids are unique and whose edges name only known ids, with
 * weights in [0, 1] and whole, non-negative capacities (the CLI's schema checks that).
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const m = problem.edges.length;
  const indexed = indexProblem(problem);
  const used = solveIndexed(indexed);
  const assignment: AssignmentResult["assignment"] = [];
  let objective = 0;
  for (let e = 0; e < m; e++) {
    if (!used[e]) continue;
    const edge = problem.edges[e]!;
    assignment.push({ left: edge.left, right: edge.right });
    objective += edge.weight;
  }
  return { assignment, matched: assignment.length, objective };
}

/** The problem as typed arrays of indices, in input order. */
export function indexProblem(problem: AssignmentProblem): IndexedProblem {
  const leftIndex = indexById(problem.left);
  const rightIndex = indexById(problem.right);
  const m = problem.edges.length;
  const indexed: IndexedProblem = {
    leftCapacity: Int32Array.from(problem.left, (n) => n.capacity),
    rightCapacity: Int32Array.from(problem.right, (n) => n.capacity),
    edgeLeft: new Int32Array(m),
    edgeRight: new Int32Array(m),
    weight: new Float64Array(m),
  };
  problem.edges.forEach((edge, e) => {
    const l = leftIndex.get(edge.left);
    const r = rightIndex.get(edge.right);
    if (l === undefined || r === undefined) {
      throw new Error(`edge ${e} names an unknown id`);
    }
    indexed.edgeLeft[e] = l;
    indexed.edgeRight[e] = r;
    indexed.weight[e] = edge.weight;
  });
  return indexed;
}

function indexById(nodes: readonly AssignmentNode[]): Map<string, number> {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node.id, i));
  return index;
}

/** The weight scale: a power of two small enough that every distance stays exact. */
export function weightScale(nodeCount: number): number {
  // Potentials and distances are sums along simple paths of at most nodeCount + 2
  // edges of cost at most S, plus the running offset G (itself such a distance);
  // a factor 8 of headroom keeps every intermediate sum far below 2^53.
  // A multiple of 10^6, so weights with up to six decimals (scores are shown with three)
  // become exact integers and equal sums stay equal: ties then come out as paths of
  // reduced cost 0, which one search can take together.
  return 1e6 * 2 ** Math.max(0, Math.min(20, Math.floor(Math.log2(2 ** 50 / 1e6 / (nodeCount + 2)))));
}

/** Returns, per edge, 1 if it is in the optimal assignment and 0 if not. */
export function solveIndexed(problem: IndexedProblem): Uint8Array {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, weight } = problem;
  const L = leftCapacity.length;
  const R = rightCapacity.length;
  const m = edgeLeft.length;
  const used = new Uint8Array(m);
  if (L === 0 || R === 0 || m === 0) return used;

  const S = weightScale(L + R);
  const cost = new Float64Array(m);
  for (let e = 0; e < m; e++) cost[e] = S - Math.round(weight[e]! * S);

  // CSR by left (forward edges) and by right, the latter sorted by cost so the first
  // usable entry is the cheapest hop from a free left node.
  const leftStart = csrStarts(edgeLeft, L);
  const leftEdges = csrFill(edgeLeft, leftStart);
  const rightStart = csrStarts(edgeRight, R);
  const rightEdges = csrFill(edgeRight, rightStart);
  for (let r = 0; r < R; r++) {
    const slice = rightEdges.subarray(rightStart[r]!, rightStart[r + 1]!);
    slice.sort((a, b) => cost[a]! - cost[b]! || a - b);
  }

  // The used edges into each right node, as a doubly linked list: a full volunteer
  // holds a handful of them among dozens of candidate edges.
  const usedHead = new Int32Array(R).fill(-1);
  const usedNext = new Int32Array(m);
  const usedPrev = new Int32Array(m);
  const take = (e: number) => {
    const r = edgeRight[e]!;
    used[e] = 1;
    usedPrev[e] = -1;
    usedNext[e] = usedHead[r]!;
    if (usedHead[r] !== -1) usedPrev[usedHead[r]!] = e;
    usedHead[r] = e;
  };
  const release = (e: number) => {
    used[e] = 0;
    const next = usedNext[e]!;
    const prev = usedPrev[e]!;
    if (prev === -1) usedHead[edgeRight[e]!] = next;
    else usedNext[prev] = next;
    if (next !== -1) usedPrev[next] = prev;
  };

  const leftFlow = new Int32Array(L);
  const rightFlow = new Int32Array(R);
  // Potentials minus the running offset G (see the update after each search).
  const qLeft = new Float64Array(L);
  const qRight = new Float64Array(R);
  let G = 0;
  const cheapest = new Int32Array(R); // pointer into rightEdges, per right node
  for (let r = 0; r < R; r++) cheapest[r] = rightStart[r]!;

  // Node ids in the search: left l → l, right r → L + r, t → L + R.
  const N = L + R + 1;
  const T = L + R;
  const dist = new Float64Array(N);
  const seen = new Int32Array(N); // search number that last labelled the node
  const done = new Int32Array(N); // search number that settled it
  const prevEdge = new Int32Array(N);
  const settled = new Int32Array(N);
  const heap = new MinHeap(m + 2 * N + 2);
  const visit = new Int32Array(N); // phase that visited the node in the zero-cost search
  const stack = new Int32Array(N);
  const cursor = new Int32Array(N); // next edge to try, per node on the stack

  let freeLeft = 0;
  for (let l = 0; l < L; l++) if (leftCapacity[l]! > 0) freeLeft++;
  let freeRightUnits = 0;
  for (let r = 0; r < R; r++) freeRightUnits += rightCapacity[r]!;

  const isFree = (l: number) => leftFlow[l]! < leftCapacity[l]!;

  for (let search = 1; freeLeft > 0 && freeRightUnits > 0; search++) {
    heap.clear();
    let settledCount = 0;
    const label = (v: number, d: number, e: number) => {
      if (seen[v] === search && dist[v]! <= d) return;
      seen[v] = search;
      dist[v] = d;
      prevEdge[v] = e;
      heap.push(d, v);
    };

    for (let r = 0; r < R; r++) {
      const e = firstCheapEdge(r);
      if (e >= 0) {
        heap.append(cost[e]! - qRight[r]! - G, L + r);
        seen[L + r] = search;
        dist[L + r] = cost[e]! - qRight[r]! - G;
        prevEdge[L + r] = e;
      }
    }
    heap.build();

    let reached = false;
    while (heap.size > 0) {
      const d = heap.topKey();
      // Nothing left in the heap is closer than t: stop before settling the (often
      // many, since scores tie) nodes at exactly t's distance.
      if (seen[T] === search && dist[T]! <= d) {
        reached = true;
        break;
      }
      const v = heap.pop();
      if (done[v] === search || dist[v] !== d) continue;
      done[v] = search;
      if (v === T) {
        reached = true;
        break;
      }
      settled[settledCount++] = v;
      if (v >= L) {
        const r = v - L;
        if (rightFlow[r]! < rightCapacity[r]!) label(T, d + qRight[r]!, r);
        // Back along a used edge to the left node that holds it: that node gives the
        // edge up and takes another one.
        for (let e = usedHead[r]!; e !== -1; e = usedNext[e]!) {
          const l = edgeLeft[e]!;
          if (isFree(l) || done[l] === search) continue;
          label(l, d - cost[e]! + qRight[r]! - qLeft[l]!, e);
        }
      } else {
        const l = v;
        for (let k = leftStart[l]!; k < leftStart[l + 1]!; k++) {
          const e = leftEdges[k]!;
          if (used[e]) continue;
          const r = edgeRight[e]!;
          if (done[L + r] === search) continue;
          label(L + r, d + cost[e]! + qLeft[l]! - qRight[r]!, e);
        }
      }
    }
    if (!reached) break;

    // p' = p + min(dist, D) for every node, written as q' = q + (dist − D) for the
    // settled nodes only and G += D for all: unsettled nodes have dist ≥ D.
    const D = dist[T]!;
    for (let i = 0; i < settledCount; i++) {
      const v = settled[i]!;
      if (v >= L) qRight[v - L]! += dist[v]! - D;
      else qLeft[v]! += dist[v]! - D;
    }
    G += D;

    augment(prevEdge[T]!);

    // Every other path of the same length is now a path of reduced cost 0 (scores tie
    // often, so there are many): take them without another Dijkstra. A depth-first
    // search on zero-reduced-cost residual edges, each node visited once per phase.
    // Any such path is a shortest path, so the flow stays least-cost for its value.
    // Every right node is tried as a start: the ties sit at exactly t's distance, where
    // the search stopped without settling them.
    for (let r = 0; r < R && freeLeft > 0 && freeRightUnits > 0; r++) {
      if (visit[L + r] === search) continue;
      const e0 = firstCheapEdge(r);
      if (e0 < 0 || cost[e0]! - qRight[r]! - G !== 0) continue;
      visit[L + r] = search;
      prevEdge[L + r] = e0;
      const end = zeroPathFrom(L + r, search);
      if (end >= 0) augment(end);
    }
  }
  return used;

  /** The cheapest unused edge into right node r from a left node with room, or −1. */
  function firstCheapEdge(r: number): number {
    let k = cheapest[r]!;
    const end = rightStart[r + 1]!;
    while (k < end) {
      const e = rightEdges[k]!;
      if (!used[e] && isFree(edgeLeft[e]!)) break;
      k++;
    }
    cheapest[r] = k;
    return k < end ? rightEdges[k]! : -1;
  }

  /** Depth-first from a right node along zero reduced cost; the right node that reaches t, or −1. */
  function zeroPathFrom(root: number, phase: number): number {
    let top = 0;
    stack[top++] = root;
    cursor[root] = usedHead[root - L]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (v >= L) {
        const r = v - L;
        if (rightFlow[r]! < rightCapacity[r]! && qRight[r] === 0) return r;
        let e = cursor[v]!;
        while (e !== -1) {
          const l = edgeLeft[e]!;
          if (visit[l] !== phase && !isFree(l) && qRight[r]! - cost[e]! - qLeft[l]! === 0) break;
          e = usedNext[e]!;
        }
        if (e === -1) {
          top--;
          continue;
        }
        cursor[v] = usedNext[e]!;
        const l = edgeLeft[e]!;
        visit[l] = phase;
        prevEdge[l] = e;
        cursor[l] = leftStart[l]!;
        stack[top++] = l;
      } else {
        const l = v;
        let k = cursor[l]!;
        const end = leftStart[l + 1]!;
        let e = -1;
        for (; k < end; k++) {
          const candidate = leftEdges[k]!;
          const r = edgeRight[candidate]!;
          if (!used[candidate] && visit[L + r] !== phase && cost[candidate]! + qLeft[l]! - qRight[r]! === 0) {
            e = candidate;
            break;
          }
        }
        if (e === -1) {
          top--;
          continue;
        }
        cursor[l] = k + 1;
        const r = edgeRight[e]!;
        visit[L + r] = phase;
        prevEdge[L + r] = e;
        cursor[L + r] = usedHead[r]!;
        stack[top++] = L + r;
      }
    }
    return -1;
  }

  /**
   * Pushes one unit along t ← r ← l ← r' ← l' … ← a left node with room, following
   * prevEdge. Searches never enter a left node with room except as the start, so the
   * first one on the way back is the start.
   */
  function augment(last: number): void {
    let r = last;
    rightFlow[r]!++;
    freeRightUnits--;
    for (;;) {
      const e = prevEdge[L + r]!;
      const l = edgeLeft[e]!;
      const start = isFree(l);
      take(e);
      if (start) {
        leftFlow[l]!++;
        if (!isFree(l)) {
          freeLeft--;
          // Its potential was 0 while it had room; from now on it is stored.
          qLeft[l] = -G;
        }
        return;
      }
      const back = prevEdge[l]!;
      release(back);
      r = edgeRight[back]!;
    }
  }
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

/** A binary min-heap of (key, node) pairs with lazy deletion and O(n) bulk build. */
class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** Appends without ordering; call build() before the first pop. */
  append(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key;
    this.nodes[this.size] = node;
    this.size++;
  }

  push(key: number, node: number): void {
    this.append(key, node);
    this.siftUp(this.size - 1);
  }

  build(): void {
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  topKey(): number {
    return this.keys[0]!;
  }

  pop(): number {
    const node = this.nodes[0]!;
    this.size--;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size]!;
      this.nodes[0] = this.nodes[this.size]!;
      this.siftDown(0);
    }
    return node;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }

  private siftUp(i: number): void {
    const { keys, nodes } = this;
    const key = keys[i]!;
    const node = nodes[i]!;
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

  private siftDown(i: number): void {
    const { keys, nodes, size } = this;
    const key = keys[i]!;
    const node = nodes[i]!;
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
  }
}
