import { Form, Link, data, redirect, useActionData, useLoaderData, useNavigation, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { configuredGateway } from "../comms/digital-post/gateway.server";
import { sendPendingByDigitalPost } from "../comms/digital-post/send-letters.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { createLetterExport, listLetterExports, listPendingLetters } from "../data/letters.server";
import { getMunicipality } from "../data/organisations.server";
import { lettersAction } from "../forms/letters";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { formatDateTime } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/breve._index";

const ROUTE = "/breve";

export const meta = () => [{ title: "Breve – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const [pending, exports, municipality] = await Promise.all([
    listPendingLetters(db, user.municipalityId),
    listLetterExports(db, user.municipalityId),
    getMunicipality(db, user.municipalityId),
  ]);
  await audit(db, {
    userId: user.id,
    action: "read",
    entity: "letter",
    entityId: null,
    purpose: "Breve der venter på udskrivning",
    details: { letterIds: pending.map((l) => l.id) },
  });
  return {
    pending: pending.map((l) => ({
      id: l.id,
      citizenId: l.citizen_id,
      name: `${l.first_name} ${l.last_name}`,
      createdAt: l.created_at,
      hasCpr: Boolean(l.has_cpr),
      digitalPostError: l.digital_post_error,
    })),
    exports,
    hasCvr: Boolean(municipality?.cvr),
    digitalPostConfigured: configuredGateway() !== null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const parsed = lettersAction.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) throw data({ message: messages.formUnreadable }, { status: 400 });

  if (parsed.data.intent === "export") {
    const batch = await db.transaction().execute(async (trx) => {
      const created = await createLetterExport(trx, user.municipalityId, { userId: user.id, name: user.name, via: "app" });
      if (created) {
        await audit(trx, {
          userId: user.id,
          action: "export",
          entity: "letter",
          entityId: created.exportId,
          purpose: "Breve samlet til udskrivning og Digital Post",
          details: { letters: created.count },
        });
      }
      return created;
    });
    if (!batch) return data({ error: "Der er ingen breve at udskrive. Siden er opdateret." }, { status: 409 });
    return redirect(`/breve?udskrift=${batch.exportId}`);
  }

  const gateway = configuredGateway();
  if (!gateway) return data({ error: "Digital Post er ikke sat op. Udskriv brevene i stedet." }, { status: 409 });
  return { sent: await sendPendingByDigitalPost(db, gateway, user.municipalityId, user) };
}

const letters = (n: number) => `${n} ${n === 1 ? "brev" : "breve"}`;

export default function Letters() {
  const { pending, exports, hasCvr, digitalPostConfigured } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const justExported = exports.find((e) => e.id === searchParams.get("udskrift"));
  const reachable = pending.filter((l) => l.hasCpr).length;

  return (
    <section>
      <h1>Breve</h1>
      <p className="font-lead">
        Forslag til borgere uden e-mail bliver til breve. Udskriv dem samlet, så de kan sendes i rudekuverter
        {digitalPostConfigured ? ", eller send dem med Digital Post." : ", og upload Digital Post-filerne."}
      </p>

      {justExported ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">
              {letters(justExported.letters)} er samlet og markeret som udskrevet. Hent dem her – linkene virker
              også senere under »Tidligere udskrifter«.
            </p>
            <p className="form-actions">
              <a className="button button-primary" href={`/breve/udskrifter/${justExported.id}/print.pdf`} download>
                Hent print.pdf
              </a>
              <a className="button button-secondary" href={`/breve/udskrifter/${justExported.id}/breve.zip`} download>
                Hent alt som zip (med Digital Post-filer)
              </a>
            </p>
          </div>
        </div>
      ) : null}
      {actionData && "error" in actionData ? <Alert kind="error">{actionData.error}</Alert> : null}
      {actionData && "sent" in actionData ? <SendResult outcome={actionData.sent} /> : null}

      <h2>Venter på at blive sendt</h2>
      {pending.length === 0 ? (
        <p>Ingen breve venter.</p>
      ) : (
        <>
          {hasCvr ? null : (
            <Alert kind="warning">
              Kommunen har intet CVR-nummer i Fællesskabsbro, så der kan ikke laves Digital Post-filer. Brevene kan
              stadig udskrives.
            </Alert>
          )}
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">Breve der venter</caption>
              <thead>
                <tr>
                  <th scope="col">Borger</th>
                  <th scope="col">Oprettet</th>
                  <th scope="col">Digital Post</th>
                  <th scope="col">Brev</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((l) => (
                  <tr key={l.id}>
                    <td>
                      <Link to={`/borgere/${l.citizenId}`}>{l.name}</Link>
                    </td>
                    <td>{formatDateTime(l.createdAt)}</td>
                    <td>
                      {l.hasCpr ? (
                        "Kan sendes"
                      ) : (
                        <>
                          Mangler CPR-nummer.{" "}
                          <Link to={`/borgere/${l.citizenId}/cpr`}>
                            Tilføj<span className="sr-only"> CPR-nummer for {l.name}</span>
                          </Link>
                        </>
                      )}
                      {l.digitalPostError ? <span className="muted"> Sidste forsøg: {l.digitalPostError}</span> : null}
                    </td>
                    <td>
                      <a href={`/breve/${l.id}`}>
                        Se brevet<span className="sr-only"> til {l.name}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Form method="post" className="form-actions">
            <button type="submit" name="intent" value="export" className="button button-primary" disabled={busy}>
              Udskriv {letters(pending.length)}
            </button>
            {digitalPostConfigured && hasCvr && reachable > 0 ? (
              <button type="submit" name="intent" value="digital-post" className="button button-secondary" disabled={busy}>
                Send {letters(reachable)} med Digital Post
              </button>
            ) : null}
          </Form>
          <p className="muted">
            »Udskriv« samler brevene i én PDF til print og en Digital Post-fil (MeMo) pr. borger med CPR-nummer, og
            markerer dem som udskrevet, så de ikke bliver udskrevet to gange.
          </p>
        </>
      )}

      <h2>Tidligere udskrifter</h2>
      {exports.length === 0 ? (
        <p>Ingen endnu.</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">Tidligere udskrifter</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Af</th>
                <th scope="col">Breve</th>
                <th scope="col">Hent</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.created_at)}</td>
                  <td>{e.created_by_name}</td>
                  <td>{e.letters}</td>
                  <td>
                    <a href={`/breve/udskrifter/${e.id}/print.pdf`} download>
                      print.pdf<span className="sr-only"> fra {formatDateTime(e.created_at)}</span>
                    </a>
                    {" · "}
                    <a href={`/breve/udskrifter/${e.id}/breve.zip`} download>
                      zip<span className="sr-only"> fra {formatDateTime(e.created_at)}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SendResult({ outcome }: { outcome: Awaited<ReturnType<typeof sendPendingByDigitalPost>> }) {
  return (
    <>
      {outcome.sent > 0 ? <Alert kind="success">{letters(outcome.sent)} er sendt med Digital Post.</Alert> : null}
      {outcome.failed.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">
              {outcome.stoppedBecause ?? `${letters(outcome.failed.length)} blev ikke sendt og venter stadig.`}
            </p>
            {outcome.stoppedBecause ? null : (
              <ul className="alert-text">
                {outcome.failed.map((f) => (
                  <li key={f.letterId}>
                    {f.name}: {f.error}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ) : null}
    </>
  );
}
