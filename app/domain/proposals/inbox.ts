// The bridge-builder's inbox splits the association's proposals into what needs an
// answer, what is accepted but not yet visited, and what is over.

export const INBOX_GROUPS = ["waiting", "first_visit_missing", "done"] as const;
export type InboxGroup = (typeof INBOX_GROUPS)[number];

export const DECLINE_REASONS = ["no_volunteer", "too_far", "not_our_offer", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export interface GroupedProposal {
  status: "proposed" | "accepted" | "declined";
  /** The citizen's own answer to the suggestion, once given. */
  answer: "yes" | "no" | "call" | null;
  firstVisitOn: string | null;
}

export function inboxGroup(p: GroupedProposal): InboxGroup {
  if (p.status === "proposed") return "waiting";
  // A citizen who said no will not be visited; a declined proposal needs nothing more.
  if (p.status === "accepted" && p.answer !== "no" && p.firstVisitOn === null) return "first_visit_missing";
  return "done";
}

/** A first visit can be confirmed for an accepted proposal the citizen has not turned down. */
export function mayConfirmFirstVisit(p: GroupedProposal): boolean {
  return p.status === "accepted" && p.answer !== "no";
}
