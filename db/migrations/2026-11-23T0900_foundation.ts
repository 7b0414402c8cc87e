import { type Kysely, sql } from "kysely";

// Written against Kysely<any> so it never depends on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("municipality")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("address_lines", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("max_distance_km", "real", (c) => c.notNull().defaultTo(10))
    .addColumn("straffeattest_max_age_months", "integer", (c) => c.notNull().defaultTo(24))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("association")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("app_user")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("role", "text", (c) =>
      c
        .notNull()
        .check(
          sql`role in ('admin','coordinator','homecare','bridge_builder','association','volunteer')`,
        ),
    )
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("municipality_id", "text", (c) => c.references("municipality.id"))
    .addColumn("association_id", "text", (c) => c.references("association.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("password_changed_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) =>
      c.notNull().references("app_user.id").onDelete("cascade"),
    )
    .addColumn("secret_hash", "blob", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_verified_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("session_user_idx").on("session").column("user_id").execute();

  await db.schema
    .createTable("activity")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("association_id", "text", (c) => c.notNull().references("association.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("interests", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("languages", "text", (c) => c.notNull().defaultTo('["da"]'))
    .addColumn("weekday", "text", (c) => c.notNull())
    .addColumn("start_time", "text", (c) => c.notNull())
    .addColumn("end_time", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("lat", "real", (c) => c.notNull())
    .addColumn("lng", "real", (c) => c.notNull())
    .addColumn("step_free", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("hearing_loop", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("accessible_toilet", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("transport", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("price", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("capacity", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("created_by", "text", (c) => c.references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("activity_association_idx")
    .on("activity")
    .column("association_id")
    .execute();

  await db.schema
    .createTable("volunteer")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("association_id", "text", (c) => c.notNull().references("association.id"))
    .addColumn("first_name", "text", (c) => c.notNull())
    .addColumn("last_name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("gender", "text", (c) => c.notNull())
    .addColumn("interests", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("languages", "text", (c) => c.notNull().defaultTo('["da"]'))
    .addColumn("slots", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("area", "text", (c) => c.notNull())
    .addColumn("lat", "real", (c) => c.notNull())
    .addColumn("lng", "real", (c) => c.notNull())
    .addColumn("radius_km", "real", (c) => c.notNull())
    .addColumn("capacity", "integer", (c) => c.notNull())
    .addColumn("car", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("tavshedserklaering_signed_on", "text")
    .addColumn("straffeattest_date", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("volunteer_association_idx")
    .on("volunteer")
    .column("association_id")
    .execute();

  await db.schema
    .createTable("citizen")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("municipality_id", "text", (c) => c.notNull().references("municipality.id"))
    .addColumn("first_name", "text", (c) => c.notNull())
    .addColumn("last_name", "text", (c) => c.notNull())
    .addColumn("birth_year", "integer")
    .addColumn("phone", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("email", "text")
    .addColumn("contact_channel", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("lat", "real", (c) => c.notNull())
    .addColumn("lng", "real", (c) => c.notNull())
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
    .execute();
  await db.schema
    .createIndex("citizen_municipality_idx")
    .on("citizen")
    .column("municipality_id")
    .execute();

  await db.schema
    .createTable("consent")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("citizen_id", "text", (c) =>
      c.notNull().references("citizen.id").onDelete("cascade"),
    )
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("text_version", "text", (c) => c.notNull())
    .addColumn("given_at", "text", (c) => c.notNull())
    .addColumn("given_by", "text", (c) => c.references("app_user.id"))
    .addColumn("withdrawn_at", "text")
    .addColumn("withdrawn_by", "text", (c) => c.references("app_user.id"))
    .execute();
  await db.schema.createIndex("consent_citizen_idx").on("consent").column("citizen_id").execute();

  await db.schema
    .createTable("match_proposal")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("citizen_id", "text", (c) =>
      c.notNull().references("citizen.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("volunteer_id", "text", (c) => c.references("volunteer.id"))
    .addColumn("activity_id", "text", (c) => c.references("activity.id"))
    .addColumn("association_id", "text", (c) => c.notNull().references("association.id"))
    .addColumn("score", "real", (c) => c.notNull())
    .addColumn("reasons", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("proposed"))
    .addColumn("proposed_by", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("proposed_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("app_user.id"))
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("answer", "text")
    .addColumn("answered_at", "text")
    .addCheckConstraint(
      "match_proposal_target",
      sql`(kind = 'volunteer' and volunteer_id is not null and activity_id is null) or (kind = 'activity' and activity_id is not null and volunteer_id is null)`,
    )
    .execute();
  await db.schema
    .createIndex("match_proposal_citizen_idx")
    .on("match_proposal")
    .column("citizen_id")
    .execute();
  await db.schema
    .createIndex("match_proposal_association_idx")
    .on("match_proposal")
    .columns(["association_id", "status"])
    .execute();

  await db.schema
    .createTable("reply_token")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("proposal_id", "text", (c) =>
      c.notNull().references("match_proposal.id").onDelete("cascade"),
    )
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("code_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("proposal_id", "text", (c) => c.references("match_proposal.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("html", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("message_id", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema
    .createIndex("outbox_due_idx")
    .on("outbox")
    .columns(["status", "next_attempt_at"])
    .execute();

  await db.schema
    .createTable("letter")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("proposal_id", "text", (c) =>
      c.notNull().references("match_proposal.id").onDelete("cascade"),
    )
    .addColumn("citizen_id", "text", (c) =>
      c.notNull().references("citizen.id").onDelete("cascade"),
    )
    .addColumn("pdf", "blob", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("printed_at", "text")
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.references("app_user.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema
    .createIndex("audit_log_entity_idx")
    .on("audit_log")
    .columns(["entity", "entity_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log",
    "letter",
    "outbox",
    "reply_token",
    "match_proposal",
    "consent",
    "citizen",
    "volunteer",
    "activity",
    "session",
    "app_user",
    "association",
    "municipality",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
