import type { FollowUpKind, FollowUpTable } from "../../db/schema";
import { defaultFollowUps } from "../domain/pathway/follow-ups";
import { audit } from "./audit.server";
import { type Executor, nowIso } from "./executor";

export interface FollowUp {
  id: string;
  kind: FollowUpKind;
  due: string;
  doneOn: string | null;
  evaluation: string;
  wellbeing: number | null;
  outcome: FollowUpTable["outcome"];
  recordedByName: string | null;
}

async function insertFollowUp(db: Executor, citizenId: string, kind: FollowUpKind, due: string) {
  const id = crypto.randomUUID();
  await db
    .insertInto("follow_up")
    .values({
      id,
      citizen_id: citizenId,
      kind,
      due_date: due,
      done_on: null,
      evaluation: "",
      wellbeing: null,
      outcome: null,
      recorded_by: null,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/**
 * Plans the default follow-ups the first time a pathway starts. A citizen who
 * continues after a follow-up, or is reopened, keeps the plan they already have.
 */
export async function planDefaultFollowUps(db: Executor, citizenId: string, startDate: string): Promise<void> {
  const existing = await db.selectFrom("follow_up").select("id").where("citizen_id", "=", citizenId).executeTakeFirst();
  if (existing) return;
  for (const planned of defaultFollowUps(startDate)) {
    await insertFollowUp(db, citizenId, planned.kind, planned.due);
  }
}

export async function listFollowUps(db: Executor, citizenId: string): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom("follow_up")
    .leftJoin("app_user", "app_user.id", "follow_up.recorded_by")
    .selectAll("follow_up")
    .select("app_user.name as recorded_by_name")
    .where("follow_up.citizen_id", "=", citizenId)
    .orderBy("follow_up.due_date", "asc")
    .orderBy("follow_up.created_at", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    due: r.due_date,
    doneOn: r.done_on,
    evaluation: r.evaluation,
    wellbeing: r.wellbeing,
    outcome: r.outcome,
    recordedByName: r.recorded_by_name,
  }));
}

/** An open follow-up of this citizen, or undefined (unknown id, another citizen's, or already recorded). */
export function getOpenFollowUp(db: Executor, citizenId: string, id: string) {
  return db
    .selectFrom("follow_up")
    .select(["id", "kind", "due_date"])
    .where("id", "=", id)
    .where("citizen_id", "=", citizenId)
    .where("done_on", "is", null)
    .executeTakeFirst();
}

export async function moveFollowUp(
  db: Executor,
  change: { citizenId: string; id: string; due: string; userId: string },
): Promise<void> {
  await db
    .updateTable("follow_up")
    .set({ due_date: change.due })
    .where("id", "=", change.id)
    .where("citizen_id", "=", change.citizenId)
    .execute();
  await audit(db, {
    userId: change.userId,
    action: "update",
    entity: "citizen",
    entityId: change.citizenId,
    purpose: "Opfølgning flyttet",
    details: { followUp: change.id, due: change.due },
  });
}

export async function addExtraFollowUp(
  db: Executor,
  extra: { citizenId: string; due: string; userId: string },
): Promise<void> {
  const id = await insertFollowUp(db, extra.citizenId, "custom", extra.due);
  await audit(db, {
    userId: extra.userId,
    action: "create",
    entity: "citizen",
    entityId: extra.citizenId,
    purpose: "Ekstra opfølgning planlagt",
    details: { followUp: id, due: extra.due },
  });
}

export async function recordFollowUp(
  db: Executor,
  done: {
    citizenId: string;
    id: string;
    doneOn: string;
    evaluation: string;
    wellbeing: number;
    outcome: "continue" | "close";
    userId: string;
  },
): Promise<void> {
  await db
    .updateTable("follow_up")
    .set({
      done_on: done.doneOn,
      evaluation: done.evaluation,
      wellbeing: done.wellbeing,
      outcome: done.outcome,
      recorded_by: done.userId,
    })
    .where("id", "=", done.id)
    .where("citizen_id", "=", done.citizenId)
    .execute();
  await audit(db, {
    userId: done.userId,
    action: "update",
    entity: "citizen",
    entityId: done.citizenId,
    purpose: "Opfølgning registreret",
    details: { followUp: done.id, outcome: done.outcome },
  });
}
