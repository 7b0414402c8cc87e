import type { SessionUser } from "../auth/sessions.server";
import { audit } from "../data/audit.server";
import type { Database } from "../data/db.server";
import { getOutboxMessage, requeueDeadMessage } from "../data/outbox.server";

export type ResendOutcome =
  | { status: "resent"; recipient: string; readdressed: boolean }
  | "not-found"
  | "not-dead"
  | "no-email";

/**
 * "Send igen" on a dead letter: the same message (same Message-ID) goes back into the
 * outbox for a fresh series of retries. A suggestion to a citizen goes to the address
 * the citizen has now, so a coordinator who corrected a misspelt address only has to
 * press the button. A message about a citizen may only be resent by staff of the
 * citizen's municipality, and the resend is in the citizen's audit trail; messages
 * that concern no citizen (invitations, reminders) only by an administrator.
 */
export async function resendDeadEmail(db: Database, user: SessionUser, id: string): Promise<ResendOutcome> {
  const message = await getOutboxMessage(db, id);
  if (!message || !user.municipalityId) return "not-found";
  const citizen = message.citizen_id
    ? await db
        .selectFrom("citizen")
        .select(["id", "municipality_id", "email", "contact_channel"])
        .where("id", "=", message.citizen_id)
        .executeTakeFirst()
    : undefined;
  if (citizen ? citizen.municipality_id !== user.municipalityId : user.role !== "admin") return "not-found";
  if (message.status !== "dead") return "not-dead";

  let recipient = message.recipient;
  if (message.kind === "match_suggestion" && citizen) {
    // A citizen who now gets letters, or has no address, is not emailed behind their back.
    if (citizen.contact_channel !== "email" || !citizen.email) return "no-email";
    recipient = citizen.email;
  }

  const resent = await db.transaction().execute(async (trx) => {
    if (!(await requeueDeadMessage(trx, message.id, recipient))) return false;
    await audit(trx, {
      userId: user.id,
      action: "update",
      entity: citizen ? "citizen" : "outbox",
      entityId: citizen ? citizen.id : message.id,
      purpose: "E-mail, der ikke kunne sendes, er sendt igen",
      details: { outboxId: message.id, readdressed: recipient !== message.recipient },
    });
    return true;
  });
  return resent ? { status: "resent", recipient, readdressed: recipient !== message.recipient } : "not-dead";
}
