import type { Database } from "../../db/database";
import { type ReplyAnswer, answerEffect } from "../domain/replies/answers";
import { dateInDenmark } from "../domain/pathway/working-days";
import { audit } from "./audit.server";
import { type Executor, nowIso } from "./executor";
import { recordAnswer } from "./proposals.server";
import type { ReplyTarget } from "./replies.server";
import { addTask } from "./tasks.server";

/**
 * Records the citizen's answer from the reply page, in one transaction: the history
 * entry, the proposal's answer (the latest counts) and, for "Ring til mig", a task
 * for the contact person due today. False when the answer was already the latest
 * and nothing changed.
 */
export async function answerReply(
  db: Database,
  reply: Pick<ReplyTarget, "proposalId" | "via">,
  answer: ReplyAnswer,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const proposal = await trx
      .selectFrom("match_proposal as p")
      .innerJoin("citizen as c", "c.id", "p.citizen_id")
      .leftJoin("app_user as contact", "contact.id", "c.contact_person_id")
      .leftJoin("volunteer as v", "v.id", "p.volunteer_id")
      .leftJoin("activity as a", "a.id", "p.activity_id")
      .select([
        "p.answer",
        "p.kind",
        "c.id as citizen_id",
        "contact.name as contact_name",
        "v.first_name as volunteer_first_name",
        "v.last_name as volunteer_last_name",
        "a.title as activity_title",
      ])
      .where("p.id", "=", reply.proposalId)
      .executeTakeFirstOrThrow();
    const openCallTask = await trx
      .selectFrom("reply_answer as r")
      .innerJoin("citizen_task as t", "t.id", "r.task_id")
      .select("t.id")
      .where("r.proposal_id", "=", reply.proposalId)
      .where("t.done_at", "is", null)
      .executeTakeFirst();
    const effect = answerEffect(answer, { latest: proposal.answer, openCallTask: Boolean(openCallTask) });
    if (!effect.record) return false;

    let taskId: string | null = null;
    if (effect.callTask) {
      const target =
        proposal.kind === "volunteer"
          ? `besøgsven ${proposal.volunteer_first_name ?? ""} ${proposal.volunteer_last_name ?? ""}`.trimEnd()
          : `aktiviteten »${proposal.activity_title ?? ""}«`;
      taskId = await addTask(trx, proposal.citizen_id, null, {
        title: `Ring til borgeren, som bad om et opkald om forslaget: ${target}`.slice(0, 120),
        owner: proposal.contact_name ?? "",
        dueDate: dateInDenmark(),
      });
    }
    const answeredAt = nowIso();
    await trx
      .insertInto("reply_answer")
      .values({
        id: crypto.randomUUID(),
        proposal_id: reply.proposalId,
        answer,
        via: reply.via,
        answered_at: answeredAt,
        task_id: taskId,
        seen_at: null,
        seen_by: null,
      })
      .execute();
    await recordAnswer(trx, reply.proposalId, answer, answeredAt);
    await audit(trx, {
      userId: null,
      action: "update",
      entity: "match_proposal",
      entityId: reply.proposalId,
      purpose: "Borgeren svarede på forslaget på svarsiden",
      details: { answer, via: reply.via },
    });
    return true;
  });
}

export interface ReplyHistoryEntry {
  id: string;
  proposalId: string;
  answer: ReplyAnswer;
  via: "link" | "code";
  answeredAt: string;
  seenAt: string | null;
  seenBy: string | null;
}

/** Every answer the citizen has given to any proposal, newest first. */
export async function listReplyHistory(db: Executor, citizenId: string): Promise<ReplyHistoryEntry[]> {
  const rows = await db
    .selectFrom("reply_answer as r")
    .innerJoin("match_proposal as p", "p.id", "r.proposal_id")
    .leftJoin("app_user as u", "u.id", "r.seen_by")
    .select(["r.id", "r.proposal_id", "r.answer", "r.via", "r.answered_at", "r.seen_at", "u.name as seen_by"])
    .where("p.citizen_id", "=", citizenId)
    .orderBy("r.answered_at", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    proposalId: r.proposal_id,
    answer: r.answer,
    via: r.via,
    answeredAt: r.answered_at,
    seenAt: r.seen_at,
    seenBy: r.seen_by,
  }));
}

/** Marks the citizen's answers to one proposal as seen; false when none was unseen. */
export async function markAnswersSeen(
  db: Executor,
  citizenId: string,
  proposalId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .updateTable("reply_answer")
    .set({ seen_at: nowIso(), seen_by: userId })
    .where("proposal_id", "=", proposalId)
    .where("seen_at", "is", null)
    .where("proposal_id", "in", (eb) =>
      eb.selectFrom("match_proposal").select("id").where("citizen_id", "=", citizenId),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
