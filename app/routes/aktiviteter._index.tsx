import "../ui/catalogue.css";
import { Form, Link, useLoaderData, useLocation } from "react-router";
import { listUpcomingActivities } from "../data/catalogue.server";
import { originFor } from "../data/catalogue-origin.server";
import { db } from "../data/db.server";
import { type CatalogueFilter, distancesKm, filterCatalogue, needs } from "../domain/activities/catalogue-filter";
import { clockInDenmark, dateInDenmark } from "../domain/pathway/working-days";
import { weekdayLabels, weekdays } from "../domain/vocabulary";
import { env } from "../env.server";
import { paramOfNeed, readCatalogueQuery } from "../forms/catalogue";
import { ActivityCard } from "../ui/activity-card";
import { ActivityMap } from "../ui/activity-map";
import { Alert } from "../ui/alert";
import { describeFilter, needLabels } from "../ui/catalogue-labels";
import { byDanish } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/aktiviteter._index";

export const meta = () => [{ title: "Aktiviteter – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const query = readCatalogueQuery(new URL(request.url).searchParams);
  const origin = query.near ? await originFor(query.near) : null;
  const filter: CatalogueFilter = { ...query, origin };
  const all = await listUpcomingActivities(db, { date: dateInDenmark(), time: clockInDenmark() });
  const results = filterCatalogue(all, filter);
  // Only topics some activity has, so no choice leads to an empty list by itself.
  const topics = [...new Set([...all.flatMap((a) => a.interests), ...query.interests])].sort(
    byDanish((t) => t),
  );
  return {
    query,
    origin,
    chosen: describeFilter(filter),
    notices: [
      query.near && !origin ? messages.catalogueNearUnknown(query.near) : null,
      query.dropped ? messages.catalogueFilterDropped : null,
    ].filter((n): n is string => n !== null),
    topics,
    results,
    tileUrl: env.MAP_TILE_URL ?? null,
  };
}

type Query = Awaited<ReturnType<typeof loader>>["query"];

const countLabel = (n: number) => (n === 1 ? "1 aktivitet" : `${n} aktiviteter`);

export default function Catalogue() {
  const { query, origin, chosen, notices, topics, results, tileUrl } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  return (
    <section className="catalogue">
      <h1>Aktiviteter og fællesskaber</h1>
      <p className="font-lead">
        Foreningerne inviterer. Alle er velkomne, og du kan altid tage en ven eller din
        kontaktperson med.
      </p>
      {notices.map((notice) => (
        <Alert key={notice} kind="info">
          {notice}
        </Alert>
      ))}

      {/* Keyed on the query, so the boxes show the filters of the page in view. */}
      <Filters key={search} query={query} topics={topics} />

      <h2 className="catalogue-count">{countLabel(results.length)}</h2>
      {chosen.length > 0 ? (
        <div className="catalogue-chosen">
          <p>Du har valgt:</p>
          <ul className="tags" aria-label="Valgte filtre">
            {chosen.map((phrase) => (
              <li key={phrase}>{phrase}</li>
            ))}
          </ul>
          <p>
            <Link to="/aktiviteter">Nulstil filtre</Link>
          </p>
        </div>
      ) : null}

      {results.length === 0 ? (
        <div className="catalogue-empty">
          <p className="font-lead">Ingen aktiviteter passer til dine valg.</p>
          <p>Prøv med færre valg eller en større afstand.</p>
          <p>
            <Link to="/aktiviteter" className="button button-secondary">
              Nulstil filtre
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            <a href="#kort">Se aktiviteterne på et kort</a>
          </p>
          <ul className="card-list">
            {results.map(({ activity, distanceKm }) => (
              <li key={activity.id}>
                <ActivityCard activity={activity} distanceKm={distanceKm} />
              </li>
            ))}
          </ul>
          <section id="kort" aria-labelledby="kort-overskrift">
            <h2 id="kort-overskrift">Kort</h2>
            <p>
              {results.length === 1
                ? "Kortet viser den samme aktivitet som listen"
                : `Kortet viser de samme ${results.length} aktiviteter som listen`}
              {origin ? `, og dit udgangspunkt (${origin.label}) som en sort nål` : ""}. Alt på kortet
              står også i listen ovenfor.
            </p>
            <ActivityMap
              className="activity-map"
              tileUrl={tileUrl ?? undefined}
              origin={origin}
              activities={results.map(({ activity: a }) => ({
                id: a.id,
                title: a.title,
                lat: a.lat,
                lng: a.lng,
                place: `${a.address}, ${a.postcode} ${a.city}`,
                when: a.schedule,
              }))}
            />
          </section>
        </>
      )}
      <p className="muted">
        Aktiviteterne er også åbne data, som andre sider må bruge:{" "}
        <a href="/api/hsds/services">Open Referral HSDS 3.0 (JSON)</a>, og hver aktivitet og forening har en
        kalender, man kan abonnere på.
      </p>
    </section>
  );
}

function Checkbox({ name, value, label, checked, id }: { name: string; value: string; label: string; checked: boolean; id: string }) {
  return (
    <div className="form-group-checkbox">
      <input className="form-checkbox" type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A plain GET form: it works without JavaScript and its result is a link to share. */
function Filters({ query, topics }: { query: Query; topics: string[] }) {
  return (
    <details className="catalogue-filters">
      <summary>Vælg emne, dag, afstand og tilgængelighed</summary>
      <Form method="get" action="/aktiviteter">
        <div className="form-row">
          <div className="form-group">
            <label className="form-label" htmlFor="filter-naer">
              Nær adresse eller postnummer
            </label>
            <span className="form-hint" id="filter-naer-hint">
              Fx Vestergade 12, Skive eller 7800. De nærmeste aktiviteter vises først.
            </span>
            <input
              className="form-input input-width-l"
              id="filter-naer"
              name="naer"
              autoComplete="street-address"
              aria-describedby="filter-naer-hint"
              defaultValue={query.near}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="filter-km">
              Højst så langt væk
            </label>
            <select className="form-select" id="filter-km" name="km" defaultValue={String(query.maxKm)}>
              {distancesKm.map((km) => (
                <option key={km} value={km}>
                  {km} km
                </option>
              ))}
            </select>
          </div>
        </div>

        <fieldset className="form-group">
          <legend className="form-label">Emner</legend>
          <div className="choice-columns">
            {topics.map((topic, i) => (
              <Checkbox key={topic} id={`filter-emne-${i}`} name="emne" value={topic} label={topic} checked={query.interests.includes(topic)} />
            ))}
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend className="form-label">Ugedag</legend>
          <div className="choice-columns">
            {weekdays.map((day) => (
              <Checkbox key={day} id={`filter-dag-${day}`} name="dag" value={day} label={weekdayLabels[day]} checked={query.weekdays.includes(day)} />
            ))}
          </div>
        </fieldset>

        <fieldset className="form-group" aria-describedby="filter-behov-hint">
          <legend className="form-label">Tilgængelighed</legend>
          <span className="form-hint" id="filter-behov-hint">
            Vis kun steder, der har alt det valgte.
          </span>
          <div className="choice-columns">
            {needs.map((need) => (
              <Checkbox key={need} id={`filter-behov-${need}`} name="behov" value={paramOfNeed[need]} label={needLabels[need]} checked={query.needs.includes(need)} />
            ))}
          </div>
        </fieldset>

        <fieldset className="form-group">
          <legend className="form-label">Pris og kørsel</legend>
          <Checkbox id="filter-gratis" name="gratis" value="ja" label="Kun gratis" checked={query.freeOnly} />
          <Checkbox id="filter-koersel" name="koersel" value="ja" label="Kørsel kan arrangeres" checked={query.transport} />
        </fieldset>

        <button type="submit" className="button button-primary">
          Vis aktiviteter
        </button>
      </Form>
    </details>
  );
}
