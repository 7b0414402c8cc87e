import { z } from "zod";
import { dateInDenmark } from "../domain/pathway/working-days";
import { messages } from "../ui/messages";
import { clockTime, isoDate, optionalText } from "./fields";

// One date of a recurring activity: cancel it, move it, or put it back. `onDate` is
// the date the rule planned, which identifies the occurrence.

const note = optionalText(80);

export const cancelDateForm = z.object({
  intent: z.literal("cancel-date"),
  onDate: isoDate,
  note,
});

export const moveDateForm = z
  .object({
    intent: z.literal("move-date"),
    onDate: isoDate,
    newDate: isoDate.refine((d) => d >= dateInDenmark(), messages.moveToPast),
    newStartTime: clockTime,
    newEndTime: clockTime,
    note,
  })
  .refine((m) => m.newEndTime > m.newStartTime, { path: ["newEndTime"], message: messages.endAfterStart });

export const restoreDateForm = z.object({
  intent: z.literal("restore"),
  onDate: isoDate,
});

export const activityDatesForm = z.discriminatedUnion("intent", [cancelDateForm, moveDateForm, restoreDateForm], {
  error: messages.formUnreadable,
});

export type ActivityDateInput = z.infer<typeof activityDatesForm>;
