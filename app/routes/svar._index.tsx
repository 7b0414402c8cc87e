import { Form, data, redirect } from "react-router";
import { readForm } from "../forms/read-form.server";
import { db } from "../data/db.server";
import { lookUpReply } from "../data/reply-code-failures.server";
import { normaliseShortCode } from "../data/replies.server";
import { replyCodeForm } from "../forms/proposal";
import { messages } from "../ui/messages";
import type { Route } from "./+types/svar._index";

export const meta = () => [{ title: "Svar på forslag – Fællesskabsbro" }, { name: "robots", content: "noindex" }];

export async function action({ request, context }: Route.ActionArgs) {
  const form = Object.fromEntries(await readForm(request));
  const parsed = replyCodeForm.safeParse(form);
  const typed = typeof form.code === "string" ? form.code.slice(0, 20) : "";
  if (!parsed.success) {
    return data({ error: parsed.error.issues[0]?.message ?? messages.replyCodeUnknown, code: typed }, { status: 400 });
  }
  const code = normaliseShortCode(parsed.data.code);
  if (!code) return data({ error: messages.replyCodeUnknown, code: typed }, { status: 400 });
  // Checked here, so a mistyped code is corrected in the form it was typed in.
  const { reply, locked } = await lookUpReply(db, code, context.clientAddress);
  if (locked) {
    const error = locked === "client" ? messages.replyCodeLocked : messages.replyCodePaused;
    return data({ error, code: typed }, { status: 429 });
  }
  if (!reply) return data({ error: messages.replyCodeUnknown, code: typed }, { status: 400 });
  return redirect(`/svar/${code}`);
}

export default function ReplyCode({ actionData }: Route.ComponentProps) {
  return (
    <section className="reply-page">
      <h1>Svar på et forslag</h1>
      <p className="font-lead">
        Skriv koden fra brevet. Den står under QR-koden og har 8 tegn, fx ABCD-EFGH.
      </p>
      <Form method="post" noValidate>
        <div className={`form-group${actionData?.error ? " form-error" : ""}`}>
          <label className="form-label" htmlFor="code">
            Kode fra brevet
          </label>
          {actionData?.error ? (
            <span className="form-error-message" id="code-error">
              <span className="sr-only">Fejl: </span>
              {actionData.error}
            </span>
          ) : null}
          <input
            id="code"
            name="code"
            className="form-input input-large"
            autoComplete="off"
            autoCapitalize="characters"
            defaultValue={actionData?.code}
            aria-invalid={actionData?.error ? true : undefined}
            aria-describedby={actionData?.error ? "code-error" : undefined}
          />
        </div>
        <button type="submit" className="button button-primary button-large">
          Fortsæt
        </button>
      </Form>
    </section>
  );
}
