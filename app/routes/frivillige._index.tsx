import { Link, data, useLoaderData } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { mayUse } from "../auth/permissions";
import { db } from "../data/db.server";
import { listVolunteers } from "../data/volunteers.server";
import { dateInDenmark } from "../domain/pathway/working-days";
import { isRunningOut, straffeattestState } from "../domain/volunteers/vetting";
import { volunteerFilter } from "../forms/volunteer";
import { byDanish, formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import { StraffeattestWarning, volunteerStatusLabels, volunteerStatusOptions } from "../ui/volunteer-labels";
import type { Route } from "./+types/frivillige._index";

export const meta = () => [{ title: "Frivillige – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/frivillige");
  const parsed = volunteerFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw data({ message: messages.volunteerFilterInvalid }, { status: 400 });
  const filter = { status: parsed.data.status ?? "alle", attest: parsed.data.attest ?? null };
  const today = dateInDenmark();
  const volunteers = (await listVolunteers(db, user.role === "admin" ? null : user.associationId))
    .map((v) => ({ ...v, attest: straffeattestState(v.straffeattestDate, today, v.straffeattestMaxAgeMonths) }))
    .filter((v) => filter.status === "alle" || v.status === filter.status)
    .filter((v) => !filter.attest || isRunningOut(v.attest));
  return {
    filter,
    volunteers: volunteers.sort(byDanish((v) => `${v.firstName} ${v.lastName}`)),
    canCreate: user.role === "association",
    canExport: mayUse(user.role, "/frivillige/eksport.csv"),
  };
}

export default function Volunteers() {
  const { filter, volunteers, canCreate, canExport } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Frivillige</h1>
      {canCreate || canExport ? (
        <p className="button-row">
          {canCreate ? (
            <>
              <Link to="/frivillige/ny" className="button button-primary">
                Opret frivillig
              </Link>{" "}
              <Link to="/frivillige/import" className="button button-secondary">
                Importér fra regneark
              </Link>{" "}
            </>
          ) : null}
          {canExport ? (
            <a href="/frivillige/eksport.csv" className="button button-secondary" download>
              Hent som regneark (CSV)
            </a>
          ) : null}
        </p>
      ) : null}
      <form method="get" action="/frivillige" className="worklist-filters">
        <div className="form-group">
          <label className="form-label" htmlFor="filter-status">
            Status
          </label>
          <select id="filter-status" name="status" className="form-select" defaultValue={filter.status}>
            <option value="alle">Alle</option>
            {volunteerStatusOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              type="checkbox"
              id="filter-attest"
              name="attest"
              value="udloeber"
              className="form-checkbox"
              defaultChecked={filter.attest === "udloeber"}
            />
            <label htmlFor="filter-attest">Straffeattest udløber snart eller er udløbet</label>
          </div>
        </div>
        <div className="form-group">
          <button type="submit" className="button button-secondary">
            Vis
          </button>
        </div>
      </form>
      {volunteers.length === 0 ? <p>Ingen frivillige passer til filteret.</p> : null}
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Frivillige">
        <table className="table table--zebra">
          <caption className="sr-only">Foreningens frivillige</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Område</th>
              <th scope="col">Borgere</th>
              <th scope="col">Tavshedserklæring</th>
              <th scope="col">Straffeattest</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {volunteers.map((v) => (
              <tr key={v.id}>
                <td>
                  <Link to={`/frivillige/${v.id}`}>
                    {v.firstName} {v.lastName}
                  </Link>
                  <br />
                  <span className="muted">{v.associationName}</span>
                </td>
                <td>{v.area}</td>
                <td>
                  {v.matched} af {v.capacity}
                </td>
                <td>
                  {v.tavshedserklaeringSignedOn ? (
                    formatDate(v.tavshedserklaeringSignedOn)
                  ) : (
                    <span className="status status-warning">Mangler</span>
                  )}
                </td>
                <td>
                  {v.straffeattestDate ? (
                    <>
                      {formatDate(v.straffeattestDate)}
                      <br />
                    </>
                  ) : null}
                  <StraffeattestWarning state={v.attest} />
                </td>
                <td>{volunteerStatusLabels[v.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
