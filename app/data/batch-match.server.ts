import { type AssignmentProblem, solveAssignment } from "../domain/matching/assignment";
import type { Candidate } from "../domain/matching/types";
import { getCitizens } from "./citizens.server";
import type { Executor } from "./executor";
import {
  type LocatedCitizen,
  associationOfCandidate,
  isMatchable,
  loadMunicipalityPool,
  suggestFromPool,
} from "./matching-pool.server";
import { listDeclinedTargetsInMunicipality } from "./proposals.server";

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
}

export interface BatchPreview {
  pairs: BatchPair[];
  /** Waiting citizens the best assignment leaves without a match, and whether anyone fits them at all. */
  unmatched: { citizenId: string; citizenName: string; hadCandidates: boolean }[];
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

const nodeId = (kind: Candidate["kind"], id: string) => `${kind}:${id}`;

/** Reads the pool once and scores every waiting citizen against it. */
export async function previewBatch(db: Executor, municipalityId: string): Promise<BatchPreview> {
  const [citizens, pool, declined] = await Promise.all([
    waitingForMatch(db, municipalityId),
    loadMunicipalityPool(db, municipalityId),
    listDeclinedTargetsInMunicipality(db, municipalityId),
  ]);
  const views = citizens.map((c) => suggestFromPool(pool, c, declined.get(c.id) ?? [], Number.MAX_SAFE_INTEGER));
  const { volunteers, activities } = pool;

  const problem: AssignmentProblem = {
    left: citizens.map((c) => ({ id: c.id, capacity: 1 })),
    right: [
      ...[...volunteers.values()].map((v) => ({ id: nodeId("volunteer", v.id), capacity: Math.max(0, v.capacity - v.load) })),
      ...[...activities.values()].map((a) => ({ id: nodeId("activity", a.id), capacity: Math.max(0, a.capacity - a.enrolled) })),
    ],
    edges: views.flatMap((view) =>
      view.suggestions.candidates.map((c) => ({ left: view.suggestions.citizen, right: nodeId(c.kind, c.id), weight: c.score })),
    ),
  };
  const solution = solveAssignment(problem);

  const chosen = new Map(solution.assignment.map((a) => [a.left, a.right]));
  const pairs: BatchPair[] = [];
  const unmatched: BatchPreview["unmatched"] = [];
  citizens.forEach((citizen, i) => {
    const view = views[i]!;
    const citizenName = `${citizen.firstName} ${citizen.lastName}`;
    const right = chosen.get(citizen.id);
    const candidate = view.suggestions.candidates.find((c) => nodeId(c.kind, c.id) === right);
    const associationId = candidate && associationOfCandidate(view, candidate);
    if (!candidate || !associationId) {
      unmatched.push({ citizenId: citizen.id, citizenName, hadCandidates: view.suggestions.candidates.length > 0 });
      return;
    }
    const targetName =
      candidate.kind === "volunteer"
        ? `${volunteers.get(candidate.id)?.firstName ?? ""} ${volunteers.get(candidate.id)?.lastName ?? ""}`.trim()
        : (activities.get(candidate.id)?.title ?? "");
    pairs.push({ citizenId: citizen.id, citizenName, candidate, targetName, associationId });
  });
  return { pairs, unmatched, objective: solution.objective };
}
