import { z } from "zod";
import { lengthProblem } from "../domain/passwords/rules";
import { messages } from "../ui/messages";

// The length rule runs in the browser too; the breached-password list and the
// owner's own words are checked on the server (app/auth/password-rules.server.ts),
// so the list is never sent to the browser.

/** A password someone chooses: on changing it, and on accepting an invitation. */
export const newPassword = z
  .string({ error: messages.password["too-short"] })
  .superRefine((value, ctx) => {
    const problem = lengthProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: messages.password[problem] });
  });

export const confirmPassword = z
  .string({ error: "Gentag den nye adgangskode" })
  .max(1000, "Gentag den nye adgangskode");

/** The two new-password fields must agree; the error sits on the second. */
export const samePasswords: [
  (f: { newPassword: string; confirmPassword: string }) => boolean,
  { path: string[]; message: string },
] = [
  (f) => f.newPassword === f.confirmPassword,
  { path: ["confirmPassword"], message: "De to nye adgangskoder er ikke ens" },
];

export const changePasswordForm = z
  .object({
    currentPassword: z.string({ error: "Skriv din nuværende adgangskode" }).min(1, "Skriv din nuværende adgangskode").max(1000),
    newPassword,
    confirmPassword,
  })
  .refine(...samePasswords);
