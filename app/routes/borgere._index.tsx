import { Link, data, useLoaderData } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { listCitizens } from "../data/citizens.server";
import { db } from "../data/db.server";
import { countPathway } from "../data/pathway.server";
import { PATHWAY_STATUSES } from "../domain/pathway/states";
import { citizenListFilter } from "../forms/pathway";
import { citizenStatusLabels } from "../ui/citizen-labels";
import { byDanish, formatDate } from "../ui/format";
import type { Route } from "./+types/borgere._index";

export const meta = () => [{ title: "Borgere – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/borgere");
  const filter = citizenListFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!filter.success) throw data({ message: filter.error.issues[0]!.message }, { status: 400 });
  const municipalityId = user.role === "admin" ? null : user.municipalityId;
  const step = filter.data.trin ?? null;
  const [citizens, counts] = await Promise.all([
    listCitizens(db, municipalityId, { status: step ?? undefined }),
    countPathway(db, municipalityId),
  ]);
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "Oversigt over borgere i forløb",
    details: { criteria: { status: step }, results: citizens.length },
  });
  return { citizens: citizens.sort(byDanish((c) => c.name)), counts, step };
}

export default function Citizens() {
  const { citizens, counts, step } = useLoaderData<typeof loader>();
  const total = PATHWAY_STATUSES.reduce((sum, s) => sum + counts.byStep[s], 0);
  return (
    <section>
      <h1>Borgere</h1>
      <p>
        <Link to="/borgere/ny" className="button button-primary">
          Registrér borger
        </Link>{" "}
        <Link to="/borgere/samlet-match" className="button button-secondary">
          Samlet match for ventelisten
        </Link>
      </p>
      <nav aria-label="Vis borgere på et trin">
        <ul className="step-filter unstyled-list no-max-width">
          <li>
            <Link to="/borgere" aria-current={step === null ? "page" : undefined}>
              Alle: {total}
            </Link>
          </li>
          {PATHWAY_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/borgere?trin=${s}`} aria-current={step === s ? "page" : undefined}>
                {citizenStatusLabels[s]}: {counts.byStep[s]}
              </Link>
            </li>
          ))}
          <li>Takket nej: {counts.declines}</li>
        </ul>
      </nav>
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <caption className="sr-only">
            {step ? `Borgere på trinnet ${citizenStatusLabels[step]}` : "Borgere i forløb"}
          </caption>
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
      {citizens.length === 0 ? <p>Der er ingen borgere på det trin.</p> : null}
    </section>
  );
}
