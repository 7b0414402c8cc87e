// Mean Earth radius (IUGG); the great circle is accurate to well under 0.5 % at the
// scale of a municipality, far below the uncertainty of an address's coordinates.
export const EARTH_RADIUS_KM = 6371.0088;

export interface LatLng {
  lat: number;
  lng: number;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** The cosine of a point's latitude: the part of the distance one point can keep. */
export const cosLatitude = (point: LatLng) => Math.cos(toRadians(point.lat));

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  return distanceWithCosines(a, cosLatitude(a), b, cosLatitude(b));
}

/**
 * `distanceKm` with each point's `cosLatitude` worked out beforehand, for matching one
 * citizen against thousands of candidates; the result is the same to the last bit.
 */
export function distanceWithCosines(a: LatLng, cosA: number, b: LatLng, cosB: number): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
