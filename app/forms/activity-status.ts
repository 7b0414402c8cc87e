import { z } from "zod";
import { messages } from "../ui/messages";
import { text } from "./fields";

/** The cancel page cancels an active activity or reopens a cancelled one. */
export const activityStatusForm = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("cancel"),
      reason: text(3, 300, messages.cancelReasonRequired),
    }),
    z.object({ intent: z.literal("reopen") }),
  ],
  { error: messages.formUnreadable },
);
