import type { Role } from "../../../db/schema";

// Struer's six steps as a state machine. Which step may follow which, and who may
// move a citizen there, is data here so the pages, the worklist and the tests all
// read the same rules.

export const PATHWAY_STATUSES = [
  "referred",
  "contacted",
  "screened",
  "in_progress",
  "follow_up",
  "closed",
] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];

export const CLOSE_REASONS = ["matched_thriving", "declined", "moved", "died", "other"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

const caseworkers: readonly Role[] = ["coordinator"];
// An administrator may close a pathway (a death or move reported to the office),
// never run one.
const closers: readonly Role[] = ["coordinator", "admin"];

interface Transition {
  from: PathwayStatus;
  to: PathwayStatus;
  roles: readonly Role[];
}

const open = PATHWAY_STATUSES.filter((s) => s !== "closed");

export const TRANSITIONS: readonly Transition[] = [
  { from: "referred", to: "contacted", roles: caseworkers },
  // The first visit is often the screening itself.
  { from: "referred", to: "screened", roles: caseworkers },
  { from: "contacted", to: "screened", roles: caseworkers },
  { from: "screened", to: "in_progress", roles: caseworkers },
  { from: "in_progress", to: "follow_up", roles: caseworkers },
  // After a follow-up the citizen continues, or the pathway is closed.
  { from: "follow_up", to: "in_progress", roles: caseworkers },
  ...open.map((from) => ({ from, to: "closed" as const, roles: closers })),
  // A citizen who said no may change their mind; the earlier close stays in the log.
  { from: "closed", to: "contacted", roles: caseworkers },
];

export type Refusal =
  | { code: "same_step" }
  | { code: "not_allowed"; from: PathwayStatus; to: PathwayStatus }
  | { code: "role"; to: PathwayStatus }
  | { code: "close_reason_required" };

export type Decision =
  | { ok: true; to: PathwayStatus; closeReason: CloseReason | null }
  | { ok: false; refusal: Refusal };

/**
 * Whether `role` may move a citizen from `from` to `to`. Closing needs a reason; a
 * reason given for any other step is ignored.
 */
export function decideTransition(request: {
  from: PathwayStatus;
  to: PathwayStatus;
  role: Role;
  closeReason?: CloseReason | null;
}): Decision {
  const { from, to, role } = request;
  if (from === to) return { ok: false, refusal: { code: "same_step" } };
  const transition = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) return { ok: false, refusal: { code: "not_allowed", from, to } };
  if (!transition.roles.includes(role)) return { ok: false, refusal: { code: "role", to } };
  if (to !== "closed") return { ok: true, to, closeReason: null };
  if (!request.closeReason) return { ok: false, refusal: { code: "close_reason_required" } };
  return { ok: true, to, closeReason: request.closeReason };
}

/** The steps `role` may move a citizen to from `from`, in pathway order. */
export function nextSteps(from: PathwayStatus, role: Role): PathwayStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.to);
}

/** What a referrer (home care, GP…) is told: four coarse steps and nothing more. */
export type ReferrerStatus = "received" | "contacted" | "in_progress" | "closed";

export function referrerStatus(status: PathwayStatus): ReferrerStatus {
  switch (status) {
    case "referred":
      return "received";
    case "contacted":
      return "contacted";
    case "closed":
      return "closed";
    default:
      return "in_progress";
  }
}
