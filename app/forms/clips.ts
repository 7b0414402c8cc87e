import { z } from "zod";
import { messages } from "../ui/messages";
import { isoDate, pastDate, text, wholeNumber } from "./fields";

export const clipGrantForm = z
  .object({
    intent: z.literal("grant"),
    clipsPerPeriod: wholeNumber(1, 50),
    period: z.enum(["week", "month"], { error: "Vælg uge eller måned" }),
    minutesPerClip: wholeNumber(5, 480),
    purpose: text(10, 2000),
    startDate: isoDate,
    expiryDate: isoDate,
    savedCap: wholeNumber(0, 200),
  })
  .refine((g) => g.expiryDate >= g.startDate, { path: ["expiryDate"], message: messages.expiryAfterStart });

export const clipUseForm = z.object({
  intent: z.literal("use"),
  usedOn: pastDate,
  minutes: wholeNumber(1, 600),
  usedBy: text(2, 120, "Skriv navnet på medarbejderen fra hjemmeplejen"),
  whatFor: text(2, 500, "Skriv kort, hvad ledsagelsen var til"),
});

/** The citizen's clip page has two forms; the hidden `intent` says which was sent. */
export const clipsPageForm = z.discriminatedUnion("intent", [clipGrantForm, clipUseForm]);

export const clipBudgetForm = z.object({
  budgetDkk: wholeNumber(0, 10_000_000),
  hourCostDkk: wholeNumber(1, 10_000),
});

/** ?maaned=2026-11 on the budget page. */
export const budgetMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, messages.month);

export type ClipGrantInput = z.infer<typeof clipGrantForm>;
export type ClipUseInput = z.infer<typeof clipUseForm>;
export type ClipBudgetInput = z.infer<typeof clipBudgetForm>;
