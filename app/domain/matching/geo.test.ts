import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { EARTH_RADIUS_KM, cosLatitude, distanceKm, distanceWithCosines } from "./geo";

describe("great-circle distance", () => {
  it("is zero between a point and itself", () => {
    expect(distanceKm({ lat: 56.49, lng: 8.59 }, { lat: 56.49, lng: 8.59 })).toBe(0);
  });

  it("measures one degree of latitude as the Earth radius times pi over 180", () => {
    const km = distanceKm({ lat: 56, lng: 9 }, { lat: 57, lng: 9 });
    expect(km).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 6);
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(km).toBeCloseTo(111.19508, 5);
  });

  it("shrinks a degree of longitude with the cosine of the latitude", () => {
    const atEquator = distanceKm({ lat: 0, lng: 9 }, { lat: 0, lng: 10 });
    const atThatLatitude = distanceKm({ lat: 56.49, lng: 8 }, { lat: 56.49, lng: 9 });
    expect(atEquator).toBeCloseTo(111.195, 3);
    expect(atThatLatitude).toBeCloseTo(61.39, 2);
  });

  it("gives the known distance between Copenhagen and Aarhus city halls", () => {
    const km = distanceKm({ lat: 55.6761, lng: 12.5683 }, { lat: 56.1572, lng: 10.2107 });
    expect(km).toBeGreaterThan(155);
    expect(km).toBeLessThan(158);
  });

  it("is symmetric and stays finite for antipodal points", () => {
    const a = { lat: 56.49, lng: 8.59 };
    const b = { lat: 55.4, lng: 10.39 };
    expect(distanceKm(a, b)).toBe(distanceKm(b, a));
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it("is the textbook haversine to the last bit, with the cosines worked out beforehand", () => {
    // Scores and reach decisions rest on it: a rounding change would move candidates.
    const rad = (degrees: number) => (degrees * Math.PI) / 180;
    const textbook = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
      const h =
        Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
        Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
      return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    };
    const random = mulberry32(6);
    for (let i = 0; i < 1000; i++) {
      const a = { lat: 54 + random() * 4, lng: 8 + random() * 7 };
      const b = { lat: 54 + random() * 4, lng: 8 + random() * 7 };
      expect(distanceWithCosines(a, cosLatitude(a), b, cosLatitude(b))).toBe(textbook(a, b));
    }
  });
});
