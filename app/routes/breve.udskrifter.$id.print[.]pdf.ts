import { exportDownload } from "../comms/letter-export-download.server";
import type { Route } from "./+types/breve.udskrifter.$id.print[.]pdf";

export function loader({ request, params }: Route.LoaderArgs) {
  return exportDownload(request, "/breve/udskrifter/:id/print.pdf", params.id, "print.pdf");
}
