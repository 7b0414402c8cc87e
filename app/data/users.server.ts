import type { Role } from "../../db/schema";
import { hashPassword } from "../auth/password.server";
import type { Executor } from "./executor";

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "password_hash"])
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
}

export interface NewUser {
  email: string;
  name: string;
  phone?: string;
  role: Role;
  password: string;
  municipalityId?: string | null;
  associationId?: string | null;
}

export async function createUser(db: Executor, user: NewUser): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto("app_user")
    .values({
      id,
      email: user.email.toLowerCase(),
      name: user.name,
      phone: user.phone ?? "",
      role: user.role,
      password_hash: await hashPassword(user.password),
      municipality_id: user.municipalityId ?? null,
      association_id: user.associationId ?? null,
      created_at: now,
      password_changed_at: now,
    })
    .execute();
  return id;
}

export function getContactPerson(db: Executor, userId: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "name", "phone", "email"])
    .where("id", "=", userId)
    .executeTakeFirst();
}

export function getPasswordHash(db: Executor, userId: string) {
  return db
    .selectFrom("app_user")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirst()
    .then((row) => row?.password_hash);
}

export async function setPassword(db: Executor, userId: string, password: string): Promise<void> {
  await db
    .updateTable("app_user")
    .set({ password_hash: await hashPassword(password), password_changed_at: new Date().toISOString() })
    .where("id", "=", userId)
    .execute();
}

/** Names of the municipality's staff, offered as owners of a citizen's tasks. */
export async function listStaffNames(db: Executor, municipalityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("app_user")
    .select("name")
    .where("municipality_id", "=", municipalityId)
    .orderBy("name")
    .execute();
  return rows.map((r) => r.name);
}
