import { data, Link, useLoaderData } from "react-router";
import { z } from "zod";
import { getActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { env } from "../env.server";
import { ActivityMap } from "../ui/activity-map";
import { Tags, activityFacts } from "../ui/activity-facts";
import { formatWhen } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/aktiviteter.$id";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `${data.activity.title} – Fællesskabsbro` : "Aktivitet – Fællesskabsbro" }];
}

export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const activity = id.success ? await getActivity(db, id.data) : undefined;
  if (!activity || activity.status !== "active") {
    throw data({ message: messages.notFound }, { status: 404 });
  }
  return { activity, tileUrl: env.MAP_TILE_URL ?? null };
}

export default function ActivityPage() {
  const { activity: a, tileUrl } = useLoaderData<typeof loader>();
  const place = `${a.address}, ${a.postcode} ${a.city}`;
  const when = formatWhen(a.weekday, a.startTime, a.endTime);
  const free = Math.max(0, a.capacity - a.enrolled);
  return (
    <article>
      <p>
        <Link to="/aktiviteter">Alle aktiviteter</Link>
      </p>
      <h1>{a.title}</h1>
      <p className="font-lead">{a.description}</p>
      <dl className="facts">
        <dt>Hvornår</dt>
        <dd>Hver {when.charAt(0).toLowerCase() + when.slice(1)}</dd>
        <dt>Hvor</dt>
        <dd>{place}</dd>
        <dt>Arrangør</dt>
        <dd>{a.associationName}</dd>
        <dt>Pladser</dt>
        <dd>{free > 0 ? `${free} ledige af ${a.capacity}` : "Fuldt booket lige nu"}</dd>
      </dl>
      <Tags items={activityFacts(a)} label="Praktisk" />
      <Tags items={a.interests} label="Emner" />
      <h2 className="h4">I din kalender</h2>
      <ul>
        <li>
          <a href={`/aktiviteter/${a.id}/kalender.ics`}>Sæt {a.title} i din kalender</a>
        </li>
        <li>
          <a href={`/foreninger/${a.associationId}/kalender.ics`}>Abonnér på alle aktiviteter fra {a.associationName}</a>
        </li>
      </ul>
      <ActivityMap
        className="activity-map"
        tileUrl={tileUrl ?? undefined}
        activities={[{ id: a.id, title: a.title, lat: a.lat, lng: a.lng, place, when }]}
      />
    </article>
  );
}
