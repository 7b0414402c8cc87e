import { Form, redirect } from "react-router";
import { getSessionUser } from "../auth/guard.server";
import { invalidateSession, sessionCookie } from "../auth/sessions.server";
import { db } from "../data/db.server";
import type { Route } from "./+types/logout";

export const meta = () => [{ title: "Log af – Fællesskabsbro" }];

export async function action({ request }: Route.ActionArgs) {
  const user = await getSessionUser(request);
  if (user) await invalidateSession(db, user.sessionId);
  return redirect("/", {
    headers: { "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0 }) },
  });
}

export default function Logout() {
  return (
    <section>
      <h1>Log af</h1>
      <Form method="post">
        <button type="submit" className="button button-primary">
          Log af
        </button>
      </Form>
    </section>
  );
}
