// A batch of letters as files: one print-ready PDF with every letter on its own pages,
// and one MeMo 1.2 message per letter for Digital Post. The command line writes them
// to a folder; the app hands them out as print.pdf and a zip.
import type { LetterToDeliver } from "../data/letters.server";
import { type MemoLetter, memoMessageXml } from "./digital-post/memo";
import { renderSuggestionLetters } from "./letter.server";
import { readStoredSuggestion } from "./stored-suggestion";
import { suggestionHeadline } from "./suggestion";
import type { ZipEntry } from "./zip.server";

export type NoDigitalPostReason = "no-cpr" | "no-cvr";

export interface ExportFiles {
  /** Every letter that could be set again, in order; null when there were none. */
  printPdf: Buffer | null;
  /** `<message UUID>.xml` per letter Digital Post can reach. */
  memoFiles: ZipEntry[];
  /**
   * Letters made before batches kept their suggestion as data: their own PDF, to print
   * beside print.pdf, so none is left out.
   */
  separatePdfs: ZipEntry[];
  /** Letters with no MeMo file, and why. */
  withoutDigitalPost: Array<{ letterId: string; citizenId: string; name: string; reason: NoDigitalPostReason }>;
  letters: number;
}

export const noDigitalPostText: Record<NoDigitalPostReason, string> = {
  "no-cpr": "mangler CPR-nummer",
  "no-cvr": "kommunen har intet CVR-nummer",
};

/** The MeMo message of one letter, or why there cannot be one. */
export function memoFor(letter: LetterToDeliver): { xml: string } | { reason: NoDigitalPostReason } {
  if (!letter.municipality_cvr) return { reason: "no-cvr" };
  if (!letter.cpr) return { reason: "no-cpr" };
  const message = letter.message ? readStoredSuggestion(letter.message) : null;
  const label = message ? suggestionHeadline(message) : `Forslag fra ${letter.municipality_name}`;
  const memo: MemoLetter = {
    // The letter's own id (a v4 UUID): sending the same letter again is then the same
    // message to Digital Post, not a second one.
    messageUuid: letter.id,
    label,
    sender: { cvr: letter.municipality_cvr, name: letter.municipality_name },
    recipient: { cpr: letter.cpr, name: `${letter.first_name} ${letter.last_name}` },
    createdAt: new Date(letter.created_at),
    document: { label, filename: "forslag.pdf", pdf: letter.pdf },
  };
  return { xml: memoMessageXml(memo) };
}

export async function exportFiles(letters: readonly LetterToDeliver[]): Promise<ExportFiles> {
  const drawable = letters.filter((l) => l.message !== null);
  const printPdf = drawable.length
    ? await renderSuggestionLetters(drawable.map((l) => readStoredSuggestion(l.message!)))
    : null;
  const separatePdfs = letters
    .filter((l) => l.message === null)
    .map((l) => ({ name: `brev-${l.id.slice(0, 8)}.pdf`, data: l.pdf }));

  const memoFiles: ZipEntry[] = [];
  const withoutDigitalPost: ExportFiles["withoutDigitalPost"] = [];
  for (const letter of letters) {
    const memo = memoFor(letter);
    if ("xml" in memo) memoFiles.push({ name: `${letter.id}.xml`, data: new TextEncoder().encode(memo.xml) });
    else {
      withoutDigitalPost.push({
        letterId: letter.id,
        citizenId: letter.citizen_id,
        name: `${letter.first_name} ${letter.last_name}`,
        reason: memo.reason,
      });
    }
  }
  return { printPdf, memoFiles, separatePdfs, withoutDigitalPost, letters: letters.length };
}

/** All files of a batch, as the zip and the command line's folder hold them. */
export function exportEntries(files: ExportFiles): ZipEntry[] {
  return [
    ...(files.printPdf ? [{ name: "print.pdf", data: files.printPdf }] : []),
    ...files.separatePdfs,
    ...files.memoFiles,
  ];
}
