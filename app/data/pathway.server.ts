import type { CloseReason, PathwayStatus, Role } from "../../db/schema";
import { type Decision, decideTransition } from "../domain/pathway/states";
import { audit } from "./audit.server";
import { type Executor, nowIso } from "./executor";

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

export type MoveResult = Decision | { ok: false; refusal: { code: "stale" } };

/**
 * Moves a citizen one step along the pathway if the state machine allows it, and
 * logs the step. `expected` is the step the user saw: if someone else moved the
 * citizen meanwhile, nothing changes. Run it inside a transaction.
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
    .set({
      status: decision.to,
      close_reason: decision.closeReason,
      closed_at: decision.to === "closed" ? now : null,
      updated_at: now,
    })
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
  return decision;
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
