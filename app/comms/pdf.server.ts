// Every PDF we print (letters, the clip-card purpose sheet) is set in IBM Plex Sans,
// the same typeface as the web app.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";

export type FontName = "regular" | "semibold" | "bold";

interface FontFiles {
  regular: Buffer;
  semibold: Buffer;
  bold: Buffer;
}

let fontFiles: FontFiles | undefined;

/**
 * IBM Plex Sans TTF from the dkfds package.
 *
 * Resolved with Node's module resolution from this file rather than from
 * process.cwd(): the code runs from app/comms (tsx scripts, vitest) and from the Vite
 * server bundle in build/server/, and may be started from any working directory;
 * resolution from the module's own URL finds node_modules in every case. dkfds's
 * "exports" field exposes only its JS entry, so we resolve that and walk up to the
 * package root instead of resolving "dkfds/src/fonts/…" directly (which throws
 * ERR_PACKAGE_PATH_NOT_EXPORTED).
 */
function loadFonts(): FontFiles {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve("dkfds"));
  while (!isDkfdsRoot(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Could not find the dkfds package root for IBM Plex Sans");
    dir = parent;
  }
  const ttf = (name: string) => readFileSync(path.join(dir, "src/fonts/IBMPlexSans/complete/ttf", `IBMPlexSans-${name}.ttf`));
  fontFiles = { regular: ttf("Regular"), semibold: ttf("SemiBold"), bold: ttf("Bold") };
  return fontFiles;
}

function isDkfdsRoot(dir: string): boolean {
  const manifest = path.join(dir, "package.json");
  if (!existsSync(manifest)) return false;
  return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "dkfds";
}

/**
 * A PDFKit document with the Plex weights registered under their FontName, and the
 * finished file's bytes once `doc.end()` is called.
 */
export function createPlexDocument(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const fonts = loadFonts();
  const doc = new PDFDocument(options);
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("semibold", fonts.semibold);
  doc.registerFont("bold", fonts.bold);
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, bytes };
}
