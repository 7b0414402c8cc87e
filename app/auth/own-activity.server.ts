import { data } from "react-router";
import { z } from "zod";
import { type Activity, getOwnActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { messages } from "../ui/messages";
import { requireAssociationUser } from "./guard.server";
import type { ProtectedRoute } from "./permissions";

/**
 * For the association's pages about one activity: the role guard, then the activity
 * if it is the user's own association's. Another association's activity answers 404
 * like an unknown one, so ids cannot be probed.
 */
export async function requireOwnActivity(request: Request, route: ProtectedRoute, id: string | undefined) {
  const user = await requireAssociationUser(request, route);
  const parsed = z.uuid().safeParse(id);
  const activity: Activity | undefined = parsed.success
    ? await getOwnActivity(db, parsed.data, user.associationId)
    : undefined;
  if (!activity) throw data({ message: messages.notFound }, { status: 404 });
  return { user, activity };
}
