// What DATABASE_URL names, readable without validating the rest of the environment:
// the backup and restore commands must explain a PostgreSQL URL themselves rather
// than stop at the server's start-up check.

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The file behind a `file:PATH` URL (`:memory:` for an in-memory database). */
export function sqlitePathOf(url: string): string {
  return url.replace(/^file:/, "");
}
