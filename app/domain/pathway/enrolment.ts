// Whether a citizen may take a place on a group activity. The activity's `enrolled`
// already counts everyone holding a place (a "yes" to a proposal or a sign-up), so a
// citizen who said yes to a proposal keeps that place when the coordinator signs
// them up, instead of being turned away by their own seat.

export type EnrolmentRefusal = "not_active" | "already_enrolled" | "full";

export interface EnrolmentCheck {
  activity: { status: "active" | "cancelled"; capacity: number; enrolled: number };
  /** The citizen has an active sign-up for this activity. */
  alreadyEnrolled: boolean;
  /** The citizen is already counted in `enrolled` through a "yes" to a proposal. */
  holdsPlace: boolean;
}

export function refuseEnrolment({ activity, alreadyEnrolled, holdsPlace }: EnrolmentCheck): EnrolmentRefusal | null {
  if (activity.status !== "active") return "not_active";
  if (alreadyEnrolled) return "already_enrolled";
  if (!holdsPlace && activity.enrolled >= activity.capacity) return "full";
  return null;
}

/** Places left, never negative: proposals answered after a sign-up may overfill. */
export const freePlaces = (activity: { capacity: number; enrolled: number }) =>
  Math.max(0, activity.capacity - activity.enrolled);
