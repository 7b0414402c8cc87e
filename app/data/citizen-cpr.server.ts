import { type Executor, nowIso } from "./executor";

// The CPR number is kept only to address Digital Post. It is written here, and read
// back only by the letter export (lettersToDeliver); staff see whether one is stored
// and its birth date, never the whole number again.

export async function saveCpr(db: Executor, citizenId: string, cpr: string, userId: string): Promise<void> {
  await db
    .insertInto("citizen_cpr")
    .values({ citizen_id: citizenId, cpr, recorded_by: userId, recorded_at: nowIso() })
    .onConflict((oc) => oc.column("citizen_id").doUpdateSet({ cpr, recorded_by: userId, recorded_at: nowIso() }))
    .execute();
}

export async function deleteCpr(db: Executor, citizenId: string): Promise<void> {
  await db.deleteFrom("citizen_cpr").where("citizen_id", "=", citizenId).execute();
}

/** Whether a CPR number is stored, when and by whom, and its birth-date part. */
export function cprRecord(db: Executor, citizenId: string) {
  return db
    .selectFrom("citizen_cpr")
    .leftJoin("app_user", "app_user.id", "citizen_cpr.recorded_by")
    .select((eb) => [
      eb.fn<string>("substr", ["citizen_cpr.cpr", eb.val(1), eb.val(6)]).as("birthDate"),
      "citizen_cpr.recorded_at as recordedAt",
      "app_user.name as recordedBy",
    ])
    .where("citizen_cpr.citizen_id", "=", citizenId)
    .executeTakeFirst();
}
