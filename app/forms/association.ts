import { z } from "zod";
import { messages } from "../ui/messages";
import { email, optionalText, phone, text } from "./fields";

export const LOGO_MAX_BYTES = 1024 * 1024;

// People type "www.forening.dk"; only http(s) is ever stored, so a profile link can
// never become a javascript: URL.
const website = z
  .string()
  .trim()
  .max(200, messages.website)
  .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(
    z.url({ protocol: /^https?$/, hostname: /^[^.\s]+(\.[^.\s]+)+$/, error: messages.website }),
  )
  .optional();

export const newAssociationForm = z.object({
  intent: z.literal("create"),
  name: text(2, 120, messages.associationName),
  email,
  phone: phone.optional(),
  description: optionalText(2000),
  area: optionalText(120),
});

export type NewAssociationInput = z.infer<typeof newAssociationForm>;

export const associationProfileForm = z.object({
  intent: z.literal("profile"),
  description: optionalText(2000),
  area: optionalText(120),
  contactName: optionalText(120),
  email,
  phone: phone.optional(),
  website,
});

// The file's type is checked by its bytes in the route (photoTypeOf): a schema sees
// only the name and size.
export const logoForm = z.object({
  intent: z.literal("logo"),
  logo: z
    .instanceof(File, { error: messages.logoMissing })
    .refine((f) => f.size > 0, messages.logoMissing)
    .refine((f) => f.size <= LOGO_MAX_BYTES, messages.logoTooLarge),
});

export const removeLogoForm = z.object({ intent: z.literal("remove-logo") });
