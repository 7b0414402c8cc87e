import { sql } from "kysely";
import type { MatchProposalRow } from "../../db/schema";
import { addDays, dateInDenmark } from "../domain/pathway/working-days";
import type { DeclineReason } from "../domain/proposals/inbox";
import { relevantBarriers } from "../domain/sharing/relevant-barriers";
import type { Barrier, Slot } from "../domain/vocabulary";
import { type Executor, nowIso, parseList } from "./executor";

export type Answer = NonNullable<MatchProposalRow["answer"]>;

export interface NewProposal {
  citizenId: string;
  kind: MatchProposalRow["kind"];
  targetId: string;
  associationId: string;
  score: number;
  reasons: string[];
  proposedBy: string;
}

export async function createProposal(db: Executor, p: NewProposal): Promise<string> {
  const id = crypto.randomUUID();
  const proposedAt = nowIso();
  const { days } = await db
    .selectFrom("citizen")
    .innerJoin("municipality", "municipality.id", "citizen.municipality_id")
    .select("municipality.proposal_response_days as days")
    .where("citizen.id", "=", p.citizenId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto("match_proposal")
    .values({
      id,
      citizen_id: p.citizenId,
      kind: p.kind,
      volunteer_id: p.kind === "volunteer" ? p.targetId : null,
      activity_id: p.kind === "activity" ? p.targetId : null,
      association_id: p.associationId,
      score: p.score,
      reasons: JSON.stringify(p.reasons),
      status: "proposed",
      proposed_by: p.proposedBy,
      proposed_at: proposedAt,
      respond_by: addDays(dateInDenmark(proposedAt), days),
    })
    .execute();
  return id;
}

function withTargets(db: Executor) {
  return db
    .selectFrom("match_proposal")
    .innerJoin("association", "association.id", "match_proposal.association_id")
    .leftJoin("volunteer", "volunteer.id", "match_proposal.volunteer_id")
    .leftJoin("activity", "activity.id", "match_proposal.activity_id")
    .selectAll("match_proposal")
    .select([
      "association.name as association_name",
      "volunteer.first_name as volunteer_first_name",
      "volunteer.last_name as volunteer_last_name",
      "activity.title as activity_title",
    ]);
}

export interface ProposalSummary {
  id: string;
  kind: MatchProposalRow["kind"];
  targetId: string;
  targetName: string;
  associationName: string;
  score: number;
  reasons: string[];
  status: MatchProposalRow["status"];
  proposedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  answer: MatchProposalRow["answer"];
  answeredAt: string | null;
  respondBy: string;
  declineReason: DeclineReason | null;
  firstVisitOn: string | null;
}

type Joined = MatchProposalRow & {
  association_name: string;
  volunteer_first_name: string | null;
  volunteer_last_name: string | null;
  activity_title: string | null;
};

function toSummary(row: Joined): ProposalSummary {
  return {
    id: row.id,
    kind: row.kind,
    targetId: (row.volunteer_id ?? row.activity_id) as string,
    targetName:
      row.kind === "volunteer"
        ? `${row.volunteer_first_name ?? ""} ${row.volunteer_last_name ?? ""}`.trim()
        : (row.activity_title ?? ""),
    associationName: row.association_name,
    score: row.score,
    reasons: parseList(row.reasons),
    status: row.status,
    proposedAt: row.proposed_at,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    answer: row.answer,
    answeredAt: row.answered_at,
    respondBy: row.respond_by,
    declineReason: row.decline_reason as DeclineReason | null,
    firstVisitOn: row.first_visit_on,
  };
}

export async function listProposalsForCitizen(
  db: Executor,
  citizenId: string,
): Promise<ProposalSummary[]> {
  const rows = await withTargets(db)
    .where("match_proposal.citizen_id", "=", citizenId)
    .orderBy("match_proposal.proposed_at", "desc")
    .execute();
  return rows.map(toSummary);
}

const declinedProposals = (db: Executor) =>
  db
    .selectFrom("match_proposal")
    .select(["match_proposal.citizen_id", "match_proposal.volunteer_id", "match_proposal.activity_id"])
    .where("match_proposal.answer", "=", "no");

const targetOf = (r: { volunteer_id: string | null; activity_id: string | null }) =>
  (r.volunteer_id ?? r.activity_id) as string;

/** Targets the citizen said no to, so matching never suggests them again. */
export async function listDeclinedTargets(db: Executor, citizenId: string): Promise<string[]> {
  const rows = await declinedProposals(db).where("match_proposal.citizen_id", "=", citizenId).execute();
  return rows.map(targetOf);
}

/** The same for every citizen of a municipality at once, by citizen id. */
export async function listDeclinedTargetsInMunicipality(
  db: Executor,
  municipalityId: string,
): Promise<Map<string, string[]>> {
  const rows = await declinedProposals(db)
    .innerJoin("citizen", "citizen.id", "match_proposal.citizen_id")
    .where("citizen.municipality_id", "=", municipalityId)
    .execute();
  const byCitizen = new Map<string, string[]>();
  for (const row of rows) {
    const targets = byCitizen.get(row.citizen_id);
    if (targets) targets.push(targetOf(row));
    else byCitizen.set(row.citizen_id, [targetOf(row)]);
  }
  return byCitizen;
}

export interface AssociationDecline {
  citizenId: string;
  targetId: string;
  decidedAt: string | null;
  reason: DeclineReason | null;
  note: string | null;
}

/** Proposals the associations turned down, for every citizen of a municipality, newest first. */
export async function listAssociationDeclinesInMunicipality(
  db: Executor,
  municipalityId: string,
): Promise<AssociationDecline[]> {
  const rows = await db
    .selectFrom("match_proposal")
    .innerJoin("citizen", "citizen.id", "match_proposal.citizen_id")
    .select([
      "match_proposal.citizen_id",
      "match_proposal.volunteer_id",
      "match_proposal.activity_id",
      "match_proposal.decided_at",
      "match_proposal.decline_reason",
      "match_proposal.decision_note",
    ])
    .where("citizen.municipality_id", "=", municipalityId)
    .where("match_proposal.status", "=", "declined")
    .orderBy("match_proposal.decided_at", "desc")
    .execute();
  return rows.map((r) => ({
    citizenId: r.citizen_id,
    targetId: targetOf(r),
    decidedAt: r.decided_at,
    reason: r.decline_reason as DeclineReason | null,
    note: r.decision_note,
  }));
}

/**
 * Targets with a proposal still in play for the citizen: awaiting the association,
 * or accepted and not turned down by the citizen. Proposing one again would
 * double-count the volunteer's load and send the association a duplicate.
 */
export async function listActiveProposalTargets(db: Executor, citizenId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("match_proposal")
    .select(["volunteer_id", "activity_id"])
    .where("citizen_id", "=", citizenId)
    .where((w) =>
      w.or([
        w("status", "=", "proposed"),
        w.and([w("status", "=", "accepted"), w(sql`coalesce(answer, '')`, "!=", "no")]),
      ]),
    )
    .execute();
  return rows.map((r) => (r.volunteer_id ?? r.activity_id) as string);
}

/**
 * What a bridge-builder sees of a proposal: the minimum the association needs to
 * prepare a visit, and only while the citizen's consent to share is in force
 * (`citizen` is null otherwise). Never the street, phone, email or last name.
 */
export interface InboxItem {
  id: string;
  citizenId: string;
  kind: MatchProposalRow["kind"];
  targetName: string;
  volunteerId: string | null;
  citizen: {
    firstName: string;
    area: string;
    interests: string[];
    barriers: Barrier[];
    slots: Slot[];
    languages: string[];
  } | null;
  /** The municipality's person to call: the citizen's contact person, else the proposer. */
  coordinator: { name: string; phone: string };
  reasons: string[];
  status: MatchProposalRow["status"];
  proposedAt: string;
  respondBy: string;
  decidedAt: string | null;
  decisionNote: string | null;
  declineReason: DeclineReason | null;
  answer: MatchProposalRow["answer"];
  firstVisitOn: string | null;
}

export async function listInbox(db: Executor, associationId: string | null): Promise<InboxItem[]> {
  let query = withTargets(db)
    .innerJoin("citizen", "citizen.id", "match_proposal.citizen_id")
    .innerJoin("app_user as proposer", "proposer.id", "match_proposal.proposed_by")
    .leftJoin("app_user as contact", "contact.id", "citizen.contact_person_id")
    .select((eb) => [
      "citizen.first_name as citizen_first_name",
      "citizen.postcode as citizen_postcode",
      "citizen.city as citizen_city",
      "citizen.interests as citizen_interests",
      "citizen.barriers as citizen_barriers",
      "citizen.slots as citizen_slots",
      "citizen.languages as citizen_languages",
      "proposer.name as proposer_name",
      "proposer.phone as proposer_phone",
      "contact.name as contact_name",
      "contact.phone as contact_phone",
      eb
        .exists(
          eb
            .selectFrom("consent")
            .select("consent.id")
            .whereRef("consent.citizen_id", "=", "citizen.id")
            .where("consent.scope", "=", "share_with_associations")
            .where("consent.withdrawn_at", "is", null),
        )
        .as("consented"),
    ])
    .orderBy("match_proposal.proposed_at", "desc");
  if (associationId) query = query.where("match_proposal.association_id", "=", associationId);
  const rows = await query.execute();
  return rows.map((row) => {
    const s = toSummary(row);
    return {
      id: s.id,
      citizenId: row.citizen_id,
      kind: s.kind,
      targetName: s.targetName,
      volunteerId: row.volunteer_id,
      citizen: row.consented
        ? {
            firstName: row.citizen_first_name,
            area: `${row.citizen_postcode} ${row.citizen_city}`,
            interests: parseList(row.citizen_interests),
            barriers: relevantBarriers(row.kind, parseList<Barrier>(row.citizen_barriers)),
            slots: parseList<Slot>(row.citizen_slots),
            languages: parseList(row.citizen_languages),
          }
        : null,
      coordinator: row.contact_name
        ? { name: row.contact_name, phone: row.contact_phone ?? "" }
        : { name: row.proposer_name, phone: row.proposer_phone },
      // The reasons speak of the citizen too ("Deler interesse: havearbejde").
      reasons: row.consented ? s.reasons : [],
      status: s.status,
      proposedAt: s.proposedAt,
      respondBy: row.respond_by,
      decidedAt: s.decidedAt,
      decisionNote: s.decisionNote,
      declineReason: row.decline_reason as DeclineReason | null,
      answer: s.answer,
      firstVisitOn: row.first_visit_on,
    };
  });
}

export function getProposal(db: Executor, id: string) {
  return db.selectFrom("match_proposal").selectAll().where("id", "=", id).executeTakeFirst();
}

export interface Decision {
  decision: "accepted" | "declined";
  decidedBy: string;
  note: string | null;
  declineReason?: DeclineReason | null;
  /** The association's own volunteer who takes the visit instead of the one proposed. */
  volunteerId?: string | null;
}

/** Decides an open proposal; false when someone else already decided it. */
export async function decideProposal(db: Executor, id: string, d: Decision): Promise<boolean> {
  const result = await db
    .updateTable("match_proposal")
    .set({
      status: d.decision,
      decided_by: d.decidedBy,
      decided_at: nowIso(),
      decision_note: d.note,
      decline_reason: d.declineReason ?? null,
      ...(d.volunteerId ? { volunteer_id: d.volunteerId } : {}),
    })
    .where("id", "=", id)
    .where("status", "=", "proposed")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Sets the proposal's current answer; the reply page also keeps the history (reply-answers.server.ts). */
export async function recordAnswer(db: Executor, id: string, answer: Answer, at = nowIso()): Promise<void> {
  await db
    .updateTable("match_proposal")
    .set({ answer, answered_at: at })
    .where("id", "=", id)
    .execute();
}

/** Records the first visit the association confirms; false unless the proposal may have one. */
export async function recordFirstVisit(
  db: Executor,
  visit: { proposalId: string; associationId: string | null; on: string; confirmedBy: string },
): Promise<boolean> {
  let query = db
    .updateTable("match_proposal")
    .set({ first_visit_on: visit.on, first_visit_confirmed_by: visit.confirmedBy })
    .where("id", "=", visit.proposalId)
    .where("status", "=", "accepted")
    .where(sql`coalesce(answer, '')`, "!=", "no");
  if (visit.associationId) query = query.where("association_id", "=", visit.associationId);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
