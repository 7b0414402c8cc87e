import { z } from "zod";
import { PHOTO_MAX_BYTES } from "../domain/pathway/photo";
import { messages } from "../ui/messages";
import { phone, text } from "./fields";

export const contactPersonForm = z.object({
  contactPersonId: z.uuid({ error: messages.chooseContactPerson }),
});

export const contactDetailsForm = z.object({
  intent: z.literal("details"),
  phone,
  contactHours: text(2, 120),
});

// The file's type is checked by its bytes in the route (photoTypeOf): a schema sees
// only the name and size.
export const photoForm = z.object({
  intent: z.literal("photo"),
  photo: z
    .instanceof(File, { error: messages.photoMissing })
    .refine((f) => f.size > 0, messages.photoMissing)
    .refine((f) => f.size <= PHOTO_MAX_BYTES, messages.photoTooLarge),
});

export const removePhotoForm = z.object({ intent: z.literal("remove-photo") });
