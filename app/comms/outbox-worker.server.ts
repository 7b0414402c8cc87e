import type { Database } from "../../db/database";
import { claimDueMessage, markFailed, markSent } from "../data/outbox.server";
import { type SendError, classifySendFailure } from "../domain/outbox/failure";
import { nextAttemptAt } from "../domain/outbox/retry";
import type { MailSender } from "./mailer.server";

const LEASE_MS = 5 * 60 * 1000;

/** nodemailer's error fields, where the thrown value has them. */
function asSendError(error: unknown): SendError {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & Partial<Record<"code" | "command" | "response", unknown>> & { responseCode?: unknown };
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  return {
    message: error.message,
    code: text(e.code),
    command: text(e.command),
    response: text(e.response),
    responseCode: typeof e.responseCode === "number" ? e.responseCode : undefined,
  };
}

/**
 * Sends every message that is due now, one at a time, each outside any transaction;
 * returns how many were sent. Delivery is at least once: a worker that dies after the
 * server accepted a message but before it is marked sent leaves it claimed, and when
 * the lease runs out it is sent again with the same Message-ID.
 */
export async function sendDueMessages(
  db: Database,
  send: MailSender,
  from: string,
  now = () => new Date(),
): Promise<number> {
  let sent = 0;
  for (;;) {
    const claim = await claimDueMessage(db, now(), LEASE_MS);
    if (!claim) return sent;
    try {
      const receipt = await send({ from, row: claim.row });
      await markSent(db, claim, receipt.response, now());
      sent += 1;
    } catch (thrown) {
      const error = asSendError(thrown);
      const failure = classifySendFailure(error);
      const failedAt = now();
      const retryAt = nextAttemptAt(claim.row.attempts, failure, failedAt);
      await markFailed(db, claim, { failure, error: error.message, smtpResponse: error.response ?? null, retryAt }, failedAt);
      // Servers often quote the address they refuse; logs never carry an address.
      const logged = error.message.replace(/[^\s<>@]+@[^\s<>@]+/g, "[address]");
      console.warn(
        `outbox: message ${claim.row.id} attempt ${claim.attempt} failed (${failure}${retryAt ? "" : ", dead"}): ${logged}`,
      );
    }
  }
}

/** Polls the outbox in the background until the returned stop function is called. */
export function startOutboxWorker(
  db: Database,
  send: MailSender,
  from: string,
  intervalMs = 5000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sendDueMessages(db, send, from))
      .catch((error: unknown) => console.error("outbox worker failed", error));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
