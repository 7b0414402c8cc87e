// IBM Plex Sans for every PDF the app prints (letters, contact cards), so paper
// looks like the web app.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type FontName = "regular" | "semibold" | "bold";

let fontFiles: Record<FontName, Buffer> | undefined;

/**
 * IBM Plex Sans TTF from the dkfds package, the same typeface as the web app.
 *
 * Resolved with Node's module resolution from this file rather than from
 * process.cwd(): the code runs from app/comms (tsx scripts, vitest) and from the Vite
 * server bundle in build/server/, and may be started from any working directory;
 * resolution from the module's own URL finds node_modules in every case. dkfds's
 * "exports" field exposes only its JS entry, so we resolve that and walk up to the
 * package root instead of resolving "dkfds/src/fonts/…" directly (which throws
 * ERR_PACKAGE_PATH_NOT_EXPORTED).
 */
function loadFonts(): Record<FontName, Buffer> {
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

/** Registers the three weights under the names "regular", "semibold" and "bold". */
export function registerPlexSans(doc: PDFKit.PDFDocument): void {
  const fonts = loadFonts();
  for (const name of ["regular", "semibold", "bold"] as const) doc.registerFont(name, fonts[name]);
}

/** The whole document as one buffer, once doc.end() has been called. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
