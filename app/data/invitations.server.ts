import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase64urlNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Role } from "../../db/schema";
import { invitationEmail } from "../../emails/invitation";
import type { SessionUser } from "../auth/sessions.server";
import { hashPassword } from "../auth/password.server";
import {
  type AssociationRole,
  type InvitationState,
  type StaffRole,
  invitationExpiry,
  invitationState,
  isOpen,
  mayInvite,
} from "../domain/associations/invitations";
import { publicUrl } from "../env.server";
import type { Database } from "./db.server";
import type { Executor } from "./executor";
import { enqueueEmail } from "./outbox.server";
import { createUser, emailHasUser } from "./users.server";

// An invitation is a 256-bit random token in a link; only its SHA-256 is stored, so a
// leaked database holds no usable links. Sending again replaces the hash, which kills
// the old link; accepting stamps accepted_at, which spends it.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function newToken(): { token: string; hash: string } {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  const token = encodeBase64urlNoPadding(bytes);
  return { token, hash: hashToken(token) };
}

const hashToken = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

export type Inviter = Pick<SessionUser, "id" | "name" | "role" | "municipalityId" | "associationId">;

export type InviteInput = { invitedBy: Inviter } & (
  | { role: AssociationRole; associationId: string; name: string; email: string }
  | { role: StaffRole; name: string; email: string }
  /** A volunteer invited to log in to their own profile; name and email come from it. */
  | { role: "volunteer"; volunteerId: string }
);

export type InviteOutcome =
  | { status: "invited"; invitationId: string }
  | { status: "not-allowed" }
  | { status: "not-found" }
  | { status: "email-taken" }
  | { status: "already-invited" }
  | { status: "already-linked" };

interface Target {
  name: string;
  email: string;
  municipalityId: string;
  associationId: string | null;
  volunteerId: string | null;
  organisation: string;
}

/** Where the invited user will belong, if it is within the inviter's reach. */
async function resolveTarget(db: Executor, input: InviteInput): Promise<Target | InviteOutcome> {
  const inviter = input.invitedBy;
  if (input.role === "volunteer") {
    if (!inviter.associationId) return { status: "not-found" };
    const volunteer = await db
      .selectFrom("volunteer")
      .innerJoin("association", "association.id", "volunteer.association_id")
      .select([
        "volunteer.first_name",
        "volunteer.last_name",
        "volunteer.email",
        "volunteer.user_id",
        "association.id as association_id",
        "association.name as association_name",
        "association.municipality_id",
      ])
      .where("volunteer.id", "=", input.volunteerId)
      .where("volunteer.association_id", "=", inviter.associationId)
      .executeTakeFirst();
    if (!volunteer) return { status: "not-found" };
    if (volunteer.user_id) return { status: "already-linked" };
    return {
      name: `${volunteer.first_name} ${volunteer.last_name}`,
      email: volunteer.email,
      municipalityId: volunteer.municipality_id,
      associationId: volunteer.association_id,
      volunteerId: input.volunteerId,
      organisation: volunteer.association_name,
    };
  }
  if (!inviter.municipalityId) return { status: "not-found" };
  if ("associationId" in input) {
    const association = await db
      .selectFrom("association")
      .select(["id", "name"])
      .where("id", "=", input.associationId)
      .where("municipality_id", "=", inviter.municipalityId)
      .executeTakeFirst();
    if (!association) return { status: "not-found" };
    return {
      name: input.name,
      email: input.email,
      municipalityId: inviter.municipalityId,
      associationId: association.id,
      volunteerId: null,
      organisation: association.name,
    };
  }
  const municipality = await db
    .selectFrom("municipality")
    .select("name")
    .where("id", "=", inviter.municipalityId)
    .executeTakeFirstOrThrow();
  return {
    name: input.name,
    email: input.email,
    municipalityId: inviter.municipalityId,
    associationId: null,
    volunteerId: null,
    organisation: municipality.name,
  };
}

function renderInvitation(target: Pick<Target, "name" | "organisation">, role: Role, inviter: Inviter, token: string, expiresAt: Date) {
  return invitationEmail({
    name: target.name,
    role,
    organisation: target.organisation,
    inviterName: inviter.name,
    url: publicUrl(`/invitation/${token}`),
    expiresAt,
  });
}

const messageIdDomain = () => new URL(publicUrl("/")).hostname;

/**
 * Invites a new user by email: the invitation and its email are written in one
 * transaction. Used by administrators (association users, staff) and association
 * editors (their own volunteers).
 */
export async function inviteUser(db: Database, input: InviteInput, now = new Date()): Promise<InviteOutcome> {
  if (!mayInvite(input.invitedBy.role, input.role)) return { status: "not-allowed" };
  const target = await resolveTarget(db, input);
  if ("status" in target) return target;
  const email = target.email.toLowerCase();
  const { token, hash } = newToken();
  const expiresAt = invitationExpiry(now);
  const rendered = renderInvitation(target, input.role, input.invitedBy, token, expiresAt);

  return db.transaction().execute(async (trx): Promise<InviteOutcome> => {
    if (await emailHasUser(trx, email)) return { status: "email-taken" };
    const open = await trx
      .selectFrom("invitation")
      .select(["expires_at", "accepted_at", "revoked_at"])
      .where("email", "=", email)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
    if (open.some((i) => invitationState(i, now) === "pending")) return { status: "already-invited" };
    // An expired link to the same person is replaced by this one, not listed twice.
    await trx
      .updateTable("invitation")
      .set({ revoked_at: now.toISOString() })
      .where("email", "=", email)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
    const invitationId = crypto.randomUUID();
    await trx
      .insertInto("invitation")
      .values({
        id: invitationId,
        email,
        name: target.name,
        role: input.role,
        municipality_id: target.municipalityId,
        association_id: target.associationId,
        volunteer_id: target.volunteerId,
        token_hash: hash,
        invited_by: input.invitedBy.id,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        accepted_at: null,
        revoked_at: null,
        user_id: null,
      })
      .execute();
    await enqueueEmail(trx, {
      proposalId: null,
      kind: "invitation",
      recipient: email,
      ...rendered,
      messageIdDomain: messageIdDomain(),
    });
    return { status: "invited", invitationId };
  });
}

/** The invitations an inviter may see and manage: their municipality's, or their association's volunteers'. */
function invitationsInReach(db: Executor, inviter: Inviter) {
  const query = db
    .selectFrom("invitation")
    .innerJoin("municipality", "municipality.id", "invitation.municipality_id")
    .leftJoin("association", "association.id", "invitation.association_id");
  if (inviter.role === "admin" && inviter.municipalityId) {
    return query.where("invitation.municipality_id", "=", inviter.municipalityId);
  }
  if (inviter.role === "association" && inviter.associationId) {
    return query.where("invitation.association_id", "=", inviter.associationId).where("invitation.role", "=", "volunteer");
  }
  return query.where(({ lit }) => lit(false));
}

export type ManageOutcome = "done" | "not-found" | "closed";

/** A new link for an open invitation (also an expired one); the old link stops working. */
export async function resendInvitation(
  db: Database,
  inviter: Inviter,
  invitationId: string,
  now = new Date(),
): Promise<ManageOutcome> {
  const invitation = await invitationsInReach(db, inviter)
    .select([
      "invitation.id",
      "invitation.name",
      "invitation.email",
      "invitation.role",
      "invitation.expires_at",
      "invitation.accepted_at",
      "invitation.revoked_at",
      "municipality.name as municipality_name",
      "association.name as association_name",
    ])
    .where("invitation.id", "=", invitationId)
    .executeTakeFirst();
  if (!invitation) return "not-found";
  if (!isOpen(invitationState(invitation, now))) return "closed";
  const { token, hash } = newToken();
  const expiresAt = invitationExpiry(now);
  const organisation = invitation.association_name ?? invitation.municipality_name;
  const rendered = renderInvitation({ name: invitation.name, organisation }, invitation.role, inviter, token, expiresAt);
  return db.transaction().execute(async (trx): Promise<ManageOutcome> => {
    const updated = await trx
      .updateTable("invitation")
      .set({ token_hash: hash, expires_at: expiresAt.toISOString(), invited_by: inviter.id })
      .where("id", "=", invitation.id)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return "closed";
    await enqueueEmail(trx, {
      proposalId: null,
      kind: "invitation",
      recipient: invitation.email,
      ...rendered,
      messageIdDomain: messageIdDomain(),
    });
    return "done";
  });
}

export async function revokeInvitation(
  db: Executor,
  inviter: Inviter,
  invitationId: string,
  now = new Date(),
): Promise<ManageOutcome> {
  const invitation = await invitationsInReach(db, inviter)
    .select("invitation.id")
    .where("invitation.id", "=", invitationId)
    .executeTakeFirst();
  if (!invitation) return "not-found";
  const updated = await db
    .updateTable("invitation")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", invitation.id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return updated.numUpdatedRows === 0n ? "closed" : "done";
}

export interface OpenInvitation {
  id: string;
  name: string;
  email: string;
  role: Role;
  expiresAt: string;
  state: InvitationState;
}

/** Invitations not yet accepted or revoked, for one association or for the municipality's staff. */
export async function listOpenInvitations(
  db: Executor,
  scope: { associationId: string } | { municipalityId: string; roles: readonly Role[] },
  now = new Date(),
): Promise<OpenInvitation[]> {
  let query = db
    .selectFrom("invitation")
    .select(["id", "name", "email", "role", "expires_at", "accepted_at", "revoked_at"])
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc");
  query =
    "associationId" in scope
      ? query.where("association_id", "=", scope.associationId)
      : query.where("municipality_id", "=", scope.municipalityId).where("role", "in", scope.roles);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    expiresAt: r.expires_at,
    state: invitationState(r, now),
  }));
}

export interface InvitationDetails {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: string;
  inviterName: string | null;
  state: InvitationState;
}

/** What the person holding the link may see: who invites them to what. */
export async function findInvitation(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<InvitationDetails | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const row = await db
    .selectFrom("invitation")
    .innerJoin("municipality", "municipality.id", "invitation.municipality_id")
    .leftJoin("association", "association.id", "invitation.association_id")
    .leftJoin("app_user as inviter", "inviter.id", "invitation.invited_by")
    .select([
      "invitation.id",
      "invitation.name",
      "invitation.email",
      "invitation.role",
      "invitation.expires_at",
      "invitation.accepted_at",
      "invitation.revoked_at",
      "municipality.name as municipality_name",
      "association.name as association_name",
      "inviter.name as inviter_name",
    ])
    .where("invitation.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        email: row.email,
        role: row.role,
        organisation: row.association_name ?? row.municipality_name,
        inviterName: row.inviter_name,
        state: invitationState(row, now),
      }
    : undefined;
}

export type AcceptOutcome =
  | { status: "accepted"; userId: string; role: Role }
  | { status: "gone"; state: Exclude<InvitationState, "pending"> | "unknown" }
  | { status: "email-taken"; email: string };

/**
 * Creates the invited user with the chosen password and spends the invitation, in
 * one transaction; a volunteer's profile is linked to the new login in the same one.
 */
export async function acceptInvitation(
  db: Database,
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<AcceptOutcome> {
  const found = await findInvitation(db, token, now);
  if (!found) return { status: "gone", state: "unknown" };
  if (found.state !== "pending") return { status: "gone", state: found.state };
  if (await emailHasUser(db, found.email)) return { status: "email-taken", email: found.email };
  const passwordHash = await hashPassword(input.password);

  return db.transaction().execute(async (trx): Promise<AcceptOutcome> => {
    const invitation = await trx
      .selectFrom("invitation")
      .selectAll()
      .where("id", "=", found.id)
      .where("token_hash", "=", hashToken(token))
      .executeTakeFirst();
    const state = invitation ? invitationState(invitation, now) : "unknown";
    if (!invitation || state !== "pending") return { status: "gone", state: state === "pending" ? "unknown" : state };
    if (await emailHasUser(trx, invitation.email)) return { status: "email-taken", email: invitation.email };
    const userId = await createUser(trx, {
      email: invitation.email,
      name: input.name,
      role: invitation.role,
      passwordHash,
      // Association-side users belong to their association, staff to the municipality.
      municipalityId: invitation.association_id ? null : invitation.municipality_id,
      associationId: invitation.association_id,
    });
    await trx
      .updateTable("invitation")
      .set({ accepted_at: now.toISOString(), user_id: userId })
      .where("id", "=", invitation.id)
      .execute();
    if (invitation.volunteer_id) {
      await trx
        .updateTable("volunteer")
        .set({ user_id: userId, updated_at: now.toISOString() })
        .where("id", "=", invitation.volunteer_id)
        .execute();
    }
    return { status: "accepted", userId, role: invitation.role };
  });
}

/** When the volunteer's own-login invitation runs out, if one is waiting. */
export async function pendingVolunteerInvitation(
  db: Executor,
  volunteerId: string,
  now = new Date(),
): Promise<{ expiresAt: string } | undefined> {
  const rows = await db
    .selectFrom("invitation")
    .select(["expires_at", "accepted_at", "revoked_at"])
    .where("volunteer_id", "=", volunteerId)
    .execute();
  const pending = rows.find((r) => invitationState(r, now) === "pending");
  return pending ? { expiresAt: pending.expires_at } : undefined;
}
