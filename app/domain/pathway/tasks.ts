// "Det skal tages hånd om først": practical problems that crowd out any wish for
// company until someone deals with them, kept as tasks with an owner.

/** The problems coordinators meet most often, offered as quick picks. */
export const FIRST_HANDLE_SUGGESTIONS = [
  "Ubetalte regninger",
  "Smerter",
  "Dårlig søvn",
  "Kontakt til familie",
  "Hjælp til aftaler",
] as const;

/** Owners who are not staff and so not in the user list. */
export const NON_STAFF_OWNERS = ["Borgeren selv", "Pårørende"] as const;

/** An open task whose due date has passed; `today` is YYYY-MM-DD. */
export function isOverdue(task: { dueDate: string | null; doneAt: string | null }, today: string): boolean {
  return task.doneAt === null && task.dueDate !== null && task.dueDate < today;
}
