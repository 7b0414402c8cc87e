// Reading an uploaded volunteer CSV: Danish Excel writes semicolons (sometimes
// commas), a UTF-8 byte-order mark, or Windows-1252 when saved as plain "CSV".
// Every row is validated with the volunteer form's own schema, so a row is accepted
// exactly when the same values typed into the form would be.
import { parse } from "csv-parse/sync";
import {
  CSV_MAX_BYTES,
  CSV_MAX_ROWS,
  type CsvColumn,
  headerKey,
  volunteerCsvColumns,
} from "../domain/volunteers/csv-columns";
import { messages } from "../ui/messages";
import { type VolunteerCsvInput, volunteerCsvRow } from "./volunteer";

export interface CsvCellError {
  /** The header of the column, as in the file's template. */
  column: string;
  message: string;
}

export interface CsvRow {
  /** The spreadsheet row number: the header is row 1. */
  row: number;
  name: string;
  email: string;
  errors: CsvCellError[];
  /** The validated values, when the row has no errors. */
  value: VolunteerCsvInput | null;
}

export type CsvReading =
  | { ok: false; message: string }
  | { ok: true; rows: CsvRow[]; ignoredHeaders: string[] };

/** The file's text: UTF-8 (with or without BOM), or Windows-1252 when not valid UTF-8. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Semicolon unless the header line has more commas than semicolons. */
function delimiterOf(text: string): ";" | "," {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(",") > count(";") ? "," : ";";
}

/**
 * A cell the export protected against formula injection ('=…, '+…, '-…, '@…) reads
 * back as typed, so an exported file imports unchanged.
 */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function readVolunteerCsv(text: string): CsvReading {
  if (text.length > CSV_MAX_BYTES) return { ok: false, message: messages.csvTooLarge };
  const content = text.replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(content, {
      delimiter: delimiterOf(content),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch {
    return { ok: false, message: messages.csvUnreadable };
  }
  const [headerRecord, ...body] = records;
  if (!headerRecord) return { ok: false, message: messages.csvEmpty };

  const byKey = new Map(volunteerCsvColumns.map((c) => [headerKey(c.header), c]));
  const positions: (CsvColumn | undefined)[] = headerRecord.map((h) => byKey.get(headerKey(h)));
  const ignoredHeaders = headerRecord.filter((h, i) => !positions[i] && h.trim() !== "");
  const missing = volunteerCsvColumns.filter((c) => !c.optional && !positions.includes(c));
  if (missing.length > 0) return { ok: false, message: messages.csvMissingColumns(missing.map((c) => c.header)) };

  // Spreadsheets leave rows of empty cells behind; they are not volunteers.
  const filled = body
    .map((cells, index) => ({ cells, row: index + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  if (filled.length === 0) return { ok: false, message: messages.csvEmpty };
  if (filled.length > CSV_MAX_ROWS) {
    return { ok: false, message: messages.csvTooManyRows(filled.length, CSV_MAX_ROWS) };
  }

  const rows = filled.map(({ cells, row }) => readRow(cells, row, positions, headerRecord.length));
  markDuplicateEmails(rows);
  return { ok: true, rows, ignoredHeaders };
}

function readRow(cells: string[], row: number, positions: (CsvColumn | undefined)[], width: number): CsvRow {
  const errors: CsvCellError[] = [];
  const form: Record<string, unknown> = {};
  const failed = new Set<string>();
  for (const column of volunteerCsvColumns) {
    const index = positions.indexOf(column);
    const reading = column.read(index === -1 ? "" : unguard(cells[index] ?? ""));
    if (reading.ok) form[column.field] = reading.value;
    else {
      failed.add(column.field);
      errors.push({ column: column.header, message: reading.message });
    }
  }
  if (cells.length > width && cells.slice(width).some((c) => c.trim() !== "")) {
    errors.push({ column: "", message: messages.csvTooManyCells });
  }
  const parsed = volunteerCsvRow.safeParse(form);
  if (!parsed.success) {
    const headerOf = new Map(volunteerCsvColumns.map((c) => [c.field, c.header]));
    const seen = new Set(failed);
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      // One message per cell, and none where the cell could not be read at all.
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ column: headerOf.get(field) ?? field, message: issue.message });
    }
  }
  const name = [form.firstName, form.lastName].filter((s) => typeof s === "string" && s !== "").join(" ");
  return {
    row,
    name,
    email: typeof form.email === "string" ? form.email : "",
    errors,
    value: parsed.success && errors.length === 0 ? parsed.data : null,
  };
}

/** The same email twice in a file would update one volunteer twice; the later row is refused. */
function markDuplicateEmails(rows: CsvRow[]): void {
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (!r.email) continue;
    const first = firstRow.get(r.email);
    if (first === undefined) firstRow.set(r.email, r.row);
    else {
      r.errors.push({ column: "email", message: messages.csvDuplicateEmail(first) });
      r.value = null;
    }
  }
}
