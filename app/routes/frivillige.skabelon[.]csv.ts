import { requireAccess } from "../auth/guard.server";
import { volunteerCsvTemplate } from "../domain/volunteers/csv-export";
import type { Route } from "./+types/frivillige.skabelon[.]csv";

/** The import's headers and one example row, to fill in from a spreadsheet. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireAccess(request, "/frivillige/skabelon.csv");
  return new Response(volunteerCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="frivillige-skabelon.csv"',
    },
  });
}
