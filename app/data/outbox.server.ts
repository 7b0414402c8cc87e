import { sql } from "kysely";
import type { OutboxRow } from "../../db/schema";
import { type Executor, nowIso } from "./executor";

export interface NewEmail {
  proposalId: string | null;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  /** Domain for the Message-ID, fixed at enqueue time so a retry is the same message. */
  messageIdDomain: string;
}

/** Call inside the transaction of the change that causes the email. */
export async function enqueueEmail(db: Executor, email: NewEmail): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("outbox")
    .values({
      id,
      proposal_id: email.proposalId,
      recipient: email.recipient,
      subject: email.subject,
      html: email.html,
      text: email.text,
      message_id: `<${id}@${email.messageIdDomain}>`,
      status: "pending",
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      sent_at: null,
    })
    .execute();
  return id;
}

/**
 * Claims one due message by pushing its next attempt into the future: only the
 * worker whose update changed the row sends it, so two workers never both send.
 */
export async function claimDueMessage(
  db: Executor,
  now: Date,
  leaseMs: number,
): Promise<OutboxRow | undefined> {
  const due = await db
    .selectFrom("outbox")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now.toISOString())
    .orderBy("next_attempt_at")
    .limit(1)
    .executeTakeFirst();
  if (!due) return undefined;
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  const claimed = await db
    .updateTable("outbox")
    .set({ next_attempt_at: lease, attempts: sql`attempts + 1` })
    .where("id", "=", due.id)
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now.toISOString())
    .returningAll()
    .executeTakeFirst();
  return claimed;
}

export async function markSent(db: Executor, id: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "sent", sent_at: nowIso(), last_error: null })
    .where("id", "=", id)
    .execute();
}

export async function markFailed(
  db: Executor,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      status: retryAt ? "pending" : "dead",
      next_attempt_at: (retryAt ?? new Date()).toISOString(),
      last_error: error.slice(0, 500),
    })
    .where("id", "=", id)
    .execute();
}

export function listOutbox(db: Executor) {
  return db
    .selectFrom("outbox")
    .select(["id", "recipient", "subject", "status", "attempts", "created_at", "sent_at", "last_error"])
    .orderBy("created_at", "desc")
    .limit(200)
    .execute();
}

export function getOutboxMessage(db: Executor, id: string) {
  return db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}
