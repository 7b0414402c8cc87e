// The matching vocabulary. Field names follow the pool file in DESIGN.md ("Matching")
// one to one, so a parsed pool file is directly something the matcher can take.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const DAY_PARTS = ["am", "pm", "eve"] as const;

export type Weekday = (typeof WEEKDAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];
export type Slot = `${Weekday}-${DayPart}`;

/** All 21 slots in week order (Monday morning first), the order used in reasons. */
export const SLOTS = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part): Slot => `${day}-${part}`),
) as readonly Slot[];

export const BARRIERS = [
  "wheelchair",
  "walker",
  "hearing",
  "sight",
  "cognition",
  "anxiety",
  "transport",
  "economy",
  "language",
] as const;
export type Barrier = (typeof BARRIERS)[number];

export const FORMATS = ["one_to_one", "group", "either"] as const;
export type Format = (typeof FORMATS)[number];

export const GENDERS = ["female", "male", "other"] as const;
export type Gender = (typeof GENDERS)[number];

/** Only "active" volunteers and activities are matched; other values are kept as given. */
export type Status = string;

/** A "YYYY-MM-DD" calendar date. */
export type IsoDate = string;

export interface CitizenProfile {
  id: string;
  lat: number;
  lng: number;
  interests: readonly string[];
  /** ISO 639-1 codes, e.g. "da", "tr". */
  languages: readonly string[];
  barriers: readonly Barrier[];
  format: Format;
  slots: readonly Slot[];
  genderPreference: Gender | null;
  /** An escort (ledsagelse) can bring the citizen beyond the usual distance. */
  escort: boolean;
  /** Volunteer and activity ids the citizen has said no to. */
  declined: readonly string[];
  /**
   * The day the citizen started waiting for a match (see score.ts for which day the
   * app uses). Optional: without it the score has no waiting term.
   */
  waitingSince?: IsoDate | null | undefined;
}

export interface VolunteerProfile {
  id: string;
  lat: number;
  lng: number;
  /** How far the volunteer is willing to travel to the citizen. */
  radiusKm: number;
  interests: readonly string[];
  languages: readonly string[];
  slots: readonly Slot[];
  /** How many citizens the volunteer can befriend at once. */
  capacity: number;
  /** How many citizens the volunteer befriends now. */
  load: number;
  gender: Gender;
  car: boolean;
  status: Status;
  tavshedserklaering: boolean;
  /** Date of the criminal record certificate; missing means not vetted. */
  straffeattestDate?: IsoDate | null | undefined;
}

export interface ActivityProfile {
  id: string;
  lat: number;
  lng: number;
  interests: readonly string[];
  languages: readonly string[];
  slots: readonly Slot[];
  capacity: number;
  enrolled: number;
  /** Price in DKK; 0 means free. */
  price: number;
  stepFree: boolean;
  hearingLoop: boolean;
  accessibleToilet: boolean;
  /** The activity picks participants up, so distance is no hindrance. */
  transport: boolean;
  status: Status;
}

export interface MatchSettings {
  today: IsoDate;
  /** How far a citizen can be expected to go to an activity on their own. */
  maxDistanceKm: number;
  straffeattestMaxAgeMonths: number;
}

export type CandidateKind = "volunteer" | "activity";

/** Hard rules besides distance, in the order they are checked (see rules.ts). */
export type RuleId =
  | "format"
  | "declined"
  | "inactive"
  | "volunteer-full"
  | "no-tavshedserklaering"
  | "straffeattest-expired"
  | "gender"
  | "activity-full"
  | "not-step-free"
  | "no-accessible-toilet"
  | "no-hearing-loop"
  | "not-free"
  | "no-shared-language"
  | "no-shared-slot";

export interface Candidate {
  kind: CandidateKind;
  id: string;
  /** In [0, 1], rounded to 3 decimals. */
  score: number;
  /** Danish, one per contributing score term or fitting feature. */
  reasons: string[];
  /** Kept for the app (map, sorting); not part of the CLI output. */
  distanceKm: number;
}

export interface Exclusion {
  kind: CandidateKind;
  id: string;
  /** Stable kebab-case id of the first broken rule, see `EXCLUSION_RULES`. */
  rule: RuleId;
  /** Plain Danish explanation for the coordinator. */
  reason: string;
}

export interface CitizenSuggestions {
  citizen: string;
  candidates: Candidate[];
  excluded: Exclusion[];
  /** Candidates failing the distance rule; counted, not listed. */
  outOfReach: number;
}

/** The candidates a citizen is matched against. */
export interface CandidatePool {
  volunteers: readonly VolunteerProfile[];
  activities: readonly ActivityProfile[];
}

/** Everything in a pool file. */
export interface MatchPool extends CandidatePool {
  settings: MatchSettings;
  citizens: readonly CitizenProfile[];
}

/** One citizen's result exactly as the `suggest` command writes it. */
export interface SuggestionResult {
  citizen: string;
  candidates: { kind: CandidateKind; id: string; score: number; reasons: string[] }[];
  excluded: Exclusion[];
  outOfReach: number;
}

export interface PoolSuggestions {
  results: SuggestionResult[];
}
