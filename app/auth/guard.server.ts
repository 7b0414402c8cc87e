import { data, redirect } from "react-router";
import { db } from "../data/db.server";
import { messages } from "../ui/messages";
import { type ProtectedRoute, mayUse } from "./permissions";
import { type SessionUser, sessionCookie, validateSessionToken } from "./sessions.server";

export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const token: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof token === "string" ? validateSessionToken(db, token) : null;
}

/**
 * The one role guard every protected loader and action calls first. Anonymous
 * users are sent to the login page and brought back; wrong roles get a 403.
 */
export async function requireAccess(request: Request, route: ProtectedRoute): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!mayUse(user.role, route)) throw data({ message: messages.forbidden }, { status: 403 });
  return user;
}


/** For association-side pages: the user must belong to an association. */
export async function requireAssociationUser(request: Request, route: ProtectedRoute) {
  const user = await requireAccess(request, route);
  if (!user.associationId) throw data({ message: messages.forbidden }, { status: 403 });
  return { ...user, associationId: user.associationId };
}

/** For municipal pages that create citizen data: the user must belong to a municipality. */
export async function requireMunicipalUser(request: Request, route: ProtectedRoute) {
  const user = await requireAccess(request, route);
  if (!user.municipalityId) throw data({ message: messages.forbidden }, { status: 403 });
  return { ...user, municipalityId: user.municipalityId };
}
