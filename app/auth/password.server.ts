import { hash, verify } from "@node-rs/argon2";
import { normalisePassword } from "../domain/passwords/rules";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(password), options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, normalisePassword(password), options);
}

// Verifying against a throwaway hash when the email is unknown keeps the response
// time the same, so login timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function burnVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  await verify(await dummyHash, password, options);
}
