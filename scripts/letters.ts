// `npm run letters -- export --out DIR`
//
// Writes every pending letter as one print-ready PDF (DIR/print.pdf) and one MeMo 1.2
// file per letter Digital Post can reach (DIR/<message UUID>.xml), then marks the
// letters printed, so the next export does not print them again. The same batch can be
// downloaded again in the app under "Breve". Bad input ends with exit code 2 and one
// Danish line on stderr, and nothing is written or marked.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportEntries, exportFiles, noDigitalPostText } from "../app/comms/letter-export.server";
import { audit } from "../app/data/audit.server";
import { db } from "../app/data/db.server";
import {
  createLetterExport,
  lettersToDeliver,
  municipalitiesWithPendingLetters,
  undoLetterExport,
} from "../app/data/letters.server";
import { migrateToLatest } from "../db/migrate";

const USAGE = "Brug: npm run letters -- export --out MAPPE";
const EXIT_BAD_INPUT = 2;
const EXIT_FAILED = 1;

class BadInput extends Error {}

function parseCommandLine(argv: string[]): { out: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: "string" } } });
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const flag = /'(?:-[^-\s], )?(-{1,2}[^'\s]+)/.exec(message)?.[1];
    throw new BadInput(flag ? `ukendt eller ufuldstændigt flag ${flag}. ${USAGE}` : `ugyldige argumenter. ${USAGE}`);
  }
  const [command, ...extra] = parsed.positionals;
  if (command !== "export") {
    throw new BadInput(command ? `ukendt kommando »${command}«. ${USAGE}` : `angiv en kommando. ${USAGE}`);
  }
  if (extra.length > 0) throw new BadInput(`uventet argument »${extra[0]}«. ${USAGE}`);
  const out = parsed.values.out?.trim();
  if (!out) throw new BadInput(`--out mangler: angiv mappen, brevene skal skrives til. ${USAGE}`);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new BadInput(`${out} er en fil, ikke en mappe`);
  // A folder from an earlier batch would be overwritten and its letters lost from view.
  if (existsSync(path.join(out, "print.pdf"))) {
    throw new BadInput(`${out} indeholder allerede print.pdf fra en tidligere udskrift; vælg en tom mappe`);
  }
  return { out };
}

async function exportLetters(out: string): Promise<string> {
  await migrateToLatest(db);
  const login = userInfo().username;
  const batches: string[] = [];
  for (const municipalityId of await municipalitiesWithPendingLetters(db)) {
    const batch = await db
      .transaction()
      .execute((trx) => createLetterExport(trx, municipalityId, { userId: null, name: `kommandolinjen (${login})`, via: "cli" }));
    if (batch) batches.push(batch.exportId);
  }
  if (batches.length === 0) return "Ingen breve venter på at blive udskrevet.";

  try {
    const letters = (await Promise.all(batches.map((exportId) => lettersToDeliver(db, { exportId })))).flat();
    const files = await exportFiles(letters);
    mkdirSync(out, { recursive: true });
    for (const entry of exportEntries(files)) writeFileSync(path.join(out, entry.name), entry.data);
    for (const exportId of batches) {
      await audit(db, {
        userId: null,
        action: "export",
        entity: "letter",
        entityId: exportId,
        purpose: "Breve eksporteret til udskrivning og Digital Post fra kommandolinjen",
        details: { letterIds: letters.map((l) => l.id), out: path.resolve(out) },
      });
    }
    return summary(out, files);
  } catch (error) {
    // Files that could not be written must not leave letters marked as printed.
    for (const exportId of batches) await undoLetterExport(db, exportId);
    throw error;
  }
}

function summary(out: string, files: Awaited<ReturnType<typeof exportFiles>>): string {
  const lines = [
    `${files.letters} ${files.letters === 1 ? "brev" : "breve"} er markeret som udskrevet.`,
    files.printPdf ? `Til udskrivning: ${path.join(out, "print.pdf")}` : null,
    ...files.separatePdfs.map((f) => `Ældre brev, udskriv for sig: ${path.join(out, f.name)}`),
    `Digital Post (MeMo 1.2): ${files.memoFiles.length} ${files.memoFiles.length === 1 ? "fil" : "filer"} i ${out}`,
    ...files.withoutDigitalPost.map((l) => `Uden Digital Post: brev ${l.letterId} (${noDigitalPostText[l.reason]})`),
  ];
  return lines.filter((line) => line !== null).join("\n");
}

try {
  const { out } = parseCommandLine(process.argv.slice(2));
  console.log(await exportLetters(out));
  await db.destroy();
} catch (error) {
  if (error instanceof BadInput) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" || code === "EPERM" ? "ingen adgang til mappen" : code === "ENOSPC" ? "disken er fuld" : "en uventet fejl";
    process.stderr.write(`Brevene kunne ikke skrives (${reason}); ingen breve er markeret som udskrevet.\n`);
    console.error(error);
    process.exitCode = EXIT_FAILED;
  }
  await db.destroy();
}
