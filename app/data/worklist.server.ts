import { type WorklistItem, buildWorklist } from "../domain/pathway/worklist";
import { dateInDenmark } from "../domain/pathway/working-days";
import type { Executor } from "./executor";

export interface WorklistScope {
  municipalityId: string;
  /** Only citizens with this contact person ("Kun mine borgere"); null for all. */
  contactPersonId: string | null;
  today: string;
}

/** Everything due for the open pathways of one municipality, unsorted. */
export async function worklistFor(db: Executor, scope: WorklistScope): Promise<WorklistItem[]> {
  const municipality = await db
    .selectFrom("municipality")
    .select("response_target_working_days")
    .where("id", "=", scope.municipalityId)
    .executeTakeFirstOrThrow();

  // Every query starts from the open citizens in scope, so closed pathways and other
  // municipalities never reach the list.
  const citizens = () => {
    let query = db
      .selectFrom("citizen")
      .where("citizen.municipality_id", "=", scope.municipalityId)
      .where("citizen.status", "!=", "closed");
    // "Mine" includes new referrals nobody has taken yet: someone must pick them up.
    const mine = scope.contactPersonId;
    if (mine)
      query = query.where((eb) =>
        eb.or([eb("citizen.contact_person_id", "=", mine), eb("citizen.contact_person_id", "is", null)]),
      );
    return query;
  };
  const ref = (r: { citizen_id: string; first_name: string; last_name: string }) => ({
    citizenId: r.citizen_id,
    citizenName: `${r.first_name} ${r.last_name}`,
  });
  const names = ["citizen.id as citizen_id", "citizen.first_name", "citizen.last_name"] as const;

  const [tasks, nextSteps, referrals, followUps, proposals, answers] = await Promise.all([
    citizens()
      .innerJoin("citizen_task as t", "t.citizen_id", "citizen.id")
      .select([...names, "t.id", "t.title", "t.owner", "t.due_date"])
      .where("t.done_at", "is", null)
      .where("t.due_date", "<=", scope.today)
      .execute(),
    citizens()
      .innerJoin("guidance_note as g", "g.citizen_id", "citizen.id")
      .select([...names, "g.id", "g.next_step", "g.next_step_due"])
      .where("g.next_step_done_at", "is", null)
      .where("g.next_step_due", "<=", scope.today)
      .execute(),
    citizens()
      .leftJoin("referral as r", "r.citizen_id", "citizen.id")
      .select([...names, "citizen.created_at"])
      .select((eb) => eb.fn.max("r.referred_at").as("referred_at"))
      .where("citizen.status", "=", "referred")
      .groupBy(["citizen.id", "citizen.first_name", "citizen.last_name", "citizen.created_at"])
      .execute(),
    citizens()
      .innerJoin("follow_up as f", "f.citizen_id", "citizen.id")
      .select([...names, "f.id", "f.kind", "f.due_date"])
      .where("f.done_on", "is", null)
      .execute(),
    citizens()
      .innerJoin("match_proposal as p", "p.citizen_id", "citizen.id")
      .innerJoin("association as a", "a.id", "p.association_id")
      .select((eb) => [
        ...names,
        "p.id",
        "p.status",
        "p.proposed_at",
        "p.respond_by",
        "a.name as association_name",
        // The citizen's week to answer starts when the suggestion actually left: the
        // email handed to the mail server, or the letter printed (or sent digitally).
        eb
          .selectFrom("outbox as o")
          .select((o) => o.fn.min("o.sent_at").as("at"))
          .whereRef("o.proposal_id", "=", "p.id")
          .where("o.status", "=", "sent")
          .as("email_sent_at"),
        eb
          .selectFrom("letter as l")
          .select((l) => l.fn.min(l.fn.coalesce("l.printed_at", "l.digital_post_sent_at")).as("at"))
          .whereRef("l.proposal_id", "=", "p.id")
          .as("letter_sent_at"),
      ])
      .where((eb) =>
        eb.or([
          eb("p.status", "=", "proposed"),
          eb.and([eb("p.status", "=", "accepted"), eb("p.answer", "is", null)]),
        ]),
      )
      .execute(),
    citizens()
      .innerJoin("match_proposal as p", "p.citizen_id", "citizen.id")
      .innerJoin("reply_answer as r", "r.proposal_id", "p.id")
      .leftJoin("volunteer as v", "v.id", "p.volunteer_id")
      .leftJoin("activity as act", "act.id", "p.activity_id")
      .select((eb) => [
        ...names,
        "p.id as proposal_id",
        "r.answer",
        "r.answered_at",
        "v.first_name as volunteer_first_name",
        "v.last_name as volunteer_last_name",
        "act.title as activity_title",
        eb
          .exists(
            eb
              .selectFrom("reply_answer as before")
              .select("before.id")
              .whereRef("before.proposal_id", "=", "p.id")
              .whereRef("before.answered_at", "<", "r.answered_at"),
          )
          .as("changed"),
      ])
      .where("r.seen_at", "is", null)
      // Only the latest answer counts; earlier ones are history.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("reply_answer as later")
              .select("later.id")
              .whereRef("later.proposal_id", "=", "p.id")
              .whereRef("later.answered_at", ">", "r.answered_at"),
          ),
        ),
      )
      .execute(),
  ]);

  return buildWorklist({
    today: scope.today,
    responseTargetWorkingDays: municipality.response_target_working_days,
    tasks: tasks.flatMap((t) =>
      t.due_date
        ? [{ ...ref(t), id: t.id, title: t.title, owner: t.owner, dueDate: t.due_date }]
        : [],
    ),
    nextSteps: nextSteps.flatMap((g) =>
      g.next_step_due
        ? [{ ...ref(g), id: g.id, nextStep: g.next_step, dueDate: g.next_step_due }]
        : [],
    ),
    referrals: referrals.map((r) => ({
      ...ref(r),
      referredOn: dateInDenmark(r.referred_at ?? r.created_at),
    })),
    followUps: followUps.map((f) => ({ ...ref(f), id: f.id, kind: f.kind, dueDate: f.due_date })),
    proposals: proposals.flatMap((p) =>
      p.status === "declined"
        ? []
        : [
            {
              ...ref(p),
              id: p.id,
              status: p.status,
              associationName: p.association_name,
              proposedOn: dateInDenmark(p.proposed_at),
              respondBy: p.respond_by,
              sent: sentOn(p.email_sent_at, p.letter_sent_at),
            },
          ],
    ),
    answers: answers.flatMap((a) =>
      a.answer === "call"
        ? []
        : [
            {
              ...ref(a),
              proposalId: a.proposal_id,
              answer: a.answer,
              answeredOn: dateInDenmark(a.answered_at),
              targetName: a.activity_title ?? `${a.volunteer_first_name ?? ""} ${a.volunteer_last_name ?? ""}`.trim(),
              changed: Boolean(a.changed),
            },
          ],
    ),
  });
}

function sentOn(email: string | null, letter: string | null): { on: string; by: "letter" | "email" } | null {
  const first = [
    email ? { at: email, by: "email" as const } : null,
    letter ? { at: letter, by: "letter" as const } : null,
  ]
    .filter((s) => s !== null)
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  return first ? { on: dateInDenmark(first.at), by: first.by } : null;
}
