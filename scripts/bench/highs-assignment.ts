// The reference the exact solver is checked and measured against: the same problem as a
// linear program, solved by HiGHS. Bipartite b-matching constraints form a network
// matrix, so the LP optimum at a vertex is integral (0/1 per edge) without branching.
// Two phases give the lexicographic optimum without a big-M weight that would cost
// precision: first the most pairs k, then the most weight subject to Σx = k (a
// network matrix with one more flow constraint, still integral).
import type { IndexedProblem } from "../../app/domain/matching/assignment";

export type Highs = Awaited<ReturnType<typeof import("highs").default>>;

export interface ReferenceResult {
  matched: number;
  objective: number;
}

export async function loadHighs(): Promise<Highs> {
  return (await import("highs")).default();
}

export function solveWithHighs(highs: Highs, problem: IndexedProblem): ReferenceResult {
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, weight } = problem;
  const L = leftCapacity.length;
  const R = rightCapacity.length;
  const m = edgeLeft.length;
  if (m === 0) return { matched: 0, objective: 0 };

  const model = (cardinalityRow: number | null, cost: Float64Array) => {
    const rows = L + R + (cardinalityRow === null ? 0 : 1);
    const perColumn = cardinalityRow === null ? 2 : 3;
    const starts = new Int32Array(m + 1);
    const indices = new Int32Array(m * perColumn);
    const values = new Float64Array(m * perColumn).fill(1);
    for (let e = 0; e < m; e++) {
      starts[e] = e * perColumn;
      indices[e * perColumn] = edgeLeft[e]!;
      indices[e * perColumn + 1] = L + edgeRight[e]!;
      if (cardinalityRow !== null) indices[e * perColumn + 2] = L + R;
    }
    starts[m] = m * perColumn;
    const rowUpper = new Float64Array(rows);
    rowUpper.set(leftCapacity, 0);
    rowUpper.set(rightCapacity, L);
    const rowLower = new Float64Array(rows).fill(-highs.infinity);
    if (cardinalityRow !== null) {
      rowLower[L + R] = cardinalityRow;
      rowUpper[L + R] = cardinalityRow;
    }
    return highs.createModel({
      numCols: m,
      numRows: rows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: cost,
      colLower: new Float64Array(m),
      colUpper: new Float64Array(m).fill(1),
      rowLower,
      rowUpper,
      matrix: { format: "csc", numRows: rows, numCols: m, starts, indices, values },
    });
  };

  const solve = (cardinalityRow: number | null, cost: Float64Array): Float64Array => {
    const lp = model(cardinalityRow, cost);
    try {
      lp.options.set({ output_flag: false, solver: "simplex" });
      lp.run();
      if (lp.getModelStatus() !== highs.constants.modelStatus.optimal) {
        throw new Error(`HiGHS did not reach an optimum (status ${lp.getModelStatus()})`);
      }
      return lp.getSolution().colValue;
    } finally {
      lp.dispose();
    }
  };

  const chosen = (x: Float64Array) => {
    let matched = 0;
    let objective = 0;
    for (let e = 0; e < m; e++) {
      const value = x[e]!;
      if (Math.abs(value - Math.round(value)) > 1e-6) {
        throw new Error(`HiGHS returned a fractional edge (${value}); the LP should be integral`);
      }
      if (value > 0.5) {
        matched++;
        objective += weight[e]!;
      }
    }
    return { matched, objective };
  };

  const { matched } = chosen(solve(null, new Float64Array(m).fill(1)));
  return chosen(solve(matched, Float64Array.from(weight)));
}
