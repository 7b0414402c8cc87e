// The outbox worker as a process of its own, for the crash test in
// outbox-crash.test.ts: it sends whatever is due over SMTP_URL, again and again,
// until it is killed. OUTBOX_CLOCK_AHEAD_MS runs its clock ahead, as if it were
// restarted long after an outage, so backoffs and leases are already over.
import { smtpSender } from "../../app/comms/mailer.server";
import { sendDueMessages } from "../../app/comms/outbox-worker.server";
import { db } from "../../app/data/db.server";
import { env } from "../../app/env.server";

if (!env.SMTP_URL) throw new Error("outbox-worker-process needs SMTP_URL");
const ahead = Number(process.env.OUTBOX_CLOCK_AHEAD_MS ?? "0");
const send = smtpSender(env.SMTP_URL);
const now = () => new Date(Date.now() + ahead);

for (;;) {
  await sendDueMessages(db, send, env.MAIL_FROM, now);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
