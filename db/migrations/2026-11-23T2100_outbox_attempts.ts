import { type Kysely, sql } from "kysely";

// Issue 7: every delivery attempt is kept (when, how it ended, what the SMTP server
// said), and a message knows which citizen it concerns and what kind it is, so a
// coordinator can see a dead letter about their citizen and send it again.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("outbox_attempt")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("outbox_id", "text", (c) => c.notNull().references("outbox.id").onDelete("cascade"))
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    // Null while the attempt runs; a worker that dies leaves it null until the next
    // claim marks it interrupted.
    .addColumn("finished_at", "text")
    .addColumn("outcome", "text")
    .addColumn("failure", "text")
    .addColumn("error", "text")
    .addColumn("smtp_response", "text")
    .addUniqueConstraint("outbox_attempt_number_unique", ["outbox_id", "attempt"])
    .execute();

  await db.schema
    .alterTable("outbox")
    .addColumn("citizen_id", "text", (c) => c.references("citizen.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("outbox").addColumn("kind", "text", (c) => c.notNull().defaultTo("other")).execute();
  await db.schema.createIndex("outbox_citizen_idx").on("outbox").columns(["citizen_id", "status"]).execute();

  // Until now only proposal emails concerned a citizen: the suggestion to the citizen
  // (sent to the citizen's own address) and the overdue alert to the coordinator.
  await sql`
    UPDATE outbox SET citizen_id = (SELECT p.citizen_id FROM match_proposal p WHERE p.id = outbox.proposal_id)
    WHERE proposal_id IS NOT NULL`.execute(db);
  await sql`
    UPDATE outbox SET kind = CASE
      WHEN recipient = (SELECT c.email FROM citizen c WHERE c.id = outbox.citizen_id) THEN 'match_suggestion'
      ELSE 'proposal_overdue' END
    WHERE proposal_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("outbox_citizen_idx").execute();
  await db.schema.alterTable("outbox").dropColumn("kind").execute();
  await db.schema.alterTable("outbox").dropColumn("citizen_id").execute();
  await db.schema.dropTable("outbox_attempt").execute();
}
