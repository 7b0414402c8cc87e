import { dateInDenmark } from "../domain/pathway/working-days";
import type { Database } from "../../db/database";
import {
  type ActivityProfile,
  type Candidate,
  CandidateIndex,
  type CitizenProfile,
  type CitizenSuggestions,
  type MatchSettings,
  type ScoreWeights,
  type VolunteerProfile,
  suggestWithIndex,
} from "../domain/matching";
import { slotOf } from "../domain/vocabulary";

import { type Activity, listActivitiesInMunicipality } from "./activities.server";
import { audit } from "./audit.server";
import type { Citizen } from "./citizens.server";
import type { Executor } from "./executor";
import { getMatchPolicy } from "./organisations.server";
import { createProposal, listDeclinedTargets } from "./proposals.server";
import { firstReferralsAt } from "./referrals.server";
import { type Volunteer, listVolunteersInMunicipality } from "./volunteers.server";

// Translates stored rows into the matching module's profiles, so the domain
// never sees the database and the database never sees the rules.

export const volunteerProfile = (v: Volunteer): VolunteerProfile => ({
  id: v.id,
  lat: v.lat,
  lng: v.lng,
  radiusKm: v.radiusKm,
  interests: v.interests,
  languages: v.languages,
  slots: v.slots,
  capacity: v.capacity,
  load: v.load,
  gender: v.gender,
  car: v.car,
  status: v.status,
  tavshedserklaering: v.tavshedserklaeringSignedOn !== null,
  straffeattestDate: v.straffeattestDate,
});

export const activityProfile = (a: Activity): ActivityProfile => ({
  id: a.id,
  lat: a.lat,
  lng: a.lng,
  interests: a.interests,
  languages: a.languages,
  slots: [slotOf(a.weekday, a.startTime)],
  capacity: a.capacity,
  enrolled: a.enrolled,
  price: a.price,
  stepFree: a.stepFree,
  hearingLoop: a.hearingLoop,
  accessibleToilet: a.accessibleToilet,
  transport: a.transport,
  status: a.status,
});

export type LocatedCitizen = Citizen & { lat: number; lng: number };

/**
 * Only citizens whose screening gave them a position, and whose pathway is between
 * screening and closing, are matched.
 */
export function isMatchable(c: Citizen): c is LocatedCitizen {
  return c.lat !== null && c.lng !== null && matchableSteps.includes(c.status);
}
const matchableSteps: readonly Citizen["status"][] = ["screened", "in_progress", "follow_up"];

const citizenProfile = (c: LocatedCitizen, declined: string[], waitingSince: string): CitizenProfile => ({
  id: c.id,
  lat: c.lat,
  lng: c.lng,
  interests: c.interests,
  languages: c.languages,
  barriers: c.barriers,
  format: c.format,
  slots: c.slots,
  genderPreference: c.genderPreference,
  escort: c.escort,
  declined,
  waitingSince,
});

/**
 * When each citizen started waiting: the first referral, or registration when screened
 * without one — the date the shared waiting list counts from, so "Har ventet 5 uger"
 * means the same on both pages.
 */
export async function waitingSince(db: Executor, citizens: readonly Citizen[]): Promise<Map<string, string>> {
  const referred = await firstReferralsAt(db, citizens.map((c) => c.id));
  return new Map(citizens.map((c) => [c.id, dateInDenmark(referred.get(c.id) ?? c.createdAt)]));
}

export interface MatchView {
  suggestions: CitizenSuggestions;
  volunteers: ReadonlyMap<string, Volunteer>;
  activities: ReadonlyMap<string, Activity>;
}

/**
 * Everything a municipality's citizens are matched against, read once: its policy and
 * every volunteer and activity, indexed by place. One pool serves any number of
 * citizens, so a batch costs one read of the pool, not one per citizen.
 */
export interface MunicipalityPool {
  settings: MatchSettings;
  weights: ScoreWeights | undefined;
  volunteers: ReadonlyMap<string, Volunteer>;
  activities: ReadonlyMap<string, Activity>;
  index: CandidateIndex;
}

export async function loadMunicipalityPool(db: Executor, municipalityId: string): Promise<MunicipalityPool> {
  const [policy, volunteers, activities] = await Promise.all([
    getMatchPolicy(db, municipalityId),
    listVolunteersInMunicipality(db, municipalityId),
    listActivitiesInMunicipality(db, municipalityId),
  ]);
  return {
    settings: {
      today: dateInDenmark(),
      maxDistanceKm: policy?.maxDistanceKm ?? 10,
      straffeattestMaxAgeMonths: policy?.straffeattestMaxAgeMonths ?? 24,
    },
    // The score divides by the weights' sum, so per cent work as they are.
    weights: policy?.weights,
    volunteers: new Map(volunteers.map((v) => [v.id, v])),
    activities: new Map(activities.map((a) => [a.id, a])),
    index: new CandidateIndex({
      volunteers: volunteers.map(volunteerProfile),
      activities: activities.map(activityProfile),
    }),
  };
}

/**
 * Suggestions for one citizen against a loaded pool; `declined` are the targets they
 * said no to, `waitingSince` the day they started waiting (see `waitingSince`).
 */
export function suggestFromPool(
  pool: MunicipalityPool,
  citizen: LocatedCitizen,
  declined: string[],
  waitingSince: string,
  limit: number,
): MatchView {
  const suggestions = suggestWithIndex(
    citizenProfile(citizen, declined, waitingSince),
    pool.index,
    pool.settings,
    pool.weights ? { limit, weights: pool.weights } : { limit },
  );
  return { suggestions, volunteers: pool.volunteers, activities: pool.activities };
}

/** Suggestions for one citizen against every volunteer and activity in the municipality, read now. */
export async function suggestionsFor(db: Executor, citizen: Citizen, limit = 10): Promise<MatchView> {
  if (!isMatchable(citizen)) {
    return {
      suggestions: { citizen: citizen.id, candidates: [], excluded: [], outOfReach: 0 },
      volunteers: new Map(),
      activities: new Map(),
    };
  }
  const [pool, declined, since] = await Promise.all([
    loadMunicipalityPool(db, citizen.municipalityId),
    listDeclinedTargets(db, citizen.id),
    waitingSince(db, [citizen]),
  ]);
  return suggestFromPool(pool, citizen, declined, since.get(citizen.id)!, limit);
}

/** The association that would receive a proposal for this candidate. */
export function associationOfCandidate(view: MatchView, candidate: Candidate): string | undefined {
  return candidate.kind === "volunteer"
    ? view.volunteers.get(candidate.id)?.associationId
    : view.activities.get(candidate.id)?.associationId;
}

/**
 * Sends a candidate to its association as a proposal, with the rules' own score and
 * reasons, and records it in the audit log; returns the proposal id.
 */
export function proposeCandidate(
  db: Database,
  citizenId: string,
  candidate: Candidate,
  associationId: string,
  proposedBy: string,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const proposalId = await createProposal(trx, {
      citizenId,
      kind: candidate.kind,
      targetId: candidate.id,
      associationId,
      score: candidate.score,
      reasons: candidate.reasons,
      proposedBy,
    });
    await audit(trx, {
      userId: proposedBy,
      action: "create",
      entity: "match_proposal",
      entityId: proposalId,
      purpose: "Forslag om match sendt til forening",
      details: { citizenId },
    });
    return proposalId;
  });
}
