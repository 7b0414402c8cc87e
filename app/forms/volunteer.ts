import { z } from "zod";
import { genders, interests, languageCodes, slots } from "../domain/vocabulary";
import {
  choices,
  decimal,
  email,
  flag,
  latitude,
  longitude,
  pastDate,
  phone,
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
