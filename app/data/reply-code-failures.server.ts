import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { CODE_FAILURE_WINDOW_MS, type CodeLockout, clientNetwork, codeLockout } from "../domain/replies/code-guessing";
import type { Executor } from "./executor";
import { type ReplyTarget, findReply, normaliseShortCode } from "./replies.server";

// Wrong short codes are counted per client network for an hour (rules in
// app/domain/replies/code-guessing.ts). Only a hash of the network is stored, and
// rows older than the hour are deleted as new ones arrive.

const networkHash = (address: string | undefined) =>
  encodeHexLowerCase(sha256(new TextEncoder().encode(clientNetwork(address))));

async function lockoutFor(db: Executor, client: string, now: Date): Promise<CodeLockout> {
  const since = new Date(now.getTime() - CODE_FAILURE_WINDOW_MS).toISOString();
  const counts = await db
    .selectFrom("reply_code_failure")
    .select((eb) => [
      eb.fn.countAll<number>().as("overall"),
      eb.fn.sum<number>(eb.case().when("client_hash", "=", client).then(1).else(0).end()).as("client"),
    ])
    .where("failed_at", ">", since)
    .executeTakeFirstOrThrow();
  return codeLockout({ client: Number(counts.client ?? 0), overall: Number(counts.overall) });
}

async function recordFailure(db: Executor, client: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - CODE_FAILURE_WINDOW_MS).toISOString();
  await db.deleteFrom("reply_code_failure").where("failed_at", "<=", stale).execute();
  await db.insertInto("reply_code_failure").values({ client_hash: client, failed_at: now.toISOString() }).execute();
}

export interface ReplyLookup {
  reply: ReplyTarget | null;
  /** Set when the short code was not looked up because of too many wrong codes. */
  locked: CodeLockout;
}

/**
 * Finds the reply for a link token or a short code. A short code is only looked up
 * while the client is not locked out, and one that matches nothing (or has expired)
 * counts against the client.
 */
export async function lookUpReply(
  db: Executor,
  tokenOrCode: string,
  clientAddress: string | undefined,
  now = new Date(),
): Promise<ReplyLookup> {
  if (!normaliseShortCode(tokenOrCode)) return { reply: await findReply(db, tokenOrCode), locked: null };
  const client = networkHash(clientAddress);
  const locked = await lockoutFor(db, client, now);
  if (locked) return { reply: null, locked };
  const reply = await findReply(db, tokenOrCode);
  if (!reply) await recordFailure(db, client, now);
  return { reply, locked: null };
}
