// Batch assignment: the whole `npm run match -- solve` process, where its time goes, and
// HiGHS on the same instance, which must reach the same optimum.
//
// The instance is what the app's batch preview would hand the solver for a large rural
// municipality: a seeded pool (app/domain/matching/synthetic.ts, shape "rural"), every
// citizen's suggestions by the real rules and score, and each volunteer's free places.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { assignmentResult, solveIndexed } from "../../app/domain/matching/assignment";
import { parseAssignmentProblem } from "../../app/domain/matching/assignment-schema";
import { batchProblem } from "../../app/domain/matching/batch";
import { CandidateIndex } from "../../app/domain/matching/candidate-index";
import { suggestWithIndex } from "../../app/domain/matching/suggest";
import { generatePool } from "../../app/domain/matching/synthetic";
import { loadHighs, solveWithHighs } from "./highs-assignment";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED = 2026;
const CITIZENS = 5000;
const VOLUNTEERS = 3000;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ms`;
const count = (value: number) => value.toLocaleString("en-US");

function generateInstance() {
  const pool = generatePool({ seed: SEED, citizens: CITIZENS, volunteers: VOLUNTEERS, activities: 0, shape: "rural" });
  const index = new CandidateIndex(pool);
  const suggestions = pool.citizens.map((c) => suggestWithIndex(c, index, pool.settings, { limit: Number.MAX_SAFE_INTEGER }));
  return batchProblem(
    suggestions,
    pool.volunteers.map((v) => ({ kind: "volunteer", id: v.id, freePlaces: v.capacity - v.load })),
  );
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "bench-solve-"));
  try {
    const [problem, generateMs] = time(generateInstance);
    const input = join(dir, "in.json");
    const output = join(dir, "out.json");
    writeFileSync(input, JSON.stringify(problem));

    const timed = (command: string, args: string[]) =>
      median(Array.from({ length: RUNS }, () => time(() => execFileSync(command, args, { cwd: ROOT, stdio: "pipe" }))[1]));
    const solveArgs = ["solve", "--input", input, "--output", output];
    const npmMs = timed("npm", ["run", "--silent", "match", "--", ...solveArgs]);
    const written = JSON.parse(readFileSync(output, "utf8")) as { matched: number; objective: number };
    const nodeMs = timed(process.execPath, ["--import", "tsx", "scripts/match.ts", ...solveArgs]);
    const npmStartMs = timed("npm", ["--version"]);
    const tsxStartMs = timed(process.execPath, ["--import", "tsx", "-e", ""]);

    // Where the time goes inside the process, step by step as the CLI does it.
    const [text, readMs] = time(() => readFileSync(input, "utf8"));
    const [json, parseMs] = time(() => JSON.parse(text) as unknown);
    const [parsed, validateMs] = time(() => parseAssignmentProblem(json));
    if (!parsed.success) throw new Error(`generated instance is invalid: ${parsed.error}`);
    const solveTimes: number[] = [];
    let used = solveIndexed(parsed.indexed);
    for (let i = 0; i < RUNS; i++) {
      const [u, t] = time(() => solveIndexed(parsed.indexed));
      used = u;
      solveTimes.push(t);
    }
    const solveMs = median(solveTimes);
    const result = assignmentResult(parsed.problem, used);
    const [, writeMs] = time(() => writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`));

    const [highs, loadMs] = await (async () => {
      const start = performance.now();
      const h = await loadHighs();
      return [h, performance.now() - start] as const;
    })();
    const [reference, highsMs] = time(() => solveWithHighs(highs, parsed.indexed));
    const same =
      reference.matched === result.matched &&
      written.matched === result.matched &&
      Math.abs(reference.objective - result.objective) < 1e-6 &&
      Math.abs(written.objective - result.objective) < 1e-6;
    if (!same) {
      throw new Error(
        `optimum differs: solver ${result.matched}/${result.objective}, CLI ${written.matched}/${written.objective}, HiGHS ${reference.matched}/${reference.objective}`,
      );
    }

    const places = problem.right.reduce((sum, v) => sum + v.capacity, 0);
    const ratio = (value: number) => `${(highsMs / value).toFixed(1)}×`;
    return [
      "## Batch assignment (solve)",
      "",
      `Instance: a large rural municipality (synthetic.ts, shape "rural", seed ${SEED}): ${count(CITIZENS)} waiting citizens,`,
      `${count(VOLUNTEERS)} volunteers with ${count(places)} free places; the edges are every citizen's suggestions by the`,
      `real rules, weighted by score: ${count(problem.edges.length)} candidate edges (built in ${ms(generateMs)}).`,
      `Optimum: ${count(result.matched)} pairs, objective ${result.objective.toFixed(6)}; HiGHS reached the same pairs and`,
      "objective (to 1e-6), checked in this run. Process times are medians of " + `${RUNS} runs.`,
      "",
      "| what | time |",
      "|---|---|",
      `| **whole \`npm run match -- solve\` process** | **${ms(npmMs)}** |`,
      `| the same without npm (\`node --import tsx scripts/match.ts solve …\`) | ${ms(nodeMs)} |`,
      `| of which: npm's own start-up (\`npm --version\`) | ${ms(npmStartMs)} |`,
      `| of which: Node + tsx start-up (\`node --import tsx -e ""\`) | ${ms(tsxStartMs)} |`,
      `| read file | ${ms(readMs)} |`,
      `| JSON.parse | ${ms(parseMs)} |`,
      `| validation (zod) and indexing | ${ms(validateMs)} |`,
      `| **solve** (exact, in process, median of ${RUNS}) | **${ms(solveMs)}** |`,
      `| write output | ${ms(writeMs)} |`,
      `| HiGHS: load WebAssembly | ${ms(loadMs)} |`,
      `| HiGHS: two-phase LP (most pairs, then most weight) | ${ms(highsMs)} |`,
      "",
      `Ratios in this run: HiGHS LP ÷ whole \`npm run match -- solve\` process = **${ratio(npmMs)}** (target ≥ 30×);`,
      `HiGHS LP ÷ the process without npm = ${ratio(nodeMs)}; HiGHS LP ÷ solve alone = ${ratio(solveMs)}.`,
      `Solve alone: ${ms(solveMs)} (target < 100 ms).`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
