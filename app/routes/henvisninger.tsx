import { Link, useLoaderData, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { listOwnReferrals } from "../data/referrals.server";
import { Alert } from "../ui/alert";
import { referrerStatusLabels } from "../ui/citizen-labels";
import { formatDate } from "../ui/format";
import type { Route } from "./+types/henvisninger";

export const meta = () => [{ title: "Mine henvisninger – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, "/henvisninger");
  const referrals = await listOwnReferrals(db, user.id);
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "Status på egne henvisninger",
    details: { criteria: { referredBy: user.id }, results: referrals.length },
  });
  return { referrals };
}

export default function OwnReferrals() {
  const { referrals } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <section className="phone-form">
      <h1>Mine henvisninger</h1>
      {searchParams.get("sendt") ? (
        <Alert kind="success">Tak – henvisningen er sendt til fællesskabskoordinatoren.</Alert>
      ) : null}
      <p>
        <Link to="/henvisning" className="button button-primary">
          Henvis en borger
        </Link>
      </p>
      {referrals.length === 0 ? (
        <p>Du har ikke henvist nogen borgere endnu.</p>
      ) : (
        <>
          <p className="muted">Du kan følge, hvor langt koordinatoren er nået. Detaljerne er fortrolige.</p>
          <table className="table table--zebra">
            <caption className="sr-only">Borgere, du har henvist, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">Henvist</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {referrals.map((r) => (
                <tr key={r.id}>
                  <td>{r.citizen}</td>
                  <td>{formatDate(r.referredAt)}</td>
                  <td>{referrerStatusLabels[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
