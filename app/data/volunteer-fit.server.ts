import type { Citizen } from "./citizens.server";
import type { Executor } from "./executor";
import { suggestionsFor } from "./matching-pool.server";

export type VolunteerFit =
  | { kind: "candidate"; score: number; reasons: string[] }
  | { kind: "excluded"; reason: string }
  /** Beyond the volunteer's travel radius, or the citizen cannot be matched yet. */
  | { kind: "unscored" };

/**
 * How one volunteer fares under the matching rules for a citizen, for when an
 * association names the volunteer itself (an offer, or another volunteer on
 * accepting). A hard rule is never broken, whoever names the volunteer.
 */
export async function volunteerFit(db: Executor, citizen: Citizen, volunteerId: string): Promise<VolunteerFit> {
  const view = await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER);
  const named = (c: { kind: string; id: string }) => c.kind === "volunteer" && c.id === volunteerId;
  const candidate = view.suggestions.candidates.find(named);
  if (candidate) return { kind: "candidate", score: candidate.score, reasons: candidate.reasons };
  const excluded = view.suggestions.excluded.find(named);
  return excluded ? { kind: "excluded", reason: excluded.reason } : { kind: "unscored" };
}
