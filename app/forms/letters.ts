import { z } from "zod";
import { parseCpr } from "../domain/digital-post/identifiers";
import { messages } from "../ui/messages";

/** What the letters page can do: export a batch, or send through Digital Post. */
export const lettersAction = z.object({ intent: z.enum(["export", "digital-post"]) });

export const cprForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("save"),
    cpr: z
      .string({ error: messages.cpr })
      .transform((typed, ctx) => {
        const cpr = parseCpr(typed);
        if (!cpr) {
          ctx.addIssue({ code: "custom", message: messages.cpr });
          return z.NEVER;
        }
        return cpr;
      }),
  }),
  z.object({ intent: z.literal("delete") }),
]);
