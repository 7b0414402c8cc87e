import type { z } from "zod";
import { type PasswordOwner, passwordProblem } from "../domain/passwords/rules";
import { messages } from "../ui/messages";
import breachedList from "./breached-passwords.txt?raw";

// Bundled into the server build (?raw), so the check needs no file at run time.
const breached = new Set(
  breachedList
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("# "))
    .map((line) => line.toLowerCase()),
);

export const isBreachedPassword = (candidate: string) => breached.has(candidate.toLowerCase());

/** The Danish reason a newly chosen password is refused, or null. */
export function newPasswordRefusal(password: string, owner: PasswordOwner): string | null {
  const problem = passwordProblem(password, owner, isBreachedPassword);
  return problem ? messages.password[problem] : null;
}

/** Adds the refusal to a form's `newPassword` field, for a schema's superRefine. */
export function checkNewPassword(ctx: z.RefinementCtx, password: string, owner: PasswordOwner): void {
  const refusal = newPasswordRefusal(password, owner);
  if (refusal) ctx.addIssue({ code: "custom", path: ["newPassword"], message: refusal });
}
