import type { AssignmentProblem } from "./assignment";
import type { CandidateKind, CitizenSuggestions } from "./types";

// Batch matching (DESIGN.md, "Batch mode") as an assignment problem: every waiting
// citizen wants one match, every candidate offers its free places, and every candidate
// a citizen may be matched with is an edge weighted by its score. The app's batch
// preview and the solve benchmark both build their problem here.

/** The id of a candidate in the problem: volunteers and activities share one side. */
export const batchNodeId = (kind: CandidateKind, id: string) => `${kind}:${id}`;

export interface BatchCandidate {
  kind: CandidateKind;
  id: string;
  /** Places left: capacity minus current load or enrolment, never below 0. */
  freePlaces: number;
}

export function batchProblem(
  suggestions: readonly CitizenSuggestions[],
  candidates: readonly BatchCandidate[],
): AssignmentProblem {
  return {
    left: suggestions.map((s) => ({ id: s.citizen, capacity: 1 })),
    right: candidates.map((c) => ({ id: batchNodeId(c.kind, c.id), capacity: Math.max(0, c.freePlaces) })),
    edges: suggestions.flatMap((s) =>
      s.candidates.map((c) => ({ left: s.citizen, right: batchNodeId(c.kind, c.id), weight: c.score })),
    ),
  };
}
