import { type Executor, nowIso } from "./executor";

export async function saveLetter(
  db: Executor,
  letter: { proposalId: string; citizenId: string; pdf: Uint8Array },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("letter")
    .values({
      id,
      proposal_id: letter.proposalId,
      citizen_id: letter.citizenId,
      pdf: letter.pdf,
      status: "pending",
      created_at: nowIso(),
      printed_at: null,
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

export function listPendingLetters(db: Executor) {
  return db
    .selectFrom("letter")
    .innerJoin("citizen", "citizen.id", "letter.citizen_id")
    .select(["letter.id", "letter.created_at", "citizen.first_name", "citizen.last_name"])
    .where("letter.status", "=", "pending")
    .orderBy("letter.created_at")
    .execute();
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
