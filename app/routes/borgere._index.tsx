import { Link, useLoaderData } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { listCitizens } from "../data/citizens.server";
import { db } from "../data/db.server";
import { citizenStatusLabels } from "../ui/citizen-labels";
import { byDanish, formatDate } from "../ui/format";
import type { Route } from "./+types/borgere._index";

export const meta = () => [{ title: "Borgere – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/borgere");
  const citizens = await listCitizens(db, user.role === "admin" ? null : user.municipalityId);
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "Oversigt over borgere i forløb",
    details: { criteria: {}, results: citizens.length },
  });
  return { citizens: citizens.sort(byDanish((c) => c.name)) };
}

export default function Citizens() {
  const { citizens } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Borgere</h1>
      <p>
        <Link to="/borgere/ny" className="button button-primary">
          Registrér borger
        </Link>
      </p>
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <caption className="sr-only">Borgere i forløb</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">By</th>
              <th scope="col">Trin</th>
              <th scope="col">Åbne forslag</th>
              <th scope="col">Registreret</th>
            </tr>
          </thead>
          <tbody>
            {citizens.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/borgere/${c.id}`}>{c.name}</Link>
                </td>
                <td>{c.city}</td>
                <td>{citizenStatusLabels[c.status]}</td>
                <td>{c.openProposals}</td>
                <td>{formatDate(c.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
