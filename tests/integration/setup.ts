// Runs before every integration test file, before it imports app modules: each
// file gets its own real SQLite file, migrated, so files never see each other's data.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "faellesskabsbro-test-"));
process.env.DATABASE_URL = `file:${join(dir, "app.db")}`;
process.env.OUTBOX_DIR = join(dir, "outbox");
process.env.PUBLIC_URL = "http://localhost:3000";

const { db } = await import("../../app/data/db.server");
const { migrateToLatest } = await import("../../db/migrate");
await migrateToLatest(db);
