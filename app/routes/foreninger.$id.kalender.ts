import { z } from "zod";
import { db } from "../data/db.server";
import { getPublishedAssociation, listAssociationFeedActivities } from "../data/opendata.server";
import { addDays, dateInDenmark } from "../domain/pathway/working-days";
import { env } from "../env.server";
import { activityCalendar, calendarHeaders } from "../opendata/ical.server";
import { openDataLinks } from "../opendata/links.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/foreninger.$id.kalender";

// Cancelled activities stay in the feed for a month, marked STATUS:CANCELLED, so
// subscribed calendars show the cancellation before the activity drops out.
const KEEP_CANCELLED_DAYS = 30;

export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const association = id.success ? await getPublishedAssociation(db, id.data) : undefined;
  if (!association) return new Response(messages.notFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const activities = await listAssociationFeedActivities(db, association.id, addDays(dateInDenmark(), -KEEP_CANCELLED_DAYS));
  const body = activityCalendar(activities, {
    name: `${association.name} – aktiviteter`,
    description: `Aktiviteter fra ${association.name} i Fællesskabsbro`,
    ...openDataLinks(env),
  });
  return new Response(body, { headers: calendarHeaders(`${association.name} aktiviteter`) });
}
