import { z } from "zod";
import { db } from "../data/db.server";
import { getPublishedActivity } from "../data/opendata.server";
import { env } from "../env.server";
import { apiJson, apiNotFound } from "../opendata/api-response.server";
import { hsdsService } from "../opendata/hsds.server";
import { openDataLinks } from "../opendata/links.server";
import type { Route } from "./+types/api.hsds.services.$id";

export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const activity = id.success ? await getPublishedActivity(db, id.data) : undefined;
  if (!activity || activity.status !== "active") return apiNotFound("No active service has this id.");
  return apiJson(hsdsService(activity, openDataLinks(env)));
}
