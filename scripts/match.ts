// `npm run match -- solve --input in.json --output out.json`
// `npm run match -- suggest --input pool.json --output out.json [--limit N]`
//
// The command-line contract of DESIGN.md ("Matching"): other tools call this, so
// bad input always ends the same way — exit code 2 and exactly one Danish line on
// stderr, nothing on stdout — and a successful run writes only the output file.
// `solve` refuses a file that names the same left/right pair twice (see
// app/domain/matching/assignment-schema.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const USAGE =
  "Brug: npm run match -- solve --input in.json --output out.json " +
  "eller npm run match -- suggest --input pool.json --output out.json [--limit N] " +
  "(solve afviser samme left/right-par to gange)";

const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 1;

class BadInput extends Error {}

function fail(message: string): never {
  throw new BadInput(message);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** The option named in a node:util parseArgs error ("Option '-i, --input <value>' …" → "--input"). */
function optionIn(message: string): string {
  return /'(?:-[^-\s], )?(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: "string", short: "i" },
        output: { type: "string", short: "o" },
        limit: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    switch (errorCode(error)) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
        return fail(`ukendt flag ${optionIn(message)}. ${USAGE}`);
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
        return fail(`${optionIn(message)} mangler en værdi. ${USAGE}`);
      default:
        fail(`ugyldige argumenter. ${USAGE}`);
    }
  }
  return parsed;
}

function parseLimit(value: string | undefined, defaultLimit: number): number {
  if (value === undefined) return defaultLimit;
  const limit = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    fail(`--limit skal være et helt tal på mindst 1, ikke ${JSON.stringify(value)}`);
  }
  return limit;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") fail(`${path}: filen findes ikke`);
    if (code === "EACCES" || code === "EPERM") fail(`${path}: ingen adgang til filen`);
    if (code === "EISDIR") fail(`${path}: er en mappe, ikke en fil`);
    fail(`${path}: filen kan ikke læses (${code ?? "ukendt fejl"})`);
  }
  try {
    // Editors on Windows like to start UTF-8 files with a byte-order mark.
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    fail(`${path}: ugyldig JSON`);
  }
}

function writeJson(path: string, value: unknown): void {
  try {
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`, "utf8");
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT") fail(`${path}: mappen findes ikke`);
    if (code === "EACCES" || code === "EPERM") fail(`${path}: ingen adgang til at skrive filen`);
    if (code === "EISDIR") fail(`${path}: er en mappe, ikke en fil`);
    fail(`${path}: filen kan ikke skrives (${code ?? "ukendt fejl"})`);
  }
}

// Each command loads only its own modules: `solve` is timed as a whole process
// (docs/benchmarks.md), and the suggestion engine is most of the start-up.
async function suggest(values: { input?: string; output?: string; limit?: string }): Promise<void> {
  if (!values.input) fail(`--input mangler. ${USAGE}`);
  if (!values.output) fail(`--output mangler. ${USAGE}`);
  const { DEFAULT_LIMIT, suggestForPool } = await import("../app/domain/matching/suggest");
  const { parsePool } = await import("../app/domain/matching/pool-schema");
  const limit = parseLimit(values.limit, DEFAULT_LIMIT);
  const parsed = parsePool(readJson(values.input));
  if (!parsed.success) fail(`${values.input}: ${parsed.error}`);
  writeJson(values.output, suggestForPool(parsed.pool, { limit }));
}

async function solve(values: { input?: string; output?: string; limit?: string }): Promise<void> {
  if (!values.input) fail(`--input mangler. ${USAGE}`);
  if (!values.output) fail(`--output mangler. ${USAGE}`);
  if (values.limit !== undefined) fail(`--limit bruges kun med suggest. ${USAGE}`);
  const { assignmentResult, solveIndexed } = await import("../app/domain/matching/assignment");
  const { parseAssignmentProblem } = await import("../app/domain/matching/assignment-schema");
  const parsed = parseAssignmentProblem(readJson(values.input));
  if (!parsed.success) fail(`${values.input}: ${parsed.error}`);
  writeJson(values.output, assignmentResult(parsed.problem, solveIndexed(parsed.indexed)));
}

const COMMANDS: Record<string, (values: { input?: string; output?: string; limit?: string }) => Promise<void>> = {
  solve,
  suggest,
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...extra] = positionals;
  if (command === undefined) fail(`angiv en kommando. ${USAGE}`);
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) fail(`ukendt kommando ${JSON.stringify(command)}. ${USAGE}`);
  if (extra.length > 0) fail(`uventet argument ${JSON.stringify(extra[0])}. ${USAGE}`);
  await run(values);
  return 0;
}

/** Exactly one line, whatever the message quotes from the file or the arguments. */
function oneLine(message: string): string {
  return `Fejl: ${message}`.replace(/\s+/g, " ").trim();
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof BadInput) {
    process.stderr.write(`${oneLine(error.message)}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${oneLine(`uventet fejl: ${detail}`)}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
