import { Link, useLoaderData } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { db } from "../data/db.server";
import { listPendingLetters } from "../data/letters.server";
import { listOutbox } from "../data/outbox.server";
import { formatDateTime } from "../ui/format";
import type { Route } from "./+types/admin.udbakke._index";

export const meta = () => [{ title: "Udbakke – Fællesskabsbro" }];

const statusLabels = { pending: "Venter", sent: "Sendt", dead: "Kunne ikke sendes" } as const;

export async function loader({ request }: Route.LoaderArgs) {
  await requireAccess(request, "/admin/udbakke");
  const [emails, letters] = await Promise.all([listOutbox(db), listPendingLetters(db)]);
  return { emails, letters };
}

export default function Outbox() {
  const { emails, letters } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>Udbakke</h1>
      <p className="font-lead">
        E-mails sendes af en baggrundsproces med genforsøg. Uden SMTP-opsætning skrives de som
        filer og kan læses her.
      </p>
      <h2>E-mails</h2>
      {emails.length === 0 ? (
        <p>Ingen e-mails endnu.</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">Udgående e-mails</caption>
            <thead>
              <tr>
                <th scope="col">Emne</th>
                <th scope="col">Til</th>
                <th scope="col">Status</th>
                <th scope="col">Forsøg</th>
                <th scope="col">Oprettet</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/admin/udbakke/${m.id}`}>{m.subject}</Link>
                  </td>
                  <td>{m.recipient}</td>
                  <td>
                    {statusLabels[m.status]}
                    {m.last_error ? <span className="muted"> ({m.last_error})</span> : null}
                  </td>
                  <td>{m.attempts}</td>
                  <td>{formatDateTime(m.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Breve til udskrivning</h2>
      {letters.length === 0 ? (
        <p>Ingen breve venter.</p>
      ) : (
        <ul>
          {letters.map((l) => (
            <li key={l.id}>
              <a href={`/breve/${l.id}`}>
                Brev til {l.first_name} {l.last_name}
              </a>{" "}
              <span className="muted">({formatDateTime(l.created_at)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
