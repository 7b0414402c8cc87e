import type { OccurrenceChange } from "../domain/activities/occurrences";
import { type Executor, nowIso } from "./executor";

// Single dates of a recurring activity that are cancelled or moved, keyed by the date
// the rule planned. The catalogue and the iCal feeds read them with
// listOccurrenceChanges; the association changes them on /aktiviteter/:id/datoer.

/** The changes of each activity, by planned date; activities without changes are absent. */
export async function listOccurrenceChanges(
  db: Executor,
  activityIds: readonly string[],
): Promise<Map<string, OccurrenceChange[]>> {
  const byActivity = new Map<string, OccurrenceChange[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .selectFrom("activity_occurrence_change")
    .selectAll()
    .where("activity_id", "in", [...activityIds])
    .orderBy("on_date")
    .execute();
  for (const row of rows) {
    const change: OccurrenceChange = {
      onDate: row.on_date,
      kind: row.kind,
      newDate: row.new_date,
      newStartTime: row.new_start_time,
      newEndTime: row.new_end_time,
      note: row.note,
    };
    byActivity.set(row.activity_id, [...(byActivity.get(row.activity_id) ?? []), change]);
  }
  return byActivity;
}

/** Cancels or moves one planned date, replacing an earlier change of that date. */
export async function saveOccurrenceChange(
  db: Executor,
  activityId: string,
  change: OccurrenceChange,
  changedBy: string | null,
): Promise<void> {
  const values = {
    kind: change.kind,
    new_date: change.kind === "moved" ? change.newDate : null,
    new_start_time: change.kind === "moved" ? change.newStartTime : null,
    new_end_time: change.kind === "moved" ? change.newEndTime : null,
    note: change.note,
    changed_by: changedBy,
    created_at: nowIso(),
  };
  await db
    .insertInto("activity_occurrence_change")
    .values({ id: crypto.randomUUID(), activity_id: activityId, on_date: change.onDate, ...values })
    .onConflict((oc) => oc.columns(["activity_id", "on_date"]).doUpdateSet(values))
    .execute();
}

/** Puts a planned date back as the rule has it; false when it was not changed. */
export async function removeOccurrenceChange(db: Executor, activityId: string, onDate: string): Promise<boolean> {
  const result = await db
    .deleteFrom("activity_occurrence_change")
    .where("activity_id", "=", activityId)
    .where("on_date", "=", onDate)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * After the schedule itself is edited, changes to dates the new rule no longer plans
 * would never show; they are dropped so the dates page does not keep ghosts.
 */
export async function dropChangesOutside(
  db: Executor,
  activityId: string,
  stillPlanned: (onDate: string) => boolean,
): Promise<void> {
  const changes = (await listOccurrenceChanges(db, [activityId])).get(activityId) ?? [];
  const stale = changes.filter((c) => !stillPlanned(c.onDate)).map((c) => c.onDate);
  if (stale.length === 0) return;
  await db
    .deleteFrom("activity_occurrence_change")
    .where("activity_id", "=", activityId)
    .where("on_date", "in", stale)
    .execute();
}
