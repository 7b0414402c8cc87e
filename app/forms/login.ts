import { z } from "zod";
import { email } from "./fields";

export const loginForm = z.object({
  email: email.transform((value) => value.toLowerCase()),
  password: z.string({ error: "Skriv din adgangskode" }).min(1, "Skriv din adgangskode").max(1000),
  redirectTo: z.string().optional(),
});
