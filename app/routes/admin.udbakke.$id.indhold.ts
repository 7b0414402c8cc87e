import { data } from "react-router";
import { z } from "zod";
import { emailPreviewHeaders } from "../auth/security-headers";
import { requireAccess } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { getOutboxMessage } from "../data/outbox.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/admin.udbakke.$id.indhold";

const ROUTE = "/admin/udbakke/:id/indhold";

// The stored email as its own document, framed by the message's page: a srcdoc frame
// would inherit the app's policy, which blocks the inline styles every email needs.
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireAccess(request, ROUTE);
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
  return new Response(message.html, { headers: emailPreviewHeaders() });
}
