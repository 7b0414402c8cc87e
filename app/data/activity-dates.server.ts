import type { OccurrenceChange } from "../domain/activities/occurrences";
import type { Executor } from "./executor";

/** The cancelled and moved occurrences of each activity, by planned date. */
export async function listOccurrenceChanges(
  db: Executor,
  activityIds: readonly string[],
): Promise<Map<string, OccurrenceChange[]>> {
  const byActivity = new Map<string, OccurrenceChange[]>(activityIds.map((id) => [id, []]));
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .selectFrom("activity_occurrence_change")
    .selectAll()
    .where("activity_id", "in", activityIds)
    .orderBy("on_date")
    .execute();
  for (const row of rows) {
    byActivity.get(row.activity_id)?.push({
      onDate: row.on_date,
      kind: row.kind,
      newDate: row.new_date,
      newStartTime: row.new_start_time,
      newEndTime: row.new_end_time,
      note: row.note,
    });
  }
  return byActivity;
}
