import { z } from "zod";
import { env } from "../env.server";
import type { AddressHit } from "./address-hit";
import { utm32ToLatLng } from "./etrs89-utm32";

// A small client for Dataforsyningen's GSearch v2.0 "adresse" resource (the national
// address search built on Danmarks Adresseregister). What we rely on, with sources,
// is in docs/decisions/0006-address-search-gsearch.md.

export interface AddressSearchSettings {
  url: string;
  token: string | undefined;
  timeoutMs: number;
}

/** Search runs while someone types: an answer later than this is no longer wanted. */
const defaultTimeoutMs = 3000;

export function addressSearchSettings(): AddressSearchSettings {
  return { url: env.GSEARCH_URL, token: env.GSEARCH_TOKEN, timeoutMs: defaultTimeoutMs };
}

export type AddressSearchFailure = "not-configured" | "unreachable" | "timeout" | "refused" | "nonsense";

/** Address search cannot answer now; the caller falls back to typed addresses. */
export class AddressSearchUnavailable extends Error {
  readonly reason: AddressSearchFailure;
  constructor(reason: AddressSearchFailure, detail?: string) {
    super(`Address search unavailable: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "AddressSearchUnavailable";
    this.reason = reason;
  }
}

// Coordinates of Danish addresses in EPSG:25832, generously: anything outside means
// the service answered in another reference system or with nonsense.
const easting = z.number().min(400_000).max(950_000);
const northing = z.number().min(6_000_000).max(6_450_000);
const position = z.tuple([easting, northing]).rest(z.number());
// Address points are GeoJSON Point or MultiPoint (the SQL behind GSearch wraps them
// with st_multi); either way the first position is the address.
const pointGeometry = z.union([
  z.object({ type: z.literal("Point"), coordinates: position }),
  z.object({ type: z.literal("MultiPoint"), coordinates: z.array(position).min(1) }),
]);

const gsearchAddress = z
  .object({
    vejnavn: z.string().min(1),
    husnummer: z.string().min(1),
    etagebetegnelse: z.string().nullish(),
    doerbetegnelse: z.string().nullish(),
    postnummer: z.string().regex(/^\d{4}$/),
    postnummernavn: z.string().min(1),
    visningstekst: z.string().min(1),
    // The documented name is `geometri` (the access point); earlier versions of the
    // service called it `adgangspunkt_geometri`. The road point is the last resort.
    geometri: pointGeometry.nullish(),
    adgangspunkt_geometri: pointGeometry.nullish(),
    vejpunkt_geometri: pointGeometry.nullish(),
  })
  .refine((a) => a.geometri ?? a.adgangspunkt_geometri ?? a.vejpunkt_geometri, "no point");

const gsearchAnswer = z.array(gsearchAddress);

type GsearchAddress = z.infer<typeof gsearchAddress>;

/** "Vestergade 12, 2. th" as Danes write it on an envelope. */
function streetLine(a: GsearchAddress): string {
  const floor = a.etagebetegnelse?.trim() ?? "";
  const door = a.doerbetegnelse?.trim() ?? "";
  const floorText = /^\d+$/.test(floor) ? `${floor}.` : floor === "st" ? "st." : floor;
  const unit = [floorText, door].filter(Boolean).join(" ");
  return `${a.vejnavn} ${a.husnummer}${unit ? `, ${unit}` : ""}`;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function toHit(a: GsearchAddress): AddressHit {
  const geometry = (a.geometri ?? a.adgangspunkt_geometri ?? a.vejpunkt_geometri)!;
  const [e, n] = geometry.type === "Point" ? geometry.coordinates : geometry.coordinates[0]!;
  const { lat, lng } = utm32ToLatLng(e, n);
  return {
    text: a.visningstekst,
    address: streetLine(a),
    postcode: a.postnummer,
    city: a.postnummernavn,
    lat: round6(lat),
    lng: round6(lng),
  };
}

/**
 * Addresses matching what someone typed, best first. Throws AddressSearchUnavailable
 * when no token is configured or the service is down, slow or answers nonsense.
 */
export async function searchAddresses(
  query: string,
  { limit = 8, settings = addressSearchSettings() }: { limit?: number; settings?: AddressSearchSettings } = {},
): Promise<AddressHit[]> {
  if (!settings.token) throw new AddressSearchUnavailable("not-configured");
  const url = new URL(settings.url);
  url.searchParams.set("q", query);
  url.searchParams.set("limit", String(Math.min(Math.max(Math.trunc(limit), 1), 100)));

  let body: unknown;
  try {
    // The token goes in a header, as Dataforsyningen recommends, so it stays out of
    // URLs that proxies and logs keep.
    const response = await fetch(url, {
      headers: { Accept: "application/json", token: settings.token },
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    if (!response.ok) throw new AddressSearchUnavailable("refused", `HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    if (error instanceof AddressSearchUnavailable) throw error;
    if (error instanceof DOMException && error.name === "TimeoutError") {
      throw new AddressSearchUnavailable("timeout");
    }
    if (error instanceof SyntaxError) throw new AddressSearchUnavailable("nonsense", "not JSON");
    throw new AddressSearchUnavailable("unreachable");
  }

  const parsed = gsearchAnswer.safeParse(body);
  if (!parsed.success) throw new AddressSearchUnavailable("nonsense", "unexpected shape");
  return parsed.data.map(toHit);
}

/**
 * The best match for an address, or undefined when nothing matches; throws
 * AddressSearchUnavailable as searchAddresses does, so the caller can say so.
 */
export async function geocodeOne(query: string): Promise<AddressHit | undefined> {
  const [first] = await searchAddresses(query, { limit: 1 });
  return first;
}
