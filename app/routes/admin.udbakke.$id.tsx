import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { resendDeadEmail } from "../comms/resend-email.server";
import { db } from "../data/db.server";
import { listAttempts, readOutboxMessageAsAdmin } from "../data/outbox.server";
import { resendEmailForm } from "../forms/outbox";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { formatDateTime } from "../ui/format";
import { messages } from "../ui/messages";
import { emailKindLabels, failureExplanations } from "../ui/outbox-labels";
import type { Route } from "./+types/admin.udbakke.$id";

const ROUTE = "/admin/udbakke/:id";

export const meta = () => [{ title: "E-mail – Fællesskabsbro" }];

const statusLabels = { pending: "Venter", sent: "Sendt", dead: "Kunne ikke sendes" } as const;
const outcomeLabels = { sent: "Modtaget af mailserveren", failed: "Fejlede", interrupted: "Afbrudt" } as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireAccess(request, ROUTE);
  const message = await readOutboxMessageAsAdmin(db, user.id, params.id);
  if (!message) throw data({ message: messages.notFound }, { status: 404 });
  return { message, attempts: await listAttempts(db, message.id) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireAccess(request, ROUTE);
  const parsed = resendEmailForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success || parsed.data.id !== params.id) return data({ error: messages.formUnreadable }, { status: 400 });
  const outcome = await resendDeadEmail(db, user, parsed.data.id);
  if (outcome === "not-found") return data({ error: messages.emailNotFound }, { status: 404 });
  if (outcome === "no-email") return data({ error: messages.emailResendNoAddress }, { status: 409 });
  return redirect(`/admin/udbakke/${parsed.data.id}?${outcome === "not-dead" ? "allerede" : "sendt"}=1`);
}

export default function OutboxMessage() {
  const { message: m, attempts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <article>
      <p>
        <Link to="/admin/udbakke">Udbakke</Link>
      </p>
      <h1>{m.subject}</h1>
      {searchParams.get("sendt") ? <Alert kind="success">E-mailen er lagt i kø og sendes igen.</Alert> : null}
      {searchParams.get("allerede") ? <Alert kind="info">{messages.emailAlreadyResent}</Alert> : null}
      {actionData?.error ? <Alert kind="error">{actionData.error}</Alert> : null}
      <dl className="facts">
        <dt>Til</dt>
        <dd>{m.recipient}</dd>
        <dt>Hvad</dt>
        <dd>{emailKindLabels[m.kind]}</dd>
        <dt>Message-ID</dt>
        <dd>{m.message_id}</dd>
        <dt>Status</dt>
        <dd>
          {statusLabels[m.status]}
          {m.sent_at ? ` ${formatDateTime(m.sent_at)}` : ""}
        </dd>
      </dl>
      {m.status === "dead" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="resend" />
          <input type="hidden" name="id" value={m.id} />
          <button type="submit" className="button button-primary">
            Send igen
          </button>
        </Form>
      ) : null}
      <h2>Forsøg</h2>
      {attempts.length === 0 ? (
        <p>Ingen forsøg endnu.</p>
      ) : (
        // Stacked on a phone rather than scrolled sideways, like the worklist.
        <table className="table table--zebra table--compact table--responsive-headers">
          <caption className="sr-only">Forsøg på at sende e-mailen</caption>
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Startet</th>
              <th scope="col">Udfald</th>
              <th scope="col">Mailserverens svar</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id}>
                <td data-title="Nr.">{a.attempt}</td>
                <td data-title="Startet">{formatDateTime(a.started_at)}</td>
                <td data-title="Udfald">
                  {a.outcome ? outcomeLabels[a.outcome] : "I gang"}
                  {a.failure ? <span className="d-block form-hint">{failureExplanations[a.failure]}</span> : null}
                </td>
                <td data-title="Mailserverens svar" className="break-anywhere">
                  {a.smtp_response ?? a.error ?? ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Sådan ser e-mailen ud</h2>
      {/* Sandboxed (here and by its own policy): the stored HTML is shown, never run. */}
      <iframe title={`E-mail: ${m.subject}`} className="email-frame" sandbox="" src={`/admin/udbakke/${m.id}/indhold`} />
      <h2>Tekstversion</h2>
      <pre className="email-text">{m.text}</pre>
    </article>
  );
}
