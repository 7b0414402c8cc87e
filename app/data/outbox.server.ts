import { sql } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database";
import type { EmailKind, OutboxRow, SendFailure } from "../../db/schema";
import { audit } from "./audit.server";
import { type Executor, nowIso } from "./executor";

export interface NewEmail {
  proposalId: string | null;
  /** The citizen the message concerns; their coordinator sees it if it cannot be sent. */
  citizenId?: string | null;
  /** What the message is, so a resend knows whom it is for; "other" when unsaid. */
  kind?: EmailKind;
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
      citizen_id: email.citizenId ?? null,
      kind: email.kind ?? "other",
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

/** A message a worker has taken, with the attempt row it records the outcome on. */
export interface Claim {
  row: OutboxRow;
  attemptId: number;
  attempt: number;
}

/**
 * Claims one due message by pushing its next attempt into the future (the lease):
 * only the worker whose update changed the row sends it, so two workers never both
 * send. The attempt is recorded in the same transaction; an earlier attempt still
 * open was cut short by a worker that died, and is marked so.
 */
export async function claimDueMessage(db: Database, now: Date, leaseMs: number): Promise<Claim | undefined> {
  const at = now.toISOString();
  const due = await db
    .selectFrom("outbox")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", at)
    .orderBy("next_attempt_at")
    .limit(1)
    .executeTakeFirst();
  if (!due) return undefined;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("outbox")
      .set({ next_attempt_at: new Date(now.getTime() + leaseMs).toISOString(), attempts: sql`attempts + 1` })
      .where("id", "=", due.id)
      .where("status", "=", "pending")
      .where("next_attempt_at", "<=", at)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    await trx
      .updateTable("outbox_attempt")
      .set({ outcome: "interrupted", finished_at: at })
      .where("outbox_id", "=", row.id)
      .where("finished_at", "is", null)
      .execute();
    const previous = await trx
      .selectFrom("outbox_attempt")
      .select((eb) => eb.fn.max("attempt").as("last"))
      .where("outbox_id", "=", row.id)
      .executeTakeFirst();
    const attempt = Number(previous?.last ?? 0) + 1;
    const inserted = await trx
      .insertInto("outbox_attempt")
      .values({
        outbox_id: row.id,
        attempt,
        started_at: at,
        finished_at: null,
        outcome: null,
        failure: null,
        error: null,
        smtp_response: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { row, attemptId: inserted.id, attempt };
  });
}

// The outbox row is only changed while this claim still holds it (`attempts` is the
// claim's): a worker that overran its lease must not undo what a later one recorded.
const stillClaimed = (claim: Claim) => (db: Executor) =>
  db.updateTable("outbox").where("id", "=", claim.row.id).where("attempts", "=", claim.row.attempts);

export async function markSent(db: Database, claim: Claim, smtpResponse: string | null, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("outbox_attempt")
      .set({ outcome: "sent", finished_at: now.toISOString(), smtp_response: smtpResponse })
      .where("id", "=", claim.attemptId)
      .execute();
    await stillClaimed(claim)(trx).set({ status: "sent", sent_at: now.toISOString(), last_error: null }).execute();
  });
}

export interface FailedAttempt {
  failure: SendFailure;
  error: string;
  smtpResponse: string | null;
  /** When to try again; null makes the message a dead letter. */
  retryAt: Date | null;
}

export async function markFailed(db: Database, claim: Claim, failed: FailedAttempt, now: Date): Promise<void> {
  const error = failed.error.slice(0, 500);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("outbox_attempt")
      .set({
        outcome: "failed",
        finished_at: now.toISOString(),
        failure: failed.failure,
        error,
        smtp_response: failed.smtpResponse?.slice(0, 500) ?? null,
      })
      .where("id", "=", claim.attemptId)
      .execute();
    await stillClaimed(claim)(trx)
      .set({
        status: failed.retryAt ? "pending" : "dead",
        next_attempt_at: (failed.retryAt ?? now).toISOString(),
        last_error: error,
      })
      .execute();
  });
}

/**
 * Puts a dead letter back in the queue for a fresh series of retries. The Message-ID
 * stays, so it is the same message; `recipient` replaces a corrected address.
 * False when the message is not dead (already resent, or sent).
 */
export async function requeueDeadMessage(db: Executor, id: string, recipient: string): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "pending", attempts: 0, next_attempt_at: nowIso(), recipient })
    .where("id", "=", id)
    .where("status", "=", "dead")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
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

export function listAttempts(db: Executor, outboxId: string) {
  return db
    .selectFrom("outbox_attempt")
    .selectAll()
    .where("outbox_id", "=", outboxId)
    .orderBy("attempt")
    .execute();
}

/**
 * The message an administrator opens by the id in its URL, or undefined when the id is
 * malformed or unknown; reading it is audited, as it may concern a citizen.
 */
export async function readOutboxMessageAsAdmin(db: Executor, userId: string, rawId: string | undefined) {
  const id = z.uuid().safeParse(rawId);
  const message = id.success ? await getOutboxMessage(db, id.data) : undefined;
  if (message) {
    await audit(db, {
      userId,
      action: "read",
      entity: "outbox",
      entityId: message.id,
      purpose: "Kontrol af udgående e-mail",
    });
  }
  return message;
}
