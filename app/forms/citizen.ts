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

export const citizenForm = z
  .object({
    firstName: text(1, 60, "Skriv fornavnet"),
    lastName: text(1, 60, "Skriv efternavnet"),
    birthYear: wholeNumber(1900, new Date().getFullYear() - 40).optional(),
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
    consentToShare: flag,
  })
  .refine((c) => c.contactChannel !== "email" || c.email !== undefined, {
    path: ["email"],
    message: messages.emailNeededForEmailChannel,
  });

export type CitizenInput = z.infer<typeof citizenForm>;
