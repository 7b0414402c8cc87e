// What the matcher reads of a candidate again and again, worked out once: for every
// citizen it asks each nearby candidate how far away it is, whether the slots
// overlap and which interests are shared, and words the rules it breaks. The spatial
// index keeps its whole pool prepared; a linear scan prepares only the candidates
// within reach, and only as far as they are asked.
import { cosLatitude } from "./geo";
import { memoize } from "./memo";
import { slotMask } from "./slot-mask";
import type { ActivityProfile, RuleId, VolunteerProfile } from "./types";

/** How interests are compared: "Kortspil " and "kortspil" are the same interest. */
export const normalizeInterest = memoize((interest: string) => interest.trim().toLocaleLowerCase("da-DK"));

export class Prepared<T extends VolunteerProfile | ActivityProfile> {
  readonly profile: T;
  /** The cosine of the latitude, for the great-circle distance (geo.ts). */
  readonly cosLat: number;
  /** The candidate's slots as a mask (slot-mask.ts). */
  readonly slots: number;
  private normalizedInterests: readonly string[] | undefined;
  /**
   * Reasons for broken rules whose wording depends on the candidate alone, filled in
   * by rules.ts the first time a citizen needs one; the same for every citizen after.
   */
  wording: Partial<Record<RuleId, string>> | undefined;

  constructor(profile: T, cosLat = cosLatitude(profile)) {
    this.profile = profile;
    this.cosLat = cosLat;
    this.slots = slotMask(profile.slots);
  }

  /** The candidate's interests, normalised, each once; only eligible candidates need them. */
  get interests(): readonly string[] {
    this.normalizedInterests ??= [...new Set(this.profile.interests.map(normalizeInterest))];
    return this.normalizedInterests;
  }
}

export function prepare<T extends VolunteerProfile | ActivityProfile>(profile: T, cosLat?: number): Prepared<T> {
  return new Prepared(profile, cosLat);
}

export type PreparedVolunteer = Prepared<VolunteerProfile>;
export type PreparedActivity = Prepared<ActivityProfile>;
