import { Form, data } from "react-router";
import { readForm } from "../forms/read-form.server";
import { db } from "../data/db.server";
import { recordAnswer } from "../data/proposals.server";
import { findReply } from "../data/replies.server";
import type { Weekday } from "../domain/vocabulary";
import { replyForm } from "../forms/proposal";
import { formatDate, formatRecurring } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/svar.$token";
import { Alert } from "../ui/alert";

// The token in the URL is the citizen's only key: keep it out of referrers and caches.
export const headers = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

export const meta = () => [{ title: "Svar på forslag – Fællesskabsbro" }, { name: "robots", content: "noindex" }];

async function loadReply(token: string | undefined) {
  return token && token.length <= 64 ? findReply(db, token) : null;
}

// Shown to anyone holding the link, so it names nothing but the volunteer's first
// name or the public activity.
function describe(reply: NonNullable<Awaited<ReturnType<typeof findReply>>>) {
  if (reply.kind === "volunteer") {
    return `Vi vil gerne foreslå dig en besøgsven. Besøgsvennen hedder ${reply.volunteerFirstName ?? ""}.`;
  }
  const when = reply.activityWhen
    ? ` Den er ${formatRecurring(reply.activityWhen.weekday as Weekday, reply.activityWhen.startTime, reply.activityWhen.endTime)}.`
    : "";
  return `Vi vil gerne foreslå dig aktiviteten »${reply.activityTitle ?? ""}«.${when}`;
}

export async function loader({ params }: Route.LoaderArgs) {
  const reply = await loadReply(params.token);
  if (!reply) return data({ reply: null }, { status: 404 });
  return { reply: { text: describe(reply), answer: reply.answer, expiresAt: reply.expiresAt } };
}

export async function action({ request, params }: Route.ActionArgs) {
  const reply = await loadReply(params.token);
  if (!reply) return data({ error: messages.replyExpired }, { status: 404 });
  const parsed = replyForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message }, { status: 400 });
  await recordAnswer(db, reply.proposalId, parsed.data.answer);
  return { saved: parsed.data.answer };
}

const thanks = {
  yes: "Tak for dit ja. Din kontaktperson ringer til dig og aftaler det videre.",
  no: "Tak for dit svar. Det er helt i orden at sige nej. Din kontaktperson hører fra dig, hvis du får lyst til noget andet.",
  call: "Tak. Din kontaktperson ringer til dig inden for et par dage.",
} as const;

export default function Reply({ loaderData, actionData }: Route.ComponentProps) {
  const reply = loaderData.reply;
  if (!reply) {
    return (
      <section className="reply-page">
        <h1>Linket virker ikke længere</h1>
        <p className="font-lead">{messages.replyExpired}</p>
      </section>
    );
  }
  const answer = actionData && "saved" in actionData ? actionData.saved : reply.answer;
  return (
    <section className="reply-page">
      <h1>Et forslag til dig</h1>
      <p className="font-lead">{reply.text}</p>
      {actionData && "error" in actionData && actionData.error ? (
        <Alert kind="error">{actionData.error}</Alert>
      ) : null}
      {answer ? (
        <Alert kind="success">{thanks[answer]}</Alert>
      ) : null}
      <h2>{answer ? "Vil du ændre dit svar?" : "Hvad siger du?"}</h2>
      <Form method="post" className="reply-options">
        <button type="submit" name="answer" value="yes" className="button button-primary">
          Ja tak
        </button>
        <button type="submit" name="answer" value="no" className="button button-secondary">
          Nej tak
        </button>
        <button type="submit" name="answer" value="call" className="button button-secondary">
          Ring til mig
        </button>
      </Form>
      <p className="mt-6">Du kan svare eller ændre dit svar indtil {formatDate(reply.expiresAt)}.</p>
    </section>
  );
}
