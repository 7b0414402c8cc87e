import { z } from "zod";

export const proposeForm = z.object({
  kind: z.enum(["volunteer", "activity"]),
  candidateId: z.uuid(),
});

export const decisionForm = z.object({
  proposalId: z.uuid(),
  decision: z.enum(["accept", "decline"]),
  note: z.string().trim().max(1000, "Skriv højst 1000 tegn").optional(),
});

export const replyForm = z.object({
  answer: z.enum(["yes", "no", "call"], { error: "Vælg et af svarene" }),
});

export const replyCodeForm = z.object({
  code: z
    .string({ error: "Skriv koden fra brevet" })
    .trim()
    .min(1, "Skriv koden fra brevet")
    .max(20, "Koden har 8 tegn, fx ABCD-EFGH"),
});
