import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import type { FailedAttemptKind } from "../../db/schema";
import type { Executor } from "./executor";

// Failed attempts of every kind that is limited against guessing (wrong reply codes,
// failed logins). Only a hash of the key (a client network, a login email) is stored,
// and rows older than their window are deleted as new ones of the kind arrive.

export const attemptKey = (key: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(key)));

/** When the key's failures within the window happened, oldest first. */
export async function failuresSince(db: Executor, kind: FailedAttemptKind, keyHash: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom("failed_attempt")
    .select("failed_at")
    .where("kind", "=", kind)
    .where("key_hash", "=", keyHash)
    .where("failed_at", ">", since.toISOString())
    .orderBy("failed_at")
    .execute();
  return rows.map((row) => new Date(row.failed_at));
}

/** Failures of a kind within the window, for one key or (without one) from everyone. */
export async function countFailuresSince(
  db: Executor,
  kind: FailedAttemptKind,
  since: Date,
  keyHash?: string,
): Promise<number> {
  let query = db
    .selectFrom("failed_attempt")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("kind", "=", kind)
    .where("failed_at", ">", since.toISOString());
  if (keyHash) query = query.where("key_hash", "=", keyHash);
  return Number((await query.executeTakeFirstOrThrow()).count);
}

/** Records one failure and drops the kind's rows that have left the window. */
export async function recordFailure(
  db: Executor,
  kind: FailedAttemptKind,
  keyHash: string,
  now: Date,
  windowMs: number,
): Promise<number> {
  const stale = new Date(now.getTime() - windowMs).toISOString();
  await db.deleteFrom("failed_attempt").where("kind", "=", kind).where("failed_at", "<=", stale).execute();
  const row = await db
    .insertInto("failed_attempt")
    .values({ kind, key_hash: keyHash, failed_at: now.toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function clearFailures(db: Executor, kind: FailedAttemptKind, keyHash: string): Promise<void> {
  await db.deleteFrom("failed_attempt").where("kind", "=", kind).where("key_hash", "=", keyHash).execute();
}

export async function forgetFailure(db: Executor, id: number): Promise<void> {
  await db.deleteFrom("failed_attempt").where("id", "=", id).execute();
}
