// `npm run backup` and `npm run restore` are what an operator reaches for on a bad day,
// so they are tested the way they are used: as child processes against real database
// files, with another connection writing while the backup is taken.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/database";
import { migrateToLatest } from "../../db/migrate";
import { seedDemoData } from "../../db/seed";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "backup-restore-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run backup|restore -- …args`, without npm, whose own warnings would blur stderr. */
function command(name: "backup" | "restore", args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", `scripts/${name}.ts`, ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        done({ status, stdout, stderr });
      },
    );
  });
}

/** Every table's schema and rows, in a form two databases can be compared by. */
function contents(path: string): Record<string, unknown> {
  const connection = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const tables = connection
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string; sql: string }[];
    return Object.fromEntries(
      tables.map(({ name, sql }) => [name, { sql, rows: connection.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() }]),
    );
  } finally {
    connection.close();
  }
}

function integrity(path: string): unknown {
  const connection = new SQLite(path, { fileMustExist: true });
  try {
    return connection.pragma("integrity_check", { simple: true });
  } finally {
    connection.close();
  }
}

function expectRefused(run: Run, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.split("\n").filter((line) => line !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Fejl: /);
  expect(lines[0]).toMatch(message);
}

/** A sequence-numbered audit row per transaction, so a snapshot shows whether it is whole. */
const WRITER_ENTITY = "backup-writer";

let seeded: string;

beforeAll(async () => {
  seeded = join(dir, "seeded.db");
  const db = openDatabase(`file:${seeded}`);
  await migrateToLatest(db);
  await seedDemoData(db);
  await db.destroy();
}, 60_000);

function freshDatabase(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, "app.db");
  cpSync(seeded, path);
  return path;
}

describe("a backup taken while the app writes, restored after later changes", () => {
  it("brings back exactly the backed-up data, whole and consistent", async () => {
    const database = freshDatabase("round-trip");
    const url = `file:${database}`;
    const backup = join(dir, "round-trip", "backups", "app-kopi.db");

    // Another connection, like the running server, commits one row after another
    // for as long as the backup runs.
    const writer = new SQLite(database);
    writer.pragma("journal_mode = WAL");
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare(
      "INSERT INTO audit_log (at, user_id, action, entity, entity_id, purpose, details) VALUES (?, NULL, 'create', ?, ?, 'backup test', '{}')",
    );
    let written = 0;
    let writing = true;
    const failures: unknown[] = [];
    const writes = new Promise<void>((done) => {
      const step = () => {
        if (!writing) return done();
        try {
          insert.run(new Date().toISOString(), WRITER_ENTITY, String(written + 1));
          written += 1;
        } catch (error) {
          failures.push(error);
        }
        setImmediate(step);
      };
      step();
    });
    const run = await command("backup", ["--out", backup], url);
    const writtenDuringBackup = written;
    writing = false;
    await writes;

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(backup);
    expect(failures).toEqual([]);
    expect(writtenDuringBackup).toBeGreaterThan(0);
    expect(integrity(backup)).toBe("ok");

    // A consistent snapshot holds every write up to some moment and none after it.
    const copied = (contents(backup).audit_log as { rows: { entity: string; entity_id: string }[] }).rows
      .filter((row) => row.entity === WRITER_ENTITY)
      .map((row) => Number(row.entity_id));
    expect(copied).toEqual(Array.from({ length: copied.length }, (_, i) => i + 1));
    expect(copied.length).toBeLessThanOrEqual(written);

    // Life goes on after the backup: an activity is renamed and the writer adds more.
    const { id: activityId, title } = writer.prepare("SELECT id, title FROM activity ORDER BY id LIMIT 1").get() as {
      id: string;
      title: string;
    };
    writer.prepare("UPDATE activity SET title = 'Omdøbt efter sikkerhedskopien' WHERE id = ?").run(activityId);
    insert.run(new Date().toISOString(), WRITER_ENTITY, "efter");
    writer.close();
    const afterChanges = contents(database);
    const backedUp = contents(backup);

    const restored = await command("restore", ["--from", backup], url);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain(`${database}.before-restore`);

    expect(contents(database)).toEqual(backedUp);
    expect(integrity(database)).toBe("ok");
    const restoredTitle = new SQLite(database, { readonly: true });
    expect(restoredTitle.prepare("SELECT title FROM activity WHERE id = ?").pluck().get(activityId)).toBe(title);
    restoredTitle.close();
    // Nothing entered after the backup is thrown away: it waits in the kept file.
    expect(contents(`${database}.before-restore`)).toEqual(afterChanges);

    // The server starts on the restored file as on any other.
    const app = openDatabase(url);
    await migrateToLatest(app);
    const citizens = await app.selectFrom("citizen").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(citizens.n).toBeGreaterThan(0);
    await app.destroy();

    // A second restore would overwrite the only copy of what was there before the first.
    expectRefused(await command("restore", ["--from", backup], url), /before-restore findes allerede/);
  }, 120_000);

  it("goes to data/backups/app-YYYY-MM-DDTHHMMSS.db without --out", async () => {
    const database = freshDatabase("default-name");
    const run = await command("backup", [], `file:${database}`);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const written = /gemt i (\S+) /.exec(run.stdout)?.[1] ?? "";
    try {
      expect(written).toMatch(/^data\/backups\/app-\d{4}-\d{2}-\d{2}T\d{6}\.db$/);
      expect(contents(join(ROOT, written))).toEqual(contents(database));
    } finally {
      if (written) rmSync(join(ROOT, written), { force: true });
    }
  }, 60_000);
});

describe("restore", () => {
  it("refuses while the server has the database open, and changes nothing", async () => {
    const database = freshDatabase("in-use");
    const backup = join(dir, "in-use", "kopi.db");
    expect((await command("backup", ["--out", backup], `file:${database}`)).status).toBe(0);
    const before = readFileSync(database);

    const server = new SQLite(database);
    server.pragma("journal_mode = WAL");
    server.prepare("SELECT count(*) FROM citizen").get();
    try {
      expectRefused(await command("restore", ["--from", backup], `file:${database}`), /er i brug; stop serveren/);
      expect(readFileSync(database).equals(before)).toBe(true);
      expect(readdirSync(join(dir, "in-use")).sort()).toEqual(["app.db", "app.db-shm", "app.db-wal", "kopi.db"]);
    } finally {
      server.close();
    }

    expect((await command("restore", ["--from", backup], `file:${database}`)).status).toBe(0);
  }, 60_000);

  it("puts a backup in place where no database is yet", async () => {
    const backup = join(dir, "in-use", "kopi.db");
    const database = join(dir, "new-place", "app.db");
    const run = await command("restore", ["--from", backup], `file:${database}`);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("before-restore");
    expect(contents(database)).toEqual(contents(backup));
  }, 60_000);

  it("replaces a database damaged beyond opening, and keeps the damaged file", async () => {
    const backup = join(dir, "in-use", "kopi.db");
    mkdirSync(join(dir, "damaged"));
    const database = join(dir, "damaged", "app.db");
    writeFileSync(database, "ikke længere en database");
    const run = await command("restore", ["--from", backup], `file:${database}`);
    expect(run.status).toBe(0);
    expect(contents(database)).toEqual(contents(backup));
    expect(readFileSync(`${database}.before-restore`, "utf8")).toBe("ikke længere en database");
  }, 60_000);
});

describe("bad input ends with exit code 2, one Danish line, and nothing changed", () => {
  let database: string;
  let url: string;
  let backup: string;
  const bad = (name: string) => join(dir, "bad-input", name);

  beforeAll(async () => {
    database = freshDatabase("bad-input");
    url = `file:${database}`;
    backup = bad("kopi.db");
    expect((await command("backup", ["--out", backup], url)).status).toBe(0);

    writeFileSync(bad("notes.txt"), "ikke en database\n");
    writeFileSync(bad("header-only.db"), Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(5000, 7)]));
    mkdirSync(bad("a-folder"));

    const foreign = new SQLite(bad("foreign.db"));
    foreign.exec("CREATE TABLE notes (text TEXT)");
    foreign.close();

    // An index entry changed behind SQLite's back: the file opens, integrity_check finds it.
    const damaged = new SQLite(bad("damaged.db"));
    damaged.exec("CREATE TABLE t (a TEXT); CREATE INDEX t_a ON t (a); INSERT INTO t VALUES ('Sikkerhedskopi')");
    const indexPage = (damaged.prepare("SELECT rootpage FROM sqlite_master WHERE name = 't_a'").pluck().get() as number) - 1;
    const pageSize = damaged.pragma("page_size", { simple: true }) as number;
    damaged.close();
    const bytes = readFileSync(bad("damaged.db"));
    bytes.write("Z", bytes.indexOf("Sikkerhedskopi", indexPage * pageSize));
    writeFileSync(bad("damaged.db"), bytes);

    cpSync(backup, bad("newer.db"));
    const newer = new SQLite(bad("newer.db"));
    newer.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T0000_from_the_future', ?)").run(
      new Date().toISOString(),
    );
    newer.close();
  }, 60_000);

  const cases: { name: string; run: () => Promise<Run>; message: RegExp }[] = [
    { name: "backup: a stray argument", run: () => command("backup", ["ekstra"], url), message: /uventet argument "ekstra"/ },
    { name: "backup: an unknown flag", run: () => command("backup", ["--ud", "x.db"], url), message: /ukendt .*flag --ud/ },
    { name: "backup: --out without a file", run: () => command("backup", ["--out"], url), message: /flag --out/ },
    { name: "backup: --out names an existing file", run: () => command("backup", ["--out", backup], url), message: /findes allerede/ },
    {
      name: "backup: no database at DATABASE_URL",
      run: () => command("backup", ["--out", bad("x.db")], `file:${bad("missing.db")}`),
      message: /databasen .*missing\.db findes ikke/,
    },
    {
      name: "backup: DATABASE_URL is not a SQLite file",
      run: () => command("backup", ["--out", bad("x.db")], `file:${bad("notes.txt")}`),
      message: /notes\.txt er ikke en SQLite-database/,
    },
    {
      name: "backup: PostgreSQL",
      run: () => command("backup", ["--out", bad("x.db")], "postgres://app:secret@localhost:5432/app"),
      message: /PostgreSQL.*understøttes/,
    },
    { name: "restore: no --from", run: () => command("restore", [], url), message: /--from mangler/ },
    { name: "restore: --from without a file", run: () => command("restore", ["--from"], url), message: /flag --from/ },
    { name: "restore: a file that is not there", run: () => command("restore", ["--from", bad("nowhere.db")], url), message: /findes ikke/ },
    { name: "restore: a folder", run: () => command("restore", ["--from", bad("a-folder")], url), message: /er ikke en fil/ },
    { name: "restore: a text file", run: () => command("restore", ["--from", bad("notes.txt")], url), message: /ikke en SQLite-database/ },
    {
      name: "restore: a SQLite header and nothing else",
      run: () => command("restore", ["--from", bad("header-only.db")], url),
      message: /header-only\.db er ikke en SQLite-database/,
    },
    {
      name: "restore: a damaged database",
      run: () => command("restore", ["--from", bad("damaged.db")], url),
      message: /damaged\.db er beskadiget \(integrity_check: row 1 missing from index t_a\)/,
    },
    {
      name: "restore: another program's database",
      run: () => command("restore", ["--from", bad("foreign.db")], url),
      message: /ingen kysely_migration-tabel/,
    },
    {
      name: "restore: a backup from a newer version",
      run: () => command("restore", ["--from", bad("newer.db")], url),
      message: /nyere version .*2099-01-01T0000_from_the_future/,
    },
    { name: "restore: the database itself", run: () => command("restore", ["--from", database], url), message: /selve databasen/ },
    {
      name: "restore: PostgreSQL",
      run: () => command("restore", ["--from", backup], "postgres://app:secret@localhost:5432/app"),
      message: /PostgreSQL.*understøttes/,
    },
  ];

  it.each(cases)("$name", async ({ run, message }) => {
    const files = readdirSync(bad("")).sort();
    const before = readFileSync(database);
    expectRefused(await run(), message);
    expect(readdirSync(bad("")).sort()).toEqual(files);
    expect(readFileSync(database).equals(before)).toBe(true);
    expect(existsSync(`${database}.before-restore`)).toBe(false);
  }, 60_000);
});
