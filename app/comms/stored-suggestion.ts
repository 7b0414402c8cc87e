import { z } from "zod";
import type { SuggestionMessage } from "./suggestion";

// A letter keeps the suggestion it was drawn from, so a batch can draw it again into
// one print file exactly as it was first drawn (same date, same reply code). The reply
// link in it is no new secret: the stored PDF prints the same link as a QR code.

const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const storedSuggestion = z.object({
  citizen: z.object({ firstName: z.string(), fullName: z.string(), addressLines: z.array(z.string()) }),
  sender: z.object({ municipality: z.string(), department: z.string(), addressLines: z.array(z.string()) }),
  contact: z.object({ name: z.string(), phone: z.string(), hours: z.string().optional() }),
  suggestion: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("volunteer"),
      volunteerFirstName: z.string(),
      associationName: z.string(),
      interests: z.array(z.string()),
    }),
    z.object({
      kind: z.literal("activity"),
      title: z.string(),
      associationName: z.string(),
      when: z.string(),
      place: z.string(),
    }),
  ]),
  reply: z.object({ url: z.url(), shortCode: z.string(), codeUrl: z.url(), expiresOn: isoDate }),
  date: isoDate,
});

export function storeSuggestion(message: SuggestionMessage): string {
  return JSON.stringify(message);
}

/** The message a letter was drawn from; throws when the stored text is not one. */
export function readStoredSuggestion(json: string): SuggestionMessage {
  return storedSuggestion.parse(JSON.parse(json)) satisfies SuggestionMessage;
}
