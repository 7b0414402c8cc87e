import { z } from "zod";
import { messages } from "../ui/messages";

/** One ticked pair of the batch preview: "citizenId:kind:candidateId". */
const pair = z
  .string()
  .regex(/^[0-9a-f-]{36}:(volunteer|activity):[0-9a-f-]{36}$/, messages.formInvalid)
  .transform((value) => {
    const [citizenId, kind, candidateId] = value.split(":") as [string, "volunteer" | "activity", string];
    return { citizenId, kind, candidateId };
  });

export const sendBatchForm = z.object({
  pair: z.array(pair, { error: messages.choosePairs }).min(1, messages.choosePairs).max(1000, messages.formInvalid),
});
