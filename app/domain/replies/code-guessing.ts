// The letter's short code has 8 characters from 32 (about 10^12 codes), few enough
// that someone trying codes at machine speed would in time hit a live one. So failed
// look-ups are limited, two ways:
// - per client network: after 10 wrong codes in an hour that network is locked out
//   of code look-ups until the oldest of them is an hour old;
// - for everyone: after 300 wrong codes in an hour from all networks together (a
//   guessing attack spread over many addresses), code look-ups pause for everyone.
// A locked-out client gets no answer for any code, right or wrong, so a lockout
// cannot be used to test codes. The link and the QR code are never limited: their
// 160-bit token cannot be guessed.

export const CODE_FAILURE_WINDOW_MS = 60 * 60 * 1000;
export const CODE_FAILURES_PER_CLIENT = 10;
export const CODE_FAILURES_OVERALL = 300;

export type CodeLockout = "client" | "everyone" | null;

export function codeLockout(failures: { client: number; overall: number }): CodeLockout {
  if (failures.client >= CODE_FAILURES_PER_CLIENT) return "client";
  if (failures.overall >= CODE_FAILURES_OVERALL) return "everyone";
  return null;
}
