import type { Role } from "../../db/schema";
import type { RoutePath } from "./permissions";

/**
 * Where a user lands after logging in or accepting an invitation when they were not
 * on their way somewhere: association users start at their association's page, a
 * volunteer at their own page (their citizens and their times).
 */
export function startPageFor(role: Role): RoutePath {
  if (role === "association" || role === "bridge_builder") return "/forening";
  return role === "volunteer" ? "/min-side" : "/";
}
