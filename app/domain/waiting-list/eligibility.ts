import type { PathwayStatus } from "../pathway/states";
import { daysBetween } from "../pathway/working-days";

// The shared waiting list: citizens of the municipality who wait for a visiting
// friend (besøgsven), shown to every association so the one with a fitting volunteer
// can offer. Only citizens who allowed their data to be shared are on it.

/** Screened, or under way with guidance and escort, but not yet in follow-up after a match. */
export const WAITING_STATUSES = ["screened", "in_progress"] as const satisfies readonly PathwayStatus[];

export interface WaitingProposal {
  kind: "volunteer" | "activity";
  status: "proposed" | "accepted" | "declined";
  answer: "yes" | "no" | "call" | null;
}

export interface WaitingCandidate {
  status: PathwayStatus;
  format: "one_to_one" | "group" | "either";
  hasSharingConsent: boolean;
  proposals: readonly WaitingProposal[];
}

export function isWaitingForVisitor(c: WaitingCandidate): boolean {
  if (!c.hasSharingConsent) return false;
  if (!(WAITING_STATUSES as readonly PathwayStatus[]).includes(c.status)) return false;
  if (c.format === "group") return false;
  // An open proposal of any kind means the coordinator is already working on a match;
  // an accepted volunteer the citizen has not turned down means a visitor is coming.
  return !c.proposals.some(
    (p) => p.status === "proposed" || (p.kind === "volunteer" && p.status === "accepted" && p.answer !== "no"),
  );
}

/** "Har ventet 5 uger": whole weeks from three weeks on, days before that. */
export function waitingLabel(since: string, today: string): string {
  const days = Math.max(0, daysBetween(since, today));
  if (days === 0) return "Kom på listen i dag";
  if (days < 21) return `Har ventet ${days} ${days === 1 ? "dag" : "dage"}`;
  return `Har ventet ${Math.floor(days / 7)} uger`;
}

export interface WaitingListFilter {
  interest?: string;
  postcode?: string;
}

export function matchesFilter(c: { interests: readonly string[]; postcode: string }, filter: WaitingListFilter): boolean {
  return (!filter.interest || c.interests.includes(filter.interest)) && (!filter.postcode || c.postcode === filter.postcode);
}
