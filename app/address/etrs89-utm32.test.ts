import { describe, expect, it } from "vitest";
import { utm32ToLatLng } from "./etrs89-utm32";

// Reference pairs published by DAWA (Danmarks Adressers Web API), which gave every
// access address both as ETRS89/UTM32 (etrs89koordinat_øst/_nord) and as WGS84
// (wgs84koordinat_bredde/_længde), computed by the national mapping agency's tools.
const references = [
  { name: "Landgreven 10, 1301 København K", e: 725369.59, n: 6176652.55, lat: 55.68323838, lng: 12.5851472 },
  { name: "Brammingevej 18, 5200 Odense V", e: 584330.74, n: 6139543.21, lat: 55.394897400344, lng: 10.3314667967922 },
  { name: "an address near Kolding (7000)", e: 542187.19, n: 6155336.05, lat: 55.5422315147133, lng: 9.66855050231446 },
];

// 1e-6 degrees is about 11 cm of latitude and 6 cm of longitude in Denmark.
const tolerance = 1e-6;

describe("utm32ToLatLng", () => {
  it.each(references)("places $name where the national register does", ({ e, n, lat, lng }) => {
    const result = utm32ToLatLng(e, n);
    expect(Math.abs(result.lat - lat)).toBeLessThan(tolerance);
    expect(Math.abs(result.lng - lng)).toBeLessThan(tolerance);
  });

  it("puts the central meridian's false easting on 9° east", () => {
    expect(utm32ToLatLng(500_000, 6_200_000).lng).toBeCloseTo(9, 10);
  });

  it("mirrors points either side of the central meridian", () => {
    const east = utm32ToLatLng(560_000, 6_300_000);
    const west = utm32ToLatLng(440_000, 6_300_000);
    expect(east.lat).toBeCloseTo(west.lat, 10);
    expect(east.lng - 9).toBeCloseTo(9 - west.lng, 10);
  });

  it("keeps Bornholm, far outside zone 32, on the island", () => {
    // Rønne harbour lies at about 55.10 N, 14.69 E.
    const ronne = utm32ToLatLng(866_700, 6_125_900);
    expect(ronne.lat).toBeGreaterThan(55.0);
    expect(ronne.lat).toBeLessThan(55.2);
    expect(ronne.lng).toBeGreaterThan(14.6);
    expect(ronne.lng).toBeLessThan(14.8);
  });
});
