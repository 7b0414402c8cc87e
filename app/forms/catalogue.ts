import { z } from "zod";
import { type DistanceKm, type Need, distancesKm, noFilter } from "../domain/activities/catalogue-filter";
import { interests, weekdays } from "../domain/vocabulary";

// The catalogue's filters live in the query string, so the page works without
// JavaScript and a relative can send the link on. Links outlive the choices offered
// (a topic may be renamed), so a value that is not understood is dropped, and the
// page says so, rather than refusing the whole page.

/** Query values for accessibility needs, in the words a shared link shows. */
export const needParams = {
  trinfri: "stepFree",
  teleslynge: "hearingLoop",
  handicaptoilet: "accessibleToilet",
  siddeplads: "seating",
  parkering: "parking",
} as const satisfies Record<string, Need>;
export const paramOfNeed = Object.fromEntries(
  Object.entries(needParams).map(([param, need]) => [need, param]),
) as Record<Need, keyof typeof needParams>;

const MAX_NEAR_LENGTH = 100;

const known = <T extends string>(values: readonly T[]) =>
  z.array(z.string()).transform((given) => ({
    values: [...new Set(given.filter((v): v is T => (values as readonly string[]).includes(v)))],
    dropped: given.some((v) => v !== "" && !(values as readonly string[]).includes(v)),
  }));

const flag = z
  .string()
  .optional()
  .transform((v) => ({ value: v === "ja", dropped: v !== undefined && v !== "" && v !== "ja" }));

export const catalogueQuery = z.object({
  emne: known(interests),
  dag: known(weekdays),
  behov: known(Object.keys(needParams) as (keyof typeof needParams)[]),
  gratis: flag,
  koersel: flag,
  naer: z
    .string()
    .optional()
    .transform((v) => {
      const text = (v ?? "").trim();
      return { value: text.length <= MAX_NEAR_LENGTH ? text : "", dropped: text.length > MAX_NEAR_LENGTH };
    }),
  km: z
    .string()
    .optional()
    .transform((v) => {
      const km = distancesKm.find((d) => String(d) === v?.trim());
      return { value: km ?? noFilter.maxKm, dropped: v !== undefined && v !== "" && km === undefined };
    }),
});

export interface CatalogueQuery {
  interests: string[];
  weekdays: (typeof weekdays)[number][];
  needs: Need[];
  freeOnly: boolean;
  transport: boolean;
  /** The place typed into "Nær", not yet looked up; "" when none. */
  near: string;
  maxKm: DistanceKm;
  /** Whether the link held a value that is not understood and was left out. */
  dropped: boolean;
}

/** The filters in a catalogue URL; never fails, whatever the URL holds. */
export function readCatalogueQuery(params: URLSearchParams): CatalogueQuery {
  const q = catalogueQuery.parse({
    emne: params.getAll("emne"),
    dag: params.getAll("dag"),
    behov: params.getAll("behov"),
    gratis: params.get("gratis") ?? undefined,
    koersel: params.get("koersel") ?? undefined,
    naer: params.get("naer") ?? undefined,
    km: params.get("km") ?? undefined,
  });
  return {
    interests: q.emne.values,
    weekdays: q.dag.values,
    needs: q.behov.values.map((param) => needParams[param]),
    freeOnly: q.gratis.value,
    transport: q.koersel.value,
    near: q.naer.value,
    maxKm: q.km.value,
    dropped: [q.emne, q.dag, q.behov, q.gratis, q.koersel, q.naer, q.km].some((part) => part.dropped),
  };
}
