// `npm run bench`: runs every benchmark module and writes docs/benchmarks.md with the
// machine and date, so numbers are only ever compared within one run on one machine.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { run as suggest } from "./suggest";

const BENCHMARKS: (() => Promise<string>)[] = [suggest];

const cpus = os.cpus();
const machine = `${cpus[0]?.model ?? "ukendt CPU"} (${cpus.length} kerner), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;

const sections: string[] = [];
for (const benchmark of BENCHMARKS) sections.push(await benchmark());

const document = [
  "# Benchmarks",
  "",
  "Skrevet af `npm run bench` (`scripts/bench/index.ts`); tal fra forskellige maskiner eller kørsler kan ikke sammenlignes.",
  "",
  `- Maskine: ${machine}`,
  `- Dato: ${new Date().toISOString()}`,
  "",
  ...sections,
].join("\n");

writeFileSync(new URL("../../docs/benchmarks.md", import.meta.url), document);
console.log(document);
