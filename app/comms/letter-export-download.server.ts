// The downloads of one export batch in the app: print.pdf alone, or everything as a zip.
import { data } from "react-router";
import { z } from "zod";
import { requireMunicipalUser } from "../auth/guard.server";
import type { ProtectedRoute } from "../auth/permissions";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { getLetterExport, lettersToDeliver } from "../data/letters.server";
import { messages } from "../ui/messages";
import { type ExportFiles, exportEntries, exportFiles } from "./letter-export.server";
import { zip } from "./zip.server";

export async function exportDownload(
  request: Request,
  route: ProtectedRoute,
  id: string | undefined,
  as: "print.pdf" | "breve.zip",
): Promise<Response> {
  const user = await requireMunicipalUser(request, route);
  const exportId = z.uuid().safeParse(id);
  const batch = exportId.success ? await getLetterExport(db, exportId.data, user.municipalityId) : undefined;
  if (!batch) throw data({ message: messages.notFound }, { status: 404 });

  const letters = await lettersToDeliver(db, { exportId: batch.id });
  const files: ExportFiles = await exportFiles(letters);
  await audit(db, {
    userId: user.id,
    action: "export",
    entity: "letter",
    entityId: batch.id,
    purpose: as === "print.pdf" ? "Breve hentet til udskrivning" : "Breve og Digital Post-filer hentet",
    details: { letterIds: letters.map((l) => l.id) },
  });

  // Named by when the batch was made, so several downloads sort and never clash.
  const stamp = batch.created_at.slice(0, 16).replace(/[T:]/g, "-");
  const headers = (type: string, filename: string) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
  });
  if (as === "breve.zip") {
    return new Response(new Uint8Array(zip(exportEntries(files), new Date(batch.created_at))), {
      headers: headers("application/zip", `breve-${stamp}.zip`),
    });
  }
  if (!files.printPdf) throw data({ message: "Udskriften har ingen samlet PDF. Hent zip-filen." }, { status: 404 });
  return new Response(new Uint8Array(files.printPdf), { headers: headers("application/pdf", `print-${stamp}.pdf`) });
}
