import type { CitizenRow, FollowUpKind, MatchProposalRow } from "../../db/schema";
import type { CloseReason, ReferrerStatus } from "../domain/pathway/states";

export const citizenStatusLabels: Record<CitizenRow["status"], string> = {
  referred: "Henvist",
  contacted: "Kontaktet",
  screened: "Screenet",
  in_progress: "I forløb",
  follow_up: "Opfølgning",
  closed: "Afsluttet",
};

export const closeReasonLabels: Record<CloseReason, string> = {
  matched_thriving: "Matchet og trives",
  declined: "Takkede nej",
  moved: "Fraflyttet",
  died: "Død",
  other: "Andet",
};

export const followUpKindLabels: Record<FollowUpKind, string> = {
  first_visit: "Efter 1. besøg",
  third_visit: "Efter 3. besøg",
  four_weeks: "Efter 4 uger",
  three_months: "Efter 3 måneder",
  custom: "Ekstra opfølgning",
};

/** The citizen's own answer to "Hvordan går det?", 1 to 5. */
export const wellbeingLabels: Record<number, string> = {
  1: "Dårligt",
  2: "Ikke så godt",
  3: "Nogenlunde",
  4: "Godt",
  5: "Rigtig godt",
};

/** The status a referrer sees of their own referrals. */
export const referrerStatusLabels: Record<ReferrerStatus, string> = {
  received: "Modtaget",
  contacted: "Kontaktet",
  in_progress: "I forløb",
  closed: "Afsluttet",
};

export const proposalStatusLabels: Record<MatchProposalRow["status"], string> = {
  proposed: "Afventer foreningen",
  accepted: "Accepteret af foreningen",
  declined: "Afvist af foreningen",
};

export const answerLabels: Record<NonNullable<MatchProposalRow["answer"]>, string> = {
  yes: "Borgeren har svaret: Ja tak",
  no: "Borgeren har svaret: Nej tak",
  call: "Borgeren vil ringes op",
};

const clipPeriodWords = { week: "om ugen", month: "om måneden" } as const;

/** "2 klip om ugen à 30 minutter", on the clip page and the sheet for home care. */
export function describeClips(g: { clipsPerPeriod: number; period: "week" | "month"; minutesPerClip: number }) {
  return `${g.clipsPerPeriod} klip ${clipPeriodWords[g.period]} à ${g.minutesPerClip} minutter`;
}
