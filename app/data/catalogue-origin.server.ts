import { AddressSearchUnavailable, geocodeOne } from "../address/address-search.server";
import type { Origin } from "../domain/activities/catalogue-filter";
import { db as defaultDb } from "./db.server";
import type { Executor } from "./executor";

/**
 * Where "nær" in the catalogue points to: a Danish postcode is placed at the middle of
 * the active activities there (no outside call, so it works offline too); anything
 * else is looked up as an address. Not found, or address search unavailable: null.
 */
export async function originFor(naer: string, db: Executor = defaultDb): Promise<Origin | null> {
  const text = naer.trim();
  if (/^\d{4}$/.test(text)) return postcodeOrigin(text, db);
  try {
    const hit = await geocodeOne(text);
    return hit ? { lat: hit.lat, lng: hit.lng, label: hit.text } : null;
  } catch (error) {
    if (error instanceof AddressSearchUnavailable) return null;
    throw error;
  }
}

async function postcodeOrigin(postcode: string, db: Executor): Promise<Origin | null> {
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
