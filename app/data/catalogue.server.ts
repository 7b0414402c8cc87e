import { type Occurrence, type OccurrenceChange, type ScheduleRule, nextOccurrences, notOverYet } from "../domain/activities/occurrences";
import { describeSchedule } from "../domain/activities/schedule";
import { type Activity, listActiveActivities } from "./activities.server";
import { listOccurrenceChanges } from "./activity-dates.server";
import type { Executor } from "./executor";

// What the public sees of the activities: only those still to come, each with the
// dates it actually takes place (occurrence changes applied). Dates are expanded
// here, on the server, because the rrule package must not reach the browser.

export interface ListedActivity extends Activity {
  /** "Hver anden tirsdag kl. 10.00–12.00" */
  schedule: string;
  /** The next date it takes place; null when every coming date is cancelled. */
  nextDate: Occurrence | null;
}

const ruleOf = (a: Activity): ScheduleRule => ({
  rrule: a.rrule,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  startTime: a.startTime,
  endTime: a.endTime,
});

/** How far ahead the catalogue looks to decide whether an activity still has dates. */
const LOOK_AHEAD = 8;

/** The moment the catalogue is read, in Denmark: today's meeting is "next" until it ends. */
export interface DanishNow {
  date: string;
  time: string;
}

function datesFrom(rule: ScheduleRule, changes: OccurrenceChange[], now: DanishNow, count: number): Occurrence[] {
  return nextOccurrences(rule, changes, now.date, count + 1)
    .filter((o) => notOverYet(o, now))
    .slice(0, count);
}

/**
 * Active activities with a date from now on (cancelled dates count: the activity
 * goes on), of one association when given. An activity whose last date has passed
 * is not listed.
 */
export async function listUpcomingActivities(
  db: Executor,
  now: DanishNow,
  associationId: string | null = null,
): Promise<ListedActivity[]> {
  const active = (await listActiveActivities(db)).filter(
    (a) => associationId === null || a.associationId === associationId,
  );
  const changes = await listOccurrenceChanges(
    db,
    active.map((a) => a.id),
  );
  return active.flatMap((a) => {
    const coming = datesFrom(ruleOf(a), changes.get(a.id) ?? [], now, LOOK_AHEAD);
    if (coming.length === 0) return [];
    return [{ ...a, schedule: describeSchedule(a), nextDate: coming.find((o) => o.status !== "cancelled") ?? null }];
  });
}

/** The next `count` dates of one activity from now on, cancelled and moved ones marked. */
export async function comingDates(db: Executor, activity: Activity, now: DanishNow, count: number): Promise<Occurrence[]> {
  const changes = await listOccurrenceChanges(db, [activity.id]);
  return datesFrom(ruleOf(activity), changes.get(activity.id) ?? [], now, count);
}
