import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../db/schema";

/** Repositories take either the database or a transaction, so callers own the transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

export const nowIso = (): string => new Date().toISOString();

/** A timestamp's calendar date (YYYY-MM-DD) in Denmark; today's by default. */
export const dateInDenmark = (at: string | Date = new Date()): string =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date(at));

export const todayInDenmark = (): string => dateInDenmark();

export const toFlag = (value: boolean): number => (value ? 1 : 0);

export function parseList<T extends string = string>(json: string): T[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value.filter((v) => typeof v === "string") as T[]) : [];
}
