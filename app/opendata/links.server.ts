import type { Env } from "../env.server";

// The public addresses feeds and the API link to, from the configured PUBLIC_URL so
// they are the same whichever proxy or host name a request came through.

export function openDataLinks(env: Pick<Env, "PUBLIC_URL" | "PORT">) {
  const base = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const absolute = (path: string) => new URL(path, base).toString();
  return {
    /** Makes calendar UIDs globally unique. */
    uidDomain: new URL(base).hostname,
    activityUrl: (id: string) => absolute(`/aktiviteter/${id}`),
    activityCalendarUrl: (id: string) => absolute(`/aktiviteter/${id}/kalender.ics`),
    associationCalendarUrl: (id: string) => absolute(`/foreninger/${id}/kalender.ics`),
  };
}
