import { sql } from "kysely";
import type { ActivityRow } from "../../db/schema";
import { rruleFor, weekdayOf } from "../domain/activities/schedule";
import { type ScheduleRule, isPlannedDate } from "../domain/activities/occurrences";
import type { Weekday } from "../domain/vocabulary";
import type { ActivityInput } from "../forms/activity";
import { dropChangesOutside } from "./activity-dates.server";
import { type Executor, nowIso, parseList, toFlag } from "./executor";

export interface Activity {
  id: string;
  associationId: string;
  associationName: string;
  title: string;
  description: string;
  interests: string[];
  languages: string[];
  weekday: Weekday;
  startTime: string;
  endTime: string;
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleToilet: boolean;
  transport: boolean;
  price: number;
  capacity: number;
  enrolled: number;
  status: ActivityRow["status"];
  /** RFC 5545 RRULE without DTSTART, counted from startsOn. */
  rrule: string;
  startsOn: string;
  endsOn: string | null;
  /** Chairs to sit on along the way (with armrests). */
  seating: boolean;
  /** Disabled parking close to the entrance. */
  parking: boolean;
  targetGroup: string;
  /** The named host ("modtagerven") who welcomes newcomers. */
  hostName: string;
  hostPhone: string;
  cancelReason: string;
  cancelledAt: string | null;
}

/** The schedule an association's form describes, in the shape occurrences are expanded from. */
function scheduleOfInput(a: ActivityInput): ScheduleRule {
  return {
    rrule: rruleFor(a.repeat, weekdayOf(a.startsOn)),
    startsOn: a.startsOn,
    endsOn: a.repeat === "once" ? null : (a.endsOn ?? null),
    startTime: a.startTime,
    endTime: a.endTime,
  };
}

// The columns an association's form writes; the weekday follows the first date so
// the slot matching uses and the rule the calendar expands never disagree.
function formColumns(a: ActivityInput) {
  const schedule = scheduleOfInput(a);
  return {
    title: a.title,
    description: a.description,
    interests: JSON.stringify(a.interests),
    languages: JSON.stringify(a.languages),
    weekday: weekdayOf(a.startsOn),
    start_time: schedule.startTime,
    end_time: schedule.endTime,
    rrule: schedule.rrule,
    starts_on: schedule.startsOn,
    ends_on: schedule.endsOn,
    address: a.address,
    postcode: a.postcode,
    city: a.city,
    lat: a.lat,
    lng: a.lng,
    step_free: toFlag(a.stepFree),
    hearing_loop: toFlag(a.hearingLoop),
    accessible_toilet: toFlag(a.accessibleToilet),
    seating: toFlag(a.seating),
    parking: toFlag(a.parking),
    transport: toFlag(a.transport),
    price: a.price,
    capacity: a.capacity,
    target_group: a.targetGroup ?? "",
    host_name: a.hostName ?? "",
    host_phone: a.hostPhone ?? "",
  };
}

export async function createActivity(
  db: Executor,
  associationId: string,
  createdBy: string | null,
  a: ActivityInput,
): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("activity")
    .values({
      id,
      association_id: associationId,
      ...formColumns(a),
      status: "active",
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * Saves the association's edit; false when the activity is not the association's own.
 * Cancelled or moved dates the new schedule no longer plans are dropped: they could
 * never show again. Call it in a transaction.
 */
export async function updateActivity(
  db: Executor,
  id: string,
  associationId: string,
  a: ActivityInput,
): Promise<boolean> {
  const result = await db
    .updateTable("activity")
    .set({ ...formColumns(a), updated_at: nowIso() })
    .where("id", "=", id)
    .where("association_id", "=", associationId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  const schedule = scheduleOfInput(a);
  await dropChangesOutside(db, id, (onDate) => isPlannedDate(schedule, onDate));
  return true;
}

/** Cancels the whole activity: it leaves the catalogue and matching until reopened. */
export async function cancelActivity(
  db: Executor,
  id: string,
  associationId: string,
  reason: string,
): Promise<boolean> {
  const now = nowIso();
  const result = await db
    .updateTable("activity")
    .set({ status: "cancelled", cancel_reason: reason, cancelled_at: now, updated_at: now })
    .where("id", "=", id)
    .where("association_id", "=", associationId)
    .where("status", "=", "active")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function reopenActivity(db: Executor, id: string, associationId: string): Promise<boolean> {
  const result = await db
    .updateTable("activity")
    .set({ status: "active", cancel_reason: "", cancelled_at: null, updated_at: nowIso() })
    .where("id", "=", id)
    .where("association_id", "=", associationId)
    .where("status", "=", "cancelled")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// A place is taken by a "yes" to an accepted proposal or by an active sign-up; UNION
// counts a citizen who has both once.
function baseQuery(db: Executor) {
  return db
    .selectFrom("activity")
    .innerJoin("association", "association.id", "activity.association_id")
    .selectAll("activity")
    .select("association.name as association_name")
    .select((eb) =>
      eb
        .selectFrom(
          eb
            .selectFrom("match_proposal")
            .select("match_proposal.citizen_id")
            .whereRef("match_proposal.activity_id", "=", "activity.id")
            .where("match_proposal.status", "=", "accepted")
            .where("match_proposal.answer", "=", "yes")
            .union(
              eb
                .selectFrom("activity_enrolment")
                .select("activity_enrolment.citizen_id")
                .whereRef("activity_enrolment.activity_id", "=", "activity.id")
                .where("activity_enrolment.status", "=", "active"),
            )
            .as("place"),
        )
        .select(sql<number>`count(*)`.as("n"))
        .as("enrolled"),
    );
}

type Joined = ActivityRow & { association_name: string; enrolled: number | null };

function toActivity(row: Joined): Activity {
  return {
    id: row.id,
    associationId: row.association_id,
    associationName: row.association_name,
    title: row.title,
    description: row.description,
    interests: parseList(row.interests),
    languages: parseList(row.languages),
    weekday: row.weekday as Weekday,
    startTime: row.start_time,
    endTime: row.end_time,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    stepFree: row.step_free === 1,
    hearingLoop: row.hearing_loop === 1,
    accessibleToilet: row.accessible_toilet === 1,
    transport: row.transport === 1,
    price: row.price,
    capacity: row.capacity,
    enrolled: row.enrolled ?? 0,
    status: row.status,
    rrule: row.rrule,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    seating: row.seating === 1,
    parking: row.parking === 1,
    targetGroup: row.target_group,
    hostName: row.host_name,
    hostPhone: row.host_phone,
    cancelReason: row.cancel_reason,
    cancelledAt: row.cancelled_at,
  };
}

const weekdayOrder = sql<number>`case activity.weekday when 'mon' then 1 when 'tue' then 2 when 'wed' then 3 when 'thu' then 4 when 'fri' then 5 when 'sat' then 6 else 7 end`;

/** The public catalogue: active activities, by weekday and time. */
export async function listActiveActivities(db: Executor): Promise<Activity[]> {
  const rows = await baseQuery(db)
    .where("activity.status", "=", "active")
    .orderBy(weekdayOrder)
    .orderBy("activity.start_time")
    .orderBy("activity.title")
    .execute();
  return rows.map(toActivity);
}

export async function listActivitiesInMunicipality(
  db: Executor,
  municipalityId: string,
): Promise<Activity[]> {
  const rows = await baseQuery(db)
    .where("association.municipality_id", "=", municipalityId)
    .execute();
  return rows.map(toActivity);
}

/** All of one association's activities, cancelled ones included, by title. */
export async function listAssociationActivities(db: Executor, associationId: string): Promise<Activity[]> {
  const rows = await baseQuery(db)
    .where("activity.association_id", "=", associationId)
    .orderBy("activity.status")
    .orderBy(weekdayOrder)
    .orderBy("activity.start_time")
    .execute();
  return rows.map(toActivity);
}

/** One of the association's own activities; undefined for another association's. */
export async function getOwnActivity(
  db: Executor,
  id: string,
  associationId: string,
): Promise<Activity | undefined> {
  const row = await baseQuery(db)
    .where("activity.id", "=", id)
    .where("activity.association_id", "=", associationId)
    .executeTakeFirst();
  return row ? toActivity(row) : undefined;
}

export async function getActivity(db: Executor, id: string): Promise<Activity | undefined> {
  const row = await baseQuery(db).where("activity.id", "=", id).executeTakeFirst();
  return row ? toActivity(row) : undefined;
}
