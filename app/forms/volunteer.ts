import { z } from "zod";
import { volunteerStatuses } from "../domain/volunteers/csv-columns";
import { genders, interests, languageCodes, slots } from "../domain/vocabulary";
import { messages } from "../ui/messages";
import {
  choices,
  decimal,
  email,
  flag,
  latitude,
  longitude,
  pastDate,
  phone,
  optionalText,
  text,
  wholeNumber,
} from "./fields";

export const volunteerForm = z.object({
  firstName: text(1, 60, "Skriv fornavnet"),
  lastName: text(1, 60, "Skriv efternavnet"),
  email,
  phone,
  gender: z.enum(genders, { error: "Vælg køn" }),
  interests: choices(interests),
  languages: choices(languageCodes),
  area: text(2, 80, "Skriv område eller bydel, fx Skive midtby"),
  lat: latitude,
  lng: longitude,
  radiusKm: decimal(0.5, 50, "Skriv hvor langt den frivillige vil køre, 0,5 til 50 km"),
  slots: choices(slots),
  capacity: wholeNumber(1, 10),
  car: flag,
  tavshedserklaeringSignedOn: pastDate.optional(),
  straffeattestDate: pastDate.optional(),
});

export type VolunteerInput = z.infer<typeof volunteerForm>;

/** A row of an imported CSV file: the form's fields, and a status (empty: unchanged). */
export const volunteerCsvRow = volunteerForm.extend({
  status: z.enum(volunteerStatuses, { error: messages.volunteerStatus }).nullable(),
});

export type VolunteerCsvInput = z.infer<typeof volunteerCsvRow>;

export const volunteerStatusForm = z.object({
  intent: z.literal("status"),
  status: z.enum(volunteerStatuses, { error: messages.volunteerStatus }),
  note: optionalText(500),
});

/** The volunteer's own weekly availability, on their own page. */
export const availabilityForm = z.object({
  intent: z.literal("availability"),
  slots: choices(slots),
});

export const pauseForm = z.object({
  intent: z.literal("pause"),
  paused: z.enum(["yes", "no"]),
});

export const volunteerFilter = z.object({
  status: z.enum([...volunteerStatuses, "alle"]).optional(),
  attest: z.literal("udloeber").optional(),
});
