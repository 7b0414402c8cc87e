import { Form, Link, data } from "react-router";
import { readForm } from "../forms/read-form.server";
import { formatDanishPhone, telHref } from "../comms/suggestion";
import { db } from "../data/db.server";
import { listMunicipalityPhones } from "../data/organisations.server";
import { answerReply } from "../data/reply-answers.server";
import { lookUpReply } from "../data/reply-code-failures.server";
import type { ReplyTarget } from "../data/replies.server";
import type { Weekday } from "../domain/vocabulary";
import { replyForm } from "../forms/proposal";
import { formatDate, formatRecurring } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/svar.$token";
import { Alert } from "../ui/alert";

// The token in the URL is the citizen's only key: keep it out of caches (and out of
// referrers: app/auth/security-headers.ts).
export const headers = () => ({ "Cache-Control": "no-store" });

export const meta = () => [{ title: "Svar på forslag – Fællesskabsbro" }, { name: "robots", content: "noindex" }];

async function loadReply(token: string | undefined, clientAddress: string | undefined) {
  if (!token || token.length > 64) return { reply: null, locked: null };
  return lookUpReply(db, token, clientAddress);
}

// Shown to anyone holding the link, so it names nothing but the volunteer's first
// name or the public activity.
function describe(reply: ReplyTarget) {
  if (reply.kind === "volunteer") {
    return `Vi vil gerne foreslå dig en besøgsven. Besøgsvennen hedder ${reply.volunteerFirstName ?? ""}.`;
  }
  const when = reply.activityWhen
    ? ` Den er ${formatRecurring(reply.activityWhen.weekday as Weekday, reply.activityWhen.startTime, reply.activityWhen.endTime)}.`
    : "";
  return `Vi vil gerne foreslå dig aktiviteten »${reply.activityTitle ?? ""}«.${when}`;
}

/**
 * The same page for an unknown, expired or locked-out link, so it never tells whether
 * a link existed: the municipality's phone instead of anything about the proposal.
 */
async function unavailable(locked: "client" | "everyone" | null) {
  const phones = await listMunicipalityPhones(db);
  return data(
    {
      reply: null,
      locked,
      phones: phones.map((m) => ({ id: m.id, name: `${m.name}, ${m.department}`, phone: m.phone })),
    },
    { status: locked ? 429 : 404 },
  );
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const { reply, locked } = await loadReply(params.token, context.clientAddress);
  if (!reply) return unavailable(locked);
  return { reply: { text: describe(reply), answer: reply.answer, expiresAt: reply.expiresAt }, locked: null, phones: [] };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { reply, locked } = await loadReply(params.token, context.clientAddress);
  if (!reply) {
    const error = locked === "client" ? messages.replyCodeLocked : locked ? messages.replyCodePaused : messages.replyExpired;
    return data({ error }, { status: locked ? 429 : 404 });
  }
  const parsed = replyForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message }, { status: 400 });
  await answerReply(db, reply, parsed.data.answer);
  return { saved: parsed.data.answer };
}

const answerNames = { yes: "Ja tak", no: "Nej tak", call: "Ring til mig" } as const;

const thanks = {
  yes: "Tak for dit ja. Din kontaktperson ringer til dig og aftaler det videre.",
  no: "Tak for dit svar. Det er helt i orden at sige nej. Din kontaktperson hører fra dig, hvis du får lyst til noget andet.",
  call: "Tak. Din kontaktperson ringer til dig inden for et par dage.",
} as const;

export default function Reply({ loaderData, actionData }: Route.ComponentProps) {
  const { reply, locked, phones } = loaderData;
  if (!reply) return <Unavailable locked={locked} phones={phones} />;
  const answer = actionData && "saved" in actionData ? actionData.saved : reply.answer;
  const error = actionData && "error" in actionData ? actionData.error : null;
  return (
    <section className="reply-page">
      <h1>Et forslag til dig</h1>
      <p className="font-lead">{reply.text}</p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {/* Always in the page, so a screen reader announces the thanks when it appears. */}
      <div role="status" className="reply-status">
        {answer ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">
                <strong>Dit svar: {answerNames[answer]}.</strong> {thanks[answer]}
              </p>
            </div>
          </div>
        ) : null}
      </div>
      <Form method="post">
        <fieldset>
          <legend>
            <h2>{answer ? "Vil du ændre dit svar?" : "Hvad siger du?"}</h2>
          </legend>
          <div className="reply-options">
            <button type="submit" name="answer" value="yes" className="button button-primary">
              {answerNames.yes}
            </button>
            <button type="submit" name="answer" value="no" className="button button-secondary">
              {answerNames.no}
            </button>
            <button type="submit" name="answer" value="call" className="button button-secondary">
              {answerNames.call}
            </button>
          </div>
        </fieldset>
      </Form>
      <p className="mt-6">Du kan svare eller ændre dit svar indtil {formatDate(reply.expiresAt)}.</p>
    </section>
  );
}

function Unavailable({
  locked,
  phones,
}: {
  locked: "client" | "everyone" | null;
  phones: { id: string; name: string; phone: string }[];
}) {
  return (
    <section className="reply-page">
      <h1>{locked ? "For mange forsøg" : "Linket virker ikke længere"}</h1>
      <p className="font-lead">
        {locked === "client"
          ? messages.replyCodeLocked
          : locked
            ? messages.replyCodePaused
            : "Linket eller koden er udløbet eller findes ikke. Du har ikke gjort noget forkert."}
      </p>
      <h2>Ring til os</h2>
      <p>Vil du svare på forslaget eller spørge om noget, så ring til kommunen:</p>
      <ul className="reply-phones">
        {phones.map((m) => (
          <li key={m.id}>
            {m.name}: <a href={telHref(m.phone)}>{formatDanishPhone(m.phone)}</a>
          </li>
        ))}
      </ul>
      {locked ? null : (
        <p>
          Har du et brev med en kode? <Link to="/svar">Skriv koden her</Link>.
        </p>
      )}
    </section>
  );
}
