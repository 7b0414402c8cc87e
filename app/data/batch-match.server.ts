import { solveAssignment } from "../domain/matching/assignment";
import { batchNodeId, batchProblem } from "../domain/matching/batch";
import { type RuleCount, countNearMisses } from "../domain/matching/near-misses";
import type { Candidate } from "../domain/matching/types";
import type { DeclineReason } from "../domain/proposals/inbox";
import { getCitizens } from "./citizens.server";
import type { Executor } from "./executor";
import {
  type LocatedCitizen,
  associationOfCandidate,
  isMatchable,
  loadMunicipalityPool,
  suggestFromPool,
  waitingSince,
} from "./matching-pool.server";
import {
  type AssociationDecline,
  listAssociationDeclinesInMunicipality,
  listDeclinedTargetsInMunicipality,
} from "./proposals.server";

// The coordinator's batch: every citizen waiting for a match in the municipality, and
// the one assignment that matches the most of them and, among those, has the highest
// total score, under every volunteer's free places and every activity's free seats
// (the exact solver in app/domain/matching/assignment.ts). Nothing is sent from here.

export interface BatchPair {
  citizenId: string;
  citizenName: string;
  candidate: Candidate;
  targetName: string;
  associationId: string;
  /**
   * The association's last answer when it already turned this very pair down: the
   * rules do not stop a second proposal, but the coordinator should decide it.
   */
  declinedBefore: { on: string | null; reason: DeclineReason | null; note: string | null } | null;
}

/** A waiting citizen the best assignment leaves without a match, and why. */
export interface BatchUnmatched {
  citizenId: string;
  citizenName: string;
  /** How many candidates fit by the rules; all were needed for others. */
  fitting: number;
  /** With none fitting: the candidates within reach, counted by the rule that excluded them. */
  nearMisses: RuleCount[];
  outOfReach: number;
}

export interface BatchPreview {
  pairs: BatchPair[];
  unmatched: BatchUnmatched[];
  objective: number;
}

/** Citizens with consent who wait for a match: no proposal open, none accepted and not refused. */
async function waitingForMatch(db: Executor, municipalityId: string): Promise<LocatedCitizen[]> {
  const rows = await db
    .selectFrom("citizen")
    .select("citizen.id")
    .where("citizen.municipality_id", "=", municipalityId)
    .where("citizen.status", "in", ["screened", "in_progress", "follow_up"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("consent")
          .select("consent.id")
          .whereRef("consent.citizen_id", "=", "citizen.id")
          .where("consent.withdrawn_at", "is", null),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("match_proposal")
            .select("match_proposal.id")
            .whereRef("match_proposal.citizen_id", "=", "citizen.id")
            .where((p) =>
              p.or([
                p("match_proposal.status", "=", "proposed"),
                p.and([p("match_proposal.status", "=", "accepted"), p("match_proposal.answer", "is distinct from", "no")]),
              ]),
            ),
        ),
      ),
    )
    .orderBy("citizen.created_at")
    .execute();
  const citizens = await getCitizens(db, rows.map((r) => r.id), municipalityId);
  return citizens.filter(isMatchable);
}


/** Reads the pool once and scores every waiting citizen against it. */
export async function previewBatch(db: Executor, municipalityId: string): Promise<BatchPreview> {
  const [citizens, pool, declined, associationDeclines] = await Promise.all([
    waitingForMatch(db, municipalityId),
    loadMunicipalityPool(db, municipalityId),
    listDeclinedTargetsInMunicipality(db, municipalityId),
    listAssociationDeclinesInMunicipality(db, municipalityId),
  ]);
  // Newest first, so the first kept per pair is the association's latest word on it.
  const lastDecline = new Map<string, AssociationDecline>();
  for (const d of associationDeclines) {
    const key = `${d.citizenId}:${d.targetId}`;
    if (!lastDecline.has(key)) lastDecline.set(key, d);
  }
  const since = await waitingSince(db, citizens);
  const views = citizens.map((c) =>
    suggestFromPool(pool, c, declined.get(c.id) ?? [], since.get(c.id)!, Number.MAX_SAFE_INTEGER),
  );
  const { volunteers, activities } = pool;

  const problem = batchProblem(
    views.map((view) => view.suggestions),
    [
      ...[...volunteers.values()].map((v) => ({ kind: "volunteer" as const, id: v.id, freePlaces: v.capacity - v.load })),
      ...[...activities.values()].map((a) => ({ kind: "activity" as const, id: a.id, freePlaces: a.capacity - a.enrolled })),
    ],
  );
  const solution = solveAssignment(problem);

  const chosen = new Map(solution.assignment.map((a) => [a.left, a.right]));
  const pairs: BatchPair[] = [];
  const unmatched: BatchPreview["unmatched"] = [];
  citizens.forEach((citizen, i) => {
    const view = views[i]!;
    const citizenName = `${citizen.firstName} ${citizen.lastName}`;
    const right = chosen.get(citizen.id);
    const candidate = view.suggestions.candidates.find((c) => batchNodeId(c.kind, c.id) === right);
    const associationId = candidate && associationOfCandidate(view, candidate);
    if (!candidate || !associationId) {
      const { candidates, excluded, outOfReach } = view.suggestions;
      unmatched.push({
        citizenId: citizen.id,
        citizenName,
        fitting: candidates.length,
        nearMisses: candidates.length === 0 ? countNearMisses(excluded) : [],
        outOfReach,
      });
      return;
    }
    const targetName =
      candidate.kind === "volunteer"
        ? `${volunteers.get(candidate.id)?.firstName ?? ""} ${volunteers.get(candidate.id)?.lastName ?? ""}`.trim()
        : (activities.get(candidate.id)?.title ?? "");
    const decline = lastDecline.get(`${citizen.id}:${candidate.id}`);
    const declinedBefore = decline ? { on: decline.decidedAt, reason: decline.reason, note: decline.note } : null;
    pairs.push({ citizenId: citizen.id, citizenName, candidate, targetName, associationId, declinedBefore });
  });
  return { pairs, unmatched, objective: solution.objective };
}
