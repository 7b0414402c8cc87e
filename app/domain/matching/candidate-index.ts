/**
 * A spatial prefilter over a candidate pool: which volunteers and activities can
 * possibly be within a citizen's reach. Built once per pool, asked once per citizen.
 *
 * It is deliberately conservative: it may return candidates that turn out to be out of
 * reach, never drop one that rules.ts considers within reach. The final decision on
 * distance (and every other rule) stays in rules.ts, so indexed and linear suggestions
 * are the same by construction; the index only saves looking at the far-away majority.
 *
 * Each query is a latitude/longitude box that contains the whole great-circle disc of
 * the radius (plus a millimetre), answered by kdbush. See
 * docs/decisions/0008-suggestion-spatial-index.md for why a box and not geokdbush.
 */
import KDBush from "kdbush";
import { EARTH_RADIUS_KM } from "./geo";
import { type PreparedActivity, type PreparedVolunteer, prepare } from "./prepared";
import type { CandidatePool, CitizenProfile, MatchSettings } from "./types";

interface Box {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

const DEGREES = 180 / Math.PI;
const RADIANS = Math.PI / 180;

/**
 * The smallest latitude/longitude box holding every point within `km` of (lat, lng)
 * on the sphere of geo.ts (J. P. Matuschek, "Finding Points Within a Distance of a
 * Latitude/Longitude Using Bounding Coordinates"), widened by a relative 1e-9 and 1 mm
 * so that floating-point rounding can never put a point the haversine calls "in reach"
 * just outside it. A box that would cross a pole or the antimeridian spans all longitudes.
 */
export function reachBox(lat: number, lng: number, km: number): Box {
  const angle = (km * (1 + 1e-9) + 1e-6) / EARTH_RADIUS_KM;
  const latRad = lat * RADIANS;
  const minLatRad = latRad - angle;
  const maxLatRad = latRad + angle;
  if (!(angle < Math.PI) || minLatRad <= -Math.PI / 2 || maxLatRad >= Math.PI / 2) {
    return {
      minLat: Math.max(-90, minLatRad * DEGREES),
      maxLat: Math.min(90, maxLatRad * DEGREES),
      minLng: -180,
      maxLng: 180,
    };
  }
  const dLng = Math.asin(Math.sin(angle) / Math.cos(latRad)) * DEGREES;
  const minLng = lng - dLng;
  const maxLng = lng + dLng;
  const wraps = minLng < -180 || maxLng > 180;
  return {
    minLat: minLatRad * DEGREES,
    maxLat: maxLatRad * DEGREES,
    minLng: wraps ? -180 : minLng,
    maxLng: wraps ? 180 : maxLng,
  };
}

/** Points of one kind in a kd-tree, with the pool position of each. */
class PointIndex {
  private readonly tree: KDBush;
  private readonly positions: Uint32Array;

  constructor(points: readonly { profile: { lat: number; lng: number } }[], positions: readonly number[]) {
    this.tree = new KDBush(positions.length);
    for (const position of positions) {
      const point = points[position]!.profile;
      this.tree.add(point.lng, point.lat);
    }
    this.tree.finish();
    this.positions = Uint32Array.from(positions);
  }

  /** Writes the pool positions of the points in the box into `out` from `at`; returns the new end. */
  collect(box: Box, out: Uint32Array, at: number): number {
    let end = at;
    for (const id of this.tree.range(box.minLng, box.minLat, box.maxLng, box.maxLat)) {
      out[end++] = this.positions[id]!;
    }
    return end;
  }
}

/** Volunteers whose radius falls in one power-of-two band, queried with the band's largest. */
interface RadiusBand {
  maxRadiusKm: number;
  index: PointIndex;
}

function radiusBandKey(radiusKm: number): number {
  // Bands a quarter of an octave wide (…, 4–4.8, 4.8–5.7, 5.7–6.7 km, …), each queried
  // with its largest radius: a volunteer is never looked for in a box more than 19 %
  // wider than their own reach (the few who travel 25 km do not widen the search for
  // the thousands who travel 5), and radii from 1 to 100 km need at most 27 trees.
  return radiusKm <= 1 ? 0 : Math.ceil(4 * Math.log2(radiusKm));
}

// Plain code-unit comparison, as suggest.ts ranks by.
const byId = (a: { profile: { id: string } }, b: { profile: { id: string } }) =>
  a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0;

export class CandidateIndex {
  readonly pool: CandidatePool;
  // The candidates, prepared (prepared.ts), sorted by id (stably, so equal ids keep
  // pool order) and answered in that order: suggest.ts then needs no sort by kind and
  // id. Its result is the same as for pool order, sorted.
  private readonly volunteers: readonly PreparedVolunteer[];
  private readonly activities: readonly PreparedActivity[];
  private readonly volunteerBands: RadiusBand[];
  /** Activities without transport; those with transport are always within reach. */
  private readonly activityIndex: PointIndex;
  private readonly transportActivities: Uint32Array;
  // Reused between queries: a typed array sorts numerically without a comparator.
  private readonly volunteerBuffer: Uint32Array;
  private readonly activityBuffer: Uint32Array;

  constructor(pool: CandidatePool) {
    this.pool = pool;
    this.volunteers = pool.volunteers.map((volunteer) => prepare(volunteer)).sort(byId);
    this.activities = pool.activities.map((activity) => prepare(activity)).sort(byId);

    const bands = new Map<number, number[]>();
    this.volunteers.forEach((volunteer, position) => {
      const key = radiusBandKey(volunteer.profile.radiusKm);
      const band = bands.get(key);
      if (band) band.push(position);
      else bands.set(key, [position]);
    });
    this.volunteerBands = [...bands.values()].map((positions) => ({
      maxRadiusKm: positions.reduce((max, p) => Math.max(max, this.volunteers[p]!.profile.radiusKm), 0),
      index: new PointIndex(this.volunteers, positions),
    }));

    const local: number[] = [];
    const transport: number[] = [];
    this.activities.forEach((activity, position) => {
      (activity.profile.transport ? transport : local).push(position);
    });
    this.activityIndex = new PointIndex(this.activities, local);
    this.transportActivities = Uint32Array.from(transport);
    this.volunteerBuffer = new Uint32Array(pool.volunteers.length);
    this.activityBuffer = new Uint32Array(pool.activities.length);
  }

  /** Every candidate that may be within the citizen's reach, by id. */
  reachable(
    citizen: CitizenProfile,
    settings: MatchSettings,
  ): { volunteers: PreparedVolunteer[]; activities: readonly PreparedActivity[] } {
    let found = 0;
    for (const band of this.volunteerBands) {
      const box = reachBox(citizen.lat, citizen.lng, band.maxRadiusKm);
      found = band.index.collect(box, this.volunteerBuffer, found);
    }
    const volunteers = pick(this.volunteers, this.volunteerBuffer.subarray(0, found).sort());

    // With an escort every activity is within reach.
    if (citizen.escort) return { volunteers, activities: this.activities };
    this.activityBuffer.set(this.transportActivities);
    const box = reachBox(citizen.lat, citizen.lng, settings.maxDistanceKm);
    found = this.activityIndex.collect(box, this.activityBuffer, this.transportActivities.length);
    return { volunteers, activities: pick(this.activities, this.activityBuffer.subarray(0, found).sort()) };
  }
}

function pick<T>(items: readonly T[], positions: Uint32Array): T[] {
  const picked = new Array<T>(positions.length);
  for (let i = 0; i < positions.length; i++) picked[i] = items[positions[i]!]!;
  return picked;
}
