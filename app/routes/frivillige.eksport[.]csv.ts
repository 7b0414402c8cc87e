import { requireAccess } from "../auth/guard.server";
import { db } from "../data/db.server";
import { listVolunteers } from "../data/volunteers.server";
import { volunteersToCsv } from "../domain/volunteers/csv-export";
import { dateInDenmark } from "../domain/pathway/working-days";
import { byDanish } from "../ui/format";
import type { Route } from "./+types/frivillige.eksport[.]csv";

/** The association's volunteers as the CSV the import reads; an administrator gets all. */
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/frivillige/eksport.csv");
  const volunteers = await listVolunteers(db, user.role === "admin" ? null : user.associationId);
  const csv = volunteersToCsv(volunteers.sort(byDanish((v) => `${v.firstName} ${v.lastName}`)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="frivillige-${dateInDenmark()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
