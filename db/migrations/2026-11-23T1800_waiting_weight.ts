import { type ExpressionBuilder, type Kysely, sql } from "kysely";

// Waiting time becomes the soft score's sixth term (issue 6). The new defaults
// (DEFAULT_WEIGHTS in app/domain/matching/score.ts, in per cent) give it 10, taken
// from distance (25 → 20) and volunteer load (15 → 10). A municipality still on the
// old defaults moves to the new ones; one that chose its own weights keeps them and
// gets waiting 0, so its weights still sum to 100 and its suggestions do not change
// until an administrator decides otherwise.

const OLD = { interest: 30, distance: 25, time: 20, format: 10, load: 15 };
const NEW = { interest: 30, distance: 20, time: 20, format: 10, load: 10, waiting: 10 };

/**
 * Gives a column a new default. Neither SQLite nor Kysely can alter a default in place,
 * so the values move to a fresh column with the new default, which takes the old name.
 */
async function changeDefault(db: Kysely<any>, column: string, percent: number): Promise<void> {
  const fresh = `${column}_new`;
  await db.schema
    .alterTable("municipality")
    .addColumn(fresh, "integer", (c) => c.notNull().defaultTo(percent))
    .execute();
  await db.updateTable("municipality").set({ [fresh]: sql.ref(column) }).execute();
  await db.schema.alterTable("municipality").dropColumn(column).execute();
  await db.schema.alterTable("municipality").renameColumn(fresh, column).execute();
}

/** Rows whose weights are exactly `weights`. */
const hasWeights = (eb: ExpressionBuilder<any, "municipality">, weights: Record<string, number>) =>
  eb.and(Object.entries(weights).map(([term, percent]) => eb(`weight_${term}`, "=", percent)));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("municipality")
    .addColumn("weight_waiting", "integer", (c) => c.notNull().defaultTo(NEW.waiting))
    .execute();
  await db
    .updateTable("municipality")
    .set({ weight_waiting: 0 })
    .where((eb) => eb.not(hasWeights(eb, OLD)))
    .execute();
  await db
    .updateTable("municipality")
    .set({ weight_distance: NEW.distance, weight_load: NEW.load })
    .where((eb) => hasWeights(eb, OLD))
    .execute();
  await changeDefault(db, "weight_distance", NEW.distance);
  await changeDefault(db, "weight_load", NEW.load);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable("municipality")
    .set({ weight_distance: OLD.distance, weight_load: OLD.load, weight_waiting: 0 })
    .where((eb) => hasWeights(eb, NEW))
    .execute();
  // Whatever waiting still weighs goes back to distance, keeping the sum at 100.
  await db
    .updateTable("municipality")
    .set({ weight_distance: sql`weight_distance + weight_waiting` })
    .execute();
  await db.schema.alterTable("municipality").dropColumn("weight_waiting").execute();
  await changeDefault(db, "weight_distance", OLD.distance);
  await changeDefault(db, "weight_load", OLD.load);
}
