// Writing the volunteer CSV for Danish Excel: semicolons, a UTF-8 byte-order mark
// (without it Excel reads æøå as Windows-1252) and CRLF line ends. The columns are
// the import's, so an exported file imports back unchanged.
import { stringify } from "csv-stringify/sync";
import { type VolunteerCsvValues, volunteerCsvColumns } from "./csv-columns";

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a
 * formula, so text from users could run in whoever opens the file; an apostrophe
 * makes it text. The import strips it again.
 */
export const guardFormula = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

function toCsv(rows: string[][]): string {
  const header = volunteerCsvColumns.map((c) => c.header);
  return `\uFEFF${stringify([header, ...rows], { delimiter: ";", record_delimiter: "windows" })}`;
}

export function volunteersToCsv(volunteers: readonly VolunteerCsvValues[]): string {
  return toCsv(volunteers.map((v) => volunteerCsvColumns.map((c) => guardFormula(c.write(v)))));
}

/** The headers and one example row, to fill in. */
export function volunteerCsvTemplate(): string {
  return toCsv([volunteerCsvColumns.map((c) => c.example)]);
}
