import { addDays } from "../pathway/working-days";

/**
 * When the "after the first visit" follow-up is due once the association confirms the
 * visit. The default plan guesses the visit a week after the pathway starts; the
 * confirmed date replaces that guess. The day after the visit the experience is fresh
 * for the citizen and the coordinator can still act if it went badly. A visit confirmed
 * late gives a due date in the past, which puts the follow-up on the worklist at once,
 * as it should.
 */
export function firstVisitFollowUpDue(firstVisitOn: string): string {
  return addDays(firstVisitOn, 1);
}
