import { sql } from "kysely";
import type { MatchProposalRow } from "../../db/schema";
import { addDays, dateInDenmark } from "../domain/pathway/working-days";
import type { Barrier } from "../domain/vocabulary";
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

/** Targets the citizen said no to, so matching never suggests them again. */
export async function listDeclinedTargets(db: Executor, citizenId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("match_proposal")
    .select(["volunteer_id", "activity_id"])
    .where("citizen_id", "=", citizenId)
    .where("answer", "=", "no")
    .execute();
  return rows.map((r) => (r.volunteer_id ?? r.activity_id) as string);
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
 * prepare a visit (first name, area, interests, barriers that matter for the visit).
 */
export interface InboxItem {
  id: string;
  kind: MatchProposalRow["kind"];
  targetName: string;
  citizenFirstName: string;
  citizenArea: string;
  citizenInterests: string[];
  citizenBarriers: Barrier[];
  reasons: string[];
  status: MatchProposalRow["status"];
  proposedAt: string;
  decidedAt: string | null;
  answer: MatchProposalRow["answer"];
}

export async function listInbox(
  db: Executor,
  associationId: string | null,
): Promise<InboxItem[]> {
  let query = withTargets(db)
    .innerJoin("citizen", "citizen.id", "match_proposal.citizen_id")
    .select([
      "citizen.first_name as citizen_first_name",
      "citizen.city as citizen_city",
      "citizen.interests as citizen_interests",
      "citizen.barriers as citizen_barriers",
    ])
    .orderBy("match_proposal.status", "desc")
    .orderBy("match_proposal.proposed_at", "desc");
  if (associationId) query = query.where("match_proposal.association_id", "=", associationId);
  const rows = await query.execute();
  return rows.map((row) => {
    const s = toSummary(row);
    return {
      id: s.id,
      kind: s.kind,
      targetName: s.targetName,
      citizenFirstName: row.citizen_first_name,
      citizenArea: row.citizen_city,
      citizenInterests: parseList(row.citizen_interests),
      citizenBarriers: parseList<Barrier>(row.citizen_barriers),
      reasons: s.reasons,
      status: s.status,
      proposedAt: s.proposedAt,
      decidedAt: s.decidedAt,
      answer: s.answer,
    };
  });
}

export function getProposal(db: Executor, id: string) {
  return db.selectFrom("match_proposal").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Decides an open proposal; false when someone else already decided it. */
export async function decideProposal(
  db: Executor,
  id: string,
  decision: "accepted" | "declined",
  decidedBy: string,
  note: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable("match_proposal")
    .set({ status: decision, decided_by: decidedBy, decided_at: nowIso(), decision_note: note })
    .where("id", "=", id)
    .where("status", "=", "proposed")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function recordAnswer(db: Executor, id: string, answer: Answer): Promise<void> {
  await db
    .updateTable("match_proposal")
    .set({ answer, answered_at: nowIso() })
    .where("id", "=", id)
    .execute();
}
