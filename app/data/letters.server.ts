import type { SuggestionMessage } from "../comms/suggestion";
import { storeSuggestion } from "../comms/stored-suggestion";
import { type Executor, nowIso } from "./executor";

export async function saveLetter(
  db: Executor,
  letter: { proposalId: string; citizenId: string; pdf: Uint8Array; message: SuggestionMessage },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("letter")
    .values({
      id,
      proposal_id: letter.proposalId,
      citizen_id: letter.citizenId,
      pdf: letter.pdf,
      message: storeSuggestion(letter.message),
      status: "pending",
      created_at: nowIso(),
      printed_at: null,
      export_id: null,
      digital_post_sent_at: null,
      digital_post_error: null,
    })
    .execute();
  return id;
}

export function listLettersForCitizen(db: Executor, citizenId: string) {
  return db
    .selectFrom("letter")
    .select(["id", "proposal_id", "status", "created_at"])
    .where("citizen_id", "=", citizenId)
    .orderBy("created_at", "desc")
    .execute();
}

/**
 * Letters waiting to be printed or sent, oldest first; only one municipality's when
 * `municipalityId` is given. `has_cpr` says whether Digital Post can reach the citizen.
 */
export function listPendingLetters(db: Executor, municipalityId: string | null = null) {
  let query = db
    .selectFrom("letter")
    .innerJoin("citizen", "citizen.id", "letter.citizen_id")
    .leftJoin("citizen_cpr", "citizen_cpr.citizen_id", "letter.citizen_id")
    .select((eb) => [
      "letter.id",
      "letter.created_at",
      "letter.citizen_id",
      "letter.digital_post_error",
      "citizen.first_name",
      "citizen.last_name",
      eb("citizen_cpr.cpr", "is not", null).$castTo<number>().as("has_cpr"),
    ])
    .where("letter.status", "=", "pending");
  if (municipalityId) query = query.where("citizen.municipality_id", "=", municipalityId);
  return query.orderBy("letter.created_at").orderBy("letter.id").execute();
}

/** The PDF of a letter, only for a citizen in the caller's municipality. */
export function getLetterPdf(db: Executor, id: string, municipalityId: string | null) {
  let query = db
    .selectFrom("letter")
    .innerJoin("citizen", "citizen.id", "letter.citizen_id")
    .select(["letter.pdf", "letter.citizen_id", "citizen.last_name"])
    .where("letter.id", "=", id);
  if (municipalityId) query = query.where("citizen.municipality_id", "=", municipalityId);
  return query.executeTakeFirst();
}

export interface ExportedBy {
  userId: string | null;
  /** A user's name, or "kommandolinjen (login)". */
  name: string;
  via: "app" | "cli";
}

/**
 * Takes every pending letter (of one municipality, or all) into a new export batch and
 * marks it printed, in one transaction so two coordinators pressing the button at the
 * same moment never print the same letter twice. Returns null when nothing was waiting.
 */
export async function createLetterExport(
  db: Executor,
  municipalityId: string | null,
  by: ExportedBy,
): Promise<{ exportId: string; count: number } | null> {
  const exportId = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("letter_export")
    .values({
      id: exportId,
      municipality_id: municipalityId,
      created_at: now,
      created_by: by.userId,
      created_by_name: by.name,
      via: by.via,
    })
    .execute();
  let update = db
    .updateTable("letter")
    .set({ status: "printed", printed_at: now, export_id: exportId })
    .where("status", "=", "pending");
  if (municipalityId) {
    update = update.where("citizen_id", "in", (eb) =>
      eb.selectFrom("citizen").select("id").where("municipality_id", "=", municipalityId),
    );
  }
  const result = await update.executeTakeFirst();
  const count = Number(result.numUpdatedRows);
  if (count === 0) {
    await db.deleteFrom("letter_export").where("id", "=", exportId).execute();
    return null;
  }
  return { exportId, count };
}

/** Puts a batch's letters back in the queue, for an export whose files could not be written. */
export async function undoLetterExport(db: Executor, exportId: string): Promise<void> {
  await db
    .updateTable("letter")
    .set({ status: "pending", printed_at: null, export_id: null })
    .where("export_id", "=", exportId)
    .execute();
  await db.deleteFrom("letter_export").where("id", "=", exportId).execute();
}

export function getLetterExport(db: Executor, exportId: string, municipalityId: string | null) {
  let query = db.selectFrom("letter_export").selectAll().where("id", "=", exportId);
  if (municipalityId) query = query.where("municipality_id", "=", municipalityId);
  return query.executeTakeFirst();
}

/** The latest batches, newest first, with how many letters each holds. */
export function listLetterExports(db: Executor, municipalityId: string, limit = 10) {
  return db
    .selectFrom("letter_export")
    .leftJoin("letter", "letter.export_id", "letter_export.id")
    .select((eb) => [
      "letter_export.id",
      "letter_export.created_at",
      "letter_export.created_by_name",
      eb.fn.count<number>("letter.id").as("letters"),
    ])
    .where("letter_export.municipality_id", "=", municipalityId)
    .groupBy("letter_export.id")
    .orderBy("letter_export.created_at", "desc")
    .limit(limit)
    .execute();
}

/**
 * Everything needed to print and address the letters of one batch, in the order they
 * were written. The CPR number is read here and nowhere else: only to address Digital Post.
 */
export function lettersToDeliver(db: Executor, where: { exportId: string } | { letterIds: string[] }) {
  let query = db
    .selectFrom("letter")
    .innerJoin("citizen", "citizen.id", "letter.citizen_id")
    .innerJoin("municipality", "municipality.id", "citizen.municipality_id")
    .leftJoin("citizen_cpr", "citizen_cpr.citizen_id", "letter.citizen_id")
    .select([
      "letter.id",
      "letter.pdf",
      "letter.message",
      "letter.created_at",
      "letter.citizen_id",
      "citizen.first_name",
      "citizen.last_name",
      "citizen_cpr.cpr",
      "municipality.name as municipality_name",
      "municipality.cvr as municipality_cvr",
    ]);
  query =
    "exportId" in where
      ? query.where("letter.export_id", "=", where.exportId)
      : query.where("letter.id", "in", where.letterIds.length ? where.letterIds : [""]);
  return query.orderBy("letter.created_at").orderBy("letter.id").execute();
}

export type LetterToDeliver = Awaited<ReturnType<typeof lettersToDeliver>>[number];

export async function markSentByDigitalPost(db: Executor, letterId: string): Promise<boolean> {
  const result = await db
    .updateTable("letter")
    .set({ status: "digital_post", digital_post_sent_at: nowIso(), digital_post_error: null })
    .where("id", "=", letterId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordDigitalPostError(db: Executor, letterId: string, error: string): Promise<void> {
  await db.updateTable("letter").set({ digital_post_error: error }).where("id", "=", letterId).execute();
}

/** The municipalities that have letters waiting, so a command-line export makes one batch each. */
export async function municipalitiesWithPendingLetters(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom("letter")
    .innerJoin("citizen", "citizen.id", "letter.citizen_id")
    .select("citizen.municipality_id")
    .distinct()
    .where("letter.status", "=", "pending")
    .execute();
  return rows.map((r) => r.municipality_id);
}
