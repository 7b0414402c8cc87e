import { z } from "zod";
import { messages } from "../ui/messages";
import { optionalText, pastDate } from "./fields";

export const enrolForm = z.object({
  intent: z.literal("enrol"),
  activityId: z.uuid({ error: messages.chooseActivity }),
});

export const endEnrolmentForm = z.object({
  intent: z.literal("end"),
  enrolmentId: z.uuid({ error: messages.enrolmentNotActive }),
});

export const attendanceForm = z.object({
  intent: z.literal("attendance"),
  enrolmentId: z.uuid({ error: messages.enrolmentNotActive }),
  onDate: pastDate,
  attended: z.enum(["yes", "no"], { error: messages.chooseAttended }),
  note: optionalText(500),
});
