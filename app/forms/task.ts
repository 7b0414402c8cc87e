import { z } from "zod";
import { messages } from "../ui/messages";
import { isoDate, text } from "./fields";

const taskId = z.uuid({ error: messages.taskNotFound });

export const addTaskForm = z.object({
  intent: z.literal("add"),
  title: text(2, 120, messages.taskTitle),
  owner: text(2, 80, messages.taskOwner),
  dueDate: isoDate.optional(),
});

/** The task page's three forms: add a task, mark one done, open it again. */
export const taskForm = z.discriminatedUnion("intent", [
  addTaskForm,
  z.object({ intent: z.literal("done"), taskId }),
  z.object({ intent: z.literal("reopen"), taskId }),
]);
