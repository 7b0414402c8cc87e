import type { FollowUpKind } from "../../../db/schema";
import { byDanish, formatDate } from "../../ui/format";
import { addDays, addWorkingDays, daysBetween } from "./working-days";

// The coordinator's morning page: everything about their citizens that is due today,
// overdue, or (for referrals and follow-ups) coming up. Built from plain rows so the
// rules are tested without a database; the repository hands over only open items
// (tasks not done, proposals not answered, citizens not closed).

export const WORKLIST_KINDS = ["referral", "task", "next_step", "follow_up", "match", "answer"] as const;
export type WorklistKind = (typeof WORKLIST_KINDS)[number];

export const URGENCIES = ["overdue", "today", "upcoming"] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * After this many working days without a decision the proposal shows on the worklist,
 * so the coordinator can nudge the association before its deadline (`respondBy`).
 */
export const ASSOCIATION_DECISION_WORKING_DAYS = 5;
/**
 * Days after the letter was printed or the email was sent before the coordinator is
 * reminded to call a citizen who has not answered.
 */
export const CITIZEN_ANSWER_DAYS = 7;
/** How far ahead follow-ups show up as "upcoming". */
export const FOLLOW_UP_LOOKAHEAD_DAYS = 7;

interface CitizenRef {
  citizenId: string;
  citizenName: string;
}

export interface WorklistInputs {
  today: string;
  responseTargetWorkingDays: number;
  /** Open tasks with a due date. */
  tasks: (CitizenRef & { id: string; title: string; owner: string; dueDate: string })[];
  /** Guidance notes whose agreed next step has a due date and is not done. */
  nextSteps: (CitizenRef & { id: string; nextStep: string; dueDate: string })[];
  /** Citizens still at "referred", with the day of their latest referral. */
  referrals: (CitizenRef & { referredOn: string })[];
  /** Follow-ups not yet held. */
  followUps: (CitizenRef & { id: string; kind: FollowUpKind; dueDate: string })[];
  /** Proposals waiting for the association (proposed) or for the citizen (accepted, no answer). */
  proposals: (CitizenRef & {
    id: string;
    status: "proposed" | "accepted";
    associationName: string;
    proposedOn: string;
    /** The association's deadline; past it the proposal is overdue. */
    respondBy: string;
    /** The day the suggestion reached the post or the mail server; null while it has not. */
    sent: { on: string; by: "letter" | "email" } | null;
  })[];
  /**
   * The citizens' latest answers no coordinator has marked as seen. "Ring til mig" is
   * not among them: it is a task for the contact person instead.
   */
  answers: (CitizenRef & {
    proposalId: string;
    answer: "yes" | "no";
    answeredOn: string;
    targetName: string;
    /** The citizen had answered differently before. */
    changed: boolean;
  })[];
}

export interface WorklistItem extends CitizenRef {
  /** Unique within a worklist, for React keys. */
  key: string;
  kind: WorklistKind;
  what: string;
  /** The day it should be done by. */
  due: string;
  /** When the wait began (referral, proposal, letter), if it is a wait. */
  since: string | null;
  daysOverdue: number;
  urgency: Urgency;
  link: string;
}

const followUpWhat: Record<FollowUpKind, string> = {
  first_visit: "Opfølgning efter første besøg",
  third_visit: "Opfølgning efter tredje besøg",
  four_weeks: "Opfølgning efter fire uger",
  three_months: "Opfølgning efter tre måneder",
  custom: "Aftalt opfølgning",
};

export function buildWorklist(input: WorklistInputs): WorklistItem[] {
  const { today } = input;
  const urgencyOf = (due: string): Urgency =>
    due < today ? "overdue" : due === today ? "today" : "upcoming";
  const item = (
    ref: CitizenRef,
    fields: {
      key: string;
      kind: WorklistKind;
      what: string;
      due: string;
      since?: string;
      tab?: string;
    },
  ): WorklistItem => ({
    citizenId: ref.citizenId,
    citizenName: ref.citizenName,
    key: `${fields.kind}:${fields.key}`,
    kind: fields.kind,
    what: fields.what,
    due: fields.due,
    since: fields.since ?? null,
    daysOverdue: Math.max(0, daysBetween(fields.due, today)),
    urgency: urgencyOf(fields.due),
    link: `/borgere/${ref.citizenId}${fields.tab ?? ""}`,
  });
  const dueByToday = (due: string) => due <= today;

  const items: WorklistItem[] = [];
  for (const t of input.tasks) {
    if (!dueByToday(t.dueDate)) continue;
    const what = t.owner ? `${t.title} (ansvarlig: ${t.owner})` : t.title;
    items.push(item(t, { key: t.id, kind: "task", what, due: t.dueDate, tab: "/opgaver" }));
  }
  for (const n of input.nextSteps) {
    if (!dueByToday(n.dueDate)) continue;
    items.push(
      item(n, {
        key: n.id,
        kind: "next_step",
        what: n.nextStep,
        due: n.dueDate,
        tab: "/vejledning",
      }),
    );
  }
  for (const r of input.referrals) {
    // Every waiting referral is listed; the response target decides when it is late.
    const due = addWorkingDays(r.referredOn, input.responseTargetWorkingDays);
    const what =
      due < today
        ? `Henvisningen har ventet over ${input.responseTargetWorkingDays} arbejdsdage – kontakt borgeren`
        : "Ny henvisning – kontakt borgeren";
    items.push(item(r, { key: r.citizenId, kind: "referral", what, due, since: r.referredOn }));
  }
  for (const f of input.followUps) {
    if (f.dueDate > addDays(today, FOLLOW_UP_LOOKAHEAD_DAYS)) continue;
    items.push(
      item(f, {
        key: f.id,
        kind: "follow_up",
        what: followUpWhat[f.kind],
        due: f.dueDate,
        tab: "/opfoelgning",
      }),
    );
  }
  for (const p of input.proposals) {
    if (p.status === "proposed") {
      const overdue = p.respondBy < today;
      if (!overdue && !dueByToday(addWorkingDays(p.proposedOn, ASSOCIATION_DECISION_WORKING_DAYS))) continue;
      // Due on the deadline itself, so an overdue proposal reads "Overskredet" like
      // any other late item, and says so in words too.
      const what = overdue
        ? `${p.associationName} har ikke svaret inden fristen ${formatDate(p.respondBy)} – rykker foreningen`
        : `${p.associationName} har ikke svaret på forslaget endnu (frist ${formatDate(p.respondBy)})`;
      items.push(item(p, { key: p.id, kind: "match", what, due: p.respondBy, since: p.proposedOn }));
    } else if (p.sent) {
      const due = addDays(p.sent.on, CITIZEN_ANSWER_DAYS);
      if (!dueByToday(due)) continue;
      const what = `Borgeren har ikke svaret på ${p.sent.by === "letter" ? "brevet" : "e-mailen"} fra ${formatDate(p.sent.on)} – ring til borgeren`;
      items.push(item(p, { key: p.id, kind: "match", what, due, since: p.sent.on }));
    }
  }
  for (const a of input.answers) {
    const said = a.answer === "yes" ? "Ja tak" : "Nej tak";
    const what = `Borgeren har ${a.changed ? "ændret sit svar til" : "svaret"} »${said}« til ${a.targetName}`;
    items.push(item(a, { key: a.proposalId, kind: "answer", what, due: a.answeredOn, since: a.answeredOn }));
  }
  return items;
}

export type WorklistSort = "due" | "name" | "kind";
export type SortDirection = "asc" | "desc";

const byName = byDanish<WorklistItem>((i) => i.citizenName);
const byDue = (a: WorklistItem, b: WorklistItem) => a.due.localeCompare(b.due);
const byKind = (a: WorklistItem, b: WorklistItem) =>
  WORKLIST_KINDS.indexOf(a.kind) - WORKLIST_KINDS.indexOf(b.kind);

const comparators: Record<WorklistSort, ((a: WorklistItem, b: WorklistItem) => number)[]> = {
  due: [byDue, byName],
  name: [byName, byDue],
  kind: [byKind, byDue, byName],
};

/** Sorted by `sort`, then by the other columns; the default "due asc" puts the most overdue first. */
export function sortWorklist(
  items: readonly WorklistItem[],
  sort: WorklistSort = "due",
  direction: SortDirection = "asc",
): WorklistItem[] {
  const sign = direction === "asc" ? 1 : -1;
  const [primary, ...rest] = comparators[sort];
  return [...items].sort((a, b) => {
    const first = primary ? sign * primary(a, b) : 0;
    if (first !== 0) return first;
    for (const compare of rest) {
      const next = compare(a, b);
      if (next !== 0) return next;
    }
    return 0;
  });
}

export function filterWorklist(
  items: readonly WorklistItem[],
  filter: { kind?: WorklistKind | null; urgency?: Urgency | null },
): WorklistItem[] {
  return items.filter(
    (i) =>
      (!filter.kind || i.kind === filter.kind) && (!filter.urgency || i.urgency === filter.urgency),
  );
}

export function countByKind(items: readonly WorklistItem[]): Record<WorklistKind, number> {
  const counts = Object.fromEntries(WORKLIST_KINDS.map((k) => [k, 0])) as Record<
    WorklistKind,
    number
  >;
  for (const i of items) counts[i.kind] += 1;
  return counts;
}
