import { z } from "zod";
import { DECLINE_REASONS } from "../domain/proposals/inbox";
import { messages } from "../ui/messages";
import { optionalText, pastDate } from "./fields";

export const proposeForm = z.object({
  kind: z.enum(["volunteer", "activity"]),
  candidateId: z.uuid(),
});

// The bridge-builder's inbox: one form per proposal and answer, told apart by
// `decision`. An empty volunteer select ("the volunteer proposed") means no change.
const emptyAsMissing = (v: unknown) => (v === "" ? undefined : v);

export const acceptForm = z.object({
  decision: z.literal("accept"),
  proposalId: z.uuid(),
  volunteerId: z.preprocess(emptyAsMissing, z.uuid({ error: messages.volunteerNotAvailable }).optional()),
  note: optionalText(1000),
});

export const declineForm = z
  .object({
    decision: z.literal("decline"),
    proposalId: z.uuid(),
    reason: z.enum(DECLINE_REASONS, { error: messages.declineReasonRequired }),
    note: optionalText(1000),
  })
  .refine((v) => v.reason !== "other" || v.note, { path: ["note"], message: messages.declineOtherNeedsText });

export const firstVisitForm = z.object({
  decision: z.literal("first_visit"),
  proposalId: z.uuid(),
  visitedOn: pastDate,
});

export const inboxForm = z.discriminatedUnion("decision", [acceptForm, declineForm, firstVisitForm]);

export const replyForm = z.object({
  answer: z.enum(["yes", "no", "call"], { error: "Vælg et af svarene" }),
});

/** The coordinator has read the citizen's answers to one proposal. */
export const answersSeenForm = z.object({
  intent: z.literal("answers-seen"),
  proposalId: z.uuid(),
});

export const replyCodeForm = z.object({
  code: z
    .string({ error: "Skriv koden fra brevet" })
    .trim()
    .min(1, "Skriv koden fra brevet")
    .max(20, "Koden har 8 tegn, fx ABCD-EFGH"),
});
