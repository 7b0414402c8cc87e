import { sql } from "kysely";
import type { ActivityRow } from "../../db/schema";
import { firstDateOn, rruleFor } from "../domain/activities/schedule";
import { dateInDenmark } from "../domain/pathway/working-days";
import type { Weekday } from "../domain/vocabulary";
import type { ActivityInput } from "../forms/activity";
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
  startsOn: string;
  endsOn: string | null;
  rrule: string;
  seating: boolean;
  parking: boolean;
  targetGroup: string;
  hostName: string;
  hostPhone: string;
  cancelReason: string;
  cancelledAt: string | null;
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
      title: a.title,
      description: a.description,
      interests: JSON.stringify(a.interests),
      languages: JSON.stringify(a.languages),
      weekday: a.weekday,
      start_time: a.startTime,
      end_time: a.endTime,
      address: a.address,
      postcode: a.postcode,
      city: a.city,
      lat: a.lat,
      lng: a.lng,
      step_free: toFlag(a.stepFree),
      hearing_loop: toFlag(a.hearingLoop),
      accessible_toilet: toFlag(a.accessibleToilet),
      transport: toFlag(a.transport),
      price: a.price,
      capacity: a.capacity,
      rrule: rruleFor("weekly", a.weekday),
      starts_on: firstDateOn(a.weekday, dateInDenmark()),
      status: "active",
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
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
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    rrule: row.rrule,
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

export async function getActivity(db: Executor, id: string): Promise<Activity | undefined> {
  const row = await baseQuery(db).where("activity.id", "=", id).executeTakeFirst();
  return row ? toActivity(row) : undefined;
}
