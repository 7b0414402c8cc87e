// The demo's one email that could not be sent: a suggestion to a citizen whose
// address the receiving mail server did not know. In development mail goes to files
// and never fails, so without this the coordinator's "E-mails, der ikke kom frem"
// would stay empty in the demo. It is recorded as the worker would have recorded it.
import type { Database } from "./database";

export async function seedUndeliverableEmail(db: Database, now: Date): Promise<void> {
  const message = await db
    .selectFrom("outbox")
    .select(["id", "recipient", "created_at"])
    .where("kind", "=", "match_suggestion")
    .where("status", "=", "pending")
    .orderBy("created_at")
    .executeTakeFirst();
  if (!message) return;
  const at = now.toISOString();
  const response = `550 5.1.1 <${message.recipient}>: Recipient address rejected: User unknown in virtual mailbox table`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("outbox_attempt")
      .values({
        outbox_id: message.id,
        attempt: 1,
        started_at: at,
        finished_at: at,
        outcome: "failed",
        failure: "recipient",
        error: `Can't send mail - all recipients were rejected: ${response}`,
        smtp_response: response,
      })
      .execute();
    await trx
      .updateTable("outbox")
      .set({ status: "dead", attempts: 1, next_attempt_at: at, last_error: response })
      .where("id", "=", message.id)
      .execute();
  });
}
