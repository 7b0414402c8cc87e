import { Link, useLoaderData, useSearchParams } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { listAssociationActivities } from "../data/activities.server";
import { listOccurrenceChanges } from "../data/activity-dates.server";
import { db } from "../data/db.server";
import { nextOccurrences, notOverYet } from "../domain/activities/occurrences";
import { describeSchedule } from "../domain/activities/schedule";
import { clockInDenmark, dateInDenmark } from "../domain/pathway/working-days";
import { Alert } from "../ui/alert";
import { formatDate } from "../ui/format";
import type { Route } from "./+types/forening.aktiviteter";

export const meta = () => [{ title: "Foreningens aktiviteter – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAssociationUser(request, "/forening/aktiviteter");
  const now = { date: dateInDenmark(), time: clockInDenmark() };
  const activities = await listAssociationActivities(db, user.associationId);
  const changes = await listOccurrenceChanges(db, activities.map((a) => a.id));
  return {
    activities: activities.map((a) => {
      // The next time people actually meet: a cancelled date is skipped.
      const next = nextOccurrences(a, changes.get(a.id) ?? [], now.date, 20).find(
        (o) => o.status !== "cancelled" && notOverYet(o, now),
      );
      return {
        id: a.id,
        title: a.title,
        targetGroup: a.targetGroup,
        status: a.status,
        schedule: describeSchedule(a),
        nextDate: a.status === "active" ? (next?.date ?? null) : null,
        enrolled: a.enrolled,
        capacity: a.capacity,
        cancelReason: a.cancelReason,
        cancelledAt: a.cancelledAt,
      };
    }),
  };
}

const notices: Record<string, string> = {
  gemt: "Ændringerne er gemt.",
  aflyst: "Aktiviteten er aflyst og vises ikke længere i kataloget.",
  genaabnet: "Aktiviteten er genåbnet og vises igen i kataloget.",
};

export default function AssociationActivities() {
  const { activities } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = notices[searchParams.get("besked") ?? ""];
  return (
    <section>
      <h1>Foreningens aktiviteter</h1>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <p>
        <Link to="/aktiviteter/ny" className="button button-primary">
          Opret aktivitet
        </Link>
      </p>
      {activities.length === 0 ? (
        <p>Foreningen har ingen aktiviteter endnu.</p>
      ) : (
        <ul className="card-list" aria-label="Foreningens aktiviteter, også de aflyste">
          {activities.map((a) => (
            <li key={a.id}>
              <article className={`item-card${a.status === "active" ? "" : " item-card-cancelled"}`}>
                <h2>{a.status === "active" ? <Link to={`/aktiviteter/${a.id}`}>{a.title}</Link> : a.title}</h2>
                {a.targetGroup ? <p className="muted">{a.targetGroup}</p> : null}
                <p>
                  <strong>{a.schedule}</strong>
                </p>
                {a.status === "active" ? (
                  <p>{a.nextDate ? `Næste gang ${formatDate(a.nextDate)}` : "Ingen kommende datoer"}</p>
                ) : (
                  <p>
                    <strong>Aflyst</strong>
                    {a.cancelledAt ? ` ${formatDate(a.cancelledAt)}` : ""}: {a.cancelReason}
                  </p>
                )}
                <p>
                  {a.enrolled} af {a.capacity} pladser taget
                </p>
                <ul className="row-actions">
                  <li>
                    <Link to={`/aktiviteter/${a.id}/rediger`}>
                      Ret<span className="sr-only"> {a.title}</span>
                    </Link>
                  </li>
                  {a.status === "active" ? (
                    <li>
                      <Link to={`/aktiviteter/${a.id}/datoer`}>
                        Datoer<span className="sr-only"> for {a.title}</span>
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link to={`/aktiviteter/${a.id}/kopier`}>
                      Kopiér<span className="sr-only"> {a.title}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`/aktiviteter/${a.id}/aflys`}>
                      {a.status === "active" ? "Aflys" : "Genåbn"}
                      <span className="sr-only"> {a.title}</span>
                    </Link>
                  </li>
                </ul>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
