import { type Kysely, sql } from "kysely";

// The citizen pathway (Struer's six steps): referrals, the state machine's event log,
// the screening's extra parts, guidance, escort clips, group activities, follow-ups,
// and the fixed contact person's card. Written against Kysely<any>.

const citizenColumns = `id, municipality_id, first_name, last_name, birth_year, phone, email,
  contact_channel, address, postcode, city, lat, lng, interests, barriers, languages, slots,
  format, gender_preference, escort, narrative, status, contact_person_id, created_by,
  created_at, updated_at`;

/**
 * A referred citizen has no coordinates yet (home care types an address, not a
 * position), so lat/lng become nullable. SQLite cannot relax NOT NULL in place: the
 * table is rebuilt, the documented way, with foreign keys off for the swap.
 */
async function rebuildCitizen(db: Kysely<any>): Promise<void> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable("citizen_new")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id"))
      .addColumn("first_name", "text", (c) => c.notNull())
      .addColumn("last_name", "text", (c) => c.notNull())
      .addColumn("birth_year", "integer")
      .addColumn("phone", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("email", "text")
      .addColumn("contact_channel", "text", (c) => c.notNull().defaultTo("letter"))
      .addColumn("address", "text", (c) => c.notNull())
      .addColumn("postcode", "text", (c) => c.notNull())
      .addColumn("city", "text", (c) => c.notNull())
      .addColumn("lat", "real")
      .addColumn("lng", "real")
      .addColumn("interests", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("barriers", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("languages", "text", (c) => c.notNull().defaultTo('["da"]'))
      .addColumn("slots", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("format", "text", (c) => c.notNull().defaultTo("either"))
      .addColumn("gender_preference", "text")
      .addColumn("escort", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("narrative", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("status", "text", (c) => c.notNull().defaultTo("referred"))
      .addColumn("contact_person_id", "text", (c) => c.references("app_user.id"))
      .addColumn("created_by", "text", (c) => c.references("app_user.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("network", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("daily_life", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("wishes", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("close_reason", "text")
      .addColumn("closed_at", "text")
      .execute();
    await sql`INSERT INTO citizen_new (${sql.raw(citizenColumns)})
      SELECT ${sql.raw(citizenColumns)} FROM citizen`.execute(trx);
    await trx.schema.dropTable("citizen").execute();
    await trx.schema.alterTable("citizen_new").renameTo("citizen").execute();
    await trx.schema
      .createIndex("citizen_municipality_idx")
      .on("citizen")
      .column("municipality_id")
      .execute();
    const broken = await sql`PRAGMA foreign_key_check`.execute(trx);
    if (broken.rows.length > 0) throw new Error("citizen rebuild broke foreign keys");
  });
  await sql`PRAGMA foreign_keys = ON`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuildCitizen(db);

  await db.schema
    .alterTable("municipality")
    .addColumn("response_target_working_days", "integer", (c) => c.notNull().defaultTo(5))
    .execute();
  await db.schema
    .alterTable("municipality")
    .addColumn("clip_budget_month_dkk", "integer", (c) => c.notNull().defaultTo(22500))
    .execute();
  await db.schema
    .alterTable("municipality")
    .addColumn("clip_hour_cost_dkk", "integer", (c) => c.notNull().defaultTo(450))
    .execute();

  await db.schema
    .alterTable("app_user")
    .addColumn("contact_hours", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.alterTable("app_user").addColumn("photo", "blob").execute();
  await db.schema.alterTable("app_user").addColumn("photo_type", "text").execute();

  const citizenRef = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("citizen_id", "text", (c) => c.notNull().references("citizen.id").onDelete("cascade"));

  await citizenRef("referral")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("source_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("signs", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("consent_to_contact", "integer", (c) => c.notNull())
    .addColumn("detection_clip_minutes", "integer")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("referred_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("referred_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("referral_citizen_idx").on("referral").column("citizen_id").execute();
  await db.schema.createIndex("referral_by_idx").on("referral").column("referred_by").execute();

  await citizenRef("pathway_event")
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("close_reason", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("by_user", "text", (c) => c.references("app_user.id"))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("pathway_event_citizen_idx")
    .on("pathway_event")
    .columns(["citizen_id", "at"])
    .execute();

  await db.schema
    .createTable("screening_draft")
    .addColumn("citizen_id", "text", (c) => c.notNull().references("citizen.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("saved_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("screening_draft_pk", ["citizen_id", "user_id"])
    .execute();

  await citizenRef("citizen_task")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("owner", "text", (c) => c.notNull())
    .addColumn("due_date", "text")
    .addColumn("done_at", "text")
    .addColumn("done_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("citizen_task_citizen_idx").on("citizen_task").column("citizen_id").execute();

  await citizenRef("loneliness_score")
    .addColumn("item_1", "integer", (c) => c.notNull())
    .addColumn("item_2", "integer", (c) => c.notNull())
    .addColumn("item_3", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("measured_on", "text", (c) => c.notNull())
    .addColumn("context", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "loneliness_items",
      sql`item_1 between 1 and 3 and item_2 between 1 and 3 and item_3 between 1 and 3 and total = item_1 + item_2 + item_3`,
    )
    .execute();
  await db.schema
    .createIndex("loneliness_score_citizen_idx")
    .on("loneliness_score")
    .column("citizen_id")
    .execute();

  await citizenRef("guidance_note")
    .addColumn("on_date", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("next_step", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("next_step_due", "text")
    .addColumn("next_step_done_at", "text")
    .addColumn("written_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("guidance_note_citizen_idx")
    .on("guidance_note")
    .column("citizen_id")
    .execute();

  await citizenRef("clip_grant")
    .addColumn("clips_per_period", "integer", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("minutes_per_clip", "integer", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("expiry_date", "text", (c) => c.notNull())
    .addColumn("saved_cap", "integer", (c) => c.notNull())
    .addColumn("granted_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("clip_grant_dates", sql`expiry_date >= start_date`)
    .execute();
  await db.schema.createIndex("clip_grant_citizen_idx").on("clip_grant").column("citizen_id").execute();

  await db.schema
    .createTable("clip_use")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("grant_id", "text", (c) => c.notNull().references("clip_grant.id").onDelete("cascade"))
    .addColumn("used_on", "text", (c) => c.notNull())
    .addColumn("minutes", "integer", (c) => c.notNull())
    .addColumn("clips", "integer", (c) => c.notNull())
    .addColumn("used_by", "text", (c) => c.notNull())
    .addColumn("what_for", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("clip_use_grant_idx").on("clip_use").columns(["grant_id", "used_on"]).execute();

  await citizenRef("activity_enrolment")
    .addColumn("activity_id", "text", (c) => c.notNull().references("activity.id"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("enrolled_on", "text", (c) => c.notNull())
    .addColumn("ended_on", "text")
    .addColumn("enrolled_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("activity_enrolment_once", ["citizen_id", "activity_id"])
    .execute();
  await db.schema
    .createIndex("activity_enrolment_activity_idx")
    .on("activity_enrolment")
    .column("activity_id")
    .execute();

  await db.schema
    .createTable("attendance")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("enrolment_id", "text", (c) =>
      c.notNull().references("activity_enrolment.id").onDelete("cascade"),
    )
    .addColumn("on_date", "text", (c) => c.notNull())
    .addColumn("attended", "integer", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("attendance_once_a_day", ["enrolment_id", "on_date"])
    .execute();

  await citizenRef("follow_up")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    .addColumn("evaluation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("wellbeing", "integer")
    .addColumn("outcome", "text")
    .addColumn("recorded_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("follow_up_citizen_idx")
    .on("follow_up")
    .columns(["citizen_id", "due_date"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "follow_up",
    "attendance",
    "activity_enrolment",
    "clip_use",
    "clip_grant",
    "guidance_note",
    "loneliness_score",
    "citizen_task",
    "screening_draft",
    "pathway_event",
    "referral",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of ["photo_type", "photo", "contact_hours"]) {
    await db.schema.alterTable("app_user").dropColumn(column).execute();
  }
  for (const column of ["clip_hour_cost_dkk", "clip_budget_month_dkk", "response_target_working_days"]) {
    await db.schema.alterTable("municipality").dropColumn(column).execute();
  }
}
