import { data } from "react-router";
import { z } from "zod";
import { db } from "../data/db.server";
import { type Volunteer, getAssociationVolunteer } from "../data/volunteers.server";
import { messages } from "../ui/messages";
import { requireAccess } from "./guard.server";
import type { ProtectedRoute } from "./permissions";
import type { SessionUser } from "./sessions.server";

/**
 * For every page about one volunteer: the role guard and the volunteer from the
 * user's own association (an administrator: any), 404 otherwise, so another
 * association's volunteers cannot even be confirmed to exist.
 */
export async function requireVolunteer(
  request: Request,
  route: ProtectedRoute,
  id: string | undefined,
): Promise<{ user: SessionUser; volunteer: Volunteer }> {
  const user = await requireAccess(request, route);
  const parsed = z.uuid().safeParse(id);
  const scope = user.role === "admin" ? null : user.associationId;
  const volunteer =
    parsed.success && (scope || user.role === "admin")
      ? await getAssociationVolunteer(db, parsed.data, scope)
      : undefined;
  if (!volunteer) throw data({ message: messages.volunteerNotFound }, { status: 404 });
  return { user, volunteer };
}

/** Bridge-builders and administrators see volunteers; the association's editor changes them. */
export const mayEditVolunteers = (user: SessionUser): boolean => user.role === "association";

export function requireVolunteerEditor(user: SessionUser): void {
  if (!mayEditVolunteers(user)) throw data({ message: messages.forbidden }, { status: 403 });
}
