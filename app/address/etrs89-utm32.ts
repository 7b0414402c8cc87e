// ETRS89 / UTM zone 32N (EPSG:25832) to latitude and longitude, the inverse
// transverse Mercator with Krüger's series to third order (as in Karney 2011,
// "Transverse Mercator with an accuracy of a few nanometers"). Third order is
// accurate to well under a millimetre across Denmark, including Bornholm, which
// lies outside zone 32 but is still given in EPSG:25832 by Danish registers.
//
// ETRS89 and WGS84 differ by well under a metre in Denmark, far less than an
// address point's own precision, so the result serves as WGS84 for maps.

const a = 6378137; // GRS80 semi-major axis in metres
const f = 1 / 298.257222101; // GRS80 flattening
const k0 = 0.9996;
const falseEasting = 500_000;
const centralMeridian = (9 * Math.PI) / 180;

const n = f / (2 - f);
const rectifyingRadius = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
const beta = [n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96, n ** 2 / 48 + n ** 3 / 15, (17 * n ** 3) / 480];
const delta = [2 * n - (2 * n ** 2) / 3 - 2 * n ** 3, (7 * n ** 2) / 3 - (8 * n ** 3) / 5, (56 * n ** 3) / 15];

export interface LatLng {
  lat: number;
  lng: number;
}

/** Degrees from an EPSG:25832 easting and northing in metres. */
export function utm32ToLatLng(easting: number, northing: number): LatLng {
  const xi = northing / (k0 * rectifyingRadius);
  const eta = (easting - falseEasting) / (k0 * rectifyingRadius);
  let xiPrime = xi;
  let etaPrime = eta;
  for (let j = 1; j <= 3; j++) {
    xiPrime -= beta[j - 1]! * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaPrime -= beta[j - 1]! * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  let phi = chi;
  for (let j = 1; j <= 3; j++) phi += delta[j - 1]! * Math.sin(2 * j * chi);
  const lambda = centralMeridian + Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
  return { lat: (phi * 180) / Math.PI, lng: (lambda * 180) / Math.PI };
}
