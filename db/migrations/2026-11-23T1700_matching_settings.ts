import type { Kysely } from "kysely";

// The soft score's weights become the municipality's own settings (issue 6), beside
// the policies matching already reads from it (max distance, straffeattest age).
// Defaults are DEFAULT_WEIGHTS in app/domain/matching/score.ts, in per cent.

const weights = [
  ["weight_interest", 30],
  ["weight_distance", 25],
  ["weight_time", 20],
  ["weight_format", 10],
  ["weight_load", 15],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [column, percent] of weights) {
    await db.schema
      .alterTable("municipality")
      .addColumn(column, "integer", (c) => c.notNull().defaultTo(percent))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [column] of weights) {
    await db.schema.alterTable("municipality").dropColumn(column).execute();
  }
}
