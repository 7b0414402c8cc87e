// How failed logins slow down password guessing (NIST SP 800-63B asks verifiers to
// limit failed attempts), two ways:
// - per account (the typed email, whether or not an account has it, so the limit
//   says nothing about which emails exist): the first 5 failures within 15 minutes
//   are free; then each further try waits after the last failure, 1 minute, then 2,
//   4, 8, at most 15. Someone who mistypes is barely slowed; a guesser gets a few
//   tries an hour. A successful login clears the account's failures.
// - per client network (IPv4 address or IPv6 /64) across accounts: after 50
//   failures in 15 minutes the network waits until the oldest of them has aged out,
//   so one machine cannot try one password against many accounts.
// A refused (locked) try is not checked and not counted, so a lockout neither tells
// whether the password was right nor grows by itself.

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const FREE_ACCOUNT_FAILURES = 5;
export const NETWORK_FAILURES = 50;
const FIRST_DELAY_MS = 60 * 1000;
const LONGEST_DELAY_MS = 15 * 60 * 1000;

/** Until when the account waits, given its failures in the window (oldest first). */
export function accountLockedUntil(failures: readonly Date[]): Date | null {
  const last = failures.at(-1);
  if (!last || failures.length < FREE_ACCOUNT_FAILURES) return null;
  const delay = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures.length - FREE_ACCOUNT_FAILURES));
  return new Date(last.getTime() + delay);
}

/** Until when the network waits, given its failures in the window (oldest first). */
export function networkLockedUntil(failures: readonly Date[]): Date | null {
  if (failures.length < NETWORK_FAILURES) return null;
  // Locked until so many have left the window that fewer than the limit remain.
  const leaving = failures[failures.length - NETWORK_FAILURES] as Date;
  return new Date(leaving.getTime() + LOGIN_WINDOW_MS);
}

/** The later of the two waits, or null when a login may be tried now. */
export function loginLockedUntil(account: readonly Date[], network: readonly Date[], now: Date): Date | null {
  const until = [accountLockedUntil(account), networkLockedUntil(network)]
    .filter((date): date is Date => date !== null && date > now)
    .sort((a, b) => b.getTime() - a.getTime());
  return until[0] ?? null;
}

/** Whole minutes to wait, at least one, for the message. */
export const minutesUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
