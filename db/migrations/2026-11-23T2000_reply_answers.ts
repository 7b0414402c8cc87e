import { type Kysely, sql } from "kysely";

// The citizen's answers to a suggestion (issue 7): every answer is kept, so the
// coordinator sees a change of mind; the proposal keeps the latest. Failed short-code
// look-ups are counted for an hour to stop guessing. Written against Kysely<any>.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reply_answer")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("proposal_id", "text", (c) => c.notNull().references("match_proposal.id").onDelete("cascade"))
    .addColumn("answer", "text", (c) => c.notNull())
    .addColumn("via", "text", (c) => c.notNull())
    .addColumn("answered_at", "text", (c) => c.notNull())
    // The contact person's call-back task a "Ring til mig" created.
    .addColumn("task_id", "text", (c) => c.references("citizen_task.id").onDelete("set null"))
    .addColumn("seen_at", "text")
    .addColumn("seen_by", "text", (c) => c.references("app_user.id"))
    .execute();
  await db.schema
    .createIndex("reply_answer_proposal_idx")
    .on("reply_answer")
    .columns(["proposal_id", "answered_at"])
    .execute();

  // Answers given before the history existed become its first entries, already seen:
  // the coordinator has had them on the citizen page all along.
  await sql`
    insert into reply_answer (id, proposal_id, answer, via, answered_at, seen_at)
    select lower(hex(randomblob(16))), id, answer, 'link', answered_at, answered_at
    from match_proposal where answer is not null and answered_at is not null
  `.execute(db);

  await db.schema
    .createTable("reply_code_failure")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("client_hash", "text", (c) => c.notNull())
    .addColumn("failed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reply_code_failure_at_idx")
    .on("reply_code_failure")
    .columns(["failed_at", "client_hash"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reply_code_failure").execute();
  await db.schema.dropTable("reply_answer").execute();
}
