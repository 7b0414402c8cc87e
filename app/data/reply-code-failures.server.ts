import { CODE_FAILURE_WINDOW_MS, type CodeLockout, codeLockout } from "../domain/replies/code-guessing";
import { clientNetwork } from "../domain/rate-limits/client-network";
import type { Executor } from "./executor";
import { attemptKey, countFailuresSince, recordFailure } from "./failed-attempts.server";
import { type ReplyTarget, findReply, normaliseShortCode } from "./replies.server";

// Wrong short codes are counted per client network for an hour (rules in
// app/domain/replies/code-guessing.ts), as failed attempts of kind "reply-code".

async function lockoutFor(db: Executor, client: string, now: Date): Promise<CodeLockout> {
  const since = new Date(now.getTime() - CODE_FAILURE_WINDOW_MS);
  return codeLockout({
    client: await countFailuresSince(db, "reply-code", since, client),
    overall: await countFailuresSince(db, "reply-code", since),
  });
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
  const client = attemptKey(clientNetwork(clientAddress));
  const locked = await lockoutFor(db, client, now);
  if (locked) return { reply: null, locked };
  const reply = await findReply(db, tokenOrCode);
  if (!reply) await recordFailure(db, "reply-code", client, now, CODE_FAILURE_WINDOW_MS);
  return { reply, locked: null };
}
