import type { DeadlineState } from "../domain/proposals/deadline";
import type { DeclineReason } from "../domain/proposals/inbox";

export const declineReasonLabels: Record<DeclineReason, string> = {
  no_volunteer: "Ingen ledig frivillig",
  too_far: "For langt væk",
  not_our_offer: "Passer ikke til vores tilbud",
  other: "Andet",
};

export const declineReasonOptions = Object.entries(declineReasonLabels).map(([value, label]) => ({ value, label }));

const dayMonth = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", timeZone: "UTC" });
/** "7. december": a date close enough that the year goes without saying. */
export const formatDayMonth = (date: string) => dayMonth.format(new Date(`${date}T12:00:00Z`));

/** "Svar senest 7. december", "Svar senest i dag" or "3 dage over fristen". */
export function deadlineText(d: DeadlineState): string {
  if (d.overdue) return `${d.daysOver} ${d.daysOver === 1 ? "dag" : "dage"} over fristen`;
  return d.daysLeft === 0 ? "Svar senest i dag" : `Svar senest ${formatDayMonth(d.respondBy)}`;
}
