import type { CitizenRow, MatchProposalRow } from "../../db/schema";

export const citizenStatusLabels: Record<CitizenRow["status"], string> = {
  referred: "Henvist",
  contacted: "Kontaktet",
  screened: "Screenet",
  in_progress: "I forløb",
  follow_up: "Opfølgning",
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
