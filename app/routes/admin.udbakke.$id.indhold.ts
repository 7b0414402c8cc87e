import { data } from "react-router";
import { emailPreviewHeaders } from "../auth/security-headers";
import { requireAccess } from "../auth/guard.server";
import { db } from "../data/db.server";
import { readOutboxMessageAsAdmin } from "../data/outbox.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/admin.udbakke.$id.indhold";

const ROUTE = "/admin/udbakke/:id/indhold";

// The stored email as its own document, framed by the message's page: a srcdoc frame
// would inherit the app's policy, which blocks the inline styles every email needs.
export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireAccess(request, ROUTE);
  const message = await readOutboxMessageAsAdmin(db, user.id, params.id);
  if (!message) throw data({ message: messages.notFound }, { status: 404 });
  return new Response(message.html, { headers: emailPreviewHeaders() });
}
