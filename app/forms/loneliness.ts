import { z } from "zod";
import { messages } from "../ui/messages";
import { pastDate } from "./fields";

const answer = z.enum(["1", "2", "3"], { error: messages.lonelinessItem }).transform(Number);

export const lonelinessForm = z.object({
  measuredOn: pastDate,
  context: z.enum(["screening", "follow_up", "other"], { error: messages.lonelinessContext }),
  item1: answer,
  item2: answer,
  item3: answer,
});
