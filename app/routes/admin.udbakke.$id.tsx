import { Link, data, useLoaderData } from "react-router";
import { z } from "zod";
import { requireAccess } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { getOutboxMessage } from "../data/outbox.server";
import { formatDateTime } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/admin.udbakke.$id";

export const meta = () => [{ title: "E-mail – Fællesskabsbro" }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/admin/udbakke/:id");
  const id = z.uuid().safeParse(params.id);
  const message = id.success ? await getOutboxMessage(db, id.data) : undefined;
  if (!message) throw data({ message: messages.notFound }, { status: 404 });
  await audit(db, {
    userId: user.id,
    action: "read",
    entity: "outbox",
    entityId: message.id,
    purpose: "Kontrol af udgående e-mail",
  });
  return { message };
}

export default function OutboxMessage() {
  const { message: m } = useLoaderData<typeof loader>();
  return (
    <article>
      <p>
        <Link to="/admin/udbakke">Udbakke</Link>
      </p>
      <h1>{m.subject}</h1>
      <dl className="facts">
        <dt>Til</dt>
        <dd>{m.recipient}</dd>
        <dt>Message-ID</dt>
        <dd>{m.message_id}</dd>
        <dt>Status</dt>
        <dd>
          {m.status} efter {m.attempts} forsøg{m.sent_at ? `, sendt ${formatDateTime(m.sent_at)}` : ""}
        </dd>
      </dl>
      <h2>Sådan ser e-mailen ud</h2>
      {/* Sandboxed: the stored HTML is shown, never run, inside the app's origin. */}
      <iframe title={`E-mail: ${m.subject}`} className="email-frame" sandbox="" srcDoc={m.html} />
      <h2>Tekstversion</h2>
      <pre className="email-text">{m.text}</pre>
    </article>
  );
}
