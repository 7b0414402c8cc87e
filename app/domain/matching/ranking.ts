// One citizen's ranking, built up one candidate within reach at a time (suggest.ts
// feeds it from a linear scan or from the spatial index). The work per candidate is
// what the result needs and no more: a near miss gets the wording of its one broken
// rule, an eligible candidate only its score; the Danish reasons, the costly part, are
// written at the end for the candidates shown.
import type { PreparedActivity, PreparedVolunteer } from "./prepared";
import {
  type CitizenFacts,
  activityReason,
  brokenActivityRule,
  brokenVolunteerRule,
  citizenFacts,
  volunteerReason,
} from "./rules";
import {
  type ScoreWeights,
  type ScoringContext,
  activityScore,
  explainActivity,
  explainVolunteer,
  roundScore,
  scoringContext,
  volunteerScore,
} from "./score";
import type { Candidate, CandidateKind, CitizenProfile, CitizenSuggestions, Exclusion, MatchSettings } from "./types";

// Plain code-unit comparison, not localeCompare: the order must not depend on the
// ICU data or locale of the machine that runs it.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By kind ("activity" before "volunteer"), then id: the deterministic tie-break. */
export function compareKindAndId(a: { kind: CandidateKind; id: string }, b: { kind: CandidateKind; id: string }) {
  return compareText(a.kind, b.kind) || compareText(a.id, b.id);
}

/** An eligible candidate before it is known whether it will be shown. */
type Ranked =
  | { kind: "activity"; candidate: PreparedActivity; score: number; distanceKm: number }
  | { kind: "volunteer"; candidate: PreparedVolunteer; score: number; distanceKm: number };

const byScore = (a: Ranked, b: Ranked) => b.score - a.score;
const byScoreThenKindAndId = (a: Ranked, b: Ranked) =>
  b.score - a.score || compareText(a.kind, b.kind) || compareText(a.candidate.profile.id, b.candidate.profile.id);

/**
 * The first `limit` of `items` in `compare` order, exactly as a stable sort would give
 * them. A citizen has a few hundred eligible candidates and is shown 20: only those are
 * kept in order, and every other candidate costs one comparison with the worst kept.
 */
export function best<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit === 0) return [];
  // Inserting costs up to `limit` moves per item; for long tops a sort is cheaper.
  if (limit * 4 >= items.length) return [...items].sort(compare).slice(0, limit);
  const top: T[] = [];
  for (const item of items) {
    // An item equal to the worst kept came later, so a stable sort puts it after.
    if (top.length === limit && compare(item, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

export class CitizenRanking {
  private readonly facts: CitizenFacts;
  private readonly scoring: ScoringContext;
  private readonly ranked: Ranked[] = [];
  private readonly excluded: Exclusion[] = [];

  /** Throws on weights that would not give a score in [0, 1]. */
  constructor(
    private readonly citizen: CitizenProfile,
    private readonly settings: MatchSettings,
    weights: ScoreWeights,
  ) {
    this.facts = citizenFacts(citizen, settings);
    this.scoring = scoringContext(citizen, settings, weights);
  }

  /** An activity within the citizen's reach, `km` away. */
  addActivity(candidate: PreparedActivity, km: number): void {
    const rule = brokenActivityRule(this.facts, candidate);
    if (rule) {
      const reason = activityReason(rule, this.facts, candidate, this.settings);
      this.excluded.push({ kind: "activity", id: candidate.profile.id, rule, reason });
    } else {
      const score = roundScore(activityScore(this.scoring, candidate, km));
      this.ranked.push({ kind: "activity", candidate, score, distanceKm: km });
    }
  }

  /** A volunteer within the citizen's reach, `km` away. */
  addVolunteer(candidate: PreparedVolunteer, km: number): void {
    const rule = brokenVolunteerRule(this.facts, candidate);
    if (rule) {
      const reason = volunteerReason(rule, this.facts, candidate, this.settings);
      this.excluded.push({ kind: "volunteer", id: candidate.profile.id, rule, reason });
    } else {
      const score = roundScore(volunteerScore(this.scoring, candidate, km));
      this.ranked.push({ kind: "volunteer", candidate, score, distanceKm: km });
    }
  }

  /**
   * The best `limit` with their reasons, the near misses, and the rest of a pool of
   * `poolSize` as out of reach. `addedInKindAndIdOrder`: activities were added before
   * volunteers, each kind by id (as the index gives them), so nothing needs sorting
   * by kind and id; a stable sort on the score alone keeps that order among equals.
   */
  result(poolSize: number, limit: number, addedInKindAndIdOrder: boolean): CitizenSuggestions {
    const { ranked, excluded, scoring } = this;
    // Whatever was not eligible or a near miss was out of reach, looked at or not.
    const outOfReach = poolSize - ranked.length - excluded.length;
    // Ranked on the rounded score, so two candidates shown with the same score are
    // always in kind/id order.
    const shown = best(ranked, limit, addedInKindAndIdOrder ? byScore : byScoreThenKindAndId);
    if (!addedInKindAndIdOrder) excluded.sort(compareKindAndId);
    const candidates = shown.map((r): Candidate => {
      const { reasons } =
        r.kind === "volunteer"
          ? explainVolunteer(scoring, r.candidate, r.distanceKm)
          : explainActivity(scoring, r.candidate, r.distanceKm);
      return { kind: r.kind, id: r.candidate.profile.id, score: r.score, reasons, distanceKm: r.distanceKm };
    });
    return { citizen: this.citizen.id, candidates, excluded, outOfReach };
  }
}
