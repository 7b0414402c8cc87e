/**
 * A seeded generator of matching pools shaped like Danish municipalities, for
 * benchmarks and property tests. The same options (seed included) always give the
 * same pool, on any machine: the only source of randomness is the PRNG below.
 *
 * Shape: each municipality has a seat town and a handful of villages around it, with
 * roughly Zipf-distributed sizes (one town holds about half the people); citizens,
 * volunteers and activities are placed around a town with a gaussian spread that grows
 * with the town's size. A national instance is many municipalities, their seats taken
 * from real Danish municipal seats (then jittered, when more are asked for than listed).
 */
import { interests as INTERESTS } from "../vocabulary";
import type {
  ActivityProfile,
  Barrier,
  CitizenProfile,
  Format,
  Gender,
  MatchPool,
  MatchSettings,
  Slot,
  VolunteerProfile,
} from "./types";
import { DAY_PARTS, WEEKDAYS } from "./types";
import { EARTH_RADIUS_KM } from "./geo";
import { type Random, mulberry32 } from "../random";

const chance = (random: Random, p: number) => random() < p;
const integer = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

function gaussian(random: Random): number {
  // Box–Muller; 1 − u keeps the logarithm away from 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [value, weight] of table) {
    pick -= weight;
    if (pick < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** `count` distinct items drawn by weight. */
function weightedSample<T>(random: Random, table: readonly (readonly [T, number])[], count: number): T[] {
  const left = [...table];
  const chosen: T[] = [];
  while (chosen.length < count && left.length > 0) {
    const value = weighted(random, left);
    chosen.push(value);
    left.splice(left.findIndex(([v]) => v === value), 1);
  }
  return chosen;
}

// ---------------------------------------------------------------------------------
// Geography

/** Denmark's bounding box (Jutland's west coast to Bornholm, Gedser to Skagen). */
export const DENMARK_BOUNDS = { minLat: 54.55, maxLat: 57.76, minLng: 8.07, maxLng: 15.2 } as const;

// Approximate coordinates of municipal seats; seats are spread over the whole country,
// so a national instance has the real mix of dense east and sparse west.
const SEATS: readonly (readonly [number, number])[] = [
  [55.676, 12.568], // København
  [56.157, 10.211], // Aarhus
  [55.396, 10.388], // Odense
  [57.048, 9.919], // Aalborg
  [55.476, 8.459], // Esbjerg
  [56.461, 10.036], // Randers
  [55.491, 9.472], // Kolding
  [55.861, 9.85], // Horsens
  [55.709, 9.536], // Vejle
  [55.642, 12.08], // Roskilde
  [56.139, 8.974], // Herning
  [56.17, 9.545], // Silkeborg
  [55.23, 11.761], // Næstved
  [55.565, 9.752], // Fredericia
  [56.453, 9.402], // Viborg
  [55.458, 12.182], // Køge
  [56.36, 8.616], // Holstebro
  [55.403, 11.354], // Slagelse
  [55.927, 12.3], // Hillerød
  [54.909, 9.792], // Sønderborg
  [55.059, 10.607], // Svendborg
  [57.458, 9.982], // Hjørring
  [55.717, 11.713], // Holbæk
  [57.441, 10.537], // Frederikshavn
  [54.769, 11.874], // Nykøbing Falster
  [56.567, 9.027], // Skive
  [56.09, 8.244], // Ringkøbing
  [56.955, 8.694], // Thisted
  [55.101, 14.701], // Rønne
  [55.251, 9.488], // Haderslev
  [55.044, 9.418], // Aabenraa
  [56.044, 9.927], // Skanderborg
  [55.679, 11.089], // Kalundborg
  [55.312, 10.79], // Nyborg
  [55.328, 8.762], // Ribe
  [55.619, 8.481], // Varde
  [56.416, 10.878], // Grenaa
  [56.548, 8.31], // Lemvig
  [54.933, 8.867], // Tønder
  [56.042, 12.613], // Helsingør
];

const KM_PER_DEGREE_LAT = (EARTH_RADIUS_KM * Math.PI) / 180;

interface Town {
  lat: number;
  lng: number;
  /** Share of the municipality's people living here. */
  weight: number;
  /** Gaussian spread of homes and venues around the centre, in km. */
  spreadKm: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function offset(lat: number, lng: number, northKm: number, eastKm: number) {
  const newLat = lat + northKm / KM_PER_DEGREE_LAT;
  const newLng = lng + eastKm / (KM_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180));
  // Rounded to 1 m as a geocoded address is; clamped so nothing leaves the country's box.
  return {
    lat: Math.round(clamp(newLat, DENMARK_BOUNDS.minLat, DENMARK_BOUNDS.maxLat) * 1e5) / 1e5,
    lng: Math.round(clamp(newLng, DENMARK_BOUNDS.minLng, DENMARK_BOUNDS.maxLng) * 1e5) / 1e5,
  };
}

const kmBetween = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) =>
  Math.hypot(
    (a.lat - b.lat) * KM_PER_DEGREE_LAT,
    (a.lng - b.lng) * KM_PER_DEGREE_LAT * Math.cos((a.lat * Math.PI) / 180),
  );

/**
 * Seats of `count` municipalities: the listed ones first, then seats within 40 km of a
 * listed one and at least 15 km from every other seat — Denmark's 98 municipalities
 * average about 440 km², seats some 20 km apart — so a national instance spreads over
 * the country instead of piling up around the listed towns.
 */
function municipalitySeats(random: Random, count: number): { lat: number; lng: number }[] {
  const seats = SEATS.slice(0, count).map(([lat, lng]) => ({ lat, lng }));
  while (seats.length < count) {
    let seat = seats[0]!;
    for (let attempt = 0; attempt < 50; attempt++) {
      const [lat, lng] = SEATS[integer(random, 0, SEATS.length - 1)]!;
      const angle = random() * 2 * Math.PI;
      const km = 15 + random() * 25;
      seat = offset(lat, lng, km * Math.cos(angle), km * Math.sin(angle));
      if (seats.every((other) => kmBetween(seat, other) >= 15)) break;
    }
    seats.push(seat);
  }
  return seats;
}

/**
 * The places people live in one municipality. "town": the seat holds about half the
 * people and a few villages lie within some 10 km. "rural", shaped like the large
 * rural municipalities of western Jutland (Ringkøbing-Skjern, Herning: 1,300–1,500 km²):
 * the seat holds a fifth, six market towns and two dozen villages lie up to 40 km out,
 * and one in eight lives in the open country.
 */
function municipalityTowns(random: Random, seat: { lat: number; lng: number }, shape: MunicipalityShape): Town[] {
  if (shape === "rural") {
    const around = (count: number, weight: number, spreadKm: number, maxKm: number): Town[] =>
      Array.from({ length: count }, () => {
        const angle = random() * 2 * Math.PI;
        const km = maxKm * (0.3 + 0.7 * random());
        return { ...offset(seat.lat, seat.lng, km * Math.cos(angle), km * Math.sin(angle)), weight, spreadKm };
      });
    return [
      { ...seat, weight: 0.16, spreadKm: 6 },
      ...around(6, 0.3 / 6, 3, 30),
      ...around(24, 0.4 / 24, 1.5, 38),
      { ...seat, weight: 0.14, spreadKm: 20 },
    ];
  }
  const villages = integer(random, 3, 10);
  const towns: Town[] = [{ ...seat, weight: 1, spreadKm: 2.5 }];
  for (let rank = 2; rank <= villages + 1; rank++) {
    const weight = 1 / rank ** 1.2;
    const position = offset(seat.lat, seat.lng, gaussian(random) * 10, gaussian(random) * 10);
    towns.push({ ...position, weight, spreadKm: 0.6 + 1.5 * weight });
  }
  return towns;
}

// ---------------------------------------------------------------------------------
// Frequencies

// Interests: socialising and walks top every survey of what older Danes do together
// (Ældre Sagen, DaneAge); a long tail of hobbies follows. Unlisted ones weigh 1.
const INTEREST_WEIGHTS: Readonly<Record<string, number>> = {
  "kaffe og snak": 10,
  gåture: 8,
  kortspil: 6,
  fællesspisning: 6,
  havearbejde: 5,
  håndarbejde: 4,
  bevægelse: 4,
  sang: 4,
  "it og tablet": 3,
  historie: 3,
  musik: 3,
  natur: 3,
  madlavning: 3,
  litteratur: 2,
  kirke: 2,
  bridge: 2,
  film: 2,
};
const INTEREST_TABLE = INTERESTS.map((interest) => [interest, INTEREST_WEIGHTS[interest] ?? 1] as const);

// Share of people aged 75+ with each barrier; rough figures in line with Danish health
// surveys (Sundhedsstyrelsen's "Danskernes sundhed", DST disability statistics):
// about a quarter walk with a rollator, a few per cent use a wheelchair, a third hear
// poorly, one in eight sees poorly, one in ten has memory problems; anxiety in new
// company, trouble getting out and a tight budget are common among the lonely.
const BARRIER_RATES: readonly (readonly [Barrier, number])[] = [
  ["walker", 0.25],
  ["wheelchair", 0.06],
  ["hearing", 0.3],
  ["sight", 0.12],
  ["cognition", 0.1],
  ["anxiety", 0.15],
  ["transport", 0.3],
  ["economy", 0.15],
];

// Most citizens speak Danish; the rest are spread over the largest immigrant languages
// among older residents. About half of those also speak Danish.
const OTHER_LANGUAGES: readonly (readonly [string, number])[] = [
  ["tr", 4],
  ["ar", 3],
  ["pl", 2],
  ["en", 2],
  ["de", 2],
  ["ur", 2],
  ["bs", 2],
  ["fa", 1],
  ["so", 1],
  ["uk", 1],
  ["vi", 1],
];

const SLOT_TABLE_DAYTIME: readonly (readonly [Slot, number])[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => {
    const weekend = day === "sat" || day === "sun";
    const weight = (part === "eve" ? 0.3 : part === "am" ? 1.2 : 1) * (weekend ? 0.5 : 1);
    return [`${day}-${part}` as Slot, weight] as const;
  }),
);
// Volunteers of working age are free in the evening and at the weekend more often.
const SLOT_TABLE_VOLUNTEER: readonly (readonly [Slot, number])[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => {
    const weekend = day === "sat" || day === "sun";
    const weight = (part === "eve" ? 1 : 0.8) * (weekend ? 1.2 : 1);
    return [`${day}-${part}` as Slot, weight] as const;
  }),
);

const FORMAT_TABLE: readonly (readonly [Format, number])[] = [
  ["either", 5],
  ["one_to_one", 3],
  ["group", 2],
];

const RADIUS_TABLE: readonly (readonly [number, number])[] = [
  [2, 2],
  [3, 2],
  [5, 4],
  [8, 2],
  [10, 2],
  [15, 1],
  [25, 0.5],
];

// ---------------------------------------------------------------------------------
// The generator

export type MunicipalityShape = "town" | "rural";

export interface SyntheticOptions {
  seed: number;
  citizens: number;
  volunteers: number;
  activities: number;
  /** How many municipalities the people are spread over (1 = one municipality). */
  municipalities?: number;
  /** How people live in each municipality (default "town"; see municipalityTowns). */
  shape?: MunicipalityShape;
  settings?: Partial<MatchSettings>;
}

function isoDateBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export function generatePool(options: SyntheticOptions): MatchPool {
  const random = mulberry32(options.seed);
  const settings: MatchSettings = {
    today: "2026-11-23",
    maxDistanceKm: 10,
    straffeattestMaxAgeMonths: 24,
    ...options.settings,
  };

  const towns = municipalitySeats(random, Math.max(1, options.municipalities ?? 1))
    .flatMap((seat) => municipalityTowns(random, seat, options.shape ?? "town"));
  const townTable = towns.map((town) => [town, town.weight] as const);
  const place = () => {
    const town = weighted(random, townTable);
    return offset(town.lat, town.lng, gaussian(random) * town.spreadKm, gaussian(random) * town.spreadKm);
  };
  const languages = (danishShare: number): string[] => {
    if (chance(random, danishShare)) return chance(random, 0.1) ? ["da", "en"] : ["da"];
    const other = weighted(random, OTHER_LANGUAGES);
    return chance(random, 0.5) ? ["da", other] : [other];
  };
  const interests = (min: number, max: number) =>
    weightedSample(random, INTEREST_TABLE, integer(random, min, max));
  const slots = (table: readonly (readonly [Slot, number])[], min: number, max: number) =>
    weightedSample(random, table, integer(random, min, max));

  const volunteers: VolunteerProfile[] = Array.from({ length: options.volunteers }, (_, i) => {
    const capacity = weighted(random, [[1, 6], [2, 3], [3, 1]] as const);
    // Certificates are renewed irregularly: dates spread over three years against a
    // two-year policy leave about a third expired; a few have none on file.
    const straffeattestDate = chance(random, 0.03)
      ? null
      : isoDateBefore(settings.today, integer(random, 0, 3 * 365));
    return {
      id: `v${i + 1}`,
      ...place(),
      radiusKm: weighted(random, RADIUS_TABLE),
      interests: interests(1, 5),
      languages: languages(0.95),
      slots: slots(SLOT_TABLE_VOLUNTEER, 2, 6),
      capacity,
      load: integer(random, 0, capacity),
      gender: weighted<Gender>(random, [["female", 70], ["male", 29], ["other", 1]]),
      car: chance(random, 0.6),
      status: weighted(random, [["active", 90], ["paused", 7], ["inactive", 3]]),
      tavshedserklaering: chance(random, 0.95),
      straffeattestDate,
    };
  });

  const activities: ActivityProfile[] = Array.from({ length: options.activities }, (_, i) => {
    const capacity = integer(random, 6, 40);
    const stepFree = chance(random, 0.7);
    return {
      id: `a${i + 1}`,
      ...place(),
      interests: interests(1, 2),
      languages: chance(random, 0.95) ? ["da"] : languages(0),
      slots: slots(SLOT_TABLE_DAYTIME, 1, 2),
      capacity,
      // One in ten is full; the rest have some room.
      enrolled: chance(random, 0.1) ? capacity : integer(random, 0, capacity - 1),
      price: chance(random, 0.75) ? 0 : integer(random, 2, 10) * 10,
      stepFree,
      hearingLoop: chance(random, 0.2),
      accessibleToilet: stepFree ? chance(random, 0.6) : chance(random, 0.1),
      // Few clubs pick members up (day centres, some church and Ældre Sagen groups).
      // DESIGN.md puts an activity with transport within everyone's reach, so each one
      // is looked at for every citizen in the country.
      transport: chance(random, 0.03),
      status: weighted(random, [["active", 92], ["cancelled", 5], ["draft", 3]]),
    };
  });

  const citizens: CitizenProfile[] = Array.from({ length: options.citizens }, (_, i) => {
    const spoken = languages(0.93);
    const barriers = BARRIER_RATES.filter(([, rate]) => chance(random, rate)).map(([b]) => b);
    // A citizen who rolled both mobility aids uses the wheelchair.
    const mobility = barriers.includes("wheelchair") ? barriers.filter((b) => b !== "walker") : barriers;
    if (!spoken.includes("da")) mobility.push("language");
    const declined: string[] = [];
    if (volunteers.length > 0 && chance(random, 0.1)) {
      declined.push(volunteers[integer(random, 0, volunteers.length - 1)]!.id);
    }
    if (activities.length > 0 && chance(random, 0.1)) {
      declined.push(activities[integer(random, 0, activities.length - 1)]!.id);
    }
    return {
      id: `c${i + 1}`,
      ...place(),
      interests: interests(1, 4),
      languages: spoken,
      barriers: mobility,
      format: weighted(random, FORMAT_TABLE),
      slots: slots(SLOT_TABLE_DAYTIME, 2, 6),
      genderPreference: weighted<Gender | null>(random, [[null, 80], ["female", 15], ["male", 5]]),
      // An escort (ledsagelse) is granted to a small share; with one, every activity
      // in the pool is within reach.
      escort: chance(random, 0.05),
      declined,
    };
  });

  return { settings, citizens, volunteers, activities };
}
