import { CandidateIndex } from "./candidate-index";
import { cosLatitude, distanceWithCosines } from "./geo";
import { prepare } from "./prepared";
import { CitizenRanking, compareKindAndId } from "./ranking";
import { isActivityWithinReach, isVolunteerWithinReach } from "./rules";
import { DEFAULT_WEIGHTS, assertValidWeights, type ScoreWeights } from "./score";
import type {
  Candidate,
  CandidatePool,
  CitizenProfile,
  CitizenSuggestions,
  MatchPool,
  MatchSettings,
  PoolSuggestions,
  SuggestionResult,
} from "./types";

export const DEFAULT_LIMIT = 20;

export interface SuggestOptions {
  /** How many candidates to return per citizen (default 20). */
  limit?: number;
  weights?: ScoreWeights;
}

/** Best first; equal (rounded) scores by kind then id, so output is stable between runs. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.score - a.score || compareKindAndId(a, b);
}

function resolveLimit(options: SuggestOptions): number {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
  return limit;
}

/**
 * Ranked candidates for one citizen: the best `limit` that pass every hard rule,
 * every near miss (within reach, another rule broken) with its first broken rule,
 * and how many were out of reach. A linear scan of the whole pool.
 */
export function suggestForCitizen(
  citizen: CitizenProfile,
  pool: CandidatePool,
  settings: MatchSettings,
  options: SuggestOptions = {},
): CitizenSuggestions {
  const limit = resolveLimit(options);
  const ranking = new CitizenRanking(citizen, settings, options.weights ?? DEFAULT_WEIGHTS);
  const cosLat = cosLatitude(citizen);
  // Only candidates within reach are prepared: far away, the distance is all there is to know.
  for (const activity of pool.activities) {
    const activityCos = cosLatitude(activity);
    const km = distanceWithCosines(citizen, cosLat, activity, activityCos);
    if (isActivityWithinReach(citizen, activity, km, settings)) ranking.addActivity(prepare(activity, activityCos), km);
  }
  for (const volunteer of pool.volunteers) {
    const volunteerCos = cosLatitude(volunteer);
    const km = distanceWithCosines(citizen, cosLat, volunteer, volunteerCos);
    if (isVolunteerWithinReach(volunteer, km)) ranking.addVolunteer(prepare(volunteer, volunteerCos), km);
  }
  return ranking.result(pool.volunteers.length + pool.activities.length, limit, false);
}

/**
 * The same as `suggestForCitizen` on the index's pool, but the rules only look at the
 * candidates the spatial index finds possibly within reach; the others are counted as
 * out of reach without being looked at.
 */
export function suggestWithIndex(
  citizen: CitizenProfile,
  index: CandidateIndex,
  settings: MatchSettings,
  options: SuggestOptions = {},
): CitizenSuggestions {
  const limit = resolveLimit(options);
  const ranking = new CitizenRanking(citizen, settings, options.weights ?? DEFAULT_WEIGHTS);
  const cosLat = cosLatitude(citizen);
  const reachable = index.reachable(citizen, settings);
  // Activities first, each kind by id: the order the ranking's result is in.
  for (const candidate of reachable.activities) {
    const km = distanceWithCosines(citizen, cosLat, candidate.profile, candidate.cosLat);
    if (isActivityWithinReach(citizen, candidate.profile, km, settings)) ranking.addActivity(candidate, km);
  }
  for (const candidate of reachable.volunteers) {
    const km = distanceWithCosines(citizen, cosLat, candidate.profile, candidate.cosLat);
    if (isVolunteerWithinReach(candidate.profile, km)) ranking.addVolunteer(candidate, km);
  }
  const { pool } = index;
  return ranking.result(pool.volunteers.length + pool.activities.length, limit, true);
}

/** Exactly the fields of the `suggest` output in DESIGN.md; nothing internal leaks. */
export function toSuggestionResult(suggestions: CitizenSuggestions): SuggestionResult {
  return {
    citizen: suggestions.citizen,
    candidates: suggestions.candidates.map(({ kind, id, score, reasons }) => ({
      kind,
      id,
      score,
      reasons,
    })),
    excluded: suggestions.excluded.map(({ kind, id, rule, reason }) => ({ kind, id, rule, reason })),
    outOfReach: suggestions.outOfReach,
  };
}

/**
 * Suggestions for every citizen in a pool file, in the file's order. The pool is
 * indexed once, so each citizen costs what is near them, not the whole pool.
 */
export function suggestForPool(pool: MatchPool, options: SuggestOptions = {}): PoolSuggestions {
  resolveLimit(options);
  assertValidWeights(options.weights ?? DEFAULT_WEIGHTS);
  const index = new CandidateIndex({ volunteers: pool.volunteers, activities: pool.activities });
  return {
    results: pool.citizens.map((citizen) =>
      toSuggestionResult(suggestWithIndex(citizen, index, pool.settings, options)),
    ),
  };
}
