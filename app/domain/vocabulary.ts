// The shared words of the product: what citizens, volunteers and activities are
// described with. Matching compares these values, so forms offer them as choices
// rather than free text. The value lists themselves belong to matching; this file
// adds the Danish words people read.
import {
  BARRIERS,
  type Barrier,
  DAY_PARTS,
  type DayPart,
  FORMATS,
  type Format,
  GENDERS,
  type Gender,
  SLOTS,
  type Slot,
  WEEKDAYS,
  type Weekday,
} from "./matching/types";

export const weekdays = WEEKDAYS;
export const dayParts = DAY_PARTS;
export type { DayPart, Slot, Weekday };
export const slots = SLOTS as [Slot, ...Slot[]];

export const weekdayLabels: Record<Weekday, string> = {
  mon: "Mandag",
  tue: "Tirsdag",
  wed: "Onsdag",
  thu: "Torsdag",
  fri: "Fredag",
  sat: "Lørdag",
  sun: "Søndag",
};
export const dayPartLabels: Record<DayPart, string> = {
  am: "formiddag",
  pm: "eftermiddag",
  eve: "aften",
};
export const slotLabel = (slot: Slot): string => {
  const [day, part] = slot.split("-") as [Weekday, DayPart];
  return `${weekdayLabels[day]} ${dayPartLabels[part]}`;
};

/** The part of day an activity starting at HH:MM falls in, for slot matching. */
export function slotOf(weekday: Weekday, startTime: string): Slot {
  const hour = Number(startTime.slice(0, 2));
  const part: DayPart = hour < 12 ? "am" : hour < 17 ? "pm" : "eve";
  return `${weekday}-${part}`;
}

export const barriers = BARRIERS;
export type { Barrier };
export const barrierLabels: Record<Barrier, string> = {
  wheelchair: "Bruger kørestol",
  walker: "Bruger rollator",
  hearing: "Nedsat hørelse",
  sight: "Nedsat syn",
  cognition: "Nedsat hukommelse",
  anxiety: "Angst eller uro i nye sammenhænge",
  transport: "Svært ved at komme af sted",
  economy: "Stram økonomi",
  language: "Taler ikke dansk",
};

export const interests = [
  "bevægelse",
  "billard",
  "bridge",
  "cykling",
  "dans",
  "film",
  "fiskeri",
  "fællesspisning",
  "gåture",
  "havearbejde",
  "historie",
  "håndarbejde",
  "it og tablet",
  "kaffe og snak",
  "kirke",
  "kortspil",
  "kunst",
  "litteratur",
  "madlavning",
  "musik",
  "natur",
  "sang",
  "sport",
] as const;

export const languages = {
  da: "Dansk",
  en: "Engelsk",
  de: "Tysk",
  sv: "Svensk",
  no: "Norsk",
  pl: "Polsk",
  tr: "Tyrkisk",
  ar: "Arabisk",
  ur: "Urdu",
  fa: "Persisk",
  so: "Somalisk",
  uk: "Ukrainsk",
  bs: "Bosnisk",
  vi: "Vietnamesisk",
} as const;
export type LanguageCode = keyof typeof languages;
export const languageCodes = Object.keys(languages) as [LanguageCode, ...LanguageCode[]];

export const formats = FORMATS;
export type { Format };
export const formatLabels: Record<Format, string> = {
  one_to_one: "En besøgsven (1:1)",
  group: "Et fællesskab eller en aktivitet (gruppe)",
  either: "Begge dele",
};

export const genders = GENDERS;
export type { Gender };
export const genderLabels: Record<Gender, string> = {
  female: "Kvinde",
  male: "Mand",
  other: "Andet",
};
