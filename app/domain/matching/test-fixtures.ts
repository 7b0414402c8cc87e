// Test-only builders shared by the matching tests (rules, score, suggest, pool schema and
// the `match` CLI). Not imported by app code. Each builder returns a candidate that passes
// every hard rule for `citizen()`; a test overrides only the fields it is about, and a test
// file whose cases rest on other defaults wraps a builder with them.
import { EARTH_RADIUS_KM } from "./geo";
import type { ActivityProfile, CitizenProfile, MatchSettings, VolunteerProfile } from "./types";

const KM_PER_DEGREE_LATITUDE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Where `citizen()` lives. */
export const HOME = { lat: 56, lng: 9 };

/** A position `km` due north of the citizen's home. */
export const north = (km: number) => ({ lat: HOME.lat + km / KM_PER_DEGREE_LATITUDE, lng: HOME.lng });

export const settings: MatchSettings = { today: "2026-11-23", maxDistanceKm: 10, straffeattestMaxAgeMonths: 24 };

export function citizen(overrides: Partial<CitizenProfile> = {}): CitizenProfile {
  return {
    id: "c1",
    ...HOME,
    interests: ["havearbejde", "kortspil"],
    languages: ["da"],
    barriers: [],
    format: "either",
    slots: ["tue-am", "thu-pm"],
    genderPreference: null,
    escort: false,
    declined: [],
    ...overrides,
  };
}

/** A vetted volunteer 2 km from the citizen, with one free place. */
export function volunteer(overrides: Partial<VolunteerProfile> = {}): VolunteerProfile {
  return {
    id: "v1",
    ...north(2),
    radiusKm: 5,
    interests: ["havearbejde"],
    languages: ["da"],
    slots: ["tue-am"],
    capacity: 2,
    load: 1,
    gender: "female",
    car: false,
    status: "active",
    tavshedserklaering: true,
    straffeattestDate: "2025-05-01",
    ...overrides,
  };
}

/** A free activity 2 km from the citizen, with 5 of 10 places taken. */
export function activity(overrides: Partial<ActivityProfile> = {}): ActivityProfile {
  return {
    id: "a1",
    ...north(2),
    interests: ["kortspil"],
    languages: ["da"],
    slots: ["thu-pm"],
    capacity: 10,
    enrolled: 5,
    price: 0,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: true,
    transport: false,
    status: "active",
    ...overrides,
  };
}

/**
 * The pool file of DESIGN.md, verbatim, as raw JSON data (not typed as a `MatchPool`,
 * so tests can break it in ways the schema must refuse).
 */
export function designPool() {
  return {
    settings: { today: "2026-11-23", maxDistanceKm: 10, straffeattestMaxAgeMonths: 24 },
    citizens: [
      {
        id: "c1", lat: 56.49, lng: 8.59,
        interests: ["havearbejde", "kortspil"], languages: ["da"],
        barriers: ["wheelchair"], format: "either", slots: ["tue-am", "thu-pm"],
        genderPreference: null, escort: false, declined: ["v7"],
      },
    ],
    volunteers: [
      {
        id: "v1", lat: 56.5, lng: 8.6, radiusKm: 5,
        interests: ["havearbejde"], languages: ["da", "en"], slots: ["tue-am"],
        capacity: 2, load: 1, gender: "female", car: true, status: "active",
        tavshedserklaering: true, straffeattestDate: "2025-05-01",
      },
    ],
    activities: [
      {
        id: "a1", lat: 56.48, lng: 8.58, interests: ["kortspil"],
        languages: ["da"], slots: ["thu-pm"], capacity: 12, enrolled: 5,
        price: 0, stepFree: true, hearingLoop: false, accessibleToilet: true,
        transport: false, status: "active",
      },
    ],
  };
}
