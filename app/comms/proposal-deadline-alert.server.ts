import { proposalOverdueEmail } from "../../emails/proposal-overdue";
import { audit } from "../data/audit.server";
import type { Database } from "../data/db.server";
import { nowIso } from "../data/executor";
import { enqueueEmail } from "../data/outbox.server";
import { needsOverdueAlert } from "../domain/proposals/deadline";
import { publicUrl } from "../env.server";
import { formatDate } from "../ui/format";

/**
 * Tells the coordinator about every proposal the association has not answered by its
 * deadline: one email per proposal to the citizen's contact person, or to all the
 * municipality's coordinators when the citizen has none. Each proposal is marked in
 * the same transaction as its email, so a second run (or a second server) never
 * sends it again. Returns how many alerts were written.
 */
export async function alertOverdueProposals(db: Database, today: string): Promise<number> {
  const rows = await db
    .selectFrom("match_proposal as p")
    .innerJoin("citizen as c", "c.id", "p.citizen_id")
    .innerJoin("association as a", "a.id", "p.association_id")
    .leftJoin("app_user as contact", "contact.id", "c.contact_person_id")
    .leftJoin("volunteer as v", "v.id", "p.volunteer_id")
    .leftJoin("activity as act", "act.id", "p.activity_id")
    .select([
      "p.id",
      "p.status",
      "p.respond_by",
      "p.overdue_alerted_at",
      "p.kind",
      "c.id as citizen_id",
      "c.first_name",
      "c.municipality_id",
      "a.name as association_name",
      "a.phone as association_phone",
      "a.email as association_email",
      "contact.email as contact_email",
      "v.first_name as volunteer_first_name",
      "v.last_name as volunteer_last_name",
      "act.title as activity_title",
    ])
    .where("p.status", "=", "proposed")
    .where("p.overdue_alerted_at", "is", null)
    .where("p.respond_by", "<", today)
    .execute();

  let alerted = 0;
  for (const row of rows) {
    const proposal = { status: row.status, respondBy: row.respond_by, overdueAlertedAt: row.overdue_alerted_at };
    if (!needsOverdueAlert(proposal, today)) continue;
    const recipients = row.contact_email
      ? [row.contact_email]
      : await listCoordinatorEmails(db, row.municipality_id);
    if (recipients.length === 0) {
      console.warn(`proposal deadline: no coordinator to alert for proposal ${row.id}`);
      continue;
    }
    const email = proposalOverdueEmail({
      associationName: row.association_name,
      associationPhone: row.association_phone,
      associationEmail: row.association_email,
      citizenFirstName: row.first_name,
      proposed:
        row.kind === "volunteer"
          ? `besøgsvennen ${`${row.volunteer_first_name ?? ""} ${row.volunteer_last_name ?? ""}`.trim()}`
          : `aktiviteten ${row.activity_title ?? ""}`,
      deadline: formatDate(row.respond_by),
      citizenUrl: publicUrl(`/borgere/${row.citizen_id}`),
    });
    const sent = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("match_proposal")
        .set({ overdue_alerted_at: nowIso() })
        .where("id", "=", row.id)
        .where("status", "=", "proposed")
        .where("overdue_alerted_at", "is", null)
        .executeTakeFirst();
      if (claimed.numUpdatedRows !== 1n) return false;
      await enqueueEmail(trx, {
        proposalId: row.id,
        citizenId: row.citizen_id,
        kind: "proposal_overdue",
        recipient: recipients.join(", "),
        ...email,
        messageIdDomain: new URL(publicUrl("/")).hostname,
      });
      await audit(trx, {
        userId: null,
        action: "update",
        entity: "match_proposal",
        entityId: row.id,
        purpose: "Koordinatoren varslet: foreningen svarede ikke inden fristen",
      });
      return true;
    });
    if (sent) alerted += 1;
  }
  return alerted;
}

async function listCoordinatorEmails(db: Database, municipalityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("app_user")
    .select("email")
    .where("municipality_id", "=", municipalityId)
    .where("role", "=", "coordinator")
    .orderBy("email")
    .execute();
  return rows.map((r) => r.email);
}
