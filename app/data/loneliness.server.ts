import type { LonelinessScoreTable } from "../../db/schema";
import { scoreLoneliness } from "../domain/pathway/loneliness";
import { type Executor, nowIso } from "./executor";

export interface LonelinessMeasurement {
  id: string;
  items: [number, number, number];
  total: number;
  measuredOn: string;
  context: LonelinessScoreTable["context"];
}

export async function recordLonelinessScore(
  db: Executor,
  citizenId: string,
  userId: string,
  m: { items: [number, number, number]; measuredOn: string; context: LonelinessScoreTable["context"] },
): Promise<string> {
  const id = crypto.randomUUID();
  const [item_1, item_2, item_3] = m.items;
  await db
    .insertInto("loneliness_score")
    .values({
      id,
      citizen_id: citizenId,
      item_1,
      item_2,
      item_3,
      total: scoreLoneliness(m.items).total,
      measured_on: m.measuredOn,
      context: m.context,
      recorded_by: userId,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** Newest first; two measurements on one day in the order they were recorded. */
export async function listLonelinessScores(db: Executor, citizenId: string): Promise<LonelinessMeasurement[]> {
  const rows = await db
    .selectFrom("loneliness_score")
    .select(["id", "item_1", "item_2", "item_3", "total", "measured_on", "context"])
    .where("citizen_id", "=", citizenId)
    .orderBy("measured_on", "desc")
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    items: [r.item_1, r.item_2, r.item_3],
    total: r.total,
    measuredOn: r.measured_on,
    context: r.context,
  }));
}
