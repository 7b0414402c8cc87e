import { exportDownload } from "../comms/letter-export-download.server";
import type { Route } from "./+types/breve.udskrifter.$id.breve[.]zip";

export function loader({ request, params }: Route.LoaderArgs) {
  return exportDownload(request, "/breve/udskrifter/:id/breve.zip", params.id, "breve.zip");
}
