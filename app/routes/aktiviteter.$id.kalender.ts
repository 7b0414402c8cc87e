import { z } from "zod";
import { db } from "../data/db.server";
import { getPublishedActivity } from "../data/opendata.server";
import { env } from "../env.server";
import { activityCalendar, calendarHeaders } from "../opendata/ical.server";
import { openDataLinks } from "../opendata/links.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/aktiviteter.$id.kalender";

// A cancelled activity stays in its own feed, marked STATUS:CANCELLED, so a calendar
// subscribed to exactly this activity shows that it is cancelled instead of an error.
export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const activity = id.success ? await getPublishedActivity(db, id.data) : undefined;
  if (!activity) return new Response(messages.notFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const links = openDataLinks(env);
  const body = activityCalendar([activity], {
    name: activity.title,
    description: `${activity.title} – ${activity.association.name}`,
    ...links,
  });
  return new Response(body, { headers: calendarHeaders(activity.title) });
}
