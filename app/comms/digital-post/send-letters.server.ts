// Sends a municipality's pending letters through the Digital Post gateway, one MeMo
// message each. A letter that went is no longer pending (nobody prints it too); one
// that did not stays in the queue with the gateway's reason beside it.
import type { SessionUser } from "../../auth/sessions.server";
import { audit } from "../../data/audit.server";
import type { Database } from "../../data/db.server";
import {
  lettersToDeliver,
  listPendingLetters,
  markSentByDigitalPost,
  recordDigitalPostError,
} from "../../data/letters.server";
import { memoFor } from "../letter-export.server";
import { DigitalPostError, type DigitalPostGateway } from "./gateway.server";

export interface SendOutcome {
  sent: number;
  failed: Array<{ letterId: string; name: string; error: string }>;
  /** Letters Digital Post cannot reach (no CPR, no CVR): for print. */
  notAddressable: number;
  /** Set when the gateway as a whole failed, so the rest were not tried. */
  stoppedBecause: string | null;
}

export async function sendPendingByDigitalPost(
  db: Database,
  gateway: DigitalPostGateway,
  municipalityId: string,
  user: SessionUser,
): Promise<SendOutcome> {
  const pending = await listPendingLetters(db, municipalityId);
  const letters = await lettersToDeliver(db, { letterIds: pending.map((l) => l.id) });
  const outcome: SendOutcome = { sent: 0, failed: [], notAddressable: 0, stoppedBecause: null };

  for (const letter of letters) {
    const memo = memoFor(letter);
    if (!("xml" in memo)) {
      outcome.notAddressable++;
      continue;
    }
    const name = `${letter.first_name} ${letter.last_name}`;
    try {
      await gateway.send({ uuid: letter.id, xml: memo.xml });
    } catch (error) {
      if (!(error instanceof DigitalPostError)) throw error;
      await recordDigitalPostError(db, letter.id, error.userMessage);
      outcome.failed.push({ letterId: letter.id, name, error: error.userMessage });
      if (!error.onlyThisLetter) {
        // Down, slow or locked out: every further letter would fail the same way.
        outcome.stoppedBecause = error.userMessage;
        break;
      }
      continue;
    }
    await db.transaction().execute(async (trx) => {
      await markSentByDigitalPost(trx, letter.id);
      await audit(trx, {
        userId: user.id,
        action: "export",
        entity: "letter",
        entityId: letter.id,
        purpose: "Brev sendt med Digital Post",
        details: { citizenId: letter.citizen_id },
      });
    });
    outcome.sent++;
  }
  return outcome;
}
