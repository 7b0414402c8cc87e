import type { ScoreWeights } from "../domain/matching/score";
import type { MatchPolicyInput } from "../forms/match-policy";
import type { Executor } from "./executor";
import { parseList } from "./executor";

export async function getMunicipality(db: Executor, id: string) {
  const row = await db.selectFrom("municipality").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? { ...row, addressLines: parseList(row.address_lines) } : undefined;
}

/** What a municipality has decided about matching: its policies and the score's weights. */
export interface MatchPolicy {
  maxDistanceKm: number;
  straffeattestMaxAgeMonths: number;
  proposalResponseDays: number;
  /** In per cent, summing to 100. */
  weights: ScoreWeights;
}

export async function getMatchPolicy(db: Executor, municipalityId: string): Promise<MatchPolicy | undefined> {
  const m = await db.selectFrom("municipality").selectAll().where("id", "=", municipalityId).executeTakeFirst();
  return m
    ? {
        maxDistanceKm: m.max_distance_km,
        straffeattestMaxAgeMonths: m.straffeattest_max_age_months,
        proposalResponseDays: m.proposal_response_days,
        weights: {
          interest: m.weight_interest,
          distance: m.weight_distance,
          time: m.weight_time,
          format: m.weight_format,
          load: m.weight_load,
          waiting: m.weight_waiting,
        },
      }
    : undefined;
}

export async function setMatchPolicy(db: Executor, municipalityId: string, p: MatchPolicyInput): Promise<void> {
  await db
    .updateTable("municipality")
    .set({
      max_distance_km: p.maxDistanceKm,
      straffeattest_max_age_months: p.straffeattestMaxAgeMonths,
      proposal_response_days: p.proposalResponseDays,
      weight_interest: p.weightInterest,
      weight_distance: p.weightDistance,
      weight_time: p.weightTime,
      weight_format: p.weightFormat,
      weight_load: p.weightLoad,
      weight_waiting: p.weightWaiting,
    })
    .where("id", "=", municipalityId)
    .execute();
}

/**
 * Every municipality's name, department and phone: what the reply page offers a
 * citizen whose link no longer works, without looking at the link itself.
 */
export function listMunicipalityPhones(db: Executor) {
  return db
    .selectFrom("municipality")
    .select(["id", "name", "department", "phone"])
    .orderBy("name")
    .execute();
}
