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
  slotLabel,
  sortSlots,
} from "./score";
import { listKey, memoize } from "./memo";
import { type Prepared, prepare } from "./prepared";
import { slotMask } from "./slot-mask";
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
// What the rules need to know about the citizen

/**
 * The citizen's side of every rule, worked out once per citizen rather than once per
 * candidate: suggestions run the rules against thousands of candidates in a row.
 */
export interface CitizenFacts {
  citizen: CitizenProfile;
  /** The citizen's slots as a mask (slot-mask.ts). */
  slots: number;
  declined: ReadonlySet<string>;
  /** "kørestol" or "rollator": a mobility aid that needs step-free access. */
  mobilityAid: string | null;
  wheelchair: boolean;
  hearing: boolean;
  economy: boolean;
  /** Straffeattests dated before this day are too old. */
  straffeattestCutoff: string;
}

function mobilityAid(citizen: CitizenProfile): string | null {
  if (hasBarrier(citizen, "wheelchair")) return "kørestol";
  if (hasBarrier(citizen, "walker")) return "rollator";
  return null;
}

export function citizenFacts(citizen: CitizenProfile, settings: MatchSettings): CitizenFacts {
  return {
    citizen,
    slots: slotMask(citizen.slots),
    declined: new Set(citizen.declined),
    mobilityAid: mobilityAid(citizen),
    wheelchair: hasBarrier(citizen, "wheelchair"),
    hearing: hasBarrier(citizen, "hearing"),
    economy: hasBarrier(citizen, "economy"),
    straffeattestCutoff: straffeattestCutoff(settings),
  };
}

// ---------------------------------------------------------------------------------
// The rules, per kind. Deciding and wording are apart: the decision runs for every
// candidate within reach and only names the first broken rule; the Danish reason is
// written for that one rule. Each list of checks is plain `if`s in `EXCLUSION_RULES`
// order (a unit test holds them to it), so the rules read top to bottom.

type Profile = VolunteerProfile | ActivityProfile;

/** The ids of the rules in `EXCLUSION_RULES` whose `appliesTo` is `Applies`. */
type RuleIdFor<Applies> = Extract<(typeof EXCLUSION_RULES)[number], { appliesTo: Applies }>["id"];
export type VolunteerRuleId = RuleIdFor<readonly ["volunteer"] | typeof BOTH>;
export type ActivityRuleId = RuleIdFor<readonly ["activity"] | typeof BOTH>;

/** The first rule the volunteer breaks, or null when it breaks none. */
export function brokenVolunteerRule(facts: CitizenFacts, candidate: Prepared<VolunteerProfile>): VolunteerRuleId | null {
  const { citizen } = facts;
  const v = candidate.profile;
  if (citizen.format === "group") return "format";
  if (facts.declined.has(v.id)) return "declined";
  if (v.status !== "active") return "inactive";
  if (!(v.load < v.capacity)) return "volunteer-full";
  if (!v.tavshedserklaering) return "no-tavshedserklaering";
  // Zero-padded ISO dates compare correctly as strings.
  if (!v.straffeattestDate || v.straffeattestDate < facts.straffeattestCutoff) return "straffeattest-expired";
  if (citizen.genderPreference !== null && citizen.genderPreference !== v.gender) return "gender";
  if (!hasSharedLanguage(citizen.languages, v.languages)) return "no-shared-language";
  if ((facts.slots & candidate.slots) === 0) return "no-shared-slot";
  return null;
}

/** The first rule the activity breaks, or null when it breaks none. */
export function brokenActivityRule(facts: CitizenFacts, candidate: Prepared<ActivityProfile>): ActivityRuleId | null {
  const { citizen } = facts;
  const a = candidate.profile;
  if (citizen.format === "one_to_one") return "format";
  if (facts.declined.has(a.id)) return "declined";
  if (a.status !== "active") return "inactive";
  if (!(a.enrolled < a.capacity)) return "activity-full";
  if (facts.mobilityAid !== null && !a.stepFree) return "not-step-free";
  if (facts.wheelchair && !a.accessibleToilet) return "no-accessible-toilet";
  if (facts.hearing && !a.hearingLoop) return "no-hearing-loop";
  if (facts.economy && a.price !== 0) return "not-free";
  if (!hasSharedLanguage(citizen.languages, a.languages)) return "no-shared-language";
  if ((facts.slots & candidate.slots) === 0) return "no-shared-slot";
  return null;
}

type Wording<T> = (facts: CitizenFacts, candidate: T, settings: MatchSettings) => string;

const declinedReason =
  (kind: CandidateKind): Wording<Profile> =>
  () =>
    `Borgeren har tidligere sagt nej tak til ${kind === "volunteer" ? "denne frivillige" : "denne aktivitet"}`;

const inactiveReason =
  (kind: CandidateKind): Wording<Profile> =>
  (_facts, candidate) =>
    `${capitalize(THE[kind])} er ikke aktiv (status: ${candidate.status})`;

const noSharedLanguageReason =
  (kind: CandidateKind): Wording<Profile> =>
  (facts, candidate) =>
    `Intet fælles sprog (borgeren: ${describeLanguages(facts.citizen.languages)}; ${THE[kind]}: ${describeLanguages(candidate.languages)})`;

const noSharedSlotReason =
  (kind: CandidateKind): Wording<Profile> =>
  (facts, candidate) =>
    `Intet fælles tidspunkt (borgeren: ${describeSlots(facts.citizen.slots)}; ${THE[kind]}: ${describeSlots(candidate.slots)})`;

/** Why a volunteer breaks a rule, in plain Danish for the coordinator. */
export const VOLUNTEER_REASONS: Readonly<Record<VolunteerRuleId, Wording<VolunteerProfile>>> = {
  format: () => "Borgeren ønsker fællesskab i en gruppe, ikke en besøgsven",
  declined: declinedReason("volunteer"),
  inactive: inactiveReason("volunteer"),
  "volunteer-full": (_facts, v) =>
    `Den frivillige har ikke plads til flere borgere (har ${formatNumber(v.load)}, plads til ${formatNumber(v.capacity)})`,
  "no-tavshedserklaering": () => "Den frivillige har ikke underskrevet en tavshedserklæring",
  "straffeattest-expired": (_facts, v, settings) =>
    v.straffeattestDate
      ? `Straffeattesten er fra ${formatDanishDate(v.straffeattestDate)} og dermed ældre end ${formatNumber(settings.straffeattestMaxAgeMonths)} måneder`
      : "Der er ikke registreret en straffeattest for den frivillige",
  gender: (facts) => `Borgeren ønsker ${WANTED_GENDER[facts.citizen.genderPreference!]}`,
  "no-shared-language": noSharedLanguageReason("volunteer"),
  "no-shared-slot": noSharedSlotReason("volunteer"),
};

/** Why an activity breaks a rule, in plain Danish for the coordinator. */
export const ACTIVITY_REASONS: Readonly<Record<ActivityRuleId, Wording<ActivityProfile>>> = {
  format: () => "Borgeren ønsker en besøgsven 1:1, ikke en aktivitet i gruppe",
  declined: declinedReason("activity"),
  inactive: inactiveReason("activity"),
  "activity-full": (_facts, a) =>
    `Aktiviteten er fuld (${formatNumber(a.enrolled)} tilmeldt, plads til ${formatNumber(a.capacity)})`,
  "not-step-free": (facts) => `Aktiviteten har ikke trinfri adgang, og borgeren bruger ${facts.mobilityAid}`,
  "no-accessible-toilet": () => "Aktiviteten har ikke handicaptoilet, og borgeren bruger kørestol",
  "no-hearing-loop": () => "Aktiviteten har ikke teleslynge, og borgeren hører dårligt",
  "not-free": (_facts, a) => `Aktiviteten koster ${formatKroner(a.price)}, og økonomien er en barriere for borgeren`,
  "no-shared-language": noSharedLanguageReason("activity"),
  "no-shared-slot": noSharedSlotReason("activity"),
};

// Rules about the candidate's own state: their wording does not depend on the citizen
// or the settings, so it is written once per candidate (prepared.ts) and reused for
// every citizen within reach.
const CANDIDATE_ALONE: ReadonlySet<RuleId> = new Set(["inactive", "volunteer-full", "activity-full", "not-free"]);

function word<T extends Profile, R extends RuleId>(
  wordings: Readonly<Record<R, Wording<T>>>,
  rule: R,
  facts: CitizenFacts,
  candidate: Prepared<T>,
  settings: MatchSettings,
): string {
  if (!CANDIDATE_ALONE.has(rule)) return wordings[rule](facts, candidate.profile, settings);
  candidate.wording ??= {};
  return (candidate.wording[rule] ??= wordings[rule](facts, candidate.profile, settings));
}

/** The Danish reason for a volunteer's broken rule. */
export function volunteerReason(
  rule: VolunteerRuleId,
  facts: CitizenFacts,
  candidate: Prepared<VolunteerProfile>,
  settings: MatchSettings,
): string {
  return word(VOLUNTEER_REASONS, rule, facts, candidate, settings);
}

/** The Danish reason for an activity's broken rule. */
export function activityReason(
  rule: ActivityRuleId,
  facts: CitizenFacts,
  candidate: Prepared<ActivityProfile>,
  settings: MatchSettings,
): string {
  return word(ACTIVITY_REASONS, rule, facts, candidate, settings);
}

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

// ---------------------------------------------------------------------------------
// One candidate at a time, for callers outside suggestions

export function checkVolunteer(
  citizen: CitizenProfile,
  volunteer: VolunteerProfile,
  settings: MatchSettings,
): Verdict {
  const km = greatCircleKm(citizen, volunteer);
  if (!isVolunteerWithinReach(volunteer, km)) return { outcome: "out-of-reach", distanceKm: km };
  const facts = citizenFacts(citizen, settings);
  const candidate = prepare(volunteer);
  const rule = brokenVolunteerRule(facts, candidate);
  return rule
    ? { outcome: "excluded", distanceKm: km, rule, reason: volunteerReason(rule, facts, candidate, settings) }
    : { outcome: "eligible", distanceKm: km };
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
  const facts = citizenFacts(citizen, settings);
  const candidate = prepare(activity);
  const rule = brokenActivityRule(facts, candidate);
  return rule
    ? { outcome: "excluded", distanceKm: km, rule, reason: activityReason(rule, facts, candidate, settings) }
    : { outcome: "eligible", distanceKm: km };
}
