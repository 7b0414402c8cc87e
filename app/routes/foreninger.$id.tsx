import "../ui/catalogue.css";
import { data, Link, useLoaderData } from "react-router";
import { z } from "zod";
import { listUpcomingActivities } from "../data/catalogue.server";
import { db } from "../data/db.server";
import { getAssociationProfile } from "../data/public-associations.server";
import { clockInDenmark, dateInDenmark } from "../domain/pathway/working-days";
import { ActivityCard } from "../ui/activity-card";
import { AssociationContact } from "../ui/association-contact";
import { messages } from "../ui/messages";
import type { Route } from "./+types/foreninger.$id";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `${data.association.name} – Fællesskabsbro` : "Forening – Fællesskabsbro" }];
}

export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const association = id.success ? await getAssociationProfile(db, id.data) : undefined;
  if (!association) throw data({ message: messages.associationNotFound }, { status: 404 });
  const activities = await listUpcomingActivities(db, { date: dateInDenmark(), time: clockInDenmark() }, association.id);
  return { association, activities };
}

export default function AssociationPage() {
  const { association: a, activities } = useLoaderData<typeof loader>();
  return (
    <article className="association-page">
      <p>
        <Link to="/aktiviteter">Alle aktiviteter</Link>
      </p>
      {a.hasLogo ? <img className="association-logo" src={`/foreninger/${a.id}/logo`} alt={`${a.name}s logo`} /> : null}
      <h1>{a.name}</h1>
      {a.description ? <p className="font-lead pre-line">{a.description}</p> : null}
      {a.area ? (
        <p>
          <strong>Område:</strong> {a.area}
        </p>
      ) : null}

      <h2>Kontakt</h2>
      <AssociationContact association={a} />

      <h2>{activities.length === 1 ? "1 aktivitet" : `${activities.length} aktiviteter`}</h2>
      {activities.length === 0 ? (
        <p>Foreningen har ingen kommende aktiviteter lige nu.</p>
      ) : (
        <>
          <p>
            {/* A file served by its own route, so a full page load, not client navigation. */}
            <a href={`/foreninger/${a.id}/kalender.ics`}>Abonnér på foreningens kalender</a>
          </p>
          <ul className="card-list">
            {activities.map((activity) => (
              <li key={activity.id}>
                <ActivityCard activity={activity} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
