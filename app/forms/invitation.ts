import { z } from "zod";
import { associationRoles, staffRoles } from "../domain/associations/invitations";
import { messages } from "../ui/messages";
import { confirmPassword, newPassword, samePasswords } from "./password";
import { email, text } from "./fields";

const invitee = {
  intent: z.literal("invite"),
  name: text(2, 120, messages.textLength(2, 120)),
  email: email.transform((value) => value.toLowerCase()),
};

export const inviteAssociationUserForm = z.object({
  ...invitee,
  role: z.enum(associationRoles, { error: messages.chooseRole }),
});

export const inviteStaffForm = z.object({
  ...invitee,
  role: z.enum(staffRoles, { error: messages.chooseRole }),
});

/** Send again or withdraw one invitation from the list. */
export const manageInvitationForm = z.object({
  intent: z.enum(["resend", "revoke"]),
  invitationId: z.uuid(),
});

export const acceptInvitationForm = z
  .object({
    name: text(2, 120),
    newPassword,
    confirmPassword,
  })
  .refine(...samePasswords);
