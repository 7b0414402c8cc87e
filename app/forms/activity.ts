import { z } from "zod";
import { interests, languageCodes, weekdays } from "../domain/vocabulary";
import { messages } from "../ui/messages";
import {
  choices,
  clockTime,
  flag,
  latitude,
  longitude,
  postcode,
  text,
  wholeNumber,
} from "./fields";

export const activityForm = z
  .object({
    title: text(3, 120),
    description: text(10, 2000),
    interests: choices(interests),
    languages: choices(languageCodes).default(["da"]),
    weekday: z.enum(weekdays, { error: "Vælg en ugedag" }),
    startTime: clockTime,
    endTime: clockTime,
    address: text(3, 120, "Skriv vej og husnummer"),
    postcode,
    city: text(2, 60, "Skriv bynavnet"),
    lat: latitude,
    lng: longitude,
    stepFree: flag,
    hearingLoop: flag,
    accessibleToilet: flag,
    transport: flag,
    price: wholeNumber(0, 5000).default(0),
    capacity: wholeNumber(1, 500),
  })
  .refine((a) => a.endTime > a.startTime, {
    path: ["endTime"],
    message: messages.endAfterStart,
  });

export type ActivityInput = z.infer<typeof activityForm>;
