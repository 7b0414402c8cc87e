import { describe, expect, it } from "vitest";
import { CandidateIndex, reachBox } from "./candidate-index";
import { distanceKm } from "./geo";
import { suggestForCitizen, suggestWithIndex } from "./suggest";
import { mulberry32 } from "../random";
import { DENMARK_BOUNDS, generatePool } from "./synthetic";
import type { CitizenProfile, MatchPool, MatchSettings } from "./types";

function expectSameAsLinearScan(pool: MatchPool, options: { limit?: number } = {}) {
  const index = new CandidateIndex(pool);
  for (const citizen of pool.citizens) {
    const linear = suggestForCitizen(citizen, pool, pool.settings, options);
    const indexed = suggestWithIndex(citizen, index, pool.settings, options);
    expect(indexed).toEqual(linear);
  }
}

/** A seeded pool with the corners the index must get right planted in it. */
function edgeCasePool(seed: number): MatchPool {
  const random = mulberry32(seed * 7919);
  const maxDistanceKm = [0, 1, 2.5, 5, 10, 30][seed % 6]!;
  const pool = generatePool({
    seed,
    citizens: 25,
    volunteers: 250,
    activities: 120,
    municipalities: 1 + (seed % 4),
    settings: { maxDistanceKm },
  });
  const citizens: CitizenProfile[] = [...pool.citizens];
  const volunteers = pool.volunteers.map((v) => ({ ...v }));
  const activities = pool.activities.map((a) => ({ ...a }));
  const first = citizens[0]!;

  // Volunteers whose radius is exactly their distance to the first citizen.
  for (const volunteer of volunteers.slice(0, 20)) volunteer.radiusKm = distanceKm(first, volunteer);
  // Candidates on the same spot as the first citizen and as each other.
  for (const volunteer of volunteers.slice(20, 30)) Object.assign(volunteer, { lat: first.lat, lng: first.lng });
  for (const activity of activities.slice(0, 10)) Object.assign(activity, { lat: first.lat, lng: first.lng });
  // Activities with transport far away; citizens with an escort.
  for (const activity of activities.slice(10, 20)) Object.assign(activity, { transport: true, lat: 57.7, lng: 8.1 });
  citizens[1] = { ...citizens[1]!, escort: true };
  // Citizens at the corners of the country's box and on the first one's doorstep.
  const { minLat, maxLat, minLng, maxLng } = DENMARK_BOUNDS;
  for (const [lat, lng] of [[minLat, minLng], [minLat, maxLng], [maxLat, minLng], [maxLat, maxLng]] as const) {
    citizens.push({ ...first, id: `border-${lat}-${lng}`, lat, lng, escort: random() < 0.5 });
  }
  let settings: MatchSettings = pool.settings;
  // Activity reach exactly at the distance of one activity.
  if (seed % 3 === 0) settings = { ...settings, maxDistanceKm: distanceKm(first, activities[30]!) };
  return { settings, citizens, volunteers, activities };
}

// Whole pools are compared citizen by citizen; on a busy machine that takes seconds.
describe("suggestions through the spatial index", { timeout: 60_000 }, () => {
  it("equal the linear scan on many seeded pools with planted edge cases", () => {
    for (let seed = 1; seed <= 24; seed++) expectSameAsLinearScan(edgeCasePool(seed), { limit: seed % 2 ? 20 : 500 });
  });

  it("equal the linear scan at national scale, with wide and narrow volunteer radii", () => {
    const pool = generatePool({ seed: 99, citizens: 60, volunteers: 6000, activities: 3000, municipalities: 98 });
    expectSameAsLinearScan(pool);
  });

  it("equal the linear scan when there are no candidates or none nearby", () => {
    const pool = generatePool({ seed: 5, citizens: 10, volunteers: 0, activities: 0 });
    expectSameAsLinearScan(pool);
    const lonely = generatePool({ seed: 6, citizens: 10, volunteers: 50, activities: 50 });
    expectSameAsLinearScan({ ...lonely, citizens: lonely.citizens.map((c) => ({ ...c, lat: 54.56, lng: 15.19 })) });
  });

  it("keeps a duplicated id in the order of the linear scan", () => {
    const pool = generatePool({ seed: 8, citizens: 10, volunteers: 40, activities: 40 });
    const twin = { ...pool.volunteers[0]!, ...pool.citizens[0]!, id: pool.volunteers[0]!.id, radiusKm: 3 };
    expectSameAsLinearScan({ ...pool, volunteers: [...pool.volunteers, twin] });
  });

  it("counts the candidates it never looked at as out of reach", () => {
    const pool = generatePool({ seed: 11, citizens: 5, volunteers: 500, activities: 200, municipalities: 40 });
    const index = new CandidateIndex(pool);
    for (const citizen of pool.citizens) {
      const reachable = index.reachable(citizen, pool.settings);
      expect(reachable.volunteers.length).toBeLessThan(pool.volunteers.length);
      const result = suggestWithIndex(citizen, index, pool.settings, { limit: 10_000 });
      expect(result.outOfReach + result.candidates.length + result.excluded.length).toBe(
        pool.volunteers.length + pool.activities.length,
      );
    }
  });
});

describe("reach box", () => {
  it("holds every point within the distance, anywhere on Earth", () => {
    const random = mulberry32(2026);
    const missed: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      const centre = { lat: random() * 180 - 90, lng: random() * 360 - 180 };
      const km = [0.001, 1, 10, 100, 1000, 5000][i % 6]!;
      const box = reachBox(centre.lat, centre.lng, km);
      // Points near the disc's edge in every direction, some across the antimeridian.
      const angle = random() * 2 * Math.PI;
      const reach = (km / 6371) * (180 / Math.PI) * (0.9 + random() * 0.2);
      const lat = Math.max(-90, Math.min(90, centre.lat + reach * Math.cos(angle)));
      let lng = centre.lng + (reach * Math.sin(angle)) / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
      lng = ((((lng + 180) % 360) + 360) % 360) - 180;
      const inBox = lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng;
      if (distanceKm(centre, { lat, lng }) <= km && !inBox) missed.push({ centre, km, lat, lng, box });
    }
    expect(missed).toEqual([]);
  });

  it("holds a point exactly at the distance", () => {
    const centre = { lat: 55.676, lng: 12.568 };
    for (const point of [{ lat: 55.7, lng: 12.568 }, { lat: 55.676, lng: 12.7 }, { lat: 55.6, lng: 12.4 }]) {
      const box = reachBox(centre.lat, centre.lng, distanceKm(centre, point));
      expect(point.lat >= box.minLat && point.lat <= box.maxLat).toBe(true);
      expect(point.lng >= box.minLng && point.lng <= box.maxLng).toBe(true);
    }
  });
});
