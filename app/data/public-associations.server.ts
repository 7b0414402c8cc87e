import type { Executor } from "./executor";

/** What anyone may see of an association: its public profile and how to reach it. */
export interface AssociationProfile {
  id: string;
  name: string;
  description: string;
  area: string;
  contactName: string;
  phone: string;
  email: string;
  website: string;
  hasLogo: boolean;
}

export async function getAssociationProfile(db: Executor, id: string): Promise<AssociationProfile | undefined> {
  const row = await db
    .selectFrom("association")
    .select(["id", "name", "description", "area", "contact_name", "phone", "email", "website", "logo_type"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        description: row.description,
        area: row.area,
        contactName: row.contact_name,
        phone: row.phone,
        email: row.email,
        website: row.website,
        hasLogo: row.logo_type !== null,
      }
    : undefined;
}
