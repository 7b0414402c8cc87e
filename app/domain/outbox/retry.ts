import type { SendFailure } from "../../../db/schema";
import { isPermanent } from "./failure";

const BASE_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 60 * 60 * 1000;
/**
 * 30 s, 1 min, … 32 min, then hourly: about 24 hours of retries, so an SMTP outage
 * over a night is ridden out without anyone pressing a button.
 */
export const MAX_ATTEMPTS = 30;

/** The wait after the given number of failed attempts in a row. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** When to try again after a failed attempt, or null when the message is dead. */
export function nextAttemptAt(attempts: number, failure: SendFailure, now: Date): Date | null {
  if (isPermanent(failure) || attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts));
}
