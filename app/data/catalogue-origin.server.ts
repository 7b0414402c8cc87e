import type { Origin } from "../domain/activities/catalogue-filter";
import { db as defaultDb } from "./db.server";
import type { Executor } from "./executor";

/**
 * Where "nær" in the catalogue points to. Until addresses can be looked up, only a
 * Danish postcode is understood, placed at the middle of the active activities
 * there; anything else is not found (null). An address geocoder goes in front of this.
 */
export async function originFor(naer: string, db: Executor = defaultDb): Promise<Origin | null> {
  const postcode = naer.trim();
  if (!/^\d{4}$/.test(postcode)) return null;
  const row = await db
    .selectFrom("activity")
    .select((eb) => [
      eb.fn.avg<number>("lat").as("lat"),
      eb.fn.avg<number>("lng").as("lng"),
      eb.fn.min("city").as("city"),
    ])
    .where("postcode", "=", postcode)
    .where("status", "=", "active")
    .executeTakeFirst();
  if (row?.lat == null || row.lng == null) return null;
  return { lat: Number(row.lat), lng: Number(row.lng), label: `${postcode} ${row.city ?? ""}`.trim() };
}
