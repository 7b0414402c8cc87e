import type { Role } from "../../db/schema";
import { hashPassword } from "../auth/password.server";
import type { Executor } from "./executor";

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "password_hash", "role"])
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
}

export type NewUser = {
  email: string;
  name: string;
  phone?: string;
  role: Role;
  municipalityId?: string | null;
  associationId?: string | null;
  // A hash made beforehand keeps the slow hashing out of a caller's transaction.
} & ({ password: string } | { passwordHash: string });

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
      password_hash: "passwordHash" in user ? user.passwordHash : await hashPassword(user.password),
      municipality_id: user.municipalityId ?? null,
      association_id: user.associationId ?? null,
      created_at: now,
      password_changed_at: now,
    })
    .execute();
  return id;
}

export function emailHasUser(db: Executor, email: string): Promise<boolean> {
  return db
    .selectFrom("app_user")
    .select("id")
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst()
    .then(Boolean);
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

/** Who can be a citizen's fixed contact person: the municipality's coordinators. */
export function listCoordinators(db: Executor, municipalityId: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "name", "phone"])
    .where("municipality_id", "=", municipalityId)
    .where("role", "=", "coordinator")
    .orderBy("name")
    .execute();
}

export interface ContactCard {
  name: string;
  phone: string;
  contactHours: string;
  photo: Uint8Array | null;
  photoType: "image/jpeg" | "image/png" | null;
  municipality: string | null;
  department: string | null;
}

/** What the contact card shows about a municipal user, with their municipality. */
export async function getContactCard(db: Executor, userId: string): Promise<ContactCard | undefined> {
  const row = await db
    .selectFrom("app_user")
    .leftJoin("municipality", "municipality.id", "app_user.municipality_id")
    .select([
      "app_user.name",
      "app_user.phone",
      "app_user.contact_hours",
      "app_user.photo",
      "app_user.photo_type",
      "municipality.name as municipality",
      "municipality.department",
    ])
    .where("app_user.id", "=", userId)
    .executeTakeFirst();
  return row
    ? {
        name: row.name,
        phone: row.phone,
        contactHours: row.contact_hours,
        photo: row.photo,
        photoType: row.photo_type,
        municipality: row.municipality,
        department: row.department,
      }
    : undefined;
}

export async function setContactDetails(
  db: Executor,
  userId: string,
  details: { phone: string; contactHours: string },
): Promise<void> {
  await db
    .updateTable("app_user")
    .set({ phone: details.phone, contact_hours: details.contactHours })
    .where("id", "=", userId)
    .execute();
}

/** Replaces the user's photo; null removes it. */
export async function setPhoto(
  db: Executor,
  userId: string,
  photo: { bytes: Uint8Array; type: "image/jpeg" | "image/png" } | null,
): Promise<void> {
  await db
    .updateTable("app_user")
    .set({ photo: photo?.bytes ?? null, photo_type: photo?.type ?? null })
    .where("id", "=", userId)
    .execute();
}

/**
 * The photo as a data: URL for a preview on pages only logged-in municipal users
 * see, so the photo needs no public address of its own.
 */
export function photoDataUrl(card: Pick<ContactCard, "photo" | "photoType">): string | null {
  return card.photo && card.photoType
    ? `data:${card.photoType};base64,${Buffer.from(card.photo).toString("base64")}`
    : null;
}
