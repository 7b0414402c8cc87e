import type { CsvCellError, CsvRow } from "../forms/volunteer-csv.server";
import { messages } from "../ui/messages";
import type { Executor } from "./executor";
import { createVolunteer, updateVolunteer } from "./volunteers.server";

// A CSV row becomes a new volunteer, or updates the association's volunteer with the
// same email; email is the key people keep stable across spreadsheets.

export type ImportOutcome = "new" | "update" | "error";

export interface PlannedRow {
  row: number;
  name: string;
  email: string;
  outcome: ImportOutcome;
  errors: CsvCellError[];
}

interface Plan {
  rows: PlannedRow[];
  writes: { row: CsvRow; volunteerId: string | null }[];
}

export async function planVolunteerImport(db: Executor, associationId: string, rows: CsvRow[]): Promise<Plan> {
  const existing = await db
    .selectFrom("volunteer")
    .select(["id", "email"])
    .where("association_id", "=", associationId)
    .execute();
  const idsByEmail = new Map<string, string[]>();
  for (const v of existing) idsByEmail.set(v.email, [...(idsByEmail.get(v.email) ?? []), v.id]);

  const plan: Plan = { rows: [], writes: [] };
  for (const r of rows) {
    const ids = idsByEmail.get(r.email) ?? [];
    const errors = r.value && ids.length > 1 ? [{ column: "email", message: messages.csvAmbiguousEmail }] : r.errors;
    const outcome: ImportOutcome = errors.length > 0 || !r.value ? "error" : ids.length === 1 ? "update" : "new";
    plan.rows.push({ row: r.row, name: r.name, email: r.email, outcome, errors });
    if (outcome !== "error") plan.writes.push({ row: r, volunteerId: ids[0] ?? null });
  }
  return plan;
}

/**
 * What the preview promised, row by row. The commit recomputes the plan and refuses
 * when it differs, so nothing is written that the user did not see.
 */
export const planFingerprint = (rows: readonly PlannedRow[]): string =>
  rows.map((r) => `${r.row}:${r.outcome}`).join(",");

/** Writes every valid row; call inside one transaction so a file is all or nothing. */
export async function writeVolunteerImport(
  db: Executor,
  associationId: string,
  plan: Plan,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const { row, volunteerId } of plan.writes) {
    const { status, ...profile } = row.value!;
    if (volunteerId) {
      await updateVolunteer(db, volunteerId, profile, status ?? undefined);
      updated += 1;
    } else {
      await createVolunteer(db, associationId, profile, status ?? "active");
      created += 1;
    }
  }
  return { created, updated };
}
