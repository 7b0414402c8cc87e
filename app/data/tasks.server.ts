import { type Executor, nowIso } from "./executor";

export interface CitizenTask {
  id: string;
  title: string;
  owner: string;
  dueDate: string | null;
  doneAt: string | null;
  createdAt: string;
}

/** Open tasks first, soonest due first; then the done ones, latest first. */
export async function listTasks(db: Executor, citizenId: string): Promise<CitizenTask[]> {
  const rows = await db
    .selectFrom("citizen_task")
    .select(["id", "title", "owner", "due_date", "done_at", "created_at"])
    .where("citizen_id", "=", citizenId)
    .orderBy((eb) => eb.case().when("done_at", "is", null).then(0).else(1).end())
    .orderBy((eb) => eb.case().when("due_date", "is", null).then(1).else(0).end())
    .orderBy("due_date", "asc")
    .orderBy("done_at", "desc")
    .orderBy("created_at", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    owner: r.owner,
    dueDate: r.due_date,
    doneAt: r.done_at,
    createdAt: r.created_at,
  }));
}

export async function addTask(
  db: Executor,
  citizenId: string,
  /** Null when the system creates the task, e.g. for a citizen's "Ring til mig". */
  userId: string | null,
  task: { title: string; owner: string; dueDate?: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("citizen_task")
    .values({
      id,
      citizen_id: citizenId,
      title: task.title,
      owner: task.owner,
      due_date: task.dueDate ?? null,
      done_at: null,
      done_by: null,
      created_by: userId,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** Marks a task done (or open again); false when the citizen has no such task. */
export async function setTaskDone(
  db: Executor,
  citizenId: string,
  taskId: string,
  doneBy: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable("citizen_task")
    .set({ done_at: doneBy ? nowIso() : null, done_by: doneBy })
    .where("id", "=", taskId)
    .where("citizen_id", "=", citizenId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
