import { type Kysely, sql } from "kysely";

// Associations and volunteers (issue 5): the association's public profile, invitations
// by email link, recurring activities with single occurrences cancelled or moved, the
// volunteer's own login, the bridge-builder's response deadline and first-visit
// confirmation, and offers on the shared waiting list. Written against Kysely<any>.

export async function up(db: Kysely<any>): Promise<void> {
  for (const [column, fallback] of [
    ["website", ""],
    ["contact_name", ""],
    ["area", ""],
  ] as const) {
    await db.schema
      .alterTable("association")
      .addColumn(column, "text", (c) => c.notNull().defaultTo(fallback))
      .execute();
  }
  await db.schema.alterTable("association").addColumn("logo", "blob").execute();
  await db.schema.alterTable("association").addColumn("logo_type", "text").execute();
  await db.schema.alterTable("association").addColumn("updated_at", "text").execute();

  await db.schema
    .createTable("invitation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id"))
    .addColumn("association_id", "text", (c) => c.references("association.id"))
    .addColumn("volunteer_id", "text", (c) => c.references("volunteer.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("user_id", "text", (c) => c.references("app_user.id"))
    .execute();
  await db.schema.createIndex("invitation_email_idx").on("invitation").column("email").execute();

  // A schedule is an RFC 5545 RRULE from the first date on; weekday and times stay as
  // columns because matching works on slots (weekday + part of day).
  await db.schema
    .alterTable("activity")
    .addColumn("rrule", "text", (c) => c.notNull().defaultTo("FREQ=WEEKLY"))
    .execute();
  await db.schema.alterTable("activity").addColumn("starts_on", "text").execute();
  await db.schema.alterTable("activity").addColumn("ends_on", "text").execute();
  for (const column of ["seating", "parking"]) {
    await db.schema
      .alterTable("activity")
      .addColumn(column, "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  }
  for (const column of ["target_group", "host_name", "host_phone", "cancel_reason"]) {
    await db.schema
      .alterTable("activity")
      .addColumn(column, "text", (c) => c.notNull().defaultTo(""))
      .execute();
  }
  await db.schema.alterTable("activity").addColumn("cancelled_at", "text").execute();
  // Existing activities started on the first of their weekdays on or after creation.
  await sql`update activity set starts_on = date(created_at, 'weekday ' ||
    (case weekday when 'sun' then 0 when 'mon' then 1 when 'tue' then 2 when 'wed' then 3
      when 'thu' then 4 when 'fri' then 5 else 6 end))`.execute(db);

  await db.schema
    .createTable("activity_occurrence_change")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("activity_id", "text", (c) => c.notNull().references("activity.id").onDelete("cascade"))
    .addColumn("on_date", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('cancelled','moved')`))
    .addColumn("new_date", "text")
    .addColumn("new_start_time", "text")
    .addColumn("new_end_time", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("changed_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("activity_occurrence_change_unique", ["activity_id", "on_date"])
    .execute();

  await db.schema
    .alterTable("volunteer")
    .addColumn("user_id", "text", (c) => c.references("app_user.id"))
    .execute();
  await db.schema
    .createIndex("volunteer_user_idx")
    .on("volunteer")
    .column("user_id")
    .unique()
    .where(sql.ref("user_id"), "is not", null)
    .execute();
  await db.schema
    .alterTable("volunteer")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.alterTable("volunteer").addColumn("straffeattest_reminded_at", "text").execute();

  await db.schema
    .alterTable("municipality")
    .addColumn("proposal_response_days", "integer", (c) => c.notNull().defaultTo(14))
    .execute();
  await db.schema.alterTable("match_proposal").addColumn("respond_by", "text").execute();
  await sql`update match_proposal set respond_by = date(proposed_at, '+14 days')`.execute(db);
  await db.schema.alterTable("match_proposal").addColumn("overdue_alerted_at", "text").execute();
  await db.schema.alterTable("match_proposal").addColumn("decline_reason", "text").execute();
  await db.schema.alterTable("match_proposal").addColumn("first_visit_on", "text").execute();
  await db.schema
    .alterTable("match_proposal")
    .addColumn("first_visit_confirmed_by", "text", (c) => c.references("app_user.id"))
    .execute();

  await db.schema
    .createTable("waiting_offer")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("citizen_id", "text", (c) => c.notNull().references("citizen.id").onDelete("cascade"))
    .addColumn("association_id", "text", (c) => c.notNull().references("association.id"))
    .addColumn("volunteer_id", "text", (c) => c.references("volunteer.id"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("open").check(sql`status in ('open','accepted','withdrawn','declined')`),
    )
    .addColumn("offered_by", "text", (c) => c.references("app_user.id"))
    .addColumn("offered_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("app_user.id"))
    .addColumn("decided_at", "text")
    .execute();
  await db.schema
    .createIndex("waiting_offer_citizen_idx")
    .on("waiting_offer")
    .column("citizen_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("waiting_offer").execute();
  await db.schema.dropTable("activity_occurrence_change").execute();
  await db.schema.dropTable("invitation").execute();
  await db.schema.dropIndex("volunteer_user_idx").execute();
  for (const column of ["respond_by", "overdue_alerted_at", "decline_reason", "first_visit_on", "first_visit_confirmed_by"]) {
    await db.schema.alterTable("match_proposal").dropColumn(column).execute();
  }
  await db.schema.alterTable("municipality").dropColumn("proposal_response_days").execute();
  for (const column of ["user_id", "note", "straffeattest_reminded_at"]) {
    await db.schema.alterTable("volunteer").dropColumn(column).execute();
  }
  for (const column of [
    "rrule", "starts_on", "ends_on", "seating", "parking", "target_group", "host_name",
    "host_phone", "cancel_reason", "cancelled_at",
  ]) {
    await db.schema.alterTable("activity").dropColumn(column).execute();
  }
  for (const column of ["website", "contact_name", "area", "logo", "logo_type", "updated_at"]) {
    await db.schema.alterTable("association").dropColumn(column).execute();
  }
}
