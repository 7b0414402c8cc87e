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
import { type Prepared, type PreparedActivity, type PreparedVolunteer, normalizeInterest, prepare } from "./prepared";
import { countSlots, slotMask, slotsOf } from "./slot-mask";
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

// Keyed by the number rounded to one decimal, so nearby distances share an entry.
// toFixed and Intl both round the exact value half away from zero, and Intl then
// gives the same digits for that decimal read back as a number.
const cachedKm = memoize((tenths: string) => `${oneDecimal.format(Number(tenths))} km`);

export function formatKm(km: number): string {
  return Number.isFinite(km) && km >= 0 && km < 1e21 ? cachedKm(km.toFixed(1)) : `${oneDecimal.format(km)} km`;
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

/** "Passer tirsdag formiddag og torsdag aften": the slots both can, in week order. */
const slotsFitReason = memoize((shared: number) => `Passer ${joinWithAnd(slotsOf(shared).map(slotLabel))}`);

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

// ---------------------------------------------------------------------------------
// Terms
//
// Suggestions score every eligible candidate but explain only the few they show, so
// numbers and words are apart: a `ScoringContext` holds everything that depends on the
// citizen alone, worked out once per citizen; `volunteerScore`/`activityScore` turn it
// and one candidate into the number without allocating anything; `explainVolunteer`/
// `explainActivity` add the terms and the Danish reasons from the same term functions,
// so a score and its reasons always agree.

export interface ScoringContext {
  citizen: CitizenProfile;
  settings: MatchSettings;
  weights: ScoreWeights;
  /** The citizen's interests, normalised, once each. */
  interests: ReadonlySet<string>;
  /** The citizen's slots as a mask (slot-mask.ts). */
  slots: number;
  slotCount: number;
  /** The distance at which the distance term has halved. */
  halfKm: number;
  volunteerFormat: Term;
  activityFormat: Term;
  /** Null when the waiting start is unknown: then the term is left out. */
  waiting: Term | null;
  /** The sum of the weights of the terms that count for this citizen. */
  totalWeight: number;
}

type Term = { value: number; reason: string | null };

/** Throws on weights that would not give a score in [0, 1]. */
export function scoringContext(
  citizen: CitizenProfile,
  settings: MatchSettings,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoringContext {
  assertValidWeights(weights);
  const slots = slotMask(citizen.slots);
  const waiting = waitingTerm(citizen, settings);
  // Summed in term order, as the weighted sum is, so both round alike.
  let totalWeight = weights.interest + weights.distance + weights.time + weights.format + weights.load;
  // An unknown waiting start leaves the term out of the sum and the divisor alike.
  if (waiting !== null) totalWeight += weights.waiting;
  return {
    citizen,
    settings,
    weights,
    interests: new Set(citizen.interests.map(normalizeInterest)),
    slots,
    slotCount: countSlots(slots),
    // A zero maxDistanceKm would make every distance worthless; 1 km keeps the
    // decay meaningful in that corner.
    halfKm: Math.max(settings.maxDistanceKm, 1) / 2,
    volunteerFormat: volunteerFormatTerm(citizen),
    activityFormat: activityFormatTerm(citizen),
    waiting,
    totalWeight,
  };
}

/** `theirs` as in `Prepared.interests`: normalised, each once. */
function interestValue(context: ScoringContext, theirs: readonly string[]): number {
  // Share of what the citizen asked for, so a candidate listing every hobby there is
  // gets no credit for breadth alone.
  if (context.interests.size === 0) return 0;
  let shared = 0;
  for (const key of theirs) if (context.interests.has(key)) shared++;
  return shared / context.interests.size;
}

const distanceValue = (context: ScoringContext, km: number) => 0.5 ** (km / context.halfKm);

/** `theirs` as a slot mask. */
function timeValue(context: ScoringContext, theirs: number): number {
  return context.slotCount === 0 ? 0 : countSlots(context.slots & theirs) / context.slotCount;
}

const freeShare = (free: number, capacity: number) => (capacity > 0 ? Math.max(0, free) / capacity : 0);
const volunteerLoadValue = (v: VolunteerProfile) => freeShare(v.capacity - v.load, v.capacity);
const activityLoadValue = (a: ActivityProfile) => freeShare(a.capacity - a.enrolled, a.capacity);

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

function weightedScore(
  context: ScoringContext,
  interest: number,
  distance: number,
  time: number,
  format: number,
  load: number,
): number {
  const w = context.weights;
  let weighted =
    w.interest * clamp01(interest) +
    w.distance * clamp01(distance) +
    w.time * clamp01(time) +
    w.format * clamp01(format) +
    w.load * clamp01(load);
  if (context.waiting !== null) weighted += w.waiting * clamp01(context.waiting.value);
  // Only the waiting term can be left out; with it gone, every weight may be zero.
  return context.totalWeight > 0 ? clamp01(weighted / context.totalWeight) : 0;
}

/** The score alone, unrounded, of a volunteer that passed every hard rule. */
export function volunteerScore(context: ScoringContext, volunteer: PreparedVolunteer, distanceKm: number): number {
  return weightedScore(
    context,
    interestValue(context, volunteer.interests),
    distanceValue(context, distanceKm),
    timeValue(context, volunteer.slots),
    context.volunteerFormat.value,
    volunteerLoadValue(volunteer.profile),
  );
}

/** The score alone, unrounded, of an activity that passed every hard rule. */
export function activityScore(context: ScoringContext, activity: PreparedActivity, distanceKm: number): number {
  return weightedScore(
    context,
    interestValue(context, activity.interests),
    distanceValue(context, distanceKm),
    timeValue(context, activity.slots),
    context.activityFormat.value,
    activityLoadValue(activity.profile),
  );
}

function volunteerFormatTerm(citizen: CitizenProfile): Term {
  if (citizen.format === "one_to_one") return { value: 1, reason: "Besøgsven 1:1 som ønsket" };
  if (citizen.barriers.includes("anxiety")) {
    return { value: 1, reason: "Besøgsven 1:1 er et trygt første skridt" };
  }
  return { value: 1, reason: "Borgeren er åben for en besøgsven" };
}

function activityFormatTerm(citizen: CitizenProfile): Term {
  if (citizen.format === "group") return { value: 1, reason: "Fællesskab i gruppe som ønsket" };
  if (citizen.barriers.includes("anxiety")) {
    // Stepping stone: for anxious citizens a group is better as the second step.
    return { value: 0.5, reason: "Gruppe er mulig, men 1:1 kan være et trygt første skridt" };
  }
  return { value: 1, reason: "Borgeren er åben for fællesskab i gruppe" };
}

/** How long the citizen has waited, as a term; null when the start is unknown. */
function waitingTerm(citizen: CitizenProfile, settings: MatchSettings): Term | null {
  if (!citizen.waitingSince) return null;
  const days = Math.max(0, daysBetween(citizen.waitingSince, settings.today));
  // Under a week is the normal time a referral takes, not worth a line of its own.
  const reason = days >= 7 ? waitingLabel(citizen.waitingSince, settings.today) : null;
  return { value: Math.min(1, days / WAITING_HORIZON_DAYS), reason };
}

// ---------------------------------------------------------------------------------
// Reasons

function interestReason(citizen: CitizenProfile, theirs: readonly string[]): string {
  return `Deler interesse: ${sharedInterests(citizen.interests, theirs).join(", ")}`;
}

function distanceReason(distanceKm: number): string {
  return distanceKm < 0.1 ? "Under 100 m væk" : `${formatKm(distanceKm)} væk`;
}

function languageReason(citizen: CitizenProfile, theirs: readonly string[]): string | null {
  // Nearly everyone shares Danish, so only another shared language is worth saying.
  const others = sharedLanguages(citizen.languages, theirs).filter((code) => code !== "da");
  return others.length > 0 ? `Begge taler ${joinWithAnd(others.map(languageName))}` : null;
}

interface Explained {
  candidate: Prepared<VolunteerProfile | ActivityProfile>;
  distanceKm: number;
  terms: Record<Exclude<ScoreTerm, "waiting">, number>;
  format: Term;
  loadReason: string | null;
  fits: (string | null)[];
}

/** A term earns its reason when it weighs something and the candidate scores on it. */
function counts(weights: ScoreWeights, terms: ScoreResult["terms"], key: ScoreTerm): boolean {
  return weights[key] > 0 && (terms[key] ?? 0) > 0;
}

function explain(context: ScoringContext, e: Explained): ScoreResult {
  const { citizen, weights } = context;
  const terms: ScoreResult["terms"] = {
    interest: clamp01(e.terms.interest),
    distance: clamp01(e.terms.distance),
    time: clamp01(e.terms.time),
    format: clamp01(e.terms.format),
    load: clamp01(e.terms.load),
  };
  if (context.waiting !== null) terms.waiting = clamp01(context.waiting.value);
  const score = weightedScore(context, e.terms.interest, e.terms.distance, e.terms.time, e.terms.format, e.terms.load);
  // Distance is always shown: "how far" is the first thing a coordinator asks. How
  // long the citizen has waited comes last: it is the same on every candidate.
  const reasons = [
    counts(weights, terms, "interest") ? interestReason(citizen, e.candidate.profile.interests) : null,
    distanceReason(e.distanceKm),
    counts(weights, terms, "time") ? slotsFitReason(context.slots & e.candidate.slots) : null,
    languageReason(citizen, e.candidate.profile.languages),
    counts(weights, terms, "format") ? e.format.reason : null,
    counts(weights, terms, "load") ? e.loadReason : null,
    ...e.fits,
    counts(weights, terms, "waiting") ? (context.waiting?.reason ?? null) : null,
  ].filter((reason): reason is string => reason !== null);
  return { score, terms, reasons };
}

/** The score of a volunteer with every term and its Danish reasons. */
export function explainVolunteer(context: ScoringContext, prepared: PreparedVolunteer, distanceKm: number): ScoreResult {
  const { citizen } = context;
  const volunteer = prepared.profile;
  const free = Math.max(0, volunteer.capacity - volunteer.load);
  return explain(context, {
    candidate: prepared,
    distanceKm,
    terms: {
      interest: interestValue(context, prepared.interests),
      distance: distanceValue(context, distanceKm),
      time: timeValue(context, prepared.slots),
      format: context.volunteerFormat.value,
      load: volunteerLoadValue(volunteer),
    },
    format: context.volunteerFormat,
    loadReason: free > 1 ? "Har plads til flere" : free === 1 ? "Har plads til én borger mere" : null,
    fits: [citizen.barriers.includes("transport") && volunteer.car ? "Den frivillige har bil" : null],
  });
}

/** The score of an activity with every term and its Danish reasons. */
export function explainActivity(context: ScoringContext, prepared: PreparedActivity, distanceKm: number): ScoreResult {
  const { citizen, settings } = context;
  const activity = prepared.profile;
  const free = Math.max(0, activity.capacity - activity.enrolled);
  const barriers = citizen.barriers;
  const beyondReach = distanceKm > settings.maxDistanceKm;
  return explain(context, {
    candidate: prepared,
    distanceKm,
    terms: {
      interest: interestValue(context, prepared.interests),
      distance: distanceValue(context, distanceKm),
      time: timeValue(context, prepared.slots),
      format: context.activityFormat.value,
      load: activityLoadValue(activity),
    },
    format: context.activityFormat,
    loadReason: free === 1 ? "1 ledig plads" : free > 1 ? `${formatNumber(free)} ledige pladser` : null,
    fits: [
      (barriers.includes("wheelchair") || barriers.includes("walker")) && activity.stepFree ? "Trinfri adgang" : null,
      barriers.includes("wheelchair") && activity.accessibleToilet ? "Handicaptoilet" : null,
      barriers.includes("hearing") && activity.hearingLoop ? "Teleslynge" : null,
      barriers.includes("economy") && activity.price === 0 ? "Gratis" : null,
      activity.transport && (barriers.includes("transport") || beyondReach) ? "Aktiviteten tilbyder transport" : null,
      !activity.transport && citizen.escort && beyondReach ? "Kan nås med ledsager" : null,
    ],
  });
}

export function scoreVolunteer(
  citizen: CitizenProfile,
  volunteer: VolunteerProfile,
  distanceKm: number,
  settings: MatchSettings,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoreResult {
  return explainVolunteer(scoringContext(citizen, settings, weights), prepare(volunteer), distanceKm);
}

export function scoreActivity(
  citizen: CitizenProfile,
  activity: ActivityProfile,
  distanceKm: number,
  settings: MatchSettings,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoreResult {
  return explainActivity(scoringContext(citizen, settings, weights), prepare(activity), distanceKm);
}
