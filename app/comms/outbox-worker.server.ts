import type { Database } from "../../db/database";
import { claimDueMessage, markFailed, markSent } from "../data/outbox.server";
import type { MailSender } from "./mailer.server";

const LEASE_MS = 2 * 60 * 1000;
const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 60 * 60 * 1000;

/** 30 s, 1 min, 2 min … capped at an hour, so an SMTP outage is ridden out without hammering. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Sends every message that is due now; returns how many were sent. */
export async function sendDueMessages(
  db: Database,
  send: MailSender,
  from: string,
  now = () => new Date(),
): Promise<number> {
  let sent = 0;
  for (;;) {
    const row = await claimDueMessage(db, now(), LEASE_MS);
    if (!row) return sent;
    try {
      await send({ from, row });
      await markSent(db, row.id);
      sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retryAt =
        row.attempts >= MAX_ATTEMPTS ? null : new Date(now().getTime() + retryDelayMs(row.attempts));
      await markFailed(db, row.id, reason, retryAt);
      console.warn(`outbox: message ${row.id} attempt ${row.attempts} failed: ${reason}`);
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
