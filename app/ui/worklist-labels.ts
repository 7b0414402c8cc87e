import type { Urgency, WorklistKind } from "../domain/pathway/worklist";

export const worklistKindLabels: Record<WorklistKind, string> = {
  referral: "Henvisning",
  task: "Opgave",
  next_step: "Næste skridt",
  follow_up: "Opfølgning",
  match: "Match uden svar",
  answer: "Svar fra borger",
};

/** Plural, for the summary above the list. */
export const worklistKindCountLabels: Record<WorklistKind, string> = {
  referral: "Henvisninger",
  task: "Opgaver",
  next_step: "Næste skridt",
  follow_up: "Opfølgninger",
  match: "Matches uden svar",
  answer: "Svar fra borgere",
};

export const urgencyLabels: Record<Urgency, string> = {
  overdue: "Overskredet",
  today: "I dag",
  upcoming: "Snart",
};
