import { sql } from "kysely";
import type { AssociationTable } from "../../db/schema";
import { associationRoles, staffRoles } from "../domain/associations/invitations";
import { type Executor, nowIso } from "./executor";

// The association's own profile and what the municipality sees of each association.
// Every read takes the scope (municipality or association id) so a caller can never
// forget it.

export type LogoType = NonNullable<AssociationTable["logo_type"]>;

export interface AssociationSummary {
  id: string;
  name: string;
  users: number;
  activities: number;
  volunteers: number;
}

const count = sql<number>`count(*)`;

export async function listAssociations(db: Executor, municipalityId: string): Promise<AssociationSummary[]> {
  const rows = await db
    .selectFrom("association")
    .select(["association.id", "association.name"])
    .select((eb) => [
      eb
        .selectFrom("app_user")
        .select(count.as("n"))
        .whereRef("app_user.association_id", "=", "association.id")
        .where("app_user.role", "in", associationRoles)
        .as("users"),
      eb
        .selectFrom("activity")
        .select(count.as("n"))
        .whereRef("activity.association_id", "=", "association.id")
        .where("activity.status", "=", "active")
        .as("activities"),
      eb
        .selectFrom("volunteer")
        .select(count.as("n"))
        .whereRef("volunteer.association_id", "=", "association.id")
        .where("volunteer.status", "=", "active")
        .as("volunteers"),
    ])
    .where("association.municipality_id", "=", municipalityId)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      users: Number(r.users ?? 0),
      activities: Number(r.activities ?? 0),
      volunteers: Number(r.volunteers ?? 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "da"));
}

export interface NewAssociation {
  name: string;
  email: string;
  phone?: string;
  description?: string;
  area?: string;
}

export async function createAssociation(db: Executor, municipalityId: string, a: NewAssociation): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await db
    .insertInto("association")
    .values({
      id,
      municipality_id: municipalityId,
      name: a.name,
      email: a.email.toLowerCase(),
      phone: a.phone ?? "",
      description: a.description ?? "",
      area: a.area ?? "",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export interface AssociationProfile {
  id: string;
  municipalityId: string;
  name: string;
  description: string;
  area: string;
  contactName: string;
  email: string;
  phone: string;
  website: string;
  hasLogo: boolean;
  /** Changes with every save, so a logo URL can carry it and caches see a new logo at once. */
  version: string;
}

/** The association, if it exists within the municipality (null = any municipality). */
export async function getAssociation(
  db: Executor,
  id: string,
  municipalityId: string | null,
): Promise<AssociationProfile | undefined> {
  let query = db
    .selectFrom("association")
    .select([
      "id",
      "municipality_id",
      "name",
      "description",
      "area",
      "contact_name",
      "email",
      "phone",
      "website",
      "created_at",
      "updated_at",
      sql<number>`logo is not null`.as("has_logo"),
    ])
    .where("id", "=", id);
  if (municipalityId) query = query.where("municipality_id", "=", municipalityId);
  const row = await query.executeTakeFirst();
  return row
    ? {
        id: row.id,
        municipalityId: row.municipality_id,
        name: row.name,
        description: row.description,
        area: row.area,
        contactName: row.contact_name,
        email: row.email,
        phone: row.phone,
        website: row.website,
        hasLogo: Boolean(row.has_logo),
        version: String(Date.parse(row.updated_at ?? row.created_at)),
      }
    : undefined;
}

export interface ProfileUpdate {
  description?: string;
  area?: string;
  contactName?: string;
  email: string;
  phone?: string;
  website?: string;
}

export async function updateAssociationProfile(db: Executor, id: string, p: ProfileUpdate): Promise<void> {
  await db
    .updateTable("association")
    .set({
      description: p.description ?? "",
      area: p.area ?? "",
      contact_name: p.contactName ?? "",
      email: p.email.toLowerCase(),
      phone: p.phone ?? "",
      website: p.website ?? "",
      updated_at: nowIso(),
    })
    .where("id", "=", id)
    .execute();
}

/** Replaces the logo; null removes it. */
export async function setAssociationLogo(
  db: Executor,
  id: string,
  logo: { bytes: Uint8Array; type: LogoType } | null,
): Promise<void> {
  await db
    .updateTable("association")
    .set({ logo: logo?.bytes ?? null, logo_type: logo?.type ?? null, updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
}

export async function getAssociationLogo(db: Executor, id: string) {
  const row = await db
    .selectFrom("association")
    .select(["logo", "logo_type", "created_at", "updated_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.logo && row.logo_type
    ? { bytes: row.logo, type: row.logo_type, version: String(Date.parse(row.updated_at ?? row.created_at)) }
    : undefined;
}

/** The association's editors and bridge-builders; volunteers have their own page. */
export function listAssociationUsers(db: Executor, associationId: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "name", "email", "role"])
    .where("association_id", "=", associationId)
    .where("role", "in", associationRoles)
    .orderBy("name")
    .execute();
}

/** The municipality's own staff. */
export function listStaff(db: Executor, municipalityId: string) {
  return db
    .selectFrom("app_user")
    .select(["id", "name", "email", "role"])
    .where("municipality_id", "=", municipalityId)
    .where("role", "in", staffRoles)
    .orderBy("name")
    .execute();
}

export interface AssociationOverview {
  activeActivities: number;
  activeVolunteers: number;
  waitingProposals: number;
}

export async function getAssociationOverview(db: Executor, associationId: string): Promise<AssociationOverview> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("activity")
        .select(count.as("n"))
        .where("association_id", "=", associationId)
        .where("status", "=", "active")
        .as("activities"),
      eb
        .selectFrom("volunteer")
        .select(count.as("n"))
        .where("association_id", "=", associationId)
        .where("status", "=", "active")
        .as("volunteers"),
      eb
        .selectFrom("match_proposal")
        .select(count.as("n"))
        .where("association_id", "=", associationId)
        .where("status", "=", "proposed")
        .as("proposals"),
    ])
    .executeTakeFirstOrThrow();
  return {
    activeActivities: Number(row.activities ?? 0),
    activeVolunteers: Number(row.volunteers ?? 0),
    waitingProposals: Number(row.proposals ?? 0),
  };
}
