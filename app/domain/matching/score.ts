/**
 * Soft score for a candidate that passed every hard rule: a weighted sum of terms,
 * each in [0, 1], divided by the sum of the weights, so the score is in [0, 1] for any
 * non-negative weights. Weights are a parameter so a municipality can tune them.
 *
 * Default weights (sum 1) and why:
 * - interest 0.30 — shared interests are what a befriending relation or a club visit
 *   is built on and what makes it last (Sorø's "Det rigtige match"); the largest term.
 * - distance 0.20 — distance is the most common practical reason older citizens stop
 *   going; the hard rule only cuts at the limit, this term prefers the nearest.
 *   Decay halves every `maxDistanceKm / 2`, so the municipality's own idea of reach
 *   (rural or urban) sets the scale.
 * - time     0.20 — the hard rule asks for one shared slot; more shared slots mean
 *   a missed visit can be moved, so the relation survives illness and appointments.
 * - load     0.10 — spreads work fairly: prefer volunteers with free capacity (to
 *   avoid burning out the few who say yes to everything) and activities with room.
 * - format   0.10 — the hard rule already enforces one_to_one/group; this only nudges
 *   for "either", where anxious citizens get a 1:1 befriender first (the stepping-stone
 *   approach: 1:1 first, group later).
 * - waiting  0.10 — longest-waiting citizens first, for equity. The term rises
 *   linearly from 0 on the day the citizen starts waiting to 1 after
 *   `WAITING_HORIZON_DAYS` (half a year), and stays there. It is the same for all of
 *   one citizen's candidates, so it never changes their ranking; it makes scores
 *   comparable across citizens. In batch matching the scores are the edge weights, so
 *   among assignments with equally many pairs the solver gives a contested volunteer
 *   or seat to the citizen who has waited longest. Its weight is kept below one shared
 *   interest (0.30 × ½ for a citizen with two), so a clearly better fit for someone
 *   who waited less still wins; the 0.10 came from distance and load, whose ordering
 *   within one citizen's list the waiting term leaves untouched.
 *
 * The citizen waits from `CitizenProfile.waitingSince`: in the app, the day of the
 * first referral (pathway step 1), or the day of registration for a citizen screened
 * without one — the same date the shared waiting list counts from. A citizen without
 * that date (pool files written before the field existed) gets no waiting term at all:
 * it is left out of both the weighted sum and the divisor, so a missing date neither
 * lowers nor raises the score.
 */
import { daysBetween } from "../pathway/working-days";
import { waitingLabel } from "../waiting-list/eligibility";
import { listKey, memoize } from "./memo";
import type {
  ActivityProfile,
  CitizenProfile,
  MatchSettings,
  Slot,
  VolunteerProfile,
} from "./types";

export interface ScoreWeights {
  interest: number;
  distance: number;
  time: number;
  format: number;
  load: number;
  waiting: number;
}

export type ScoreTerm = keyof ScoreWeights;

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  interest: 0.3,
  distance: 0.2,
  time: 0.2,
  format: 0.1,
  load: 0.1,
  waiting: 0.1,
});

/** After this many days of waiting the waiting term is full: half a year. */
export const WAITING_HORIZON_DAYS = 180;

export interface ScoreResult {
  /** Unrounded, in [0, 1]; round with `roundScore` for display. */
  score: number;
  /** Every term's value; `waiting` is absent when the citizen's waiting start is unknown. */
  terms: Partial<Record<ScoreTerm, number>> & Record<Exclude<ScoreTerm, "waiting">, number>;
  reasons: string[];
}

/** Throws on weights that would not give a score in [0, 1]. */
export function assertValidWeights(weights: ScoreWeights): void {
  const values = Object.values(weights);
  if (values.some((w) => typeof w !== "number" || !Number.isFinite(w) || w < 0)) {
    throw new RangeError("Score weights must be finite, non-negative numbers");
  }
  if (values.reduce((sum, w) => sum + w, 0) <= 0) {
    throw new RangeError("At least one score weight must be positive");
  }
}

export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

// ---------------------------------------------------------------------------------
// Danish wording. Reasons are read by coordinators, so numbers, lists and names
// follow da-DK ("1,2 km", "tirsdag formiddag og torsdag aften").

const oneDecimal = new Intl.NumberFormat("da-DK", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const plainNumber = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });
const andList = new Intl.ListFormat("da-DK", { style: "long", type: "conjunction" });

export function formatKm(km: number): string {
  return `${oneDecimal.format(km)} km`;
}

// Map keys do not tell -0 from 0, which Intl writes differently; -0 skips the cache.
const cachedNumber = memoize((value: number) => plainNumber.format(value));

export function formatNumber(value: number): string {
  return Object.is(value, -0) ? plainNumber.format(value) : cachedNumber(value);
}

export function formatKroner(amount: number): string {
  return `${formatNumber(amount)} kr.`;
}

const cachedList = memoize((key: string) => andList.format(key.split("\u0001")));

export function joinWithAnd(items: readonly string[]): string {
  // An empty list would come back from the cache key as [""].
  return items.length === 0 ? andList.format(items) : cachedList(listKey(items));
}

const DAY_NAMES = {
  mon: "mandag",
  tue: "tirsdag",
  wed: "onsdag",
  thu: "torsdag",
  fri: "fredag",
  sat: "lørdag",
  sun: "søndag",
} as const;
const PART_NAMES = { am: "formiddag", pm: "eftermiddag", eve: "aften" } as const;

/** "tue-am" → "tirsdag formiddag". */
export const slotLabel = memoize((slot: Slot): string => {
  const [day, part] = slot.split("-") as [keyof typeof DAY_NAMES, keyof typeof PART_NAMES];
  return `${DAY_NAMES[day]} ${PART_NAMES[part]}`;
}, 100);

const SLOT_ORDER = new Map<string, number>(
  Object.keys(DAY_NAMES).flatMap((day, d) =>
    Object.keys(PART_NAMES).map((part, p) => [`${day}-${part}`, d * 3 + p] as const),
  ),
);

/** Week order, Monday morning first; duplicates dropped. */
export function sortSlots(slots: Iterable<Slot>): Slot[] {
  return [...new Set(slots)].sort(
    (a, b) => (SLOT_ORDER.get(a) ?? 0) - (SLOT_ORDER.get(b) ?? 0),
  );
}

// Written out for the languages most spoken by older citizens and volunteers in
// Denmark, so the wording does not depend on the ICU data the server ships with.
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  da: "dansk",
  en: "engelsk",
  de: "tysk",
  sv: "svensk",
  no: "norsk",
  nb: "norsk",
  nn: "nynorsk",
  is: "islandsk",
  fo: "færøsk",
  kl: "grønlandsk",
  fi: "finsk",
  pl: "polsk",
  tr: "tyrkisk",
  ar: "arabisk",
  ur: "urdu",
  fa: "persisk",
  ku: "kurdisk",
  ps: "pashto",
  so: "somali",
  ti: "tigrinya",
  am: "amharisk",
  uk: "ukrainsk",
  ru: "russisk",
  es: "spansk",
  pt: "portugisisk",
  fr: "fransk",
  it: "italiensk",
  nl: "nederlandsk",
  el: "græsk",
  ro: "rumænsk",
  bg: "bulgarsk",
  hu: "ungarsk",
  cs: "tjekkisk",
  sk: "slovakisk",
  sl: "slovensk",
  lt: "litauisk",
  lv: "lettisk",
  et: "estisk",
  sq: "albansk",
  mk: "makedonsk",
  bs: "bosnisk",
  sr: "serbisk",
  hr: "kroatisk",
  hi: "hindi",
  pa: "punjabi",
  ta: "tamil",
  zh: "kinesisk",
  ja: "japansk",
  ko: "koreansk",
  vi: "vietnamesisk",
  th: "thai",
  tl: "tagalog",
};

let displayNames: Intl.DisplayNames | undefined;

/** ISO 639-1 code → Danish name, e.g. "tr" → "tyrkisk"; unknown codes stay as codes. */
export function languageName(code: string): string {
  const known = LANGUAGE_NAMES[code.toLowerCase()];
  if (known) return known;
  try {
    displayNames ??= new Intl.DisplayNames(["da"], { type: "language" });
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// ---------------------------------------------------------------------------------
// Shared helpers, also used by the hard rules.

export function normalizeLanguage(code: string): string {
  return code.trim().toLowerCase();
}

/** Languages both speak, in the citizen's order. */
export function sharedLanguages(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b.map(normalizeLanguage));
  return [...new Set(a.map(normalizeLanguage))].filter((code) => other.has(code));
}

/** True when the lists share a language: `sharedLanguages(a, b).length > 0`, without the lists. */
export function hasSharedLanguage(a: readonly string[], b: readonly string[]): boolean {
  // Codes are nearly always written the same way ("da"), so try them as written first.
  for (const mine of a) if (b.includes(mine)) return true;
  for (const mine of a) {
    const code = normalizeLanguage(mine);
    for (const theirs of b) if (normalizeLanguage(theirs) === code) return true;
  }
  return false;
}

/** True when the lists share a slot: `sharedSlots(a, b).length > 0`, without the lists. */
export function hasSharedSlot(a: readonly Slot[], b: readonly Slot[]): boolean {
  for (const slot of a) if (b.includes(slot)) return true;
  return false;
}

/** Slots both can, in week order. */
export function sharedSlots(a: readonly Slot[], b: readonly Slot[]): Slot[] {
  const other = new Set(b);
  return sortSlots(a.filter((slot) => other.has(slot)));
}

const normalizeInterest = memoize((interest: string) => interest.trim().toLocaleLowerCase("da-DK"));

/** Interests both have, in the citizen's wording and order. */
export function sharedInterests(citizen: readonly string[], other: readonly string[]): string[] {
  const theirs = new Set(other.map(normalizeInterest));
  const seen = new Set<string>();
  return citizen.filter((interest) => {
    const key = normalizeInterest(interest);
    if (!theirs.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uniqueCount(items: readonly string[], normalize: (s: string) => string): number {
  return new Set(items.map(normalize)).size;
}

// ---------------------------------------------------------------------------------
// Terms

// `explain` false skips the wording: the ranking needs only the numbers, and only the
// candidates shown get reasons (see suggest.ts). The numbers never depend on it.

function interestTerm(citizen: CitizenProfile, theirs: readonly string[], explain: boolean) {
  const shared = sharedInterests(citizen.interests, theirs);
  const wanted = uniqueCount(citizen.interests, normalizeInterest);
  // Share of what the citizen asked for, so a candidate listing every hobby there is
  // gets no credit for breadth alone.
  const value = wanted === 0 ? 0 : shared.length / wanted;
  const reason = explain && shared.length > 0 ? `Deler interesse: ${shared.join(", ")}` : null;
  return { value, reason };
}

function distanceTerm(distanceKm: number, settings: MatchSettings, explain: boolean) {
  // A zero maxDistanceKm would make every distance worthless; 1 km keeps the
  // decay meaningful in that corner.
  const halfKm = Math.max(settings.maxDistanceKm, 1) / 2;
  const value = 0.5 ** (distanceKm / halfKm);
  const reason = !explain ? null : distanceKm < 0.1 ? "Under 100 m væk" : `${formatKm(distanceKm)} væk`;
  return { value, reason };
}

function timeTerm(citizen: CitizenProfile, theirs: readonly Slot[], explain: boolean) {
  const shared = sharedSlots(citizen.slots, theirs);
  const wanted = new Set(citizen.slots).size;
  const value = wanted === 0 ? 0 : shared.length / wanted;
  const reason =
    explain && shared.length > 0 ? `Passer ${joinWithAnd(shared.map(slotLabel))}` : null;
  return { value, reason };
}

function languageReason(citizen: CitizenProfile, theirs: readonly string[]): string | null {
  // Nearly everyone shares Danish, so only another shared language is worth saying.
  const others = sharedLanguages(citizen.languages, theirs).filter((code) => code !== "da");
  return others.length > 0 ? `Begge taler ${joinWithAnd(others.map(languageName))}` : null;
}

function volunteerFormatTerm(citizen: CitizenProfile) {
  if (citizen.format === "one_to_one") return { value: 1, reason: "Besøgsven 1:1 som ønsket" };
  if (citizen.barriers.includes("anxiety")) {
    return { value: 1, reason: "Besøgsven 1:1 er et trygt første skridt" };
  }
  return { value: 1, reason: "Borgeren er åben for en besøgsven" };
}

function activityFormatTerm(citizen: CitizenProfile) {
  if (citizen.format === "group") return { value: 1, reason: "Fællesskab i gruppe som ønsket" };
  if (citizen.barriers.includes("anxiety")) {
    // Stepping stone: for anxious citizens a group is better as the second step.
    return { value: 0.5, reason: "Gruppe er mulig, men 1:1 kan være et trygt første skridt" };
  }
  return { value: 1, reason: "Borgeren er åben for fællesskab i gruppe" };
}

/** How long the citizen has waited, as a term; null when the start is unknown. */
function waitingTerm(citizen: CitizenProfile, settings: MatchSettings) {
  if (!citizen.waitingSince) return null;
  const days = Math.max(0, daysBetween(citizen.waitingSince, settings.today));
  // Under a week is the normal time a referral takes, not worth a line of its own.
  const reason = days >= 7 ? waitingLabel(citizen.waitingSince, settings.today) : null;
  return { value: Math.min(1, days / WAITING_HORIZON_DAYS), reason };
}

type Term = { value: number; reason: string | null };

function combine(
  weights: ScoreWeights,
  parts: Record<Exclude<ScoreTerm, "waiting">, Term> & { waiting: Term | null },
  language: string | null,
  fits: (string | null)[],
  explain = true,
): ScoreResult {
  if (explain) assertValidWeights(weights);
  const terms = {} as ScoreResult["terms"];
  let weighted = 0;
  let total = 0;
  for (const key of Object.keys(parts) as ScoreTerm[]) {
    const part = parts[key];
    // An unknown waiting start leaves the term out of the sum and the divisor alike.
    if (part === null) continue;
    const value = Math.min(1, Math.max(0, part.value));
    terms[key] = value;
    weighted += weights[key] * value;
    total += weights[key];
  }
  // Only the waiting term can be left out; with it gone, every weight may be zero.
  const score = total > 0 ? Math.min(1, Math.max(0, weighted / total)) : 0;
  if (!explain) return { score, terms, reasons: [] };
  const contributing = (key: ScoreTerm) =>
    weights[key] > 0 && (terms[key] ?? 0) > 0 ? (parts[key]?.reason ?? null) : null;
  // Distance is always shown: "how far" is the first thing a coordinator asks. How
  // long the citizen has waited comes last: it is the same on every candidate.
  const reasons = [
    contributing("interest"),
    parts.distance.reason,
    contributing("time"),
    language,
    contributing("format"),
    contributing("load"),
    ...fits,
    contributing("waiting"),
  ].filter((reason): reason is string => reason !== null);
  return { score, terms, reasons };
}

export function scoreVolunteer(
  citizen: CitizenProfile,
  volunteer: VolunteerProfile,
  distanceKm: number,
  settings: MatchSettings,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
  explain = true,
): ScoreResult {
  const free = Math.max(0, volunteer.capacity - volunteer.load);
  const load = {
    value: volunteer.capacity > 0 ? free / volunteer.capacity : 0,
    reason: free > 1 ? "Har plads til flere" : free === 1 ? "Har plads til én borger mere" : null,
  };
  return combine(
    weights,
    {
      interest: interestTerm(citizen, volunteer.interests, explain),
      distance: distanceTerm(distanceKm, settings, explain),
      time: timeTerm(citizen, volunteer.slots, explain),
      format: volunteerFormatTerm(citizen),
      load,
      waiting: waitingTerm(citizen, settings),
    },
    explain ? languageReason(citizen, volunteer.languages) : null,
    [
      citizen.barriers.includes("transport") && volunteer.car ? "Den frivillige har bil" : null,
    ],
    explain,
  );
}

export function scoreActivity(
  citizen: CitizenProfile,
  activity: ActivityProfile,
  distanceKm: number,
  settings: MatchSettings,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
  explain = true,
): ScoreResult {
  const free = Math.max(0, activity.capacity - activity.enrolled);
  const load = {
    value: activity.capacity > 0 ? free / activity.capacity : 0,
    reason: free === 1 ? "1 ledig plads" : free > 1 ? `${formatNumber(free)} ledige pladser` : null,
  };
  const has = (barrier: CitizenProfile["barriers"][number]) => citizen.barriers.includes(barrier);
  const beyondReach = distanceKm > settings.maxDistanceKm;
  return combine(
    weights,
    {
      interest: interestTerm(citizen, activity.interests, explain),
      distance: distanceTerm(distanceKm, settings, explain),
      time: timeTerm(citizen, activity.slots, explain),
      format: activityFormatTerm(citizen),
      load,
      waiting: waitingTerm(citizen, settings),
    },
    explain ? languageReason(citizen, activity.languages) : null,
    [
      (has("wheelchair") || has("walker")) && activity.stepFree ? "Trinfri adgang" : null,
      has("wheelchair") && activity.accessibleToilet ? "Handicaptoilet" : null,
      has("hearing") && activity.hearingLoop ? "Teleslynge" : null,
      has("economy") && activity.price === 0 ? "Gratis" : null,
      activity.transport && (has("transport") || beyondReach) ? "Aktiviteten tilbyder transport" : null,
      !activity.transport && citizen.escort && beyondReach ? "Kan nås med ledsager" : null,
    ],
    explain,
  );
}
