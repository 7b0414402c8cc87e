import { z } from "zod";

/** "Send igen" on an email that could not be sent. */
export const resendEmailForm = z.object({
  intent: z.literal("resend"),
  id: z.uuid(),
});
