// `node scripts/run-bundled.mjs scripts/match.ts …args`: runs a TypeScript command-line
// tool from a single JavaScript bundle that esbuild keeps up to date in
// node_modules/.cache, instead of through tsx.
//
// Why: `npm run match -- solve` is timed as a whole process against HiGHS (issue 6,
// docs/benchmarks.md). Under tsx every module, zod's dozens included, passes through a
// loader thread, which costs several hundred milliseconds per start; a bundle loads as one
// plain file. The bundle is rebuilt when any file it was built from (sources and
// node_modules alike, as esbuild's metafile lists them) is newer than it, so an edited
// source is never run stale. Plain JavaScript on purpose: it must start without tsx.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
const CACHE = join(ROOT, "node_modules", ".cache", "run-bundled");

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("Brug: node scripts/run-bundled.mjs <script.ts> [argumenter]\n");
  process.exit(2);
}
const source = resolve(ROOT, entry);
const name = relative(ROOT, source).replace(/[\\/]/g, "__").replace(/\.[cm]?ts$/, "");
const bundle = join(CACHE, `${name}.mjs`);
const inputsFile = join(CACHE, `${name}.inputs.json`);

function modifiedMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function isFresh() {
  const builtMs = modifiedMs(bundle);
  if (!Number.isFinite(builtMs)) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  } catch {
    return false;
  }
  return Array.isArray(inputs) && inputs.every((input) => modifiedMs(join(ROOT, input)) <= builtMs);
}

async function rebuild() {
  const { build } = await import("esbuild");
  mkdirSync(CACHE, { recursive: true });
  // Built next to the target and renamed into place, so a run that starts meanwhile
  // sees either the old bundle or the new one, never half of one.
  const temporary = `${bundle}.${process.pid}.tmp.mjs`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [source],
    outfile: temporary,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    logLevel: "error",
    // Modules that ship as CommonJS call require(); an ES module bundle has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(temporary, bundle);
}

if (!isFresh()) await rebuild();
// The tool reads its own arguments from process.argv, as if it had been started directly.
process.argv = [process.argv[0], source, ...args];
await import(pathToFileURL(bundle).href);
