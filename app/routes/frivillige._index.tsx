import { Link, useLoaderData } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { db } from "../data/db.server";
import { listVolunteers } from "../data/volunteers.server";
import { byDanish, formatDate } from "../ui/format";
import type { Route } from "./+types/frivillige._index";

export const meta = () => [{ title: "Frivillige – Fællesskabsbro" }];

const statusLabels = { active: "Aktiv", paused: "På pause", ended: "Stoppet" } as const;

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/frivillige");
  const volunteers = await listVolunteers(db, user.role === "admin" ? null : user.associationId);
  return {
    volunteers: volunteers.sort(byDanish((v) => `${v.firstName} ${v.lastName}`)),
    canCreate: user.role === "association",
  };
}

export default function Volunteers() {
  const { volunteers, canCreate } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Frivillige</h1>
      {canCreate ? (
        <p>
          <Link to="/frivillige/ny" className="button button-primary">
            Opret frivillig
          </Link>
        </p>
      ) : null}
      <div className="table--responsive-scroll">
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
                  {v.firstName} {v.lastName}
                  <br />
                  <span className="muted">{v.associationName}</span>
                </td>
                <td>{v.area}</td>
                <td>
                  {v.load} af {v.capacity}
                </td>
                <td>{v.tavshedserklaeringSignedOn ? formatDate(v.tavshedserklaeringSignedOn) : "Mangler"}</td>
                <td>{v.straffeattestDate ? formatDate(v.straffeattestDate) : "Mangler"}</td>
                <td>{statusLabels[v.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
