import { data } from "react-router";
import { z } from "zod";
import { audit } from "../data/audit.server";
import { type Citizen, getCitizen } from "../data/citizens.server";
import { db } from "../data/db.server";
import { messages } from "../ui/messages";
import { requireAccess } from "./guard.server";
import type { ProtectedRoute } from "./permissions";
import type { SessionUser } from "./sessions.server";

/**
 * For every page about one citizen: the role guard, the citizen from the user's own
 * municipality (404 otherwise, also for ids that are not UUIDs), and the audit-log
 * line saying who read the citizen and why.
 */
export async function requireCitizen(
  request: Request,
  route: ProtectedRoute,
  id: string | undefined,
  purpose: string,
): Promise<{ user: SessionUser; citizen: Citizen }> {
  const user = await requireAccess(request, route);
  const parsed = z.uuid().safeParse(id);
  const citizen = parsed.success
    ? await getCitizen(db, parsed.data, user.role === "admin" ? null : user.municipalityId)
    : undefined;
  if (!citizen) throw data({ message: messages.notFound }, { status: 404 });
  if (request.method === "GET") {
    await audit(db, { userId: user.id, action: "read", entity: "citizen", entityId: citizen.id, purpose });
  }
  return { user, citizen };
}

/** Admins may read a citizen's pathway; only coordinators change it. */
export const mayWriteCitizen = (user: SessionUser): boolean => user.role === "coordinator";

export function requireCoordinatorWrite(user: SessionUser): void {
  if (!mayWriteCitizen(user)) throw data({ message: messages.readOnly }, { status: 403 });
}
