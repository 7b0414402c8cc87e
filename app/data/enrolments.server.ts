import type { ActivityEnrolmentTable } from "../../db/schema";
import type { Weekday } from "../domain/vocabulary";
import { type Executor, nowIso, toFlag } from "./executor";

export interface Enrolment {
  id: string;
  activityId: string;
  title: string;
  weekday: Weekday;
  startTime: string;
  endTime: string;
  place: string;
  associationName: string;
  status: ActivityEnrolmentTable["status"];
  enrolledOn: string;
  endedOn: string | null;
  attended: number;
  recorded: number;
  attendance: { onDate: string; attended: boolean; note: string }[];
}

/** The citizen's sign-ups, active ones first, each with its attendance. */
export async function listEnrolments(db: Executor, citizenId: string): Promise<Enrolment[]> {
  const rows = await db
    .selectFrom("activity_enrolment")
    .innerJoin("activity", "activity.id", "activity_enrolment.activity_id")
    .innerJoin("association", "association.id", "activity.association_id")
    .select([
      "activity_enrolment.id",
      "activity_enrolment.activity_id",
      "activity_enrolment.status",
      "activity_enrolment.enrolled_on",
      "activity_enrolment.ended_on",
      "activity.title",
      "activity.weekday",
      "activity.start_time",
      "activity.end_time",
      "activity.address",
      "activity.city",
      "association.name as association_name",
    ])
    .where("activity_enrolment.citizen_id", "=", citizenId)
    .orderBy("activity_enrolment.status")
    .orderBy("activity_enrolment.enrolled_on", "desc")
    .execute();
  const attendance = rows.length
    ? await db
        .selectFrom("attendance")
        .select(["enrolment_id", "on_date", "attended", "note"])
        .where(
          "enrolment_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("on_date", "desc")
        .execute()
    : [];
  return rows.map((r) => {
    const own = attendance.filter((a) => a.enrolment_id === r.id);
    return {
      id: r.id,
      activityId: r.activity_id,
      title: r.title,
      weekday: r.weekday as Weekday,
      startTime: r.start_time,
      endTime: r.end_time,
      place: `${r.address}, ${r.city}`,
      associationName: r.association_name,
      status: r.status,
      enrolledOn: r.enrolled_on,
      endedOn: r.ended_on,
      attended: own.filter((a) => a.attended === 1).length,
      recorded: own.length,
      attendance: own.map((a) => ({ onDate: a.on_date, attended: a.attended === 1, note: a.note })),
    };
  });
}

export function findEnrolment(db: Executor, citizenId: string, activityId: string) {
  return db
    .selectFrom("activity_enrolment")
    .select(["id", "status"])
    .where("citizen_id", "=", citizenId)
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
}

/** The citizen said yes to an accepted proposal for the activity, so a place is already theirs. */
export async function holdsPlaceByProposal(db: Executor, citizenId: string, activityId: string): Promise<boolean> {
  const row = await db
    .selectFrom("match_proposal")
    .select("id")
    .where("citizen_id", "=", citizenId)
    .where("activity_id", "=", activityId)
    .where("status", "=", "accepted")
    .where("answer", "=", "yes")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Signs the citizen up. A citizen who left the activity and comes back gets their
 * old sign-up reopened (one row per citizen and activity), with its attendance kept.
 */
export async function enrol(
  db: Executor,
  citizenId: string,
  activityId: string,
  by: string,
  today: string,
): Promise<string> {
  const existing = await findEnrolment(db, citizenId, activityId);
  if (existing) {
    await db
      .updateTable("activity_enrolment")
      .set({ status: "active", enrolled_on: today, ended_on: null, enrolled_by: by })
      .where("id", "=", existing.id)
      .execute();
    return existing.id;
  }
  const id = crypto.randomUUID();
  await db
    .insertInto("activity_enrolment")
    .values({
      id,
      citizen_id: citizenId,
      activity_id: activityId,
      status: "active",
      enrolled_on: today,
      ended_on: null,
      enrolled_by: by,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** Ends an active sign-up of the citizen; false when there is none with that id. */
export async function endEnrolment(db: Executor, citizenId: string, enrolmentId: string, today: string) {
  const result = await db
    .updateTable("activity_enrolment")
    .set({ status: "ended", ended_on: today })
    .where("id", "=", enrolmentId)
    .where("citizen_id", "=", citizenId)
    .where("status", "=", "active")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function getActiveEnrolment(db: Executor, citizenId: string, enrolmentId: string) {
  return db
    .selectFrom("activity_enrolment")
    .select("id")
    .where("id", "=", enrolmentId)
    .where("citizen_id", "=", citizenId)
    .where("status", "=", "active")
    .executeTakeFirst();
}

/** One record per sign-up and date: recording the same date again corrects it. */
export async function recordAttendance(
  db: Executor,
  enrolmentId: string,
  by: string,
  a: { onDate: string; attended: boolean; note?: string },
): Promise<void> {
  await db
    .insertInto("attendance")
    .values({
      id: crypto.randomUUID(),
      enrolment_id: enrolmentId,
      on_date: a.onDate,
      attended: toFlag(a.attended),
      note: a.note ?? "",
      recorded_by: by,
      created_at: nowIso(),
    })
    .onConflict((oc) =>
      oc.columns(["enrolment_id", "on_date"]).doUpdateSet({
        attended: toFlag(a.attended),
        note: a.note ?? "",
        recorded_by: by,
      }),
    )
    .execute();
}
