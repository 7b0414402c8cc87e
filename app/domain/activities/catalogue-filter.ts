import { distanceKm } from "../matching/geo";
import type { Weekday } from "../vocabulary";

// What a citizen (or a relative, or home care on their behalf) narrows the public
// catalogue by. Within one kind of choice any value will do ("kortspil or sang",
// "tuesday or thursday"); accessibility needs must all be met, because a venue
// with a hearing loop is no use to a wheelchair user who also needs step-free access.

export const needs = ["stepFree", "hearingLoop", "accessibleToilet", "seating", "parking"] as const;
export type Need = (typeof needs)[number];

export const distancesKm = [2, 5, 10, 25] as const;
export type DistanceKm = (typeof distancesKm)[number];

export interface Origin {
  lat: number;
  lng: number;
  /** How the place was given, e.g. "7800 Skive", to say "højst 5 km fra 7800 Skive". */
  label: string;
}

export interface CatalogueFilter {
  interests: readonly string[];
  weekdays: readonly Weekday[];
  needs: readonly Need[];
  freeOnly: boolean;
  transport: boolean;
  origin: Origin | null;
  maxKm: DistanceKm;
}

export const noFilter: CatalogueFilter = {
  interests: [],
  weekdays: [],
  needs: [],
  freeOnly: false,
  transport: false,
  origin: null,
  maxKm: 10,
};

export type Filterable = {
  interests: readonly string[];
  weekday: Weekday;
  price: number;
  transport: boolean;
  lat: number;
  lng: number;
} & Record<Need, boolean>;

export interface Filtered<T> {
  activity: T;
  /** Km from the origin, when one is given. */
  distanceKm: number | null;
}

/**
 * The activities that meet every choice, in the given order, or nearest first when
 * an origin is given (only those within maxKm of it).
 */
export function filterCatalogue<T extends Filterable>(activities: readonly T[], filter: CatalogueFilter): Filtered<T>[] {
  const { origin } = filter;
  const kept = activities
    .filter(
      (a) =>
        (filter.interests.length === 0 || a.interests.some((i) => filter.interests.includes(i))) &&
        (filter.weekdays.length === 0 || filter.weekdays.includes(a.weekday)) &&
        filter.needs.every((need) => a[need]) &&
        (!filter.freeOnly || a.price === 0) &&
        (!filter.transport || a.transport),
    )
    .map((activity) => ({ activity, distanceKm: origin ? distanceKm(origin, activity) : null }));
  if (!origin) return kept;
  return kept
    .filter((f) => (f.distanceKm as number) <= filter.maxKm)
    .sort((a, b) => (a.distanceKm as number) - (b.distanceKm as number));
}

/** Whether anything narrows the catalogue at all (the distance only with an origin). */
export function isFiltered(filter: CatalogueFilter): boolean {
  return (
    filter.interests.length > 0 ||
    filter.weekdays.length > 0 ||
    filter.needs.length > 0 ||
    filter.freeOnly ||
    filter.transport ||
    filter.origin !== null
  );
}
