import { z } from "zod";

/**
 * One address found by address search, ready for the address fields of a form:
 * `address` is street, house number and any floor and door, `lat`/`lng` WGS84.
 * Shared by the server client and the browser, which checks /api/adresser's answer
 * with the same schema.
 */
export const addressHit = z.object({
  text: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  lat: z.number(),
  lng: z.number(),
});

export type AddressHit = z.infer<typeof addressHit>;

/** The body of a 200 from /api/adresser. */
export const addressSearchAnswer = z.object({ hits: z.array(addressHit) });

/** Address search wants a few characters before it is worth asking. */
export const addressQuery = { min: 3, max: 100 } as const;
