import { z } from "zod";
import { parseDanishAddress, splitFullName } from "../domain/pathway/name-and-address";
import { REFERRAL_SIGNS, REFERRAL_SOURCES } from "../domain/pathway/referral-signs";
import { messages } from "../ui/messages";
import { choices, flag, optionalText, phone } from "./fields";

// Five required answers, so a home-care worker files a referral on a phone in
// under a minute; everything else is optional.
export const referralForm = z.object({
  fullName: z
    .string({ error: messages.fullName })
    .transform((value, ctx) => {
      const name = splitFullName(value);
      if (name && `${name.firstName} ${name.lastName}`.length <= 120) return name;
      ctx.issues.push({ code: "custom", message: messages.fullName, input: value });
      return z.NEVER;
    }),
  address: z
    .string({ error: messages.oneLineAddress })
    .max(200, messages.oneLineAddress)
    .transform((value, ctx) => {
      const address = parseDanishAddress(value);
      if (address) return address;
      ctx.issues.push({ code: "custom", message: messages.oneLineAddress, input: value });
      return z.NEVER;
    }),
  source: z.enum(REFERRAL_SOURCES, { error: messages.referralSource }),
  signs: choices(REFERRAL_SIGNS),
  consentToContact: z
    .enum(["yes", "no"], { error: messages.consentToContact })
    .transform((answer) => answer === "yes"),
  phone: phone.optional(),
  sourceName: optionalText(120),
  note: optionalText(2000),
  detectionClip: flag,
});

export type ReferralInput = z.infer<typeof referralForm>;
