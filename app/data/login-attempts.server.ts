import {
  LOGIN_WINDOW_MS,
  loginLockedUntil,
  minutesUntil,
} from "../domain/rate-limits/login-throttle";
import { clientNetwork } from "../domain/rate-limits/client-network";
import type { Database } from "./db.server";
import { attemptKey, clearFailures, failuresSince, forgetFailure, recordFailure } from "./failed-attempts.server";

// Failed logins, limited per typed email and per client network (rules in
// app/domain/rate-limits/login-throttle.ts). A try is recorded as failed before the
// password is checked and forgotten when it succeeds, so many tries sent at once
// cannot slip past the limit while their passwords are being hashed.

export type LoginAttempt =
  | { status: "locked"; minutes: number }
  | {
      status: "open";
      accountKey: string;
      networkAttemptId: number;
      /** The wait the next try faces if this one turns out wrong. */
      minutesIfWrong: number | null;
    };

export async function beginLoginAttempt(
  db: Database,
  email: string,
  clientAddress: string | undefined,
  now = new Date(),
): Promise<LoginAttempt> {
  const accountKey = attemptKey(email.toLowerCase());
  const networkKey = attemptKey(clientNetwork(clientAddress));
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  return db.transaction().execute(async (trx): Promise<LoginAttempt> => {
    const account = await failuresSince(trx, "login-account", accountKey, since);
    const network = await failuresSince(trx, "login-network", networkKey, since);
    const until = loginLockedUntil(account, network, now);
    if (until) return { status: "locked", minutes: minutesUntil(until, now) };
    await recordFailure(trx, "login-account", accountKey, now, LOGIN_WINDOW_MS);
    const networkAttemptId = await recordFailure(trx, "login-network", networkKey, now, LOGIN_WINDOW_MS);
    const untilIfWrong = loginLockedUntil([...account, now], [...network, now], now);
    return {
      status: "open",
      accountKey,
      networkAttemptId,
      minutesIfWrong: untilIfWrong ? minutesUntil(untilIfWrong, now) : null,
    };
  });
}

/** A right password clears the account's failures and takes this try off the network's count. */
export async function loginSucceeded(db: Database, attempt: Extract<LoginAttempt, { status: "open" }>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await clearFailures(trx, "login-account", attempt.accountKey);
    await forgetFailure(trx, attempt.networkAttemptId);
  });
}
