// Online backup and restore of the embedded SQLite database, behind `npm run backup`
// and `npm run restore` (scripts/backup.ts, scripts/restore.ts).
//
// A backup is taken with SQLite's backup API while the server keeps running and
// writing; a restore puts a checked copy in place only while nothing has the database
// open, and keeps the file it replaces.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { DEFAULT_MIGRATION_TABLE } from "kysely";
import { migrations } from "./migrations/index";

/** A refusal the operator can act on; the message is one Danish line. */
export class BackupRefused extends Error {}

// One step copies every page, so the copy is a single read transaction: a consistent
// snapshot, while writers carry on in the WAL. With smaller steps every write from
// another process restarts the copy, and a busy server could keep it from finishing.
const ALL_PAGES = 0x7fffffff;

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

export interface BackupResult {
  bytes: number;
  migrations: number;
}

export interface RestoreResult {
  /** Where the replaced database was kept; null when there was none. */
  keptAs: string | null;
  migrations: number;
}

export async function backupDatabase(databasePath: string, out: string): Promise<BackupResult> {
  if (!isFile(databasePath)) throw new BackupRefused(`databasen ${databasePath} findes ikke`);
  if (existsSync(out)) throw new BackupRefused(`${out} findes allerede; vælg et andet filnavn`);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  // Written under another name and renamed when checked, so a file with the chosen
  // name is always a whole, checked backup.
  const partial = `${out}.${process.pid}.part`;
  try {
    const source = new SQLite(databasePath, { fileMustExist: true });
    try {
      source.pragma("busy_timeout = 5000");
      await source.backup(partial, { progress: () => ALL_PAGES });
    } catch (error) {
      throw refusalFor(error, databasePath) ?? error;
    } finally {
      source.close();
    }
    const { migrations: applied } = inspect(partial, out);
    renameSync(partial, out);
    return { bytes: statSync(out).size, migrations: applied?.length ?? 0 };
  } finally {
    rmSync(partial, { force: true });
  }
}

export function restoreDatabase(databasePath: string, from: string): RestoreResult {
  if (!existsSync(from)) throw new BackupRefused(`${from} findes ikke`);
  if (!isFile(from)) throw new BackupRefused(`${from} er ikke en fil`);
  if (resolve(from) === resolve(databasePath)) {
    throw new BackupRefused(`${from} er selve databasen; angiv en sikkerhedskopi`);
  }
  if (!startsWithSqliteHeader(from)) throw new BackupRefused(`${from} er ikke en SQLite-database`);
  const keptAs = `${databasePath}.before-restore`;
  // It holds the database as it was before an earlier restore; overwriting it could
  // throw away the only copy of data entered since the backup.
  if (existsSync(keptAs)) {
    throw new BackupRefused(`${keptAs} findes allerede fra en tidligere gendannelse; flyt eller slet den først`);
  }

  mkdirSync(dirname(resolve(databasePath)), { recursive: true });
  // The checks run on the very copy that is put in place, not on the original,
  // which could change in between.
  const incoming = `${databasePath}.${process.pid}.restoring`;
  try {
    copyFileSync(from, incoming);
    const { migrations: applied } = inspect(incoming, from);
    if (applied === null) {
      throw new BackupRefused(`${from} har ingen ${DEFAULT_MIGRATION_TABLE}-tabel og er ikke en sikkerhedskopi af Fællesskabsbro`);
    }
    const unknown = applied.find((name) => !Object.hasOwn(migrations, name));
    if (unknown) {
      throw new BackupRefused(`${from} er fra en nyere version af Fællesskabsbro (ukendt migrering ${unknown}); opdatér programmet først`);
    }
    flushToDisk(incoming);

    const lock = lockAgainstUse(databasePath);
    const replaced = existsSync(databasePath);
    try {
      if (replaced) renameSync(databasePath, keptAs);
      // A WAL file left by the replaced database would otherwise be replayed into
      // the restored one when the server opens it.
      for (const suffix of ["-wal", "-shm"]) {
        if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, keptAs + suffix);
      }
      renameSync(incoming, databasePath);
    } finally {
      lock?.close();
    }
    return { keptAs: replaced ? keptAs : null, migrations: applied.length };
  } finally {
    rmSync(incoming, { force: true });
  }
}

/**
 * Takes the database out of use for the restore, or refuses when something has it open.
 * Every connection to a WAL database (the app always uses WAL) holds a shared lock for as
 * long as it is open, so leaving WAL mode fails at once while the server, a worker or
 * another command uses it; leaving WAL also writes the WAL's last commits into the file
 * that is kept.
 */
function lockAgainstUse(databasePath: string): SQLite.Database | null {
  if (!existsSync(databasePath)) return null;
  let connection: SQLite.Database | null = null;
  try {
    connection = new SQLite(databasePath, { fileMustExist: true });
    connection.pragma("busy_timeout = 0");
    if (connection.pragma("journal_mode = DELETE", { simple: true }) !== "delete") throw inUse(databasePath);
    // Held until the connection closes, after the files are swapped.
    connection.pragma("locking_mode = EXCLUSIVE");
    connection.exec("BEGIN EXCLUSIVE; COMMIT");
    return connection;
  } catch (error) {
    connection?.close();
    if (error instanceof BackupRefused) throw error;
    const code = sqliteCode(error);
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) throw inUse(databasePath);
    // A damaged database is what a restore is for: it is kept as .before-restore.
    if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) return null;
    throw error;
  }
}

function inUse(databasePath: string): BackupRefused {
  return new BackupRefused(
    `databasen ${databasePath} er i brug; stop serveren og andre kommandoer, der bruger den, og prøv igen`,
  );
}

/**
 * Checks a copy of a database and leaves it as one self-contained file (rollback
 * journal instead of WAL). The migration names are null when the table is missing.
 */
function inspect(path: string, shownAs: string): { migrations: string[] | null } {
  let connection: SQLite.Database | null = null;
  try {
    connection = new SQLite(path, { fileMustExist: true });
    connection.pragma("journal_mode = DELETE");
    const results = connection.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const first = results[0]?.integrity_check;
    if (results.length !== 1 || first !== "ok") {
      throw new BackupRefused(`${shownAs} er beskadiget (integrity_check: ${first ?? "intet svar"})`);
    }
    const hasTable = connection
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(DEFAULT_MIGRATION_TABLE);
    if (!hasTable) return { migrations: null };
    const names = connection.prepare(`SELECT name FROM "${DEFAULT_MIGRATION_TABLE}" ORDER BY name`).pluck().all();
    return { migrations: names.map(String) };
  } catch (error) {
    throw refusalFor(error, shownAs) ?? error;
  } finally {
    connection?.close();
  }
}

function refusalFor(error: unknown, shownAs: string): BackupRefused | null {
  if (error instanceof BackupRefused) return error;
  const code = sqliteCode(error);
  if (code.startsWith("SQLITE_NOTADB")) return new BackupRefused(`${shownAs} er ikke en SQLite-database`);
  if (code.startsWith("SQLITE_CORRUPT")) return new BackupRefused(`${shownAs} er beskadiget`);
  return null;
}

function sqliteCode(error: unknown): string {
  return error instanceof SQLite.SqliteError ? error.code : "";
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function startsWithSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, "r");
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function flushToDisk(path: string): void {
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
