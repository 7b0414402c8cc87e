import { isStraffeattestValid } from "../matching/rules";
import type { MatchSettings } from "../matching/types";

// An association may name which of its own volunteers takes a visit: when it accepts
// a proposal, or when it offers a volunteer from the shared waiting list. Only someone
// the matching rules would also accept as vetted can be named.

export interface VolunteerForChoice {
  status: "active" | "paused" | "ended";
  tavshedserklaering: boolean;
  straffeattestDate: string | null;
  load: number;
  capacity: number;
}

/**
 * Active, with a signed tavshedserklæring and a straffeattest within policy, and room
 * for one more citizen. `alreadyCounted` is true for the volunteer a pending proposal
 * names: that proposal is already part of their load.
 */
export function mayTakeVisit(
  v: VolunteerForChoice,
  settings: Pick<MatchSettings, "today" | "straffeattestMaxAgeMonths">,
  alreadyCounted = false,
): boolean {
  return (
    v.status === "active" &&
    v.tavshedserklaering &&
    isStraffeattestValid(v.straffeattestDate, { ...settings, maxDistanceKm: 0 }) &&
    (alreadyCounted || v.load < v.capacity)
  );
}
