import { type Kysely, sql } from "kysely";

// One table for every guessing limit (issue 8): wrong reply codes and failed logins
// are both failed attempts of a kind, counted per hashed key within a time window.
// The reply-code failures of the last hour move over. Written against Kysely<any>.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("failed_attempt")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull())
    .addColumn("failed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("failed_attempt_kind_key_idx")
    .on("failed_attempt")
    .columns(["kind", "key_hash", "failed_at"])
    .execute();
  await db.schema.createIndex("failed_attempt_kind_at_idx").on("failed_attempt").columns(["kind", "failed_at"]).execute();
  await sql`
    insert into failed_attempt (kind, key_hash, failed_at)
    select 'reply-code', client_hash, failed_at from reply_code_failure
  `.execute(db);
  await db.schema.dropTable("reply_code_failure").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
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
  await sql`
    insert into reply_code_failure (client_hash, failed_at)
    select key_hash, failed_at from failed_attempt where kind = 'reply-code'
  `.execute(db);
  await db.schema.dropTable("failed_attempt").execute();
}
