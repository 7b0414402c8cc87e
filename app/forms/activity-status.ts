import { z } from "zod";
import { messages } from "../ui/messages";

/** The cancel page cancels an active activity or reopens a cancelled one. */
export const activityStatusForm = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("cancel"),
      // An empty reason is the usual mistake, so it gets the specific message too.
      reason: z
        .string({ error: messages.cancelReasonRequired })
        .trim()
        .min(3, messages.cancelReasonRequired)
        .max(300, messages.cancelReasonRequired),
    }),
    z.object({ intent: z.literal("reopen") }),
  ],
  { error: messages.formUnreadable },
);
