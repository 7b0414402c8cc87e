import { describe, expect, it } from "vitest";
import { CSV_MAX_ROWS, describeCsvError, type VolunteerCsvValues } from "../domain/volunteers/csv-columns";
import { volunteerCsvTemplate, volunteersToCsv } from "../domain/volunteers/csv-export";
import { messages } from "../ui/messages";
import { type CsvReading, decodeCsv, readVolunteerCsv } from "./volunteer-csv.server";

const HEADER =
  "fornavn;efternavn;email;telefon;køn;interesser;sprog;område;breddegrad;længdegrad;radius_km;kapacitet;bil;tavshedserklæring_dato;straffeattest_dato;status;tider";
const ROW =
  "Søren;Ærø;Soeren@Example.dk;22 33 44 55;mand;havearbejde, kortspil;dansk, tyrkisk;Skive midtby;56,5667;9,0333;7,5;2;ja;2025-09-01;01-08-2025;aktiv;tirsdag formiddag, thu-pm";

function rows(reading: CsvReading) {
  if (!reading.ok) throw new Error(`expected rows, got: ${reading.message}`);
  return reading.rows;
}

const errorsOf = (reading: CsvReading) =>
  rows(reading).flatMap((r) => r.errors.map((e) => describeCsvError(r.row, e)));

describe("reading a volunteer CSV from Danish Excel", () => {
  it("reads semicolons, a byte-order mark, decimal commas, Danish words and Danish dates", () => {
    const [row] = rows(readVolunteerCsv(`\uFEFF${HEADER}\r\n${ROW}\r\n`));
    expect(row!.errors).toEqual([]);
    expect(row!.row).toBe(2);
    expect(row!.value).toEqual({
      firstName: "Søren",
      lastName: "Ærø",
      email: "soeren@example.dk",
      phone: "22334455",
      gender: "male",
      interests: ["havearbejde", "kortspil"],
      languages: ["da", "tr"],
      area: "Skive midtby",
      lat: 56.5667,
      lng: 9.0333,
      radiusKm: 7.5,
      capacity: 2,
      car: true,
      tavshedserklaeringSignedOn: "2025-09-01",
      straffeattestDate: "2025-08-01",
      status: "active",
      slots: ["tue-am", "thu-pm"],
    });
  });

  it("reads a comma-separated file with quoted decimal commas", () => {
    const comma = [HEADER.replaceAll(";", ","), ROW.split(";").map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")].join("\n");
    const [row] = rows(readVolunteerCsv(comma));
    expect(row!.errors).toEqual([]);
    expect(row!.value).toMatchObject({ lat: 56.5667, interests: ["havearbejde", "kortspil"] });
  });

  it("decodes a file Excel saved as Windows-1252", () => {
    const latin1 = Uint8Array.from([...`${HEADER}\n${ROW}`].map((ch) => ch.charCodeAt(0)));
    const [row] = rows(readVolunteerCsv(decodeCsv(latin1)));
    expect(row!.value).toMatchObject({ firstName: "Søren", lastName: "Ærø" });
    expect(decodeCsv(new TextEncoder().encode("\uFEFFæøå"))).toBe("æøå");
  });

  it("accepts headers typed loosely and leaves out optional columns", () => {
    const header = "Fornavn;Efternavn;E-mail;Telefon;Køn;Interesser;Sprog;Omraade;Breddegrad;Laengdegrad;Radius km;Kapacitet;Tider;Noter";
    const reading = readVolunteerCsv(`${header}\nBo;Berg;bo@example.dk;22334455;andet;natur;da;Skive;56,5;9,0;5;1;mon-am;husk kaffe`);
    const [row] = rows(reading);
    expect(row!.errors).toEqual([]);
    expect(row!.value).toMatchObject({ car: false, status: null, straffeattestDate: undefined });
    expect(reading.ok && reading.ignoredHeaders).toEqual(["Noter"]);
  });

  it("skips rows of empty cells but keeps the spreadsheet's row numbers", () => {
    const bad = ROW.replace("22 33 44 55", "123");
    const found = rows(readVolunteerCsv(`${HEADER}\n;;;;;;;;;;;;;;;;\n\n${bad}\n`));
    expect(found).toHaveLength(1);
    expect(found[0]!.row).toBe(4);
  });
});

describe("rows with mistakes", () => {
  it("names the row, the column and what to write, for every mistake in the row", () => {
    const bad = ROW.replace("22 33 44 55", "123").replace("mand", "hr.").replace("kortspil", "skak").replace("56,5667", "12");
    const reading = readVolunteerCsv(`${HEADER}\n${ROW.replace("Soeren@", "anden@")}\n${bad}`);
    expect(rows(reading)[0]!.value).not.toBeNull();
    expect(rows(reading)[1]!.value).toBeNull();
    expect(errorsOf(reading)).toEqual([
      "Række 3, køn: Skriv kvinde, mand eller andet",
      "Række 3, interesser: Kender ikke interessen »skak«. Skriv fx havearbejde, kortspil",
      `Række 3, telefon: ${messages.phone}`,
      `Række 3, breddegrad: ${messages.latitude}`,
    ]);
  });

  it("refuses future dates, unknown statuses and empty required cells", () => {
    const bad = ROW.replace("01-08-2025", "01-08-2999").replace(";aktiv;", ";måske;").replace("Skive midtby", "");
    expect(errorsOf(readVolunteerCsv(`${HEADER}\n${bad}`))).toEqual([
      "Række 2, status: Skriv aktiv, pause eller stoppet",
      "Række 2, område: Skriv område eller bydel, fx Skive midtby",
      `Række 2, straffeattest_dato: ${messages.dateNotInFuture}`,
    ]);
  });

  it("refuses the second row with the same email", () => {
    const reading = readVolunteerCsv(`${HEADER}\n${ROW}\n${ROW.replace("Søren", "Svend").replace("Soeren@", "SOEREN@")}`);
    expect(errorsOf(reading)).toEqual([`Række 3, email: ${messages.csvDuplicateEmail(2)}`]);
  });

  it("refuses cells beyond the headers", () => {
    expect(errorsOf(readVolunteerCsv(`${HEADER}\n${ROW};ekstra`))).toEqual([`Række 2: ${messages.csvTooManyCells}`]);
  });
});

describe("files that cannot be imported", () => {
  it.each([
    ["no rows", `${HEADER}\n`, messages.csvEmpty],
    ["an empty file", "", messages.csvEmpty],
    ["missing columns", "fornavn;efternavn\nBo;Berg", messages.csvMissingColumns(["email", "telefon", "køn", "interesser", "sprog", "område", "breddegrad", "længdegrad", "radius_km", "kapacitet", "tider"])],
    ["an unclosed quote", `${HEADER}\n"Bo;Berg`, messages.csvUnreadable],
    ["too many rows", `${HEADER}\n${`${ROW}\n`.repeat(CSV_MAX_ROWS + 1)}`, messages.csvTooManyRows(CSV_MAX_ROWS + 1, CSV_MAX_ROWS)],
  ])("%s", (_case, text, message) => {
    expect(readVolunteerCsv(text)).toEqual({ ok: false, message });
  });
});

describe("writing the CSV", () => {
  const volunteer: VolunteerCsvValues = {
    firstName: "=HYPERLINK(\"http://x\")",
    lastName: "-Jensen",
    email: "birthe@example.dk",
    phone: "22334455",
    gender: "female",
    interests: ["havearbejde", "kaffe og snak"],
    languages: ["da", "ar"],
    area: "@Skive; midtby",
    lat: 56.5667,
    lng: 9.0333,
    radiusKm: 2.5,
    capacity: 3,
    car: false,
    tavshedserklaeringSignedOn: "2025-09-01",
    straffeattestDate: null,
    status: "paused",
    slots: ["mon-am", "sun-eve"],
  };

  it("starts with a byte-order mark, uses semicolons and guards formulas", () => {
    const csv = volunteersToCsv([volunteer]);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const line = csv.split("\r\n")[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://x"")";'-Jensen;`);
    expect(line).toContain(`;"'@Skive; midtby";56,5667;9,0333;2,5;3;nej;2025-09-01;;pause;mandag formiddag, søndag aften`);
    expect(line).toContain(";kvinde;havearbejde, kaffe og snak;dansk, arabisk;");
  });

  it("reads back as the same volunteer", () => {
    const [row] = rows(readVolunteerCsv(volunteersToCsv([volunteer])));
    expect(row!.errors).toEqual([]);
    expect(row!.value).toEqual({ ...volunteer, straffeattestDate: undefined });
  });

  it("offers a template whose example row is valid", () => {
    const [row] = rows(readVolunteerCsv(volunteerCsvTemplate()));
    expect(row!.errors).toEqual([]);
    expect(row!.name).toBe("Birthe Jensen");
  });
});
