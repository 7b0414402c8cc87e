import { dateInDenmark } from "../domain/pathway/working-days";
import type { CloseReason, PathwayStatus, Role } from "../../db/schema";
import { type Decision, PATHWAY_STATUSES, decideTransition } from "../domain/pathway/states";
import { audit } from "./audit.server";

import { type Executor, nowIso } from "./executor";
import { planDefaultFollowUps } from "./follow-ups.server";

export interface PathwayEvent {
  id: string;
  fromStatus: PathwayStatus | null;
  toStatus: PathwayStatus;
  closeReason: CloseReason | null;
  note: string;
  byName: string | null;
  at: string;
}

export async function recordPathwayEvent(
  db: Executor,
  event: {
    citizenId: string;
    from: PathwayStatus | null;
    to: PathwayStatus;
    closeReason?: CloseReason | null;
    note?: string;
    byUser: string | null;
    at?: string;
  },
): Promise<void> {
  await db
    .insertInto("pathway_event")
    .values({
      id: crypto.randomUUID(),
      citizen_id: event.citizenId,
      from_status: event.from,
      to_status: event.to,
      close_reason: event.closeReason ?? null,
      note: event.note ?? "",
      by_user: event.byUser,
      at: event.at ?? nowIso(),
    })
    .execute();
}

export type MoveRefusal = Extract<Decision, { ok: false }>["refusal"] | { code: "stale" };
export type MoveResult = Decision | { ok: false; refusal: MoveRefusal };

/**
 * Moves a citizen one step along the pathway if the state machine allows it, and
 * logs the step. `expected` is the step the user saw: if someone else moved the
 * citizen meanwhile, nothing changes. The first start of the pathway plans the
 * default follow-ups. Run it inside a transaction.
 */
export async function moveCitizen(
  trx: Executor,
  move: {
    citizenId: string;
    expected: PathwayStatus;
    to: PathwayStatus;
    role: Role;
    userId: string;
    closeReason?: CloseReason | null;
    note?: string;
  },
): Promise<MoveResult> {
  const current = await trx
    .selectFrom("citizen")
    .select("status")
    .where("id", "=", move.citizenId)
    .executeTakeFirstOrThrow();
  if (current.status !== move.expected) return { ok: false, refusal: { code: "stale" } };
  const decision = decideTransition({
    from: current.status,
    to: move.to,
    role: move.role,
    closeReason: move.closeReason,
  });
  if (!decision.ok) return decision;
  const now = nowIso();
  await trx
    .updateTable("citizen")
    .set((eb) => ({
      status: decision.to,
      close_reason: decision.closeReason,
      closed_at: decision.to === "closed" ? now : null,
      updated_at: now,
      // A referral has no contact person yet: the coordinator who takes it becomes
      // the citizen's fixed contact person (Jammerbugt), until changed on purpose.
      contact_person_id:
        move.role === "coordinator"
          ? eb.fn.coalesce("contact_person_id", eb.val(move.userId))
          : eb.ref("contact_person_id"),
    }))
    .where("id", "=", move.citizenId)
    .execute();
  await recordPathwayEvent(trx, {
    citizenId: move.citizenId,
    from: current.status,
    to: decision.to,
    closeReason: decision.closeReason,
    note: move.note,
    byUser: move.userId,
    at: now,
  });
  await audit(trx, {
    userId: move.userId,
    action: "update",
    entity: "citizen",
    entityId: move.citizenId,
    purpose: "Forløbet flyttet til næste trin",
    details: { from: current.status, to: decision.to, closeReason: decision.closeReason },
  });
  if (decision.to === "in_progress") await planDefaultFollowUps(trx, move.citizenId, dateInDenmark());
  return decision;
}

/** Thrown by moveCitizenThrough so the caller's transaction undoes the steps already taken. */
export class PathwayRefused extends Error {
  constructor(readonly refusal: MoveRefusal) {
    super(`Pathway step refused: ${refusal.code}`);
  }
}

/**
 * Several steps in a row, as one change (a follow-up: in progress → follow-up →
 * closed). A refused step throws PathwayRefused; run it inside a transaction.
 */
export async function moveCitizenThrough(
  trx: Executor,
  move: Omit<Parameters<typeof moveCitizen>[1], "to"> & { steps: PathwayStatus[] },
): Promise<void> {
  let expected = move.expected;
  for (const to of move.steps) {
    const result = await moveCitizen(trx, { ...move, expected, to });
    if (!result.ok) throw new PathwayRefused(result.refusal);
    expected = to;
  }
}

export async function listPathwayEvents(db: Executor, citizenId: string): Promise<PathwayEvent[]> {
  const rows = await db
    .selectFrom("pathway_event")
    .leftJoin("app_user", "app_user.id", "pathway_event.by_user")
    .select([
      "pathway_event.id",
      "pathway_event.from_status",
      "pathway_event.to_status",
      "pathway_event.close_reason",
      "pathway_event.note",
      "pathway_event.at",
      "app_user.name as by_name",
    ])
    .where("pathway_event.citizen_id", "=", citizenId)
    .orderBy("pathway_event.at", "asc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    closeReason: r.close_reason,
    note: r.note,
    byName: r.by_name,
    at: r.at,
  }));
}

export interface PathwayCounts {
  byStep: Record<PathwayStatus, number>;
  /** Every recorded "no thank you": a citizen who declines twice counts twice. */
  declines: number;
}

/** How many citizens are at each step, and how many declines were ever recorded. */
export async function countPathway(db: Executor, municipalityId: string | null): Promise<PathwayCounts> {
  let steps = db
    .selectFrom("citizen")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("status");
  let declines = db
    .selectFrom("pathway_event")
    .innerJoin("citizen", "citizen.id", "pathway_event.citizen_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("pathway_event.close_reason", "=", "declined");
  if (municipalityId) {
    steps = steps.where("municipality_id", "=", municipalityId);
    declines = declines.where("citizen.municipality_id", "=", municipalityId);
  }
  const [rows, declined] = await Promise.all([steps.execute(), declines.executeTakeFirstOrThrow()]);
  const byStep = Object.fromEntries(PATHWAY_STATUSES.map((s) => [s, 0])) as Record<PathwayStatus, number>;
  for (const row of rows) byStep[row.status] = Number(row.n);
  return { byStep, declines: Number(declined.n) };
}
