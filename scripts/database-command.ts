// What `npm run backup` and `npm run restore` share: the database they work on and how
// they end. Like `npm run match`, bad input ends with exit code 2 and exactly one Danish
// line on stderr, so a scheduled job or a script around it can tell it apart.
import { parseArgs } from "node:util";
import { BackupRefused } from "../db/backup";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqlitePathOf } from "../db/url";

const EXIT_BAD_INPUT = 2;
const EXIT_FAILED = 1;

/** The SQLite file named by DATABASE_URL. */
export function databasePath(): string {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (isPostgresUrl(url)) {
    throw new BackupRefused(
      "DATABASE_URL peger på PostgreSQL, som endnu ikke understøttes af backup og restore; brug pg_dump og pg_restore",
    );
  }
  const path = url.startsWith("file:") ? sqlitePathOf(url) : "";
  if (!path || path === ":memory:") {
    throw new BackupRefused(`DATABASE_URL skal være file:STI til en SQLite-fil, ikke ${JSON.stringify(url)}`);
  }
  return path;
}

/** The value of each known `--flag VALUE`; anything else is refused with the usage line. */
export function readFlags<const Name extends string>(argv: string[], names: readonly Name[], usage: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const flag = /'(?:-[^-\s], )?(-{1,2}[^'\s]+)/.exec(message)?.[1];
    throw new BackupRefused(flag ? `ukendt eller ufuldstændigt flag ${flag}. ${usage}` : `ugyldige argumenter. ${usage}`);
  }
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new BackupRefused(`uventet argument ${JSON.stringify(extra)}. ${usage}`);
  const values = parsed.values as Partial<Record<Name, string>>;
  for (const name of names) {
    if (values[name] !== undefined && values[name].trim() === "") {
      throw new BackupRefused(`--${name} mangler en værdi. ${usage}`);
    }
  }
  return values;
}

/** Runs a command, prints what it reports, and sets the exit code. */
export async function runCommand(command: () => Promise<string> | string): Promise<void> {
  try {
    process.stdout.write(`${await command()}\n`);
  } catch (error) {
    const badInput = error instanceof BackupRefused;
    const message = badInput ? error.message : `uventet fejl: ${error instanceof Error ? error.message : String(error)}`;
    // One line, whatever a path or a database message contains.
    process.stderr.write(`${`Fejl: ${message}`.replace(/\s+/g, " ").trim()}\n`);
    process.exitCode = badInput ? EXIT_BAD_INPUT : EXIT_FAILED;
  }
}
