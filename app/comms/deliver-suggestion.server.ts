import { matchSuggestionEmail } from "../../emails/match-suggestion";
import type { SessionUser } from "../auth/sessions.server";
import { getActivity } from "../data/activities.server";
import { audit } from "../data/audit.server";
import { getCitizen, hasSharingConsent } from "../data/citizens.server";
import type { Database } from "../data/db.server";
import { saveLetter } from "../data/letters.server";
import { getMunicipality } from "../data/organisations.server";
import { enqueueEmail } from "../data/outbox.server";
import { listOfferableVolunteers } from "../data/offerable-volunteers.server";
import { volunteerFit } from "../data/volunteer-fit.server";
import { decideProposal, getProposal } from "../data/proposals.server";
import type { DeclineReason } from "../domain/proposals/inbox";
import { newReplyCredentials, saveReplyCredentials } from "../data/replies.server";
import { getContactPerson } from "../data/users.server";
import { getVolunteer } from "../data/volunteers.server";
import { publicUrl } from "../env.server";
import { formatRecurring } from "../ui/format";
import { renderSuggestionLetter } from "./letter.server";
import type { SuggestionMessage } from "./suggestion";

export type DecisionOutcome =
  | "accepted"
  | "declined"
  | "already-decided"
  | "not-found"
  | "volunteer-not-allowed"
  | { breaksRule: string }
  | "no-consent";

export interface DecisionDetails {
  declineReason?: DeclineReason;
  /** On acceptance: another of the association's own volunteers takes the visit. */
  volunteerId?: string;
}

/**
 * The bridge-builder's decision. On acceptance the citizen is told in the same
 * transaction: an email goes into the outbox (sent later by the worker, never
 * inside the transaction) or a letter PDF is stored for printing.
 */
export async function decideAndNotify(
  db: Database,
  user: SessionUser,
  proposalId: string,
  decision: "accept" | "decline",
  note: string | null,
  details: DecisionDetails = {},
): Promise<DecisionOutcome> {
  const found = await getProposal(db, proposalId);
  if (!found || (user.role !== "admin" && found.association_id !== user.associationId)) {
    return "not-found";
  }
  if (found.status !== "proposed") return "already-decided";
  // Taking the citizen on shares them with the association: only with consent in force.
  if (decision === "accept" && !(await hasSharingConsent(db, found.citizen_id))) return "no-consent";
  const swap =
    decision === "accept" && found.kind === "volunteer" && details.volunteerId && details.volunteerId !== found.volunteer_id
      ? details.volunteerId
      : null;
  if (swap) {
    const allowed = await listOfferableVolunteers(db, found.association_id);
    if (!allowed.some((v) => v.id === swap)) return "volunteer-not-allowed";
    const citizen = await getCitizen(db, found.citizen_id, null);
    const fit = citizen ? await volunteerFit(db, citizen, swap) : null;
    if (fit?.kind === "excluded") return { breaksRule: fit.reason };
  }
  // The citizen is told about the volunteer who will actually come.
  const proposal = swap ? { ...found, volunteer_id: swap } : found;

  if (decision === "decline") {
    const decided = await db.transaction().execute(async (trx) => {
      const decided = await decideProposal(trx, proposalId, {
        decision: "declined",
        decidedBy: user.id,
        note,
        declineReason: details.declineReason ?? null,
      });
      if (!decided) return false;
      await audit(trx, {
        userId: user.id,
        action: "update",
        entity: "match_proposal",
        entityId: proposalId,
        purpose: "Foreningen afviste forslaget",
        details: details.declineReason ? { reason: details.declineReason } : {},
      });
      return true;
    });
    return decided ? "declined" : "already-decided";
  }

  const credentials = newReplyCredentials();
  const { message, citizen } = await buildMessage(db, proposal, credentials);
  // Rendering happens before the transaction so the write lock is held briefly.
  const delivery =
    citizen.contactChannel === "email" && citizen.email
      ? { kind: "email" as const, to: citizen.email, ...matchSuggestionEmail(message) }
      : { kind: "letter" as const, pdf: await renderSuggestionLetter(message), message };

  const accepted = await db.transaction().execute(async (trx) => {
    const decided = await decideProposal(trx, proposalId, {
      decision: "accepted",
      decidedBy: user.id,
      note,
      volunteerId: swap,
    });
    if (!decided) return false;
    await saveReplyCredentials(trx, proposalId, credentials);
    if (delivery.kind === "email") {
      await enqueueEmail(trx, {
        proposalId,
        citizenId: citizen.id,
        kind: "match_suggestion",
        recipient: delivery.to,
        subject: delivery.subject,
        html: delivery.html,
        text: delivery.text,
        messageIdDomain: new URL(publicUrl("/")).hostname,
      });
    } else {
      await saveLetter(trx, { proposalId, citizenId: citizen.id, pdf: delivery.pdf, message: delivery.message });
    }
    await audit(trx, {
      userId: user.id,
      action: "update",
      entity: "match_proposal",
      entityId: proposalId,
      purpose: `Foreningen accepterede; forslaget sendes som ${delivery.kind === "email" ? "e-mail" : "brev"}`,
      details: swap ? { volunteerId: swap, proposedVolunteerId: found.volunteer_id } : {},
    });
    return true;
  });
  return accepted ? "accepted" : "already-decided";
}

async function buildMessage(
  db: Database,
  proposal: NonNullable<Awaited<ReturnType<typeof getProposal>>>,
  credentials: ReturnType<typeof newReplyCredentials>,
): Promise<{ message: SuggestionMessage; citizen: NonNullable<Awaited<ReturnType<typeof getCitizen>>> }> {
  const citizen = await getCitizen(db, proposal.citizen_id, null);
  if (!citizen) throw new Error(`proposal ${proposal.id} has no citizen`);
  const [municipality, contact] = await Promise.all([
    getMunicipality(db, citizen.municipalityId),
    citizen.contactPersonId ? getContactPerson(db, citizen.contactPersonId) : undefined,
  ]);
  if (!municipality) throw new Error(`citizen ${citizen.id} has no municipality`);

  let suggestion: SuggestionMessage["suggestion"];
  if (proposal.kind === "volunteer" && proposal.volunteer_id) {
    const volunteer = await getVolunteer(db, proposal.volunteer_id);
    if (!volunteer) throw new Error(`proposal ${proposal.id} has no volunteer`);
    suggestion = {
      kind: "volunteer",
      volunteerFirstName: volunteer.firstName,
      associationName: volunteer.associationName,
      interests: volunteer.interests.filter((i) => citizen.interests.includes(i)),
    };
  } else {
    const activity = proposal.activity_id ? await getActivity(db, proposal.activity_id) : undefined;
    if (!activity) throw new Error(`proposal ${proposal.id} has no activity`);
    suggestion = {
      kind: "activity",
      title: activity.title,
      associationName: activity.associationName,
      when: formatRecurring(activity.weekday, activity.startTime, activity.endTime),
      place: `${activity.address}, ${activity.postcode} ${activity.city}`,
    };
  }

  const message: SuggestionMessage = {
    citizen: {
      firstName: citizen.firstName,
      fullName: `${citizen.firstName} ${citizen.lastName}`,
      addressLines: [citizen.address, `${citizen.postcode} ${citizen.city}`],
    },
    sender: {
      municipality: municipality.name,
      department: municipality.department,
      addressLines: municipality.addressLines,
    },
    contact: {
      name: contact?.name ?? municipality.department,
      phone: contact?.phone || municipality.phone,
      hours: "hverdage kl. 9–12",
    },
    suggestion,
    reply: {
      url: publicUrl(`/svar/${credentials.token}`),
      shortCode: credentials.shortCode,
      codeUrl: publicUrl("/svar"),
      expiresOn: credentials.expiresAt,
    },
    date: new Date(),
  };
  return { message, citizen };
}
