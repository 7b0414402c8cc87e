import { z } from "zod";

// Length over composition, as NIST SP 800-63B advises; the breached-password list
// and lockout come with the Trust issue.
const MIN_LENGTH = 12;

/** A password someone chooses: on changing it, and on accepting an invitation. */
export const newPassword = z
  .string({ error: `Skriv en ny adgangskode på mindst ${MIN_LENGTH} tegn` })
  .min(MIN_LENGTH, `Skriv en ny adgangskode på mindst ${MIN_LENGTH} tegn`)
  .max(200, "Adgangskoden må højst have 200 tegn");

export const confirmPassword = z.string({ error: "Gentag den nye adgangskode" }).max(200);

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
    currentPassword: z.string({ error: "Skriv din nuværende adgangskode" }).min(1, "Skriv din nuværende adgangskode").max(200),
    newPassword,
    confirmPassword,
  })
  .refine(...samePasswords);
