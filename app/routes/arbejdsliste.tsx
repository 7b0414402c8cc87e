import { Link, data, useLoaderData } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { countDeadLetters } from "../data/dead-letters.server";
import { db } from "../data/db.server";
import { worklistFor } from "../data/worklist.server";
import {
  URGENCIES,
  WORKLIST_KINDS,
  type WorklistSort,
  countByKind,
  filterWorklist,
  sortWorklist,
} from "../domain/pathway/worklist";
import { dateInDenmark } from "../domain/pathway/working-days";
import { worklistQuery } from "../forms/worklist";
import { Alert } from "../ui/alert";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import { urgencyLabels, worklistKindCountLabels, worklistKindLabels } from "../ui/worklist-labels";
import type { Route } from "./+types/arbejdsliste";

export const meta = () => [{ title: "Arbejdsliste – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, "/arbejdsliste");
  const parsed = worklistQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw data({ message: messages.worklistFilterInvalid }, { status: 400 });
  // Coordinators start with their own citizens; an administrator with everyone's.
  const query = {
    type: parsed.data.type ?? null,
    haster: parsed.data.haster ?? null,
    borgere: parsed.data.borgere ?? (user.role === "coordinator" ? "mine" : "alle"),
    sorter: parsed.data.sorter ?? "due",
    retning: parsed.data.retning ?? "asc",
  } as const;
  const today = dateInDenmark();
  const [all, failedEmails] = await Promise.all([
    worklistFor(db, {
      municipalityId: user.municipalityId,
      contactPersonId: query.borgere === "mine" ? user.id : null,
      today,
    }),
    countDeadLetters(db, user.municipalityId),
  ]);
  const items = sortWorklist(
    filterWorklist(all, { kind: query.type, urgency: query.haster }),
    query.sorter,
    query.retning,
  );
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "Arbejdsliste: dagens og overskredne opgaver",
    details: { criteria: query, results: items.length },
  });
  return { today, query, counts: countByKind(all), items, failedEmails };
}

type Query = Awaited<ReturnType<typeof loader>>["query"];

/** The worklist URL for `query` with some parameters changed; defaults are left out. */
function hrefFor(query: Query, change: Partial<Query>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...change })) {
    if (value !== null) params.set(key, value);
  }
  return `/arbejdsliste?${params.toString()}`;
}

const columns: { sort: WorklistSort; label: string }[] = [
  { sort: "due", label: "Frist" },
  { sort: "name", label: "Borger" },
  { sort: "kind", label: "Type" },
];

export default function Worklist() {
  const { today, query, counts, items, failedEmails } = useLoaderData<typeof loader>();
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <section>
      <h1>Arbejdsliste</h1>
      <p className="font-lead">
        {formatDate(today)} · {query.borgere === "mine" ? "Dine borgere" : "Alle kommunens borgere"}
      </p>
      {/* A suggestion that never arrived leaves a citizen waiting: it comes before the day's list. */}
      {failedEmails > 0 ? (
        <Alert kind="warning">
          <strong>
            {failedEmails === 1 ? "1 e-mail om en borger" : `${failedEmails} e-mails om borgere`} kunne ikke sendes.
          </strong>{" "}
          <Link to="/fejlede-beskeder">Se hvorfor, og send igen</Link>
        </Alert>
      ) : null}

      <h2 className="h4">Overblik</h2>
      <ul className="worklist-summary">
        <li>
          <Link
            to={hrefFor(query, { type: null })}
            aria-current={query.type === null ? "true" : undefined}
          >
            Alle <strong>{total}</strong>
          </Link>
        </li>
        {WORKLIST_KINDS.map((kind) => (
          <li key={kind}>
            <Link
              to={hrefFor(query, { type: kind })}
              aria-current={query.type === kind ? "true" : undefined}
            >
              {worklistKindCountLabels[kind]} <strong>{counts[kind]}</strong>
            </Link>
          </li>
        ))}
      </ul>

      <form method="get" action="/arbejdsliste" className="worklist-filters">
        <div className="form-group">
          <label className="form-label" htmlFor="filter-type">
            Type
          </label>
          <select
            id="filter-type"
            name="type"
            className="form-select"
            defaultValue={query.type ?? ""}
          >
            <option value="">Alle typer</option>
            {WORKLIST_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {worklistKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-haster">
            Hvor presserende
          </label>
          <select
            id="filter-haster"
            name="haster"
            className="form-select"
            defaultValue={query.haster ?? ""}
          >
            <option value="">Alle</option>
            {URGENCIES.map((urgency) => (
              <option key={urgency} value={urgency}>
                {urgencyLabels[urgency]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="filter-borgere">
            Borgere
          </label>
          <select
            id="filter-borgere"
            name="borgere"
            className="form-select"
            defaultValue={query.borgere}
          >
            <option value="mine">Kun mine borgere</option>
            <option value="alle">Alle borgere</option>
          </select>
        </div>
        {/* The column headers sort on wide screens; stacked on a phone they are hidden. */}
        <div className="form-group">
          <label className="form-label" htmlFor="filter-sorter">
            Sortér efter
          </label>
          <select id="filter-sorter" name="sorter" className="form-select" defaultValue={query.sorter}>
            {columns.map((column) => (
              <option key={column.sort} value={column.sort}>
                {column.label}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="retning" value={query.retning} />
        <div className="form-group">
          <button type="submit" className="button button-secondary">
            Vis
          </button>
        </div>
      </form>

      {items.length === 0 ? (
        <Alert kind="info">Der er intet, der venter lige nu. God dag!</Alert>
      ) : (
        <table className="table table--zebra table--compact table--responsive-headers worklist">
          <caption className="sr-only">
            Arbejdsliste, {items.length} punkter, sorteret efter{" "}
            {columns.find((c) => c.sort === query.sorter)?.label.toLowerCase()}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = query.sorter === column.sort;
                const next = active && query.retning === "asc" ? "desc" : "asc";
                return (
                  <th
                    key={column.sort}
                    scope="col"
                    aria-sort={
                      active ? (query.retning === "asc" ? "ascending" : "descending") : undefined
                    }
                  >
                    <Link to={hrefFor(query, { sorter: column.sort, retning: next })}>
                      {column.label}
                      {active ? (query.retning === "asc" ? " ▲" : " ▼") : null}
                    </Link>
                  </th>
                );
              })}
              <th scope="col">Hvad</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <td data-title="Frist">
                  {formatDate(item.due)}
                  <br />
                  <span className={`urgency urgency-${item.urgency}`}>
                    {urgencyLabels[item.urgency]}
                    {item.daysOverdue > 0
                      ? ` · ${item.daysOverdue} ${item.daysOverdue === 1 ? "dag" : "dage"}`
                      : null}
                  </span>
                </td>
                <td data-title="Borger">
                  <Link to={item.link}>{item.citizenName}</Link>
                </td>
                <td data-title="Type">{worklistKindLabels[item.kind]}</td>
                <td data-title="Hvad">
                  {item.what}
                  {item.since ? (
                    <span className="d-block form-hint">Siden {formatDate(item.since)}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
