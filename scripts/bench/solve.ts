// Batch assignment: the whole `npm run match -- solve` process, the solve alone, and
// HiGHS on the same instance, which must reach the same optimum.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { indexProblem, solveAssignment } from "../../app/domain/matching/assignment";
import { parseAssignmentProblem } from "../../app/domain/matching/assignment-schema";
import { loadHighs, solveWithHighs } from "./highs-assignment";
import { generateMunicipality } from "./municipality";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED = 2026;
const CITIZENS = 5000;
const VOLUNTEERS = 3000;
const RUNS = 3;

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

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "bench-solve-"));
  try {
    const [problem, generateMs] = time(() => generateMunicipality({ seed: SEED, citizens: CITIZENS, volunteers: VOLUNTEERS }));
    const input = join(dir, "in.json");
    const output = join(dir, "out.json");
    writeFileSync(input, JSON.stringify(problem));

    // The contract's command without npm's own start-up (which is the same for any
    // script): `npm run match --` runs exactly `tsx scripts/match.ts`.
    const node = (args: string[]) => time(() => execFileSync(process.execPath, args, { cwd: ROOT, stdio: "pipe" }))[1];
    const processMs = median(
      Array.from({ length: 3 }, () => node(["--import", "tsx", "scripts/match.ts", "solve", "--input", input, "--output", output])),
    );
    const startupMs = median(Array.from({ length: 3 }, () => node(["--import", "tsx", "-e", ""])));
    const written = JSON.parse(readFileSync(output, "utf8")) as { matched: number; objective: number };

    // Where the time goes inside the process, step by step as the CLI does it.
    const [text, readMs] = time(() => readFileSync(input, "utf8"));
    const [json, parseMs] = time(() => JSON.parse(text) as unknown);
    const [parsed, validateMs] = time(() => parseAssignmentProblem(json));
    if (!parsed.success) throw new Error(`generated instance is invalid: ${parsed.error}`);
    const solveTimes: number[] = [];
    let result = solveAssignment(parsed.problem);
    for (let i = 0; i < RUNS; i++) {
      const [r, t] = time(() => solveAssignment(parsed.problem));
      result = r;
      solveTimes.push(t);
    }
    const solveMs = median(solveTimes);
    const [, writeMs] = time(() => writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`));

    const [highs, loadMs] = await (async () => {
      const start = performance.now();
      const h = await loadHighs();
      return [h, performance.now() - start] as const;
    })();
    const [reference, highsMs] = time(() => solveWithHighs(highs, indexProblem(problem)));
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

    const rightSlots = problem.right.reduce((sum, v) => sum + v.capacity, 0);
    return [
      "## Batch assignment (solve)",
      "",
      `Instance: seeded municipality (scripts/bench/municipality.ts, seed ${SEED}): ${CITIZENS.toLocaleString("en-US")} citizens,`,
      `${VOLUNTEERS.toLocaleString("en-US")} volunteers with ${rightSlots.toLocaleString("en-US")} places, ${problem.edges.length.toLocaleString("en-US")} candidate edges`,
      `(generated in ${ms(generateMs)}). Optimum: ${result.matched.toLocaleString("en-US")} pairs, objective ${result.objective.toFixed(6)};`,
      "HiGHS reached the same pairs and objective (to 1e-6), checked in this run.",
      "",
      "| what | time |",
      "|---|---|",
      `| whole \`solve\` process (\`node --import tsx scripts/match.ts solve\`, median of 3) | ${ms(processMs)} |`,
      `| of which: Node + tsx start-up (\`node --import tsx -e ""\`, median of 3) | ${ms(startupMs)} |`,
      `| read file | ${ms(readMs)} |`,
      `| JSON.parse | ${ms(parseMs)} |`,
      `| zod validation | ${ms(validateMs)} |`,
      `| solve (exact, in process, median of ${RUNS}) | ${ms(solveMs)} |`,
      `| write output | ${ms(writeMs)} |`,
      `| HiGHS: load WebAssembly | ${ms(loadMs)} |`,
      `| HiGHS: two-phase LP (most pairs, then most weight) | ${ms(highsMs)} |`,
      "",
      `Ratios in this run: HiGHS LP ÷ whole solve process = ${(highsMs / processMs).toFixed(1)}×;`,
      `HiGHS LP ÷ solve alone = ${(highsMs / solveMs).toFixed(1)}×.`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
