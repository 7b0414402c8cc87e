// What the matcher reads of a candidate again and again, worked out once: for every
// citizen it asks each nearby candidate how far away it is, whether the slots
// overlap and which interests are shared. The spatial index keeps these for its whole
// pool; a linear scan prepares the pool it is given.
import { cosLatitude } from "./geo";
import { memoize } from "./memo";
import { slotMask } from "./slot-mask";
import type { ActivityProfile, VolunteerProfile } from "./types";

/** How interests are compared: "Kortspil " and "kortspil" are the same interest. */
export const normalizeInterest = memoize((interest: string) => interest.trim().toLocaleLowerCase("da-DK"));

export interface Prepared<T extends VolunteerProfile | ActivityProfile> {
  profile: T;
  cosLat: number;
  /** The candidate's slots as a mask (slot-mask.ts). */
  slots: number;
  /** The candidate's interests, normalised, each once. */
  interests: readonly string[];
}

export function prepare<T extends VolunteerProfile | ActivityProfile>(profile: T): Prepared<T> {
  return {
    profile,
    cosLat: cosLatitude(profile),
    slots: slotMask(profile.slots),
    interests: [...new Set(profile.interests.map(normalizeInterest))],
  };
}

export type PreparedVolunteer = Prepared<VolunteerProfile>;
export type PreparedActivity = Prepared<ActivityProfile>;
