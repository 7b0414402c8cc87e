import { dateInDenmark } from "../domain/pathway/working-days";
import { z } from "zod";
import { messages } from "../ui/messages";

// Building blocks shared by the form schemas. Danish users type decimal commas,
// so numbers are read with either separator.

const readDecimal = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? Number(value.replace(",", ".").trim()) : value;

export const decimal = (min: number, max: number, message: string) =>
  z.preprocess(readDecimal, z.number({ error: message }).min(min, message).max(max, message));

export const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    readDecimal,
    z
      .number({ error: messages.wholeNumber(min, max) })
      .int(messages.wholeNumber(min, max))
      .min(min, messages.wholeNumber(min, max))
      .max(max, messages.wholeNumber(min, max)),
  );

export const text = (min: number, max: number, message = messages.textLength(min, max)) =>
  z
    .string({ error: min > 0 ? messages.required : message })
    .trim()
    .min(min, message)
    .max(max, message);

export const optionalText = (max: number) =>
  z.string().trim().max(max, messages.textLength(0, max)).optional();

export const email = z.email({ error: messages.email }).max(200, messages.email);

export const phone = z
  .string({ error: messages.phone })
  .transform((value) => value.replace(/[\s-]/g, "").replace(/^\+45/, ""))
  .pipe(z.string().regex(/^\d{8}$/, messages.phone));

export const postcode = z.string({ error: messages.postcode }).trim().regex(/^\d{4}$/, messages.postcode);

export const clockTime = z
  .string({ error: messages.time })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, messages.time);

export const isoDate = z.iso.date({ error: messages.date, abort: true });

export const pastDate = isoDate.refine(
  (value) => value <= dateInDenmark(),
  messages.dateNotInFuture,
);

/** Checkbox groups: at least one of a fixed set of values. */
export const choices = <T extends readonly [string, ...string[]]>(values: T, min = 1) =>
  z
    .array(z.enum(values, { error: messages.chooseAtLeastOne }), {
      error: messages.chooseAtLeastOne,
    })
    .min(min, messages.chooseAtLeastOne)
    .transform((list) => [...new Set(list)]);

export const latitude = decimal(54.5, 57.8, messages.latitude);
export const longitude = decimal(8.0, 15.2, messages.longitude);

export const flag = z.boolean().default(false);
