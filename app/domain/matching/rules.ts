/**
 * The hard rules of DESIGN.md ("Matching"): a candidate that breaks one is never
 * suggested. They run in a fixed order:
 *
 * 1. Distance first. A candidate beyond reach is only counted (`outOfReach`), never
 *    listed: with thousands of volunteers in a municipality, listing everyone far away
 *    would drown the near misses a coordinator actually wants to see.
 * 2. Then the rules in `EXCLUSION_RULES`, in that order; the first one broken is the
 *    one reported. The order goes from the citizen's own wishes (format, declines),
 *    over the candidate's state (active, vetted, room), to the accessibility needs
 *    and finally the shared language and time — so the reason shown is the most
 *    fundamental one, and stays the same between runs.
 */
import { distanceKm as greatCircleKm } from "./geo";
import {
  formatKroner,
  formatNumber,
  joinWithAnd,
  languageName,
  hasSharedLanguage,
  hasSharedSlot,
  slotLabel,
  sortSlots,
} from "./score";
import { listKey, memoize } from "./memo";
import type {
  ActivityProfile,
  Barrier,
  CandidateKind,
  CitizenProfile,
  Gender,
  MatchSettings,
  RuleId,
  Slot,
  VolunteerProfile,
} from "./types";

export interface RuleDefinition {
  id: RuleId;
  /** Short Danish label for filters and legends in the app. */
  label: string;
  appliesTo: readonly CandidateKind[];
}

const BOTH = ["volunteer", "activity"] as const;

/** Every exclusion rule, in the order they are checked. */
export const EXCLUSION_RULES = [
  { id: "format", label: "Ønsker en anden form for fællesskab", appliesTo: BOTH },
  { id: "declined", label: "Borgeren har sagt nej tak", appliesTo: BOTH },
  { id: "inactive", label: "Ikke aktiv", appliesTo: BOTH },
  { id: "volunteer-full", label: "Den frivillige har ikke plads", appliesTo: ["volunteer"] },
  { id: "no-tavshedserklaering", label: "Mangler tavshedserklæring", appliesTo: ["volunteer"] },
  {
    id: "straffeattest-expired",
    label: "Straffeattest mangler eller er for gammel",
    appliesTo: ["volunteer"],
  },
  { id: "gender", label: "Ikke det ønskede køn", appliesTo: ["volunteer"] },
  { id: "activity-full", label: "Aktiviteten er fuld", appliesTo: ["activity"] },
  { id: "not-step-free", label: "Ikke trinfri adgang", appliesTo: ["activity"] },
  { id: "no-accessible-toilet", label: "Intet handicaptoilet", appliesTo: ["activity"] },
  { id: "no-hearing-loop", label: "Ingen teleslynge", appliesTo: ["activity"] },
  { id: "not-free", label: "Ikke gratis", appliesTo: ["activity"] },
  { id: "no-shared-language", label: "Intet fælles sprog", appliesTo: BOTH },
  { id: "no-shared-slot", label: "Intet fælles tidspunkt", appliesTo: BOTH },
] as const satisfies readonly RuleDefinition[];

/** Danish label per rule id, for showing an `Exclusion.rule`. */
export const RULE_LABELS: Readonly<Record<RuleId, string>> = Object.fromEntries(
  EXCLUSION_RULES.map((rule) => [rule.id, rule.label]),
) as Record<RuleId, string>;

/** The distance rule is not an exclusion; this label is for the `outOfReach` count. */
export const OUT_OF_REACH_LABEL = "Uden for rækkevidde";

export type Verdict =
  | { outcome: "eligible"; distanceKm: number }
  | { outcome: "out-of-reach"; distanceKm: number }
  | { outcome: "excluded"; distanceKm: number; rule: RuleId; reason: string };

/** A rule returns a Danish reason when broken, null when satisfied. */
type Check<T> = (citizen: CitizenProfile, candidate: T, settings: MatchSettings) => string | null;

// ---------------------------------------------------------------------------------
// Dates

function parseIsoDate(date: string): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number);
  return [year ?? NaN, month ?? NaN, day ?? NaN];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The date `months` calendar months before `date`; a day that does not exist in the
 * target month becomes its last day (31 March − 1 month = 28/29 February).
 */
export function subtractMonths(date: string, months: number): string {
  const [year, month, day] = parseIsoDate(date);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Valid when dated on or after the cutoff: exactly N months old is still valid. */
export function isStraffeattestValid(
  straffeattestDate: string | null | undefined,
  settings: MatchSettings,
): boolean {
  if (!straffeattestDate) return false;
  // Zero-padded ISO dates compare correctly as strings.
  return straffeattestDate >= straffeattestCutoff(settings);
}

// One pool is matched with one setting at a time, so remembering the last cutoff is enough.
let lastCutoff = { today: "", months: NaN, cutoff: "" };
function straffeattestCutoff(settings: MatchSettings): string {
  if (lastCutoff.today !== settings.today || lastCutoff.months !== settings.straffeattestMaxAgeMonths) {
    lastCutoff = {
      today: settings.today,
      months: settings.straffeattestMaxAgeMonths,
      cutoff: subtractMonths(settings.today, settings.straffeattestMaxAgeMonths),
    };
  }
  return lastCutoff.cutoff;
}

const longDate = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "UTC" });

const formatDanishDate = memoize((date: string): string => {
  const [year, month, day] = parseIsoDate(date);
  return longDate.format(new Date(Date.UTC(year, month - 1, day)));
});

// ---------------------------------------------------------------------------------
// Wording

const hasBarrier = (citizen: CitizenProfile, barrier: Barrier) =>
  citizen.barriers.includes(barrier);

const THE: Record<CandidateKind, string> = {
  volunteer: "den frivillige",
  activity: "aktiviteten",
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const cachedLanguages = memoize((key: string) => joinWithAnd(key.split("\u0001").map(languageName)));

// Per list as well as per content: a candidate's own list is described once per pool,
// not once per citizen.
const languagesByList = new WeakMap<readonly string[], string>();

function describeLanguages(codes: readonly string[]): string {
  let text = languagesByList.get(codes);
  if (text === undefined) {
    text = codes.length === 0 ? "ingen angivet" : cachedLanguages(listKey(codes));
    languagesByList.set(codes, text);
  }
  return text;
}

const cachedSlots = memoize((key: string) => {
  const sorted = sortSlots(key.split("\u0001") as Slot[]);
  // Long lists do not fit a one-line reason; three named slots tell the story.
  if (sorted.length <= 3) return joinWithAnd(sorted.map(slotLabel));
  return `${sorted.slice(0, 3).map(slotLabel).join(", ")} og ${sorted.length - 3} andre`;
});

const slotsByList = new WeakMap<readonly Slot[], string>();

function describeSlots(slots: readonly Slot[]): string {
  let text = slotsByList.get(slots);
  if (text === undefined) {
    text = slots.length === 0 ? "ingen angivet" : cachedSlots(listKey(slots));
    slotsByList.set(slots, text);
  }
  return text;
}

const WANTED_GENDER: Record<Gender, string> = {
  female: "en kvindelig frivillig",
  male: "en mandlig frivillig",
  other: "en frivillig, der hverken er mand eller kvinde",
};

// ---------------------------------------------------------------------------------
// Rules shared by both kinds

type Profile = VolunteerProfile | ActivityProfile;

const declined =
  (kind: CandidateKind): Check<Profile> =>
  (citizen, candidate) =>
    citizen.declined.includes(candidate.id)
      ? `Borgeren har tidligere sagt nej tak til ${kind === "volunteer" ? "denne frivillige" : "denne aktivitet"}`
      : null;

const inactive =
  (kind: CandidateKind): Check<Profile> =>
  (_citizen, candidate) =>
    candidate.status === "active"
      ? null
      : `${capitalize(THE[kind])} er ikke aktiv (status: ${candidate.status})`;

const noSharedLanguage =
  (kind: CandidateKind): Check<Profile> =>
  (citizen, candidate) =>
    hasSharedLanguage(citizen.languages, candidate.languages)
      ? null
      : `Intet fælles sprog (borgeren: ${describeLanguages(citizen.languages)}; ${THE[kind]}: ${describeLanguages(candidate.languages)})`;

const noSharedSlot =
  (kind: CandidateKind): Check<Profile> =>
  (citizen, candidate) =>
    hasSharedSlot(citizen.slots, candidate.slots)
      ? null
      : `Intet fælles tidspunkt (borgeren: ${describeSlots(citizen.slots)}; ${THE[kind]}: ${describeSlots(candidate.slots)})`;

// ---------------------------------------------------------------------------------
// Rule lists per kind, in `EXCLUSION_RULES` order (a unit test holds them to it).

export const VOLUNTEER_CHECKS: readonly (readonly [RuleId, Check<VolunteerProfile>])[] = [
  [
    "format",
    (citizen) =>
      citizen.format === "group"
        ? "Borgeren ønsker fællesskab i en gruppe, ikke en besøgsven"
        : null,
  ],
  ["declined", declined("volunteer")],
  ["inactive", inactive("volunteer")],
  [
    "volunteer-full",
    (_citizen, v) =>
      v.load < v.capacity
        ? null
        : `Den frivillige har ikke plads til flere borgere (har ${formatNumber(v.load)}, plads til ${formatNumber(v.capacity)})`,
  ],
  [
    "no-tavshedserklaering",
    (_citizen, v) =>
      v.tavshedserklaering ? null : "Den frivillige har ikke underskrevet en tavshedserklæring",
  ],
  [
    "straffeattest-expired",
    (_citizen, v, settings) => {
      if (!v.straffeattestDate) return "Der er ikke registreret en straffeattest for den frivillige";
      if (isStraffeattestValid(v.straffeattestDate, settings)) return null;
      return `Straffeattesten er fra ${formatDanishDate(v.straffeattestDate)} og dermed ældre end ${formatNumber(settings.straffeattestMaxAgeMonths)} måneder`;
    },
  ],
  [
    "gender",
    (citizen, v) =>
      citizen.genderPreference === null || citizen.genderPreference === v.gender
        ? null
        : `Borgeren ønsker ${WANTED_GENDER[citizen.genderPreference]}`,
  ],
  ["no-shared-language", noSharedLanguage("volunteer")],
  ["no-shared-slot", noSharedSlot("volunteer")],
];

function mobilityAid(citizen: CitizenProfile): string | null {
  if (hasBarrier(citizen, "wheelchair")) return "kørestol";
  if (hasBarrier(citizen, "walker")) return "rollator";
  return null;
}

export const ACTIVITY_CHECKS: readonly (readonly [RuleId, Check<ActivityProfile>])[] = [
  [
    "format",
    (citizen) =>
      citizen.format === "one_to_one"
        ? "Borgeren ønsker en besøgsven 1:1, ikke en aktivitet i gruppe"
        : null,
  ],
  ["declined", declined("activity")],
  ["inactive", inactive("activity")],
  [
    "activity-full",
    (_citizen, a) =>
      a.enrolled < a.capacity
        ? null
        : `Aktiviteten er fuld (${formatNumber(a.enrolled)} tilmeldt, plads til ${formatNumber(a.capacity)})`,
  ],
  [
    "not-step-free",
    (citizen, a) => {
      const aid = mobilityAid(citizen);
      return aid && !a.stepFree
        ? `Aktiviteten har ikke trinfri adgang, og borgeren bruger ${aid}`
        : null;
    },
  ],
  [
    "no-accessible-toilet",
    (citizen, a) =>
      hasBarrier(citizen, "wheelchair") && !a.accessibleToilet
        ? "Aktiviteten har ikke handicaptoilet, og borgeren bruger kørestol"
        : null,
  ],
  [
    "no-hearing-loop",
    (citizen, a) =>
      hasBarrier(citizen, "hearing") && !a.hearingLoop
        ? "Aktiviteten har ikke teleslynge, og borgeren hører dårligt"
        : null,
  ],
  [
    "not-free",
    (citizen, a) =>
      hasBarrier(citizen, "economy") && a.price !== 0
        ? `Aktiviteten koster ${formatKroner(a.price)}, og økonomien er en barriere for borgeren`
        : null,
  ],
  ["no-shared-language", noSharedLanguage("activity")],
  ["no-shared-slot", noSharedSlot("activity")],
];

// ---------------------------------------------------------------------------------
// Distance

/** Volunteers travel to the citizen, so their own radius decides. */
export function isVolunteerWithinReach(volunteer: VolunteerProfile, km: number): boolean {
  return km <= volunteer.radiusKm;
}

/** An escort (ledsagelse) or the activity's own transport removes the distance limit. */
export function isActivityWithinReach(
  citizen: CitizenProfile,
  activity: ActivityProfile,
  km: number,
  settings: MatchSettings,
): boolean {
  return citizen.escort || activity.transport || km <= settings.maxDistanceKm;
}

function firstBroken<T>(
  checks: readonly (readonly [RuleId, Check<T>])[],
  citizen: CitizenProfile,
  candidate: T,
  settings: MatchSettings,
): { rule: RuleId; reason: string } | null {
  for (const [rule, check] of checks) {
    const reason = check(citizen, candidate, settings);
    if (reason !== null) return { rule, reason };
  }
  return null;
}

function verdict(km: number, broken: { rule: RuleId; reason: string } | null): Verdict {
  return broken
    ? { outcome: "excluded", distanceKm: km, rule: broken.rule, reason: broken.reason }
    : { outcome: "eligible", distanceKm: km };
}

export function checkVolunteer(
  citizen: CitizenProfile,
  volunteer: VolunteerProfile,
  settings: MatchSettings,
): Verdict {
  const km = greatCircleKm(citizen, volunteer);
  if (!isVolunteerWithinReach(volunteer, km)) return { outcome: "out-of-reach", distanceKm: km };
  return verdict(km, firstBroken(VOLUNTEER_CHECKS, citizen, volunteer, settings));
}

export function checkActivity(
  citizen: CitizenProfile,
  activity: ActivityProfile,
  settings: MatchSettings,
): Verdict {
  const km = greatCircleKm(citizen, activity);
  if (!isActivityWithinReach(citizen, activity, km, settings)) {
    return { outcome: "out-of-reach", distanceKm: km };
  }
  return verdict(km, firstBroken(ACTIVITY_CHECKS, citizen, activity, settings));
}
