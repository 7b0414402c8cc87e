import type { Executor } from "./executor";
import { nowIso } from "./executor";

export interface GuidanceNote {
  id: string;
  onDate: string;
  note: string;
  nextStep: string;
  nextStepDue: string | null;
  nextStepDoneAt: string | null;
  writtenBy: string | null;
}

export interface NewGuidanceNote {
  onDate: string;
  note: string;
  nextStep?: string;
  nextStepDue?: string;
}

export async function addGuidanceNote(
  db: Executor,
  citizenId: string,
  writtenBy: string,
  n: NewGuidanceNote,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("guidance_note")
    .values({
      id,
      citizen_id: citizenId,
      on_date: n.onDate,
      note: n.note,
      next_step: n.nextStep ?? "",
      // A due date without a step to take would show up on no one's worklist.
      next_step_due: n.nextStep ? (n.nextStepDue ?? null) : null,
      next_step_done_at: null,
      written_by: writtenBy,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** The citizen's notes, newest conversation first. */
export async function listGuidanceNotes(db: Executor, citizenId: string): Promise<GuidanceNote[]> {
  const rows = await db
    .selectFrom("guidance_note")
    .leftJoin("app_user", "app_user.id", "guidance_note.written_by")
    .select([
      "guidance_note.id",
      "guidance_note.on_date",
      "guidance_note.note",
      "guidance_note.next_step",
      "guidance_note.next_step_due",
      "guidance_note.next_step_done_at",
      "app_user.name as written_by_name",
    ])
    .where("guidance_note.citizen_id", "=", citizenId)
    .orderBy("guidance_note.on_date", "desc")
    .orderBy("guidance_note.created_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    onDate: r.on_date,
    note: r.note,
    nextStep: r.next_step,
    nextStepDue: r.next_step_due,
    nextStepDoneAt: r.next_step_done_at,
    writtenBy: r.written_by_name,
  }));
}

/** Marks the note's next step done; false when the citizen has no such open step. */
export async function markNextStepDone(db: Executor, citizenId: string, noteId: string): Promise<boolean> {
  const result = await db
    .updateTable("guidance_note")
    .set({ next_step_done_at: nowIso() })
    .where("id", "=", noteId)
    .where("citizen_id", "=", citizenId)
    .where("next_step", "!=", "")
    .where("next_step_done_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
