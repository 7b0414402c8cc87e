import { describe, expect, it } from "vitest";
import { parsePool } from "./pool-schema";
import { mulberry32 } from "../random";
import { DENMARK_BOUNDS, generatePool } from "./synthetic";

describe("seeded municipality generator", () => {
  it("gives the same pool for the same seed, and another for another seed", () => {
    const options = { seed: 42, citizens: 50, volunteers: 80, activities: 40 };
    expect(generatePool(options)).toEqual(generatePool(options));
    expect(generatePool({ ...options, seed: 43 })).not.toEqual(generatePool(options));
  });

  it("writes a pool the pool-file schema accepts", () => {
    const pool = generatePool({ seed: 7, citizens: 100, volunteers: 200, activities: 100, municipalities: 3 });
    const parsed = parsePool(JSON.parse(JSON.stringify(pool)));
    expect(parsed.success ? [] : parsed).toEqual([]);
    expect(pool.citizens).toHaveLength(100);
    expect(pool.volunteers).toHaveLength(200);
    expect(pool.activities).toHaveLength(100);
  });

  it("keeps everyone inside Denmark, mostly Danish-speaking and mostly active", () => {
    const pool = generatePool({ seed: 1, citizens: 2000, volunteers: 2000, activities: 1000, municipalities: 60 });
    for (const p of [...pool.citizens, ...pool.volunteers, ...pool.activities]) {
      expect(p.lat).toBeGreaterThanOrEqual(DENMARK_BOUNDS.minLat);
      expect(p.lat).toBeLessThanOrEqual(DENMARK_BOUNDS.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(DENMARK_BOUNDS.minLng);
      expect(p.lng).toBeLessThanOrEqual(DENMARK_BOUNDS.maxLng);
    }
    const share = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length / items.length;
    expect(share(pool.citizens, (c) => c.languages.includes("da"))).toBeGreaterThan(0.9);
    expect(share(pool.citizens, (c) => c.interests.includes("kaffe og snak"))).toBeGreaterThan(
      share(pool.citizens, (c) => c.interests.includes("billard")),
    );
    expect(share(pool.citizens, (c) => c.barriers.includes("walker"))).toBeGreaterThan(0.15);
    expect(share(pool.volunteers, (v) => v.status === "active")).toBeGreaterThan(0.8);
    expect(share(pool.activities, (a) => a.price === 0)).toBeGreaterThan(0.6);
    expect(share(pool.activities, (a) => a.transport)).toBeGreaterThan(0);
  });

  it("spreads a rural municipality's people much further from the seat than a town's", () => {
    const medianKm = (shape: "town" | "rural") => {
      const pool = generatePool({ seed: 3, citizens: 2000, volunteers: 0, activities: 0, shape });
      // The first listed seat (København) is the centre in both.
      const km = pool.citizens
        .map((c) => Math.hypot((c.lat - 55.676) * 111.2, (c.lng - 12.568) * 111.2 * Math.cos((55.676 * Math.PI) / 180)))
        .sort((a, b) => a - b);
      return km[km.length >> 1]!;
    };
    expect(medianKm("rural")).toBeGreaterThan(2 * medianKm("town"));
  });

  it("draws uniform numbers in [0, 1) from its PRNG", () => {
    const random = mulberry32(123);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});
