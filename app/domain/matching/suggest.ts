import { CandidateIndex } from "./candidate-index";
import { checkActivity, checkVolunteer } from "./rules";
import {
  DEFAULT_WEIGHTS,
  assertValidWeights,
  roundScore,
  scoreActivity,
  scoreVolunteer,
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

function resolveOptions(options: SuggestOptions) {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  assertValidWeights(weights);
  return { limit, weights };
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
  return rank(citizen, pool, pool.volunteers.length + pool.activities.length, settings, options);
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
  );
}

/**
 * Runs the rules and the score over `reachable`, a subset of a pool of `poolSize`
 * candidates holding at least every candidate within reach, in pool order or in any
 * order that a stable sort by kind and id turns into the same (as the index gives).
 */
function rank(
  citizen: CitizenProfile,
  reachable: CandidatePool,
  poolSize: number,
  settings: MatchSettings,
  options: SuggestOptions,
): CitizenSuggestions {
  const { limit, weights } = resolveOptions(options);
  // Eligible candidates are ranked on the score alone; the Danish reasons, the costly
  // part, are written afterwards for the `limit` shown. Activities go first because
  // they sort first: from the index, the near misses then arrive already in order.
  const candidates: Candidate[] = [];
  const profiles = new Map<Candidate, VolunteerProfile | ActivityProfile>();
  const excluded: Exclusion[] = [];

  for (const activity of reachable.activities) {
    const verdict = checkActivity(citizen, activity, settings);
    if (verdict.outcome === "excluded") {
      excluded.push({ kind: "activity", id: activity.id, rule: verdict.rule, reason: verdict.reason });
    } else if (verdict.outcome === "eligible") {
      const { score } = scoreActivity(citizen, activity, verdict.distanceKm, settings, weights, false);
      const candidate: Candidate = {
        kind: "activity",
        id: activity.id,
        score: roundScore(score),
        reasons: [],
        distanceKm: verdict.distanceKm,
      };
      candidates.push(candidate);
      profiles.set(candidate, activity);
    }
  }
  for (const volunteer of reachable.volunteers) {
    const verdict = checkVolunteer(citizen, volunteer, settings);
    if (verdict.outcome === "excluded") {
      excluded.push({ kind: "volunteer", id: volunteer.id, rule: verdict.rule, reason: verdict.reason });
    } else if (verdict.outcome === "eligible") {
      const { score } = scoreVolunteer(citizen, volunteer, verdict.distanceKm, settings, weights, false);
      const candidate: Candidate = {
        kind: "volunteer",
        id: volunteer.id,
        score: roundScore(score),
        reasons: [],
        distanceKm: verdict.distanceKm,
      };
      candidates.push(candidate);
      profiles.set(candidate, volunteer);
    }
  }

  // Whatever was not eligible or a near miss was out of reach, looked at or not.
  const outOfReach = poolSize - candidates.length - excluded.length;
  // Ranked on the rounded score, so two candidates shown with the same score are
  // always in kind/id order.
  candidates.sort(compareCandidates);
  excluded.sort(compareKindAndId);
  const shown = candidates.slice(0, limit);
  for (const candidate of shown) {
    const profile = profiles.get(candidate)!;
    candidate.reasons = (
      candidate.kind === "volunteer"
        ? scoreVolunteer(citizen, profile as VolunteerProfile, candidate.distanceKm, settings, weights)
        : scoreActivity(citizen, profile as ActivityProfile, candidate.distanceKm, settings, weights)
    ).reasons;
  }
  return { citizen: citizen.id, candidates: shown, excluded, outOfReach };
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
  resolveOptions(options);
  const index = new CandidateIndex({ volunteers: pool.volunteers, activities: pool.activities });
  return {
    results: pool.citizens.map((citizen) =>
      toSuggestionResult(suggestWithIndex(citizen, index, pool.settings, options)),
    ),
  };
}
