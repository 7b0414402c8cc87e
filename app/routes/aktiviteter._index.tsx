import { Link, useLoaderData } from "react-router";
import { listActiveActivities } from "../data/activities.server";
import { db } from "../data/db.server";
import { env } from "../env.server";
import { ActivityMap } from "../ui/activity-map";
import { Tags, activityFacts } from "../ui/activity-facts";
import { formatWhen } from "../ui/format";

export const meta = () => [{ title: "Aktiviteter – Fællesskabsbro" }];

export async function loader() {
  const activities = await listActiveActivities(db);
  return { activities, tileUrl: env.MAP_TILE_URL ?? null };
}

export default function Catalogue() {
  const { activities, tileUrl } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Aktiviteter og fællesskaber</h1>
      <p className="font-lead">
        Foreningerne i Demo Kommune inviterer. Alle er velkomne, og du kan altid tage en ven
        eller din kontaktperson med.
      </p>
      <ActivityMap
        className="activity-map"
        tileUrl={tileUrl ?? undefined}
        activities={activities.map((a) => ({
          id: a.id,
          title: a.title,
          lat: a.lat,
          lng: a.lng,
          place: `${a.address}, ${a.postcode} ${a.city}`,
          when: formatWhen(a.weekday, a.startTime, a.endTime),
        }))}
      />
      <h2>{activities.length} aktiviteter</h2>
      <ul className="card-list">
        {activities.map((a) => (
          <li key={a.id}>
            <article className="item-card">
              <h3>
                <Link to={`/aktiviteter/${a.id}`}>{a.title}</Link>
              </h3>
              <p>
                <strong>{formatWhen(a.weekday, a.startTime, a.endTime)}</strong>
              </p>
              <p>
                {a.address}, {a.postcode} {a.city}
              </p>
              <p className="muted">{a.associationName}</p>
              <Tags items={activityFacts(a)} label="Praktisk" />
            </article>
          </li>
        ))}
      </ul>
      <p className="muted">
        Aktiviteterne er også åbne data, som andre sider må bruge:{" "}
        <a href="/api/hsds/services">Open Referral HSDS 3.0 (JSON)</a>, og hver aktivitet og forening har en
        kalender, man kan abonnere på.
      </p>
    </section>
  );
}
