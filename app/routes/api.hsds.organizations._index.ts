import { db } from "../data/db.server";
import { countAssociations, listAssociationsPage } from "../data/opendata.server";
import { hsdsListQuery } from "../forms/hsds-query";
import { apiBadRequest, apiJson } from "../opendata/api-response.server";
import { hsdsOrganization, hsdsPage } from "../opendata/hsds.server";
import type { Route } from "./+types/api.hsds.organizations._index";

export async function loader({ request }: Route.LoaderArgs) {
  const query = hsdsListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiBadRequest(query.error);
  const { page, per_page: perPage, search } = query.data;
  const [total, associations] = await Promise.all([
    countAssociations(db, search || undefined),
    listAssociationsPage(db, search || undefined, (page - 1) * perPage, perPage),
  ]);
  return apiJson(hsdsPage(associations.map(hsdsOrganization), total, page, perPage));
}
