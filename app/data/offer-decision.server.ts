import { audit } from "./audit.server";
import { type Citizen, hasSharingConsent } from "./citizens.server";
import type { Database } from "./db.server";
import { suggestionsFor } from "./matching-pool.server";
import { createProposal } from "./proposals.server";
import { closeOffer, listOpenOffersForCitizen } from "./waiting-list.server";

export type OfferOutcome =
  | { ok: true }
  | { ok: false; refusal: "not-open" | "no-consent" }
  | { ok: false; refusal: "breaks-rule"; reason: string };

/**
 * The coordinator takes up an association's offer from the waiting list: it becomes
 * a proposal to that association, with the deadline every proposal gets. A named
 * volunteer is scored by the matching rules like any candidate; one a hard rule
 * excludes (gender preference, language, vetting…) is refused, as the rules are never
 * broken. A volunteer merely beyond their own travel radius may still be proposed:
 * the association offering them has said they will go. The other associations' open
 * offers for the citizen are declined in the same transaction.
 */
export async function takeUpOffer(
  db: Database,
  citizen: Citizen,
  offerId: string,
  userId: string,
): Promise<OfferOutcome> {
  const offer = (await listOpenOffersForCitizen(db, citizen.id)).find((o) => o.id === offerId);
  if (!offer) return { ok: false, refusal: "not-open" };
  if (!(await hasSharingConsent(db, citizen.id))) return { ok: false, refusal: "no-consent" };

  const offered = `Tilbudt af ${offer.associationName} fra ventelisten`;
  let score = 0;
  let reasons = [offered];
  if (offer.volunteerId) {
    const view = await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER);
    const match = (c: { kind: string; id: string }) => c.kind === "volunteer" && c.id === offer.volunteerId;
    const candidate = view.suggestions.candidates.find(match);
    const excluded = view.suggestions.excluded.find(match);
    if (!candidate && excluded) return { ok: false, refusal: "breaks-rule", reason: excluded.reason };
    if (candidate) {
      score = candidate.score;
      reasons = [offered, ...candidate.reasons];
    }
  }

  return db.transaction().execute(async (trx): Promise<OfferOutcome> => {
    if (!(await closeOffer(trx, { offerId, status: "accepted", userId, citizenId: citizen.id }))) {
      return { ok: false, refusal: "not-open" };
    }
    const proposalId = await createProposal(trx, {
      citizenId: citizen.id,
      kind: "volunteer",
      targetId: offer.volunteerId,
      associationId: offer.associationId,
      score,
      reasons,
      proposedBy: userId,
    });
    await trx
      .updateTable("waiting_offer")
      .set({ status: "declined", decided_by: userId, decided_at: new Date().toISOString() })
      .where("citizen_id", "=", citizen.id)
      .where("status", "=", "open")
      .execute();
    await audit(trx, {
      userId,
      action: "create",
      entity: "match_proposal",
      entityId: proposalId,
      purpose: "Tilbud fra ventelisten brugt som forslag til forening",
      details: { citizenId: citizen.id, offerId },
    });
    return { ok: true };
  });
}

export async function declineOffer(db: Database, citizenId: string, offerId: string, userId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await closeOffer(trx, { offerId, status: "declined", userId, citizenId }))) return false;
    await audit(trx, {
      userId,
      action: "update",
      entity: "citizen",
      entityId: citizenId,
      purpose: "Tilbud fra ventelisten afslået",
      details: { offerId },
    });
    return true;
  });
}
