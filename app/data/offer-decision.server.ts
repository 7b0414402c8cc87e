import { audit } from "./audit.server";
import { type Citizen, hasSharingConsent } from "./citizens.server";
import type { Database } from "./db.server";
import { suggestionsFor } from "./matching-pool.server";
import { createProposal } from "./proposals.server";
import { volunteerFit } from "./volunteer-fit.server";
import { closeOffer, listOpenOffersForCitizen } from "./waiting-list.server";

export type OfferOutcome =
  | { ok: true }
  | { ok: false; refusal: "not-open" | "no-consent" | "no-fitting-volunteer" }
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
  let target: { volunteerId: string; score: number; reasons: string[] };
  if (offer.volunteerId) {
    const fit = await volunteerFit(db, citizen, offer.volunteerId);
    if (fit.kind === "excluded") return { ok: false, refusal: "breaks-rule", reason: fit.reason };
    target =
      fit.kind === "candidate"
        ? { volunteerId: offer.volunteerId, score: fit.score, reasons: [offered, ...fit.reasons] }
        : { volunteerId: offer.volunteerId, score: 0, reasons: [offered] };
  } else {
    // A proposal always names its volunteer: with none offered, the association's best
    // match by the rules is proposed, and the bridge-builder may name another on accepting.
    const view = await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER);
    const best = view.suggestions.candidates.find(
      (c) => c.kind === "volunteer" && view.volunteers.get(c.id)?.associationId === offer.associationId,
    );
    if (!best) return { ok: false, refusal: "no-fitting-volunteer" };
    target = { volunteerId: best.id, score: best.score, reasons: [offered, ...best.reasons] };
  }

  return db.transaction().execute(async (trx): Promise<OfferOutcome> => {
    if (!(await closeOffer(trx, { offerId, status: "accepted", userId, citizenId: citizen.id }))) {
      return { ok: false, refusal: "not-open" };
    }
    const proposalId = await createProposal(trx, {
      citizenId: citizen.id,
      kind: "volunteer",
      targetId: target.volunteerId,
      associationId: offer.associationId,
      score: target.score,
      reasons: target.reasons,
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
