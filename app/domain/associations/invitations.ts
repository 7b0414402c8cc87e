import type { Role } from "../../../db/schema";

// Invitations by email link: who may invite whom, how long a link lives, and the
// words the invited person reads. Plain rules, no database.

export const INVITATION_VALID_DAYS = 7;

/** Roles that belong to an association and are invited into one. */
export const associationRoles = ["association", "bridge_builder"] as const;
/** The municipality's own staff. */
export const staffRoles = ["coordinator", "homecare", "admin"] as const;

export type AssociationRole = (typeof associationRoles)[number];
export type StaffRole = (typeof staffRoles)[number];

export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

export interface InvitationDates {
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export function invitationState(invitation: InvitationDates, now: Date): InvitationState {
  if (invitation.accepted_at) return "accepted";
  if (invitation.revoked_at) return "revoked";
  return Date.parse(invitation.expires_at) > now.getTime() ? "pending" : "expired";
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** An expired link is the usual reason to send again; a used or withdrawn one is closed. */
export function isOpen(state: InvitationState): boolean {
  return state === "pending" || state === "expired";
}

/**
 * Administrators invite the association users and their own colleagues; an
 * association editor invites the association's volunteers to their own login.
 */
export function mayInvite(inviter: Role, invitee: Role): boolean {
  if (inviter === "admin") return invitee !== "volunteer";
  if (inviter === "association") return invitee === "volunteer";
  return false;
}

/** The role as it reads after "inviteret dig som …". */
export const invitedAsLabels: Record<Role, string> = {
  admin: "administrator",
  coordinator: "fællesskabskoordinator",
  homecare: "medarbejder i hjemmeplejen",
  bridge_builder: "frivillighedstovholder",
  association: "foreningsredaktør",
  volunteer: "frivillig",
};

/** One sentence on what the new user will do, so the invitation explains itself. */
export const roleIntroductions: Record<Role, string> = {
  admin: "Som administrator inviterer du brugere, opretter foreninger og holder øje med udbakken.",
  coordinator:
    "Som fællesskabskoordinator følger du borgere fra henvisning til fællesskab og foreslår frivillige og aktiviteter.",
  homecare: "Som medarbejder i hjemmeplejen kan du henvise en borger, der virker ensom, fra din telefon på under et minut.",
  bridge_builder:
    "Som frivillighedstovholder tager du imod kommunens forslag til matches og introducerer borgeren for en frivillig.",
  association:
    "Som foreningsredaktør lægger du foreningens aktiviteter og frivillige ind, så kommunen kan bygge bro til borgere, der savner fællesskab.",
  volunteer: "Som frivillig kan du se og rette din egen profil og hvornår du har tid.",
};

/** "Ældre Sagen Skive har inviteret dig som foreningsredaktør". */
export function invitationHeadline(organisation: string, role: Role): string {
  return `${organisation} har inviteret dig som ${invitedAsLabels[role]}`;
}
