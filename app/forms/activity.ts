import { z } from "zod";
import { fitsRepeat } from "../domain/activities/first-date";
import { type Repeat, repeats, weekdayOf } from "../domain/activities/schedule";
import { dateInDenmark } from "../domain/pathway/working-days";
import { interests, languageCodes, weekdayLabels } from "../domain/vocabulary";
import { messages } from "../ui/messages";
import {
  choices,
  clockTime,
  flag,
  isoDate,
  latitude,
  longitude,
  optionalText,
  phone,
  postcode,
  text,
  wholeNumber,
} from "./fields";

const monthlyOrdinal: Partial<Record<Repeat, string>> = {
  "monthly-1": "første",
  "monthly-2": "anden",
  "monthly-3": "tredje",
  "monthly-4": "fjerde",
  "monthly-last": "sidste",
};

/**
 * One activity as an association describes it. The weekday is not asked for: it is
 * the weekday of the first date, so the schedule and the matching slot always agree.
 */
export const activityForm = z
  .object({
    title: text(3, 120),
    description: text(10, 2000),
    interests: choices(interests),
    languages: choices(languageCodes).default(["da"]),
    repeat: z.enum(repeats, { error: messages.chooseRepeat }).default("weekly"),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
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
    seating: flag,
    parking: flag,
    transport: flag,
    price: wholeNumber(0, 5000).default(0),
    capacity: wholeNumber(1, 500),
    targetGroup: optionalText(200),
    hostName: optionalText(80),
    hostPhone: phone.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.endTime <= a.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: messages.endAfterStart });
    }
    if (a.endsOn && a.repeat !== "once" && a.endsOn < a.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: messages.lastDateBeforeFirst });
    }
    const ordinal = monthlyOrdinal[a.repeat];
    if (ordinal && !fitsRepeat(a.repeat, a.startsOn)) {
      const day = weekdayLabels[weekdayOf(a.startsOn)].toLowerCase();
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: messages.firstDateNotInRepeat(ordinal, day) });
    }
  });

/** A new activity (created or copied) cannot start in the past. */
export const newActivityForm = activityForm.refine((a) => a.startsOn >= dateInDenmark(), {
  path: ["startsOn"],
  message: messages.firstDateInPast,
});

export type ActivityInput = z.infer<typeof activityForm>;
