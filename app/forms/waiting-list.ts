import { z } from "zod";
import { interests } from "../domain/vocabulary";
import { messages } from "../ui/messages";
import { optionalText } from "./fields";

// An empty select ("Alle", "Ingen bestemt") means no value.
const emptyAsMissing = (v: unknown) => (v === "" ? undefined : v);

/** The waiting list's filters live in the query string, so they work without JavaScript. */
export const waitingListQuery = z.object({
  interesse: z.preprocess(emptyAsMissing, z.enum(interests).optional()),
  omraade: z.preprocess(emptyAsMissing, z.string().regex(/^\d{4}$/).optional()),
});

export const offerForm = z.object({
  intent: z.literal("offer"),
  citizenId: z.uuid(),
  volunteerId: z.preprocess(emptyAsMissing, z.uuid({ error: messages.volunteerNotAvailable }).optional()),
  note: optionalText(1000),
});

export const withdrawOfferForm = z.object({
  intent: z.literal("withdraw"),
  offerId: z.uuid(),
});

export const waitingListForm = z.discriminatedUnion("intent", [offerForm, withdrawOfferForm]);

/** The coordinator's answer to an offer, on the citizen's page. */
export const offerDecisionForm = z.object({
  offerId: z.uuid(),
  decision: z.enum(["use", "decline"]),
});
