import { CandidateIndex } from "./candidate-index";
import { cosLatitude, distanceWithCosines } from "./geo";
import { type PreparedActivity, type PreparedVolunteer, prepare } from "./prepared";
import {
  ACTIVITY_REASONS,
  VOLUNTEER_REASONS,
  brokenActivityRule,
  brokenVolunteerRule,
  citizenFacts,
  isActivityWithinReach,
  isVolunteerWithinReach,
} from "./rules";
import {
  DEFAULT_WEIGHTS,
  activityScore,
  assertValidWeights,
  explainActivity,
  explainVolunteer,
  roundScore,
  scoringContext,
  volunteerScore,
  type ScoreWeights,
} from "./score";
import type {
  ActivityProfile,
  Candidate,
  CandidateKind,
  CandidatePool,
  CitizenProfile,
  CitizenSuggestions,
  Exclusion,
  MatchPool,
  MatchSettings,
  PoolSuggestions,
  SuggestionResult,
  VolunteerProfile,
} from "./types";

export const DEFAULT_LIMIT = 20;

export interface SuggestOptions {
  /** How many candidates to return per citizen (default 20). */
  limit?: number;
  weights?: ScoreWeights;
}

// Plain code-unit comparison, not localeCompare: the order must not depend on the
// ICU data or locale of the machine that runs it.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By kind ("activity" before "volunteer"), then id: the deterministic tie-break. */
function compareKindAndId(a: { kind: CandidateKind; id: string }, b: { kind: CandidateKind; id: string }) {
  return compareText(a.kind, b.kind) || compareText(a.id, b.id);
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
  const prepared = { volunteers: pool.volunteers.map(prepare), activities: pool.activities.map(prepare) };
  return rank(citizen, prepared, pool.volunteers.length + pool.activities.length, settings, options, false);
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
  const { pool } = index;
  return rank(
    citizen,
    index.reachable(citizen, settings),
    pool.volunteers.length + pool.activities.length,
    settings,
    options,
    true,
  );
}

/** An eligible candidate before it is known whether it will be shown. */
type Ranked =
  | { kind: "activity"; candidate: PreparedActivity; score: number; distanceKm: number }
  | { kind: "volunteer"; candidate: PreparedVolunteer; score: number; distanceKm: number };

const byScore = (a: Ranked, b: Ranked) => b.score - a.score;
const byScoreThenKindAndId = (a: Ranked, b: Ranked) =>
  b.score - a.score || compareText(a.kind, b.kind) || compareText(a.candidate.profile.id, b.candidate.profile.id);

/**
 * Runs the rules and the score over `reachable`, a subset of a pool of `poolSize`
 * candidates holding at least every candidate within reach. `inKindAndIdOrder` says
 * the lists are sorted by id (stably, as the index gives them), so nothing needs
 * sorting by kind and id here; otherwise they are in pool order.
 *
 * The work per candidate is kept to what the result needs: a near miss gets the
 * wording of its one broken rule, an eligible candidate only its score; the Danish
 * reasons, the costly part, are written afterwards for the `limit` shown.
 */
function rank(
  citizen: CitizenProfile,
  reachable: { volunteers: readonly PreparedVolunteer[]; activities: readonly PreparedActivity[] },
  poolSize: number,
  settings: MatchSettings,
  options: SuggestOptions,
  inKindAndIdOrder: boolean,
): CitizenSuggestions {
  const limit = resolveLimit(options);
  const facts = citizenFacts(citizen, settings);
  const scoring = scoringContext(citizen, settings, options.weights ?? DEFAULT_WEIGHTS);
  const cosLat = cosLatitude(citizen);
  const ranked: Ranked[] = [];
  const excluded: Exclusion[] = [];

  // Activities first because they sort first: in kind and id order, the near misses
  // then arrive already sorted.
  for (const candidate of reachable.activities) {
    const activity = candidate.profile;
    const km = distanceWithCosines(citizen, cosLat, activity, candidate.cosLat);
    if (!isActivityWithinReach(citizen, activity, km, settings)) continue;
    const rule = brokenActivityRule(facts, candidate);
    if (rule) {
      excluded.push({ kind: "activity", id: activity.id, rule, reason: ACTIVITY_REASONS[rule](facts, activity, settings) });
    } else {
      ranked.push({ kind: "activity", candidate, score: roundScore(activityScore(scoring, candidate, km)), distanceKm: km });
    }
  }
  for (const candidate of reachable.volunteers) {
    const volunteer = candidate.profile;
    const km = distanceWithCosines(citizen, cosLat, volunteer, candidate.cosLat);
    if (!isVolunteerWithinReach(volunteer, km)) continue;
    const rule = brokenVolunteerRule(facts, candidate);
    if (rule) {
      excluded.push({ kind: "volunteer", id: volunteer.id, rule, reason: VOLUNTEER_REASONS[rule](facts, volunteer, settings) });
    } else {
      ranked.push({ kind: "volunteer", candidate, score: roundScore(volunteerScore(scoring, candidate, km)), distanceKm: km });
    }
  }

  // Whatever was not eligible or a near miss was out of reach, looked at or not.
  const outOfReach = poolSize - ranked.length - excluded.length;
  // Ranked on the rounded score, so two candidates shown with the same score are
  // always in kind/id order; arriving in that order, a stable sort on the score keeps it.
  ranked.sort(inKindAndIdOrder ? byScore : byScoreThenKindAndId);
  if (!inKindAndIdOrder) excluded.sort(compareKindAndId);
  const candidates = ranked.slice(0, limit).map((r): Candidate => {
    const explained =
      r.kind === "volunteer"
        ? explainVolunteer(scoring, r.candidate, r.distanceKm)
        : explainActivity(scoring, r.candidate, r.distanceKm);
    return { kind: r.kind, id: r.candidate.profile.id, score: r.score, reasons: explained.reasons, distanceKm: r.distanceKm };
  });
  return { citizen: citizen.id, candidates, excluded, outOfReach };
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
