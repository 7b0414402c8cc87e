import { Migrator } from "kysely";
import type { Database } from "./database";
import { migrations } from "./migrations/index";

export async function migrateToLatest(db: Database): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === "Error") console.error(`migration failed: ${result.migrationName}`);
  }
  if (error) throw error;
}
