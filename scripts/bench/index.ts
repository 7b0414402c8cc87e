// `npm run bench`: runs every benchmark module and writes docs/benchmarks.md. Each module
// exports run(), which measures and returns its own "## …" markdown section. The file
// gets a header naming the machine and date of this run, then the sections in the order
// listed here. `npm run bench -- solve` runs only the named modules and keeps the other
// sections of the file as they were.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release } from "node:os";
import { resolve } from "node:path";
import * as solve from "./solve";
import * as suggest from "./suggest";

interface Bench {
  run(): Promise<string>;
}

const BENCHES: [string, Bench][] = [
  ["suggest", suggest],
  ["solve", solve],
];

const FILE = resolve(import.meta.dirname, "../../docs/benchmarks.md");

function heading(section: string): string {
  return section.split("\n", 1)[0]!.trim();
}

/** The "## …" sections of an existing file, by heading. */
function existingSections(): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(FILE)) return sections;
  const parts = readFileSync(FILE, "utf8").split(/^(?=## )/m).slice(1);
  for (const part of parts) sections.set(heading(part), part.trimEnd());
  return sections;
}

const only = process.argv.slice(2);
const sections = existingSections();
const order: string[] = [];
for (const [name, bench] of BENCHES) {
  if (only.length > 0 && !only.includes(name)) {
    continue;
  }
  process.stderr.write(`bench: ${name}…\n`);
  const section = (await bench.run()).trimEnd();
  sections.set(heading(section), section);
  order.push(heading(section));
}
const cpu = cpus();
const header = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (scripts/bench/). Every number below is measured; ratios",
  "compare timings taken in the same run on the same machine.",
  "",
  `Last run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpu[0]?.model.trim() ?? "unknown CPU"},`,
  `${cpu.length} cores, ${platform()} ${release()}, Node ${process.version}.`,
].join("\n");
// Sections from earlier runs stay, after the ones just measured, in their old order.
const rest = [...sections.keys()].filter((key) => !order.includes(key));
const body = [...order, ...rest].map((key) => sections.get(key)!).join("\n\n");
writeFileSync(FILE, `${header}\n\n${body}\n`);
process.stderr.write(`bench: wrote ${FILE}\n`);
