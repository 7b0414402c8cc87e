import type { EmailKind, SendFailure } from "../../db/schema";
import type { Executor } from "./executor";

/** An email the worker gave up on, as the citizen's coordinator needs to see it. */
export interface DeadLetter {
  id: string;
  kind: EmailKind;
  recipient: string;
  subject: string;
  createdAt: string;
  attempts: number;
  lastAttempt: { at: string | null; failure: SendFailure | null; smtpResponse: string | null; error: string | null };
  citizen: { id: string; name: string; email: string | null; contactChannel: "email" | "letter" };
  contactPersonName: string | null;
  /** What the proposal behind the message offered, when there is one. */
  proposal: { volunteerFirstName: string | null; activityTitle: string | null; associationName: string } | null;
}

function deadLetters(db: Executor, municipalityId: string) {
  return db
    .selectFrom("outbox as o")
    .innerJoin("citizen as c", "c.id", "o.citizen_id")
    .leftJoin("app_user as contact", "contact.id", "c.contact_person_id")
    .leftJoin("match_proposal as p", "p.id", "o.proposal_id")
    .leftJoin("volunteer as v", "v.id", "p.volunteer_id")
    .leftJoin("activity as act", "act.id", "p.activity_id")
    .leftJoin("association as s", "s.id", "p.association_id")
    .select((eb) => {
      const lastFailed = eb
        .selectFrom("outbox_attempt as a")
        .whereRef("a.outbox_id", "=", "o.id")
        .where("a.outcome", "=", "failed")
        .orderBy("a.attempt", "desc")
        .limit(1);
      return [
        "o.id",
        "o.kind",
        "o.recipient",
        "o.subject",
        "o.created_at",
        "c.id as citizen_id",
        "c.first_name",
        "c.last_name",
        "c.email",
        "c.contact_channel",
        "contact.name as contact_name",
        "v.first_name as volunteer_first_name",
        "act.title as activity_title",
        "s.name as association_name",
        lastFailed.select("a.failure").as("failure"),
        lastFailed.select("a.smtp_response").as("smtp_response"),
        lastFailed.select("a.error").as("error"),
        lastFailed.select("a.finished_at").as("failed_at"),
        eb
          .selectFrom("outbox_attempt as n")
          .select((n) => n.fn.countAll<number>().as("n"))
          .whereRef("n.outbox_id", "=", "o.id")
          .as("attempt_count"),
      ];
    })
    .where("o.status", "=", "dead")
    .where("c.municipality_id", "=", municipalityId);
}

type Row = Awaited<ReturnType<ReturnType<typeof deadLetters>["execute"]>>[number];

function toDeadLetter(r: Row): DeadLetter {
  return {
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    subject: r.subject,
    createdAt: r.created_at,
    attempts: Number(r.attempt_count ?? 0),
    lastAttempt: { at: r.failed_at, failure: r.failure, smtpResponse: r.smtp_response, error: r.error },
    citizen: { id: r.citizen_id, name: `${r.first_name} ${r.last_name}`, email: r.email, contactChannel: r.contact_channel },
    contactPersonName: r.contact_name,
    proposal: r.association_name
      ? { volunteerFirstName: r.volunteer_first_name, activityTitle: r.activity_title, associationName: r.association_name }
      : null,
  };
}

/** The municipality's dead letters about its citizens, newest first. */
export async function listDeadLetters(db: Executor, municipalityId: string): Promise<DeadLetter[]> {
  const rows = await deadLetters(db, municipalityId).orderBy("o.created_at", "desc").limit(200).execute();
  return rows.map(toDeadLetter);
}

export async function getDeadLetter(db: Executor, municipalityId: string, id: string): Promise<DeadLetter | undefined> {
  const row = await deadLetters(db, municipalityId).where("o.id", "=", id).executeTakeFirst();
  return row ? toDeadLetter(row) : undefined;
}

export async function countDeadLetters(db: Executor, municipalityId: string): Promise<number> {
  const row = await db
    .selectFrom("outbox as o")
    .innerJoin("citizen as c", "c.id", "o.citizen_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("o.status", "=", "dead")
    .where("c.municipality_id", "=", municipalityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
