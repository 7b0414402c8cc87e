import { z } from "zod";
import { CLOSE_REASONS, PATHWAY_STATUSES } from "../domain/pathway/states";
import { messages } from "../ui/messages";
import { answersSeenForm, proposeForm } from "./proposal";
import { isoDate, optionalText, pastDate, text } from "./fields";

// `expected` is the step the user saw when they pressed the button; moveCitizen
// refuses the move if someone else changed it meanwhile.
const step = z.enum(PATHWAY_STATUSES);
const closeReason = z.enum(CLOSE_REASONS, { error: messages.closeReasonRequired }).optional();
const reasonWhenClosing = { path: ["closeReason"], message: messages.closeReasonRequired };

export const moveForm = z
  .object({
    intent: z.literal("move"),
    expected: step,
    to: step,
    closeReason,
    note: optionalText(1000),
  })
  .refine((v) => v.to !== "closed" || v.closeReason, reasonWhenClosing);

export const moveFollowUpForm = z.object({
  intent: z.literal("move_due"),
  id: z.uuid({ error: messages.chooseFollowUp }),
  due: isoDate,
});

export const addFollowUpForm = z.object({
  intent: z.literal("add"),
  due: isoDate,
});

export const recordFollowUpForm = z
  .object({
    intent: z.literal("record"),
    id: z.uuid({ error: messages.chooseFollowUp }),
    expected: step,
    doneOn: pastDate,
    evaluation: text(1, 4000, messages.evaluationRequired),
    wellbeing: z.enum(["1", "2", "3", "4", "5"], { error: messages.wellbeingRequired }).transform(Number),
    outcome: z.enum(["continue", "close"], { error: messages.outcomeRequired }),
    closeReason,
    note: optionalText(1000),
  })
  .refine((v) => v.outcome !== "close" || v.closeReason, reasonWhenClosing);

export const followUpPageForm = z.discriminatedUnion("intent", [moveFollowUpForm, addFollowUpForm, recordFollowUpForm]);

/**
 * The citizen overview has three kinds of form: propose a match, move the pathway, or
 * mark the citizen's answers to a proposal as seen.
 */
export const citizenPageForm = z.discriminatedUnion("intent", [
  proposeForm.extend({ intent: z.literal("propose") }),
  moveForm,
  answersSeenForm,
]);

/** The citizen list's step filter, read from ?trin= so it works as a plain link. */
export const citizenListFilter = z.object({
  trin: z.enum(PATHWAY_STATUSES, { error: messages.unknownStep }).optional(),
});
