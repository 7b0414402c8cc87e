import { alertOverdueProposals } from "../comms/proposal-deadline-alert.server";
import type { Database } from "../data/db.server";
import { remindExpiringStraffeattester } from "../data/straffeattest-reminders.server";
import { dateInDenmark } from "../domain/pathway/working-days";

// Jobs that look at today's date: deadline alerts, reminders. Each job is
// idempotent (it marks what it has done in the same transaction as the effect), so
// running them every hour, after a restart, or on two servers at once is safe; the
// hourly run only makes sure a new day is picked up soon after midnight.

export interface DailyJob {
  name: string;
  /** Does today's work; a number returned is how many things it did, for the log. */
  run: (db: Database, today: string) => Promise<unknown>;
}

export const dailyJobs: readonly DailyJob[] = [
  { name: "proposal-deadline-alerts", run: alertOverdueProposals },
  { name: "straffeattest-reminders", run: async (db, today) => (await remindExpiringStraffeattester(db, today)).emails },
];

const HOUR_MS = 60 * 60 * 1000;

/** Runs every job once; a failing job is logged and never stops the others. */
export async function runDailyJobs(
  db: Database,
  today: string = dateInDenmark(),
  jobs: readonly DailyJob[] = dailyJobs,
): Promise<void> {
  for (const job of jobs) {
    try {
      const done = await job.run(db, today);
      if (typeof done === "number" && done > 0) console.log(`daily job ${job.name}: ${done} done for ${today}`);
    } catch (error) {
      console.error(`daily job ${job.name} failed`, error);
    }
  }
}

/** Runs the jobs now and then every hour until the returned stop function is called. */
export function startDailyJobs(
  db: Database,
  jobs: readonly DailyJob[] = dailyJobs,
  intervalMs = HOUR_MS,
): () => Promise<void> {
  const safely = () =>
    runDailyJobs(db, dateInDenmark(), jobs).catch((error: unknown) => console.error("daily jobs failed", error));
  let running: Promise<void> = safely();
  const timer = setInterval(() => {
    running = running.then(safely);
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
