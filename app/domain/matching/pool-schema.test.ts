import { describe, expect, it } from "vitest";
import { formatPoolError, isIsoDate, parsePool, poolSchema } from "./pool-schema";
import { designPool } from "./test-fixtures";

type Pool = ReturnType<typeof designPool>;

function errorFor(change: (pool: Pool & Record<string, unknown>) => void): string {
  const pool = designPool() as Pool & Record<string, unknown>;
  change(pool);
  const result = parsePool(pool);
  if (result.success) throw new Error("expected the pool to be refused");
  return result.error;
}

describe("pool file schema", () => {
  it("accepts the pool file from DESIGN.md", () => {
    const result = parsePool(designPool());
    expect(result.success).toBe(true);
    if (result.success) expect(result.pool.citizens[0]?.slots).toEqual(["tue-am", "thu-pm"]);
  });

  it("accepts empty lists of citizens, volunteers and activities", () => {
    expect(parsePool({ ...designPool(), citizens: [], volunteers: [], activities: [] }).success).toBe(true);
  });

  it("refuses pool files with unknown fields", () => {
    expect(errorFor((p) => (p.extra = 1))).toBe("extra: ukendt felt");
    expect(errorFor((p) => Object.assign(p.activities[0]!, { stepfree: true }))).toBe(
      "activities[0].stepfree: ukendt felt",
    );
    expect(errorFor((p) => Object.assign(p.settings, { timezone: "UTC" }))).toBe("settings.timezone: ukendt felt");
    expect(errorFor((p) => Object.assign(p.citizens[0]!, { name: "Inge", phone: "12345678" }))).toBe(
      "citizens[0].name: ukendt felt (og 1 til)",
    );
  });

  it("refuses unknown time slots, naming where they are", () => {
    expect(errorFor((p) => (p.citizens[0]!.slots[1] = "tue-morning"))).toBe(
      'citizens[0].slots[1]: ukendt tidsrum "tue-morning"',
    );
    expect(errorFor((p) => (p.activities[0]!.slots = ["TUE-AM"]))).toBe('activities[0].slots[0]: ukendt tidsrum "TUE-AM"');
  });

  it("refuses unknown barriers, formats and genders", () => {
    expect(errorFor((p) => (p.citizens[0]!.barriers = ["rollator"]))).toBe('citizens[0].barriers[0]: ukendt barriere "rollator"');
    expect(errorFor((p) => (p.citizens[0]!.format = "1:1"))).toBe(
      'citizens[0].format: ukendt format "1:1" (brug one_to_one, group eller either)',
    );
    expect(errorFor((p) => (p.volunteers[0]!.gender = "kvinde"))).toBe(
      'volunteers[0].gender: ukendt køn "kvinde" (brug female, male eller other)',
    );
  });

  it("refuses coordinates that are not numbers or out of range", () => {
    expect(errorFor((p) => Object.assign(p.citizens[0]!, { lat: "56.49" }))).toBe("citizens[0].lat: skal være et tal");
    expect(errorFor((p) => (p.citizens[0]!.lat = 90.5))).toBe("citizens[0].lat: skal være mellem -90 og 90");
    expect(errorFor((p) => (p.activities[0]!.lng = -180.01))).toBe("activities[0].lng: skal være mellem -180 og 180");
    expect(parsePool({ ...designPool(), citizens: [{ ...designPool().citizens[0], lat: -90, lng: 180 }] }).success).toBe(true);
  });

  it("reports missing fields as missing", () => {
    expect(errorFor((p) => delete (p.volunteers[0] as Partial<Pool["volunteers"][0]>).radiusKm)).toBe(
      "volunteers[0].radiusKm: mangler",
    );
    expect(errorFor((p) => delete (p as Partial<Pool>).activities)).toBe("activities: mangler");
  });

  it("refuses negative or fractional capacities, loads and enrolments", () => {
    expect(errorFor((p) => (p.volunteers[0]!.capacity = -1))).toBe("volunteers[0].capacity: må ikke være negativ");
    expect(errorFor((p) => (p.volunteers[0]!.load = 0.5))).toBe("volunteers[0].load: skal være et helt tal");
    expect(errorFor((p) => (p.activities[0]!.enrolled = 2.5))).toBe("activities[0].enrolled: skal være et helt tal");
    expect(errorFor((p) => (p.activities[0]!.price = -10))).toBe("activities[0].price: må ikke være negativ");
    expect(errorFor((p) => (p.settings.straffeattestMaxAgeMonths = 1.5))).toBe(
      "settings.straffeattestMaxAgeMonths: skal være et helt tal",
    );
  });

  it("refuses dates that are not real YYYY-MM-DD dates", () => {
    expect(errorFor((p) => (p.settings.today = "2026-02-30"))).toBe(
      'settings.today: ugyldig dato "2026-02-30" (skriv ÅÅÅÅ-MM-DD)',
    );
    expect(errorFor((p) => (p.volunteers[0]!.straffeattestDate = "01-05-2025"))).toBe(
      'volunteers[0].straffeattestDate: ugyldig dato "01-05-2025" (skriv ÅÅÅÅ-MM-DD)',
    );
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-1-05")).toBe(false);
  });

  it("accepts a volunteer without a straffeattest date, so the matcher can explain the exclusion", () => {
    const withNull = designPool();
    (withNull.volunteers[0] as { straffeattestDate: string | null }).straffeattestDate = null;
    expect(parsePool(withNull).success).toBe(true);
    const without = designPool();
    delete (without.volunteers[0] as { straffeattestDate?: string }).straffeattestDate;
    expect(parsePool(without).success).toBe(true);
  });

  it("accepts a citizen's waiting start as an optional date, and files without it as before", () => {
    const withDate = designPool();
    Object.assign(withDate.citizens[0]!, { waitingSince: "2026-09-01" });
    const parsed = parsePool(withDate);
    expect(parsed.success && parsed.pool.citizens[0]!.waitingSince).toBe("2026-09-01");
    const withNull = designPool();
    Object.assign(withNull.citizens[0]!, { waitingSince: null });
    expect(parsePool(withNull).success).toBe(true);
    const without = parsePool(designPool());
    expect(without.success && "waitingSince" in without.pool.citizens[0]!).toBe(false);
  });

  it("refuses a waiting start that is not a date", () => {
    expect(errorFor((p) => Object.assign(p.citizens[0]!, { waitingSince: "1. september" }))).toBe(
      'citizens[0].waitingSince: ugyldig dato "1. september" (skriv ÅÅÅÅ-MM-DD)',
    );
    expect(errorFor((p) => Object.assign(p.citizens[0]!, { waitingSince: 20260901 }))).toBe(
      "citizens[0].waitingSince: skal være en dato (ÅÅÅÅ-MM-DD)",
    );
  });

  it("refuses language codes that are not lower-case ISO codes", () => {
    expect(errorFor((p) => (p.citizens[0]!.languages = ["dansk"]))).toBe(
      'citizens[0].languages[0]: ugyldig sprogkode "dansk" (brug ISO 639-1, fx "da")',
    );
  });

  it("refuses the same id twice in a list", () => {
    expect(errorFor((p) => p.volunteers.push({ ...p.volunteers[0]! }))).toBe(
      'volunteers[1].id: id "v1" findes allerede (volunteers[0])',
    );
  });

  it("refuses a file that is not an object", () => {
    expect(parsePool([])).toEqual({ success: false, error: "skal være et objekt" });
    expect(parsePool(null)).toEqual({ success: false, error: "skal være et objekt" });
  });

  it("keeps the error on one line, whatever the file contains", () => {
    const message = errorFor((p) => (p.citizens[0]!.slots = ["tue-am\nrm -rf"]));
    expect(message).not.toMatch(/\n/);
    expect(message).toBe('citizens[0].slots[0]: ukendt tidsrum "tue-am\\nrm -rf"');
  });

  it("formats a ZodError from the schema directly", () => {
    const result = poolSchema.safeParse({ ...designPool(), settings: { ...designPool().settings, maxDistanceKm: "10" } });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatPoolError(result.error)).toBe("settings.maxDistanceKm: skal være et tal");
  });
});
