// Batch assignment: the whole `npm run match -- solve` process, where its time goes, and
// HiGHS on the same instance, which must reach the same optimum. Two instances:
//
// - the issue's batch (scripts/bench/municipality.ts): 5,000 citizens and 3,000
//   volunteers of a rural municipality with all their places free, edges by a simple
//   fixed rule — a congested batch of the size issue 6 names;
// - the app's pipeline: a seeded pool (app/domain/matching/synthetic.ts, shape
//   "rural") through the real rules and score, with today's free places, as the batch
//   preview builds it. Vetting, pauses and full volunteers leave far fewer pairs, so
//   HiGHS has less to do and the ratios are lower.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type AssignmentProblem, assignmentResult, solveIndexed } from "../../app/domain/matching/assignment";
import { parseAssignmentProblem } from "../../app/domain/matching/assignment-schema";
import { batchProblem } from "../../app/domain/matching/batch";
import { CandidateIndex } from "../../app/domain/matching/candidate-index";
import { suggestWithIndex } from "../../app/domain/matching/suggest";
import { generatePool } from "../../app/domain/matching/synthetic";
import { type Highs, loadHighs, solveWithHighs } from "./highs-assignment";
import { generateMunicipality } from "./municipality";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED = 2026;
const CITIZENS = 5000;
const VOLUNTEERS = 3000;
const RUNS = 5;
const WARM_UP = 3;
const SOLVE_RUNS = 9;

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

function appPipeline(): AssignmentProblem {
  const pool = generatePool({ seed: SEED, citizens: CITIZENS, volunteers: VOLUNTEERS, activities: 0, shape: "rural" });
  const index = new CandidateIndex(pool);
  const suggestions = pool.citizens.map((c) => suggestWithIndex(c, index, pool.settings, { limit: Number.MAX_SAFE_INTEGER }));
  return batchProblem(
    suggestions,
    pool.volunteers.map((v) => ({ kind: "volunteer", id: v.id, freePlaces: v.capacity - v.load })),
  );
}

interface Measured {
  edges: number;
  places: number;
  generateMs: number;
  matched: number;
  objective: number;
  npmMs: number;
  nodeMs: number;
  readMs: number;
  parseMs: number;
  validateMs: number;
  solveMs: number;
  firstSolveMs: number;
  writeMs: number;
  highsMs: number;
}

function measure(generate: () => AssignmentProblem, highs: Highs, dir: string): Measured {
  const [problem, generateMs] = time(generate);
  const input = join(dir, "in.json");
  const output = join(dir, "out.json");
  writeFileSync(input, JSON.stringify(problem));

  const timed = (command: string, args: string[]) =>
    median(Array.from({ length: RUNS }, () => time(() => execFileSync(command, args, { cwd: ROOT, stdio: "pipe" }))[1]));
  const solveArgs = ["solve", "--input", input, "--output", output];
  const npmMs = timed("npm", ["run", "--silent", "match", "--", ...solveArgs]);
  const written = JSON.parse(readFileSync(output, "utf8")) as { matched: number; objective: number };
  const nodeMs = timed(process.execPath, ["scripts/run-bundled.mjs", "scripts/match.ts", ...solveArgs]);

  // Where the time goes inside the process, step by step as the CLI does it.
  const [text, readMs] = time(() => readFileSync(input, "utf8"));
  const [json, parseMs] = time(() => JSON.parse(text) as unknown);
  const [parsed, validateMs] = time(() => parseAssignmentProblem(json));
  if (!parsed.success) throw new Error(`generated instance is invalid: ${parsed.error}`);
  // The first call is what a one-shot process pays (the JIT has not compiled the
  // search yet); the median after warm-up is the solver's own speed.
  const [firstUsed, firstSolveMs] = time(() => solveIndexed(parsed.indexed));
  let used = firstUsed;
  for (let i = 0; i < WARM_UP; i++) solveIndexed(parsed.indexed);
  const solveTimes: number[] = [];
  for (let i = 0; i < SOLVE_RUNS; i++) {
    const [u, t] = time(() => solveIndexed(parsed.indexed));
    used = u;
    solveTimes.push(t);
  }
  const result = assignmentResult(parsed.problem, used);
  const [, writeMs] = time(() => writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`));

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
  return {
    edges: problem.edges.length,
    places: problem.right.reduce((sum, v) => sum + v.capacity, 0),
    generateMs,
    matched: result.matched,
    objective: result.objective,
    npmMs,
    nodeMs,
    readMs,
    parseMs,
    validateMs,
    solveMs: median(solveTimes),
    firstSolveMs,
    writeMs,
    highsMs,
  };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "bench-solve-"));
  try {
    const [highs, loadMs] = await (async () => {
      const start = performance.now();
      const h = await loadHighs();
      return [h, performance.now() - start] as const;
    })();
    const timed = (command: string, args: string[]) =>
      median(Array.from({ length: RUNS }, () => time(() => execFileSync(command, args, { cwd: ROOT, stdio: "pipe" }))[1]));
    const npmStartMs = timed("npm", ["--version"]);
    const cliStartMs = timed(process.execPath, ["scripts/run-bundled.mjs", "scripts/match.ts", "--help"]);
    const issue = measure(() => generateMunicipality({ seed: SEED, citizens: CITIZENS, volunteers: VOLUNTEERS }), highs, dir);
    const app = measure(appPipeline, highs, dir);

    const ratio = (m: Measured, value: number) => `${(m.highsMs / value).toFixed(1)}×`;
    const row = (what: string, value: (m: Measured) => string) => `| ${what} | ${value(issue)} | ${value(app)} |`;
    return [
      "## Batch assignment (solve)",
      "",
      `Two instances of ${count(CITIZENS)} waiting citizens and ${count(VOLUNTEERS)} volunteers (seed ${SEED}); HiGHS reached the same`,
      "pairs and objective (to 1e-6) on both, checked in this run. Process times are medians of",
      `${RUNS} runs. **Issue's batch**: scripts/bench/municipality.ts, a rural municipality with every`,
      "volunteer's places free and edges by a fixed rule (distance, shared interest and time, car,",
      "gender). **App's pipeline**: a seeded rural pool (synthetic.ts) through the real rules and",
      "score with today's free places, as the batch preview builds it; unvetted, paused and full",
      "volunteers drop out, so far fewer pairs are possible and HiGHS has less to do.",
      "",
      "| what | issue's batch | app's pipeline |",
      "|---|---|---|",
      row("candidate edges", (m) => count(m.edges)),
      row("free places", (m) => count(m.places)),
      row("optimum: pairs / objective", (m) => `${count(m.matched)} / ${m.objective.toFixed(3)}`),
      row("instance generated in", (m) => ms(m.generateMs)),
      row("**whole `npm run match -- solve` process**", (m) => `**${ms(m.npmMs)}**`),
      row("the same without npm (`node scripts/run-bundled.mjs scripts/match.ts solve …`)", (m) => ms(m.nodeMs)),
      row("read file", (m) => ms(m.readMs)),
      row("JSON.parse", (m) => ms(m.parseMs)),
      row("validation (zod) and indexing", (m) => ms(m.validateMs)),
      row(`**solve** (exact, in process, median of ${SOLVE_RUNS} after ${WARM_UP} warm-up runs)`, (m) => `**${ms(m.solveMs)}**`),
      row("solve, first call on this instance (JIT not yet warm for it)", (m) => ms(m.firstSolveMs)),
      row("write output", (m) => ms(m.writeMs)),
      row("HiGHS: two-phase LP (most pairs, then most weight)", (m) => ms(m.highsMs)),
      row("**HiGHS LP ÷ whole `npm run match -- solve`** (target ≥ 30×)", (m) => `**${ratio(m, m.npmMs)}**`),
      row("HiGHS LP ÷ the process without npm", (m) => ratio(m, m.nodeMs)),
      row("HiGHS LP ÷ solve alone", (m) => ratio(m, m.solveMs)),
      "",
      `Fixed costs in every process: npm's own start-up (\`npm --version\`) ${ms(npmStartMs)}; Node loading the`,
      `bundled command (\`node scripts/run-bundled.mjs scripts/match.ts --help\`) ${ms(cliStartMs)}. HiGHS: loading its`,
      `WebAssembly ${ms(loadMs)} (not counted above).`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
