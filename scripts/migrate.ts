// `npm run migrate`: bring the database named by DATABASE_URL to the latest schema.
import { migrateToLatest } from "../db/migrate";
import { db } from "../app/data/db.server";

await migrateToLatest(db);
console.log("Database is up to date.");
await db.destroy();
