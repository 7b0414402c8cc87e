import { dateInDenmark } from "../domain/pathway/working-days";
import { z } from "zod";

import { messages } from "../ui/messages";
import { isoDate, optionalText, pastDate, text } from "./fields";

export const guidanceNoteForm = z
  .object({
    intent: z.literal("note"),
    // Most notes are written the day of the conversation.
    onDate: pastDate.default(dateInDenmark),
    note: text(1, 4000),
    nextStep: optionalText(500),
    nextStepDue: isoDate.optional(),
  })
  .refine((n) => !n.nextStepDue || n.nextStep, {
    message: messages.nextStepDueWithoutStep,
    path: ["nextStep"],
  });

export const nextStepDoneForm = z.object({
  intent: z.literal("done"),
  noteId: z.uuid({ error: messages.nextStepNotOpen }),
});

export type GuidanceNoteInput = z.infer<typeof guidanceNoteForm>;
