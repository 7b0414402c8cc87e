import "../ui/catalogue.css";
import { data, Link, useLoaderData } from "react-router";
import { z } from "zod";
import { getActivity } from "../data/activities.server";
import { comingDates } from "../data/catalogue.server";
import { db } from "../data/db.server";
import { getAssociationProfile } from "../data/public-associations.server";
import type { Occurrence } from "../domain/activities/occurrences";
import { describeSchedule } from "../domain/activities/schedule";
import { clockInDenmark, dateInDenmark } from "../domain/pathway/working-days";
import { type LanguageCode, languages } from "../domain/vocabulary";
import { env } from "../env.server";
import { ActivityMap } from "../ui/activity-map";
import { Tags, activityFacts } from "../ui/activity-facts";
import { Alert } from "../ui/alert";
import { AssociationContact } from "../ui/association-contact";
import { formatDay, placesLeft } from "../ui/catalogue-labels";
import { danishTime, formatPrice } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/aktiviteter.$id";

/** Enough to plan the next two months of a weekly activity. */
const DATES_SHOWN = 8;

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `${data.activity.title} – Fællesskabsbro` : "Aktivitet – Fællesskabsbro" }];
}

export async function loader({ params }: Route.LoaderArgs) {
  const id = z.uuid().safeParse(params.id);
  const activity = id.success ? await getActivity(db, id.data) : undefined;
  if (!activity) throw data({ message: messages.activityNotFound }, { status: 404 });
  const association = await getAssociationProfile(db, activity.associationId);
  if (!association) throw data({ message: messages.activityNotFound }, { status: 404 });
  // A cancelled activity keeps its page (letters and QR codes point here) but has no dates.
  const dates = activity.status === "active" ? await comingDates(db, activity, { date: dateInDenmark(), time: clockInDenmark() }, DATES_SHOWN) : [];
  return { activity, schedule: describeSchedule(activity), dates, association, tileUrl: env.MAP_TILE_URL ?? null };
}

const languageName = (code: string) => languages[code as LanguageCode] ?? code;

export default function ActivityPage() {
  const { activity: a, schedule, dates, association, tileUrl } = useLoaderData<typeof loader>();
  const place = `${a.address}, ${a.postcode} ${a.city}`;
  const cancelled = a.status === "cancelled";
  const facts = activityFacts(a).filter((fact) => fact !== formatPrice(a.price));
  return (
    <article className="activity-page">
      <p>
        <Link to="/aktiviteter">Alle aktiviteter</Link>
      </p>
      <h1>{a.title}</h1>
      {cancelled ? (
        <Alert kind="warning">
          <strong>Aktiviteten er aflyst.</strong>
          {a.cancelReason ? ` ${a.cancelReason}` : null}
        </Alert>
      ) : null}
      <p className="font-lead pre-line">{a.description}</p>
      {a.hostName && !cancelled ? (
        <p className="font-lead">
          Du bliver taget imod af {a.hostName}
          {a.hostPhone ? (
            <>
              . Ring gerne på <a href={`tel:${a.hostPhone.replace(/\s/g, "")}`}>{a.hostPhone}</a>, hvis du har
              spørgsmål
            </>
          ) : null}
          .
        </p>
      ) : null}

      <dl className="facts">
        <dt>Hvornår</dt>
        <dd>{schedule}</dd>
        <dt>Hvor</dt>
        <dd>{place}</dd>
        {a.targetGroup ? (
          <>
            <dt>For hvem</dt>
            <dd>{a.targetGroup}</dd>
          </>
        ) : null}
        <dt>Pris</dt>
        <dd>{formatPrice(a.price)}</dd>
        {cancelled ? null : (
          <>
            <dt>Pladser</dt>
            <dd>{placesLeft(a.capacity, a.enrolled)}</dd>
          </>
        )}
        <dt>Emner</dt>
        <dd>{a.interests.join(", ")}</dd>
        <dt>Sprog</dt>
        <dd>{a.languages.map(languageName).join(", ")}</dd>
        <dt>Arrangør</dt>
        <dd>
          <Link to={`/foreninger/${a.associationId}`}>{a.associationName}</Link>
        </dd>
      </dl>

      {cancelled ? null : (
        <>
          <h2>De næste gange</h2>
          {dates.length === 0 ? <p>Aktiviteten har ingen kommende datoer.</p> : <DateList dates={dates} />}
          <h3 className="h4">I din kalender</h3>
          <p className="form-hint">Så kommer datoerne ind i kalenderen på din telefon eller computer.</p>
          {/* Files served by their own routes, so full page loads, not client navigation. */}
          <ul>
            <li>
              <a href={`/aktiviteter/${a.id}/kalender.ics`}>Abonnér på kalender</a>
            </li>
            <li>
              <a href={`/foreninger/${a.associationId}/kalender.ics`}>
                Abonnér på alle aktiviteter fra {a.associationName}
              </a>
            </li>
          </ul>
        </>
      )}

      <h2>Tilgængelighed og kørsel</h2>
      {facts.length > 0 ? (
        <Tags items={facts} label="Tilgængelighed og kørsel" />
      ) : (
        <p>Foreningen har ikke oplyst noget om adgang, toilet eller kørsel. Spørg dem gerne.</p>
      )}

      <h2>Sted</h2>
      <p>{place}</p>
      <ActivityMap
        className="activity-map-small"
        tileUrl={tileUrl ?? undefined}
        activities={[{ id: a.id, title: a.title, lat: a.lat, lng: a.lng, place, when: schedule }]}
      />

      <h2>Arrangør: {association.name}</h2>
      <AssociationContact association={association} />
      <p>
        <Link to={`/foreninger/${association.id}`}>Mere om {association.name} og deres aktiviteter</Link>
      </p>
    </article>
  );
}

function DateList({ dates }: { dates: Occurrence[] }) {
  return (
    <ol className="date-list">
      {dates.map((d) => (
        <li key={`${d.plannedDate}-${d.status}`} className={d.status === "cancelled" ? "date-cancelled" : undefined}>
          <span className="date-when">
            {formatDay(d.date)} kl. {danishTime(d.startTime)}–{danishTime(d.endTime)}
          </span>
          {d.status === "cancelled" ? <span className="date-mark date-mark-cancelled">Aflyst</span> : null}
          {d.status === "moved" ? (
            <span className="date-mark date-mark-moved">Flyttet fra {formatDay(d.plannedDate)}</span>
          ) : null}
          {d.note ? <span className="d-block form-hint">{d.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
