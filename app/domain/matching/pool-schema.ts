import { z } from "zod";
import { BARRIERS, FORMATS, GENDERS, SLOTS, type MatchPool, type Slot } from "./types";

// The pool file of DESIGN.md ("Matching"). Other tools write these files, so the schema
// is strict: unknown fields are refused rather than silently ignored, because a typo
// like "stepfree" would otherwise quietly turn into "no step-free access".
//
// Every leaf carries its own Danish message (Zod hands the error function the offending
// input), so whoever parses with this schema — CLI or route — gets Danish errors.

type IssueInput = { input?: unknown };

/** A short, one-line rendering of a value from the file, for error messages. */
function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const typeError =
  (expected: string) =>
  (iss: IssueInput): string =>
    iss.input === undefined ? "mangler" : `skal være ${expected}`;

const enumError =
  (noun: string, allowed?: readonly string[]) =>
  (iss: IssueInput): string => {
    if (iss.input === undefined) return "mangler";
    // Short lists are worth spelling out; 21 slots or 9 barriers are not.
    const hint = allowed ? ` (brug ${allowed.slice(0, -1).join(", ")} eller ${allowed.at(-1)})` : "";
    return `ukendt ${noun} ${show(iss.input)}${hint}`;
  };

const text = () =>
  z.string({ error: typeError("tekst") }).min(1, { error: "må ikke være tom" });

const id = text;

const number = () => z.number({ error: typeError("et tal") });

const nonNegative = () => number().min(0, { error: "må ikke være negativ" });

const count = () =>
  z
    .number({ error: typeError("et helt tal") })
    .int({ error: "skal være et helt tal" })
    .min(0, { error: "må ikke være negativ" });

const flag = () => z.boolean({ error: typeError("true eller false") });

const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: typeError("en liste") });

const latitude = () =>
  number()
    .min(-90, { error: "skal være mellem -90 og 90" })
    .max(90, { error: "skal være mellem -90 og 90" });

const longitude = () =>
  number()
    .min(-180, { error: "skal være mellem -180 og 180" })
    .max(180, { error: "skal være mellem -180 og 180" });

/** True for a "YYYY-MM-DD" string that names a day in the calendar (no 30 February). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const isoDate = () =>
  z.string({ error: typeError("en dato (ÅÅÅÅ-MM-DD)") }).refine(isIsoDate, {
    error: (iss) => `ugyldig dato ${show(iss.input)} (skriv ÅÅÅÅ-MM-DD)`,
  });

// ISO 639-1 codes are two letters; three-letter 639-2/3 codes are allowed for languages
// without one. Lower case only, so "DA" and "da" never count as different languages.
const languageCode = () =>
  z.string({ error: typeError("en sprogkode") }).regex(/^[a-z]{2,3}$/, {
    error: (iss) => `ugyldig sprogkode ${show(iss.input)} (brug ISO 639-1, fx "da")`,
  });

// SLOTS is built at runtime from days × parts; the cast only restores its tuple shape.
const slot = () =>
  z.enum(SLOTS as unknown as readonly [Slot, ...Slot[]], { error: enumError("tidsrum") });
const barrier = () => z.enum(BARRIERS, { error: enumError("barriere") });
const format = () => z.enum(FORMATS, { error: enumError("format", FORMATS) });
const gender = () => z.enum(GENDERS, { error: enumError("køn", GENDERS) });

const strictObject = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === "unrecognized_keys") {
        const keys = iss.keys.map((key) => show(key));
        return keys.length === 1 ? `ukendt felt ${keys[0]}` : `ukendte felter ${keys.join(", ")}`;
      }
      return typeError("et objekt")(iss);
    },
  });

export const settingsSchema = strictObject({
  today: isoDate(),
  maxDistanceKm: nonNegative(),
  straffeattestMaxAgeMonths: count(),
});

export const citizenSchema = strictObject({
  id: id(),
  lat: latitude(),
  lng: longitude(),
  interests: list(text()),
  languages: list(languageCode()),
  barriers: list(barrier()),
  format: format(),
  slots: list(slot()),
  genderPreference: gender().nullable(),
  escort: flag(),
  declined: list(id()),
  // Not in DESIGN.md's example: files without it stay valid and are scored without
  // the waiting term. Compared with `settings.today`.
  waitingSince: isoDate().nullable().optional(),
});

export const volunteerSchema = strictObject({
  id: id(),
  lat: latitude(),
  lng: longitude(),
  radiusKm: nonNegative(),
  interests: list(text()),
  languages: list(languageCode()),
  slots: list(slot()),
  capacity: count(),
  load: count(),
  gender: gender(),
  car: flag(),
  status: text(),
  tavshedserklaering: flag(),
  // Missing or null both mean "no certificate on file"; the matcher then excludes the
  // volunteer with a reason instead of refusing the whole file.
  straffeattestDate: isoDate().nullable().optional(),
});

export const activitySchema = strictObject({
  id: id(),
  lat: latitude(),
  lng: longitude(),
  interests: list(text()),
  languages: list(languageCode()),
  slots: list(slot()),
  capacity: count(),
  enrolled: count(),
  price: nonNegative(),
  stepFree: flag(),
  hearingLoop: flag(),
  accessibleToilet: flag(),
  transport: flag(),
  status: text(),
});

/** Ids must be unique within each list: results, exclusions and declines refer to them. */
function refuseDuplicateIds(
  items: readonly { id: string }[],
  listName: string,
  ctx: z.RefinementCtx,
) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
      return;
    }
    ctx.addIssue({
      code: "custom",
      path: [listName, index, "id"],
      message: `id ${show(item.id)} findes allerede (${listName}[${first}])`,
    });
  });
}

export const poolSchema = strictObject({
  settings: settingsSchema,
  citizens: list(citizenSchema),
  volunteers: list(volunteerSchema),
  activities: list(activitySchema),
}).superRefine((pool, ctx) => {
  refuseDuplicateIds(pool.citizens, "citizens", ctx);
  refuseDuplicateIds(pool.volunteers, "volunteers", ctx);
  refuseDuplicateIds(pool.activities, "activities", ctx);
});

export type PoolFile = z.infer<typeof poolSchema>;

/** `citizens[0].slots[1]`: the way a person editing the JSON file would point at it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === "" ? key : `.${key}`;
    else out += `[${show(String(key))}]`;
  }
  return out;
}

/**
 * One short Danish line for the first problem in the file, naming where it is,
 * e.g. `citizens[0].slots[1]: ukendt tidsrum "tue-morning"`. One line, because the
 * person fixing a hand-edited file fixes one thing at a time, and because the CLI
 * contract allows exactly one line on stderr.
 */
export function formatPoolError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "ugyldig pool-fil";
  let path = [...issue.path];
  let message = issue.message;
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) {
    // Point at the field itself, which is where the reader will look.
    const [first, ...rest] = issue.keys;
    path = [...path, first as string];
    message = rest.length === 0 ? "ukendt felt" : `ukendt felt (og ${rest.length} til)`;
  }
  const where = formatIssuePath(path);
  const line = where === "" ? message : `${where}: ${message}`;
  // Messages quote values from the file; never let one break the single line.
  return line.replace(/\s+/g, " ");
}

export type ParsePoolResult =
  | { success: true; pool: MatchPool }
  | { success: false; error: string };

/** Validates a parsed JSON value as a pool file; the error is one Danish line. */
export function parsePool(input: unknown): ParsePoolResult {
  const result = poolSchema.safeParse(input);
  if (!result.success) return { success: false, error: formatPoolError(result.error) };
  const pool: MatchPool = result.data;
  return { success: true, pool };
}
