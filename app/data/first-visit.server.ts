import { firstVisitFollowUpDue } from "../domain/proposals/first-visit";
import { audit } from "./audit.server";
import type { Database } from "./db.server";
import { getProposal, recordFirstVisit } from "./proposals.server";

export type FirstVisitOutcome = "saved" | "not-found" | "not-allowed";

/**
 * The association confirms that the volunteer's first visit took place. The
 * coordinator sees the date on the citizen, and the pathway's "after the first visit"
 * follow-up, if still open, moves to just after the real visit.
 */
export async function confirmFirstVisit(
  db: Database,
  visit: { proposalId: string; associationId: string | null; on: string; userId: string },
): Promise<FirstVisitOutcome> {
  const proposal = await getProposal(db, visit.proposalId);
  if (!proposal || (visit.associationId && proposal.association_id !== visit.associationId)) return "not-found";
  return db.transaction().execute(async (trx) => {
    const saved = await recordFirstVisit(trx, {
      proposalId: visit.proposalId,
      associationId: visit.associationId,
      on: visit.on,
      confirmedBy: visit.userId,
    });
    if (!saved) return "not-allowed";
    const due = firstVisitFollowUpDue(visit.on);
    const moved = await trx
      .updateTable("follow_up")
      .set({ due_date: due })
      .where("citizen_id", "=", proposal.citizen_id)
      .where("kind", "=", "first_visit")
      .where("done_on", "is", null)
      .executeTakeFirst();
    await audit(trx, {
      userId: visit.userId,
      action: "update",
      entity: "match_proposal",
      entityId: visit.proposalId,
      purpose: "Foreningen bekræftede første besøg",
      details: { firstVisitOn: visit.on, followUpDue: moved.numUpdatedRows > 0n ? due : null },
    });
    return "saved";
  });
}
