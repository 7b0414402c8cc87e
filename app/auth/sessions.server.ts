import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { createCookie } from "react-router";
import type { Role } from "../../db/schema";
import type { Executor } from "../data/executor";

// Lucia's session design: the token is `id.secret`; only SHA-256(secret) is stored,
// so a leaked database cannot be replayed as cookies.
const INACTIVITY_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// Sliding expiry without a write on every request.
const ACTIVITY_CHECK_INTERVAL_MS = 10 * 60 * 1000;

export interface SessionUser {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  associationId: string | null;
}

export const sessionCookie = createCookie("session", {
  httpOnly: true,
  secure: true,
  sameSite: "lax",
  path: "/",
});

function randomSecret(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export async function createSession(db: Executor, userId: string): Promise<string> {
  const id = randomSecret();
  const secret = randomSecret();
  const now = new Date().toISOString();
  await db
    .insertInto("session")
    .values({
      id,
      user_id: userId,
      secret_hash: hashSecret(secret),
      created_at: now,
      last_verified_at: now,
    })
    .execute();
  return `${id}.${secret}`;
}

export async function validateSessionToken(
  db: Executor,
  token: string,
): Promise<SessionUser | null> {
  const [id, secret, ...rest] = token.split(".");
  if (!id || !secret || rest.length > 0) return null;
  const row = await db
    .selectFrom("session")
    .innerJoin("app_user", "app_user.id", "session.user_id")
    .select([
      "session.id as sessionId",
      "session.secret_hash",
      "session.last_verified_at",
      "app_user.id",
      "app_user.email",
      "app_user.name",
      "app_user.role",
      "app_user.municipality_id",
      "app_user.association_id",
    ])
    .where("session.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null;

  const idleMs = Date.now() - Date.parse(row.last_verified_at);
  if (idleMs >= INACTIVITY_TIMEOUT_MS) {
    await invalidateSession(db, row.sessionId);
    return null;
  }
  if (idleMs >= ACTIVITY_CHECK_INTERVAL_MS) {
    await db
      .updateTable("session")
      .set({ last_verified_at: new Date().toISOString() })
      .where("id", "=", row.sessionId)
      .execute();
  }
  return {
    id: row.id,
    sessionId: row.sessionId,
    email: row.email,
    name: row.name,
    role: row.role,
    municipalityId: row.municipality_id,
    associationId: row.association_id,
  };
}

export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", sessionId).execute();
}

/** After a password change every other device must sign in again. */
export async function invalidateUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("session").where("user_id", "=", userId).execute();
}
