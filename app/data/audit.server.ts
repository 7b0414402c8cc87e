import type { AuditLogTable } from "../../db/schema";
import type { Executor } from "./executor";

interface AuditEntry {
  userId: string | null;
  action: AuditLogTable["action"];
  entity: "citizen" | "match_proposal" | "letter" | "outbox";
  entityId: string | null;
  purpose: string;
  details?: Record<string, unknown>;
}

/** Append-only record of who touched citizen data, when and why. */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: new Date().toISOString(),
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      purpose: entry.purpose,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
