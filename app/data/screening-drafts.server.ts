import type { ScreeningDraft } from "../forms/citizen";
import { type Executor, nowIso } from "./executor";

// One draft per citizen and coordinator: the screening form as typed, kept so a
// tablet that sleeps mid-conversation loses nothing. Never shown to anyone else.

export interface SavedDraft {
  data: ScreeningDraft;
  savedAt: string;
}

export async function saveDraft(
  db: Executor,
  citizenId: string,
  userId: string,
  data: ScreeningDraft,
): Promise<string> {
  const savedAt = nowIso();
  const json = JSON.stringify(data);
  await db
    .insertInto("screening_draft")
    .values({ citizen_id: citizenId, user_id: userId, data: json, saved_at: savedAt })
    .onConflict((oc) => oc.columns(["citizen_id", "user_id"]).doUpdateSet({ data: json, saved_at: savedAt }))
    .execute();
  return savedAt;
}

export async function getDraft(db: Executor, citizenId: string, userId: string): Promise<SavedDraft | undefined> {
  const row = await db
    .selectFrom("screening_draft")
    .select(["data", "saved_at"])
    .where("citizen_id", "=", citizenId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? { data: JSON.parse(row.data) as ScreeningDraft, savedAt: row.saved_at } : undefined;
}

export async function deleteDraft(db: Executor, citizenId: string, userId: string): Promise<void> {
  await db
    .deleteFrom("screening_draft")
    .where("citizen_id", "=", citizenId)
    .where("user_id", "=", userId)
    .execute();
}
