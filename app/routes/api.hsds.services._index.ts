import { db } from "../data/db.server";
import { countActiveActivities, listActiveActivitiesPage } from "../data/opendata.server";
import { env } from "../env.server";
import { hsdsServicesQuery } from "../forms/hsds-query";
import { apiBadRequest, apiJson } from "../opendata/api-response.server";
import { hsdsPage, hsdsServiceSummary } from "../opendata/hsds.server";
import { openDataLinks } from "../opendata/links.server";
import type { Route } from "./+types/api.hsds.services._index";

export async function loader({ request }: Route.LoaderArgs) {
  const query = hsdsServicesQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiBadRequest(query.error);
  const { page, per_page: perPage, search, organization_id, modified_after } = query.data;
  const filter = { search: search || undefined, associationId: organization_id, modifiedAfter: modified_after };
  const [total, activities] = await Promise.all([
    countActiveActivities(db, filter),
    listActiveActivitiesPage(db, filter, (page - 1) * perPage, perPage),
  ]);
  const links = openDataLinks(env);
  return apiJson(hsdsPage(activities.map((a) => hsdsServiceSummary(a, links)), total, page, perPage));
}
