import type { CatalogueFilter, Need } from "../domain/activities/catalogue-filter";
import { weekdayOf } from "../domain/activities/schedule";
import { weekdayLabels } from "../domain/vocabulary";
import { formatNumber } from "./format";

export const needLabels: Record<Need, string> = {
  stepFree: "Trinfri adgang",
  hearingLoop: "Teleslynge",
  accessibleToilet: "Handicaptoilet",
  seating: "Mulighed for at sidde",
  parking: "Parkering",
};

const either = new Intl.ListFormat("da", { type: "disjunction" });
const both = new Intl.ListFormat("da", { type: "conjunction" });
const lower = (s: string) => s.toLowerCase();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The chosen filters in plain words, one phrase per kind of choice. */
export function describeFilter(filter: CatalogueFilter): string[] {
  return [
    filter.interests.length ? `Om ${either.format(filter.interests)}` : null,
    filter.weekdays.length ? capitalise(either.format(filter.weekdays.map((d) => lower(weekdayLabels[d])))) : null,
    filter.needs.length ? `Med ${lower(both.format(filter.needs.map((n) => needLabels[n])))}` : null,
    filter.freeOnly ? "Kun gratis" : null,
    filter.transport ? "Kørsel kan arrangeres" : null,
    filter.origin ? `Højst ${filter.maxKm} km fra ${filter.origin.label}` : null,
  ].filter((phrase): phrase is string => phrase !== null);
}

const months = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * "tirsdag 1. december": written out here rather than by Intl, whose Danish wording
 * differs between Node and the browser and would break hydration.
 */
export function formatDay(isoDate: string): string {
  const [, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return `${lower(weekdayLabels[weekdayOf(isoDate)])} ${day}. ${months[month - 1]}`;
}

export function formatKm(km: number): string {
  return `${formatNumber(km, km < 10 ? 1 : 0)} km`;
}

export function placesLeft(capacity: number, enrolled: number): string {
  const free = Math.max(0, capacity - enrolled);
  return free > 0 ? `${free} ledige af ${capacity}` : "Fuldt booket lige nu";
}

/**
 * A link target for a website an association typed, with https:// added when left
 * out; null for anything that is not a web address (never a javascript: link).
 */
export function websiteHref(website: string): string | null {
  const text = website.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
