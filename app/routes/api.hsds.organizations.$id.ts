import { z } from "zod";
import { db } from "../data/db.server";
import { getPublishedAssociation, listAssociationActiveActivities } from "../data/opendata.server";
import { env } from "../env.server";
import { apiJson, apiNotFound } from "../opendata/api-response.server";
import { hsdsOrganizationFull } from "../opendata/hsds.server";
import { openDataLinks } from "../opendata/links.server";
import type { Route } from "./+types/api.hsds.organizations.$id";

export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const association = id.success ? await getPublishedAssociation(db, id.data) : undefined;
  if (!association) return apiNotFound("No organization has this id.");
  const activities = await listAssociationActiveActivities(db, association.id);
  return apiJson(hsdsOrganizationFull(association, activities, openDataLinks(env)));
}
