import type { Kysely } from "kysely";

// Batch print and Digital Post (issue 7): letters are exported in batches (print.pdf
// plus one MeMo file per letter), and a Digital Post message names the sending
// authority by CVR and the citizen by CPR.
//
// The CPR number lives in a table of its own rather than on `citizen`: every query
// that lists, shows or shares citizens selects from `citizen`, so a column there would
// be one careless `selectAll()` away from a page or an association. Only the letter
// export reads this table.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("municipality").addColumn("cvr", "text").execute();

  await db.schema
    .createTable("citizen_cpr")
    .addColumn("citizen_id", "text", (c) => c.primaryKey().references("citizen.id").onDelete("cascade"))
    .addColumn("cpr", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("letter_export")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_id", "text", (c) => c.references("municipality.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("app_user.id").onDelete("set null"))
    // Who, in words: a user's name, or the command line and its operating-system user.
    .addColumn("created_by_name", "text", (c) => c.notNull())
    .addColumn("via", "text", (c) => c.notNull())
    .execute();

  // The suggestion as data, so a batch can be set again as one PDF: PDF pages cannot
  // be merged without a PDF library, but the letter can be drawn again, identically.
  await db.schema.alterTable("letter").addColumn("message", "text").execute();
  await db.schema
    .alterTable("letter")
    .addColumn("export_id", "text", (c) => c.references("letter_export.id").onDelete("set null"))
    .execute();
  // Sent through a Digital Post gateway instead of printed (status "digital_post").
  await db.schema.alterTable("letter").addColumn("digital_post_sent_at", "text").execute();
  await db.schema.alterTable("letter").addColumn("digital_post_error", "text").execute();
  await db.schema.createIndex("letter_status_idx").on("letter").columns(["status", "created_at"]).execute();
  await db.schema.createIndex("letter_export_idx").on("letter").column("export_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("letter_export_idx").execute();
  await db.schema.dropIndex("letter_status_idx").execute();
  for (const column of ["digital_post_error", "digital_post_sent_at", "export_id", "message"]) {
    await db.schema.alterTable("letter").dropColumn(column).execute();
  }
  await db.schema.dropTable("letter_export").execute();
  await db.schema.dropTable("citizen_cpr").execute();
  await db.schema.alterTable("municipality").dropColumn("cvr").execute();
}
