import { DateTime } from "luxon";
import { plannedDates } from "../domain/activities/occurrences";
import { describeSchedule } from "../domain/activities/schedule";
import { addDays } from "../domain/pathway/working-days";
import { type LanguageCode, languages } from "../domain/vocabulary";
import { formatPrice } from "../ui/format";
import { COPENHAGEN } from "./copenhagen-vtimezone";
import type { PublishedActivity, PublishedAssociation } from "./published-activity";
import { uuidV5 } from "./uuid-v5.server";

// Activities as Open Referral HSDS 3.0 (https://docs.openreferral.org/en/v3.0/):
// an association is an organization, an activity a service held at one physical
// location on a schedule taken from its RRULE. Objects HSDS wants ids for that we do
// not store (location, address, schedule …) get name-based UUIDs in the activity's
// own namespace, so they are the same on every call.

export const HSDS_VERSION = "3.0";

export interface HsdsLinks {
  activityUrl: (id: string) => string;
  activityCalendarUrl: (id: string) => string;
}

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The HSDS page envelope for `contents` as page `pageNumber` of `perPage` out of `totalItems`. */
export function hsdsPage<T>(contents: T[], totalItems: number, pageNumber: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// Optional HSDS fields are left out rather than sent empty: "" is not a valid uri or email.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const present = (value: string) => (value.trim() === "" ? undefined : value.trim());
const email = (value: string) => (EMAIL.test(value.trim()) ? value.trim() : undefined);
/** A web address as associations type it ("www.forening.dk" too), or nothing. */
function website(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    const web = url.protocol === "http:" || url.protocol === "https:";
    return web && url.hostname.includes(".") ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The organization's one-to-one fields. */
export function hsdsOrganization(association: PublishedAssociation) {
  return {
    id: association.id,
    name: association.name,
    description: association.description,
    email: email(association.email),
    website: website(association.website),
  };
}

/** A service's one-to-one fields, as `GET /services` lists them. */
export function hsdsServiceSummary(a: PublishedActivity, links: HsdsLinks) {
  return {
    id: a.id,
    organization_id: a.association.id,
    name: a.title,
    description: a.description,
    url: links.activityUrl(a.id),
    email: email(a.association.email),
    // Only active activities are published; a cancelled one is not found.
    status: "active" as const,
    fees_description: formatPrice(a.price),
    eligibility_description: present(a.targetGroup),
    last_modified: new Date(a.updatedAt).toISOString(),
    organization: hsdsOrganization(a.association),
  };
}

/** "FREQ=MONTHLY;BYDAY=1MO" → { FREQ: "MONTHLY", BYDAY: "1MO" }. */
function ruleParts(rrule: string): Record<string, string> {
  return Object.fromEntries(
    rrule
      .split(";")
      .map((part) => part.split("="))
      .filter((pair): pair is [string, string] => pair.length === 2),
  );
}

/**
 * The activity's RRULE as an HSDS schedule. HSDS 3.0 gives a time zone only as a UTC
 * offset (a number), which cannot follow summer time: opens_at/closes_at are Danish
 * local time, `timezone` is the offset on the first date, and the notes say so.
 */
export function hsdsSchedule(a: PublishedActivity, links: HsdsLinks) {
  const parts = ruleParts(a.rrule);
  const first = plannedDates(a, a.startsOn, addDays(a.startsOn, 731))[0] ?? a.startsOn;
  const last = a.endsOn ? plannedDates(a, a.startsOn, a.endsOn).at(-1) : undefined;
  const count = parts.COUNT ? Number(parts.COUNT) : undefined;
  const offsetHours = DateTime.fromISO(`${first}T${a.startTime}`, { zone: COPENHAGEN }).offset / 60;
  return {
    id: uuidV5("schedule", a.id),
    service_id: a.id,
    valid_from: first,
    valid_to: last ?? (count === 1 ? first : undefined),
    dtstart: first,
    timezone: offsetHours,
    until: last,
    count: a.endsOn ? undefined : count,
    wkst: "MO" as const,
    freq: parts.FREQ === "MONTHLY" ? ("MONTHLY" as const) : ("WEEKLY" as const),
    interval: parts.INTERVAL ? Number(parts.INTERVAL) : 1,
    byday: parts.BYDAY,
    description: describeSchedule(a),
    opens_at: a.startTime,
    closes_at: a.endTime,
    schedule_link: links.activityCalendarUrl(a.id),
    attending_type: "Fremmøde på adressen",
    notes: `Tiderne er dansk tid (${COPENHAGEN}): UTC+1 om vinteren, UTC+2 om sommeren. Aflyste og flyttede gange står i kalenderen på schedule_link.`,
  };
}

function hsdsLocation(a: PublishedActivity) {
  const locationId = uuidV5("location", a.id);
  const accessibility = [
    a.stepFree ? "Trinfri adgang" : null,
    a.accessibleToilet ? "Handicaptoilet" : null,
    a.hearingLoop ? "Teleslynge" : null,
    a.seating ? "Siddepladser" : null,
  ].filter((text): text is string => text !== null);
  return {
    id: locationId,
    location_type: "physical" as const,
    organization_id: a.association.id,
    name: `${a.address}, ${a.postcode} ${a.city}`,
    transportation: [a.transport ? "Kørsel kan arrangeres" : null, a.parking ? "Parkering ved stedet" : null]
      .filter((text): text is string => text !== null)
      .join(". ") || undefined,
    latitude: a.lat,
    longitude: a.lng,
    addresses: [
      {
        id: uuidV5("address", a.id),
        location_id: locationId,
        address_1: a.address,
        city: a.city,
        // Denmark has no states; the municipality is the administrative area that fits.
        state_province: a.association.municipalityName,
        postal_code: a.postcode,
        country: "DK",
        address_type: "physical" as const,
      },
    ],
    accessibility: accessibility.map((description) => ({
      id: uuidV5(`accessibility:${description}`, a.id),
      location_id: locationId,
      description,
    })),
  };
}

/** A service in full, as `GET /services/{id}` answers. */
export function hsdsService(a: PublishedActivity, links: HsdsLinks) {
  const location = hsdsLocation(a);
  const phone = present(a.association.phone);
  const contactName = present(a.association.contactName);
  return {
    ...hsdsServiceSummary(a, links),
    schedules: [hsdsSchedule(a, links)],
    service_at_locations: [
      {
        id: uuidV5("service_at_location", a.id),
        service_id: a.id,
        location_id: location.id,
        location,
      },
    ],
    languages: a.languages.map((code) => ({
      id: uuidV5(`language:${code}`, a.id),
      service_id: a.id,
      name: languages[code as LanguageCode] ?? code,
      code,
    })),
    cost_options: [
      {
        id: uuidV5("cost_option", a.id),
        service_id: a.id,
        option: a.price === 0 ? "Gratis" : "Pris for at deltage",
        currency: "DKK",
        amount: a.price,
      },
    ],
    phones: phone ? [{ id: uuidV5("phone", a.id), service_id: a.id, number: phone, type: "voice" }] : [],
    contacts: contactName
      ? [
          {
            id: uuidV5("contact", a.id),
            service_id: a.id,
            name: contactName,
            email: email(a.association.email),
            phones: phone ? [{ id: uuidV5("contact-phone", a.id), contact_id: uuidV5("contact", a.id), number: phone }] : [],
          },
        ]
      : [],
  };
}

/** An organization in full, as `GET /organizations/{id}` answers: its services by their one-to-one fields. */
export function hsdsOrganizationFull(association: PublishedAssociation, activities: PublishedActivity[], links: HsdsLinks) {
  const phone = present(association.phone);
  const contactName = present(association.contactName);
  return {
    ...hsdsOrganization(association),
    phones: phone
      ? [{ id: uuidV5("phone", association.id), organization_id: association.id, number: phone, type: "voice" }]
      : [],
    contacts: contactName
      ? [{ id: uuidV5("contact", association.id), organization_id: association.id, name: contactName, email: email(association.email) }]
      : [],
    services: activities.map((a) => hsdsServiceSummary(a, links)),
  };
}

/** The API's meta information (HSDS `GET /`). */
export function hsdsApiInfo() {
  return {
    version: HSDS_VERSION,
    openapi_url: "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json",
    description: "Fællesskabsbro: fællesskaber og aktiviteter for ældre, udgivet af de foreninger, der holder dem.",
    publisher: { name: "Fællesskabsbro" },
  };
}
