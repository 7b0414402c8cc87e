import { openDatabase } from "../../db/database";
import { env } from "../env.server";

// One connection per process: better-sqlite3 is synchronous and Kysely serialises
// access to it, so a pool would only add contention.
export const db = openDatabase(env.DATABASE_URL);
export type { Database } from "../../db/database";
