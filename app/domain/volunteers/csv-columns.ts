// The volunteer CSV file, defined once: the import reads these columns, the export
// and the template write them, in this order. Cells hold the words a Danish
// spreadsheet user types ("kvinde", "ja", "tirsdag formiddag", "56,4907"); reading
// also accepts the codes the app stores ("female", "tue-am"), so either round-trips.
// Browser-safe: no CSV library here, only the vocabulary.
import {
  type Gender,
  type LanguageCode,
  type Slot,
  genderLabels,
  genders,
  interests,
  languageCodes,
  languages,
  slotLabel,
  slots,
} from "../vocabulary";

/** What one import may hold; the page tells the user before they upload. */
export const CSV_MAX_BYTES = 1024 * 1024;
export const CSV_MAX_ROWS = 2000;

export const volunteerStatuses = ["active", "paused", "ended"] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/** What one row of the file describes; a volunteer from the database fits it as is. */
export interface VolunteerCsvValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  gender: Gender;
  interests: readonly string[];
  languages: readonly string[];
  area: string;
  lat: number;
  lng: number;
  radiusKm: number;
  capacity: number;
  car: boolean;
  tavshedserklaeringSignedOn: string | null;
  straffeattestDate: string | null;
  status: VolunteerStatus;
  slots: readonly Slot[];
}

/** A cell read into the value the volunteer form expects, or a Danish reason it cannot be. */
export type CellReading = { ok: true; value: unknown } | { ok: false; message: string };

export interface CsvColumn {
  /** The header in the file, as the template writes it. */
  header: string;
  /** The form field the cell fills, or "status". */
  field: string;
  /** May the column be left out of a file? */
  optional: boolean;
  read: (cell: string) => CellReading;
  write: (v: VolunteerCsvValues) => string;
  example: string;
}

const ok = (value: unknown): CellReading => ({ ok: true, value });
const fail = (message: string): CellReading => ({ ok: false, message });

const fold = (s: string) => s.trim().toLocaleLowerCase("da").replace(/\s+/g, " ");

/** A cell listing several values, separated by commas (or | as some systems export). */
const splitList = (cell: string) =>
  cell
    .split(/[,|]/)
    .map(fold)
    .filter((s) => s !== "");

/**
 * Reads a list cell against a vocabulary of words (and codes) to values. Unknown words
 * are named, so the user can correct that one word.
 */
function listReader(
  words: ReadonlyMap<string, string>,
  what: string,
  examples: string,
): (cell: string) => CellReading {
  return (cell) => {
    const values: string[] = [];
    const unknown: string[] = [];
    for (const word of splitList(cell)) {
      const value = words.get(word);
      if (value) values.push(value);
      else unknown.push(word);
    }
    if (unknown.length > 0) {
      return fail(`Kender ikke ${what} ${unknown.map((u) => `»${u}«`).join(", ")}. Skriv fx ${examples}`);
    }
    return ok(values);
  };
}

const danishNumber = (n: number) => String(n).replace(".", ",");

const interestWords = new Map(interests.map((i) => [i, i]));
const languageWords = new Map<string, string>([
  ...languageCodes.map((c) => [c, c] as const),
  ...languageCodes.map((c) => [fold(languages[c]), c] as const),
]);
const slotWords = new Map<string, string>([
  ...slots.map((s) => [s, s] as const),
  ...slots.map((s) => [fold(slotLabel(s)), s] as const),
]);
const genderWords = new Map<string, Gender>([
  ...genders.map((g) => [g, g] as const),
  ...genders.map((g) => [fold(genderLabels[g]), g] as const),
]);

const statusWords: Record<VolunteerStatus, string> = { active: "aktiv", paused: "pause", ended: "stoppet" };
const statusByWord = new Map<string, VolunteerStatus>([
  ...volunteerStatuses.map((s) => [s, s] as const),
  ...volunteerStatuses.map((s) => [statusWords[s], s] as const),
  ["på pause", "paused"],
]);

const yes = new Set(["ja", "j", "x", "1", "yes", "true", "sand"]);
const no = new Set(["", "nej", "n", "0", "no", "false", "falsk"]);

/**
 * Dates as ISO (2025-05-01) or as Danish Excel shows them (01-05-2025, 1.5.2025,
 * 01/05/2025). Anything else is passed on for the form's own date message.
 */
function readDate(cell: string): CellReading {
  const value = cell.trim();
  if (value === "") return ok(undefined);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
  if (danish) {
    const [, day, month, year] = danish;
    return ok(`${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`);
  }
  return ok(value);
}

const text = (cell: string) => ok(cell.trim());

export const volunteerCsvColumns: readonly CsvColumn[] = [
  { header: "fornavn", field: "firstName", optional: false, read: text, write: (v) => v.firstName, example: "Birthe" },
  { header: "efternavn", field: "lastName", optional: false, read: text, write: (v) => v.lastName, example: "Jensen" },
  { header: "email", field: "email", optional: false, read: (c) => ok(c.trim().toLowerCase()), write: (v) => v.email, example: "birthe.jensen@example.dk" },
  { header: "telefon", field: "phone", optional: false, read: text, write: (v) => v.phone, example: "22334455" },
  {
    header: "køn",
    field: "gender",
    optional: false,
    read: (cell) => {
      const gender = genderWords.get(fold(cell));
      return gender ? ok(gender) : fail("Skriv kvinde, mand eller andet");
    },
    write: (v) => fold(genderLabels[v.gender]),
    example: "kvinde",
  },
  {
    header: "interesser",
    field: "interests",
    optional: false,
    read: listReader(interestWords, "interessen", "havearbejde, kortspil"),
    write: (v) => v.interests.join(", "),
    example: "havearbejde, kaffe og snak",
  },
  {
    header: "sprog",
    field: "languages",
    optional: false,
    read: listReader(languageWords, "sproget", "dansk, engelsk"),
    write: (v) => v.languages.map((c) => fold(languages[c as LanguageCode] ?? c)).join(", "),
    example: "dansk, engelsk",
  },
  { header: "område", field: "area", optional: false, read: text, write: (v) => v.area, example: "Skive midtby" },
  { header: "breddegrad", field: "lat", optional: false, read: text, write: (v) => danishNumber(v.lat), example: "56,5667" },
  { header: "længdegrad", field: "lng", optional: false, read: text, write: (v) => danishNumber(v.lng), example: "9,0333" },
  { header: "radius_km", field: "radiusKm", optional: false, read: text, write: (v) => danishNumber(v.radiusKm), example: "5" },
  { header: "kapacitet", field: "capacity", optional: false, read: text, write: (v) => String(v.capacity), example: "2" },
  {
    header: "bil",
    field: "car",
    optional: true,
    read: (cell) => {
      const word = fold(cell);
      if (yes.has(word)) return ok(true);
      if (no.has(word)) return ok(false);
      return fail("Skriv ja eller nej");
    },
    write: (v) => (v.car ? "ja" : "nej"),
    example: "ja",
  },
  {
    header: "tavshedserklæring_dato",
    field: "tavshedserklaeringSignedOn",
    optional: true,
    read: readDate,
    write: (v) => v.tavshedserklaeringSignedOn ?? "",
    example: "2025-09-01",
  },
  {
    header: "straffeattest_dato",
    field: "straffeattestDate",
    optional: true,
    read: readDate,
    write: (v) => v.straffeattestDate ?? "",
    example: "2025-08-15",
  },
  {
    header: "status",
    field: "status",
    optional: true,
    // Left empty: a new volunteer starts active, an existing one keeps their status.
    read: (cell) => {
      if (cell.trim() === "") return ok(null);
      const status = statusByWord.get(fold(cell));
      return status ? ok(status) : fail("Skriv aktiv, pause eller stoppet");
    },
    write: (v) => statusWords[v.status],
    example: "aktiv",
  },
  {
    header: "tider",
    field: "slots",
    optional: false,
    read: listReader(slotWords, "tiden", "tirsdag formiddag, torsdag eftermiddag"),
    write: (v) => v.slots.map((s) => fold(slotLabel(s))).join(", "),
    example: "tirsdag formiddag, torsdag eftermiddag",
  },
];

/**
 * Headers compared loosely, as people retype them: case, spaces, hyphens and
 * underscores ("E-mail", "radius km"), and ae/oe/aa for æ/ø/å.
 */
export const headerKey = (header: string) =>
  fold(header)
    .replace(/[\s_-]+/g, "")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa");

/** "Række 4, telefon: Skriv et telefonnummer med 8 cifre". */
export const describeCsvError = (row: number, e: { column: string; message: string }) =>
  `Række ${row}${e.column ? `, ${e.column}` : ""}: ${e.message}`;
