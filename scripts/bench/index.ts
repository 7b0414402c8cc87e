// `npm run bench`: runs every benchmark module and writes docs/benchmarks.md with the
// machine and date, so numbers are only ever compared within one run on one machine.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { run as suggest } from "./suggest";

const BENCHMARKS: (() => Promise<string>)[] = [suggest];

const cpus = os.cpus();
const machine = `${cpus[0]?.model ?? "unknown CPU"} (${cpus.length} cores), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;

const sections: string[] = [];
for (const benchmark of BENCHMARKS) sections.push(await benchmark());

const document = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (`scripts/bench/index.ts`). Compare numbers only within one run: the machine and its load change them.",
  "",
  `- Machine: ${machine}`,
  `- Date: ${new Date().toISOString()}`,
  "",
  ...sections,
].join("\n");

writeFileSync(new URL("../../docs/benchmarks.md", import.meta.url), document);
console.log(document);
