import { z } from "zod";
import { barriers, formats, interests, languageCodes, slots } from "../domain/vocabulary";
import { messages } from "../ui/messages";
import {
  choices,
  email,
  flag,
  latitude,
  longitude,
  optionalText,
  phone,
  postcode,
  text,
  wholeNumber,
} from "./fields";

/**
 * What the narrative conversation establishes, shared by the registration form
 * (a citizen met for the first time) and the screening of a referred citizen.
 */
export const screeningFields = {
  phone,
  email: email.optional(),
  contactChannel: z.enum(["email", "letter"], { error: "Vælg hvordan borgeren vil kontaktes" }),
  address: text(3, 120, "Skriv vej og husnummer"),
  postcode,
  city: text(2, 60, "Skriv bynavnet"),
  lat: latitude,
  lng: longitude,
  interests: choices(interests),
  barriers: choices(barriers, 0).default([]),
  languages: choices(languageCodes),
  slots: choices(slots),
  format: z.enum(formats, { error: "Vælg hvad borgeren ønsker" }),
  genderPreference: z.enum(["female", "male"]).optional(),
  escort: flag,
  narrative: optionalText(4000),
  network: optionalText(4000),
  dailyLife: optionalText(4000),
  wishes: optionalText(4000),
};

/** The screening fields that are checkbox groups, so a restored draft keeps them as lists. */
export const screeningListFields = ["interests", "barriers", "languages", "slots"] as const;

const emailWhenEmailChannel = [
  (c: { contactChannel: string; email?: string }) => c.contactChannel !== "email" || c.email !== undefined,
  { path: ["email"], message: messages.emailNeededForEmailChannel },
] satisfies [unknown, { path: string[]; message: string }];

export const citizenForm = z
  .object({
    firstName: text(1, 60, "Skriv fornavnet"),
    lastName: text(1, 60, "Skriv efternavnet"),
    birthYear: wholeNumber(1900, new Date().getFullYear() - 40).optional(),
    ...screeningFields,
    consentToShare: flag,
  })
  .refine(...emailWhenEmailChannel);

export type CitizenInput = z.infer<typeof citizenForm>;

export const screeningForm = z.object(screeningFields).refine(...emailWhenEmailChannel);

export type ScreeningInput = z.infer<typeof screeningForm>;

const DRAFT_MAX_FIELDS = 40;

/**
 * A draft is the form as typed, complete or not: only its size is checked, so a
 * half-filled form is never lost, and nothing in it is trusted until it is saved.
 */
export const screeningDraft = z
  .record(z.string().max(40), z.array(z.string().max(4000)).max(50))
  .refine((d) => Object.keys(d).length <= DRAFT_MAX_FIELDS, messages.formUnreadable);

export type ScreeningDraft = z.infer<typeof screeningDraft>;

/** A draft as form defaults: checkbox groups stay lists, every other field one value. */
export function draftDefaults(draft: ScreeningDraft): Record<string, string | string[]> {
  const lists: readonly string[] = screeningListFields;
  return Object.fromEntries(
    Object.entries(draft).map(([name, values]) => [name, lists.includes(name) ? values : (values[0] ?? "")]),
  );
}
