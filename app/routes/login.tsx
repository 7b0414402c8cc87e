import { getFormProps, useForm } from "@conform-to/react";
import { readForm } from "../forms/read-form.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useSearchParams } from "react-router";
import { getSessionUser } from "../auth/guard.server";
import { burnVerificationTime, verifyPassword } from "../auth/password.server";
import { createSession, sessionCookie } from "../auth/sessions.server";
import { startPageFor } from "../auth/start-page";
import { db } from "../data/db.server";
import { beginLoginAttempt, loginSucceeded } from "../data/login-attempts.server";
import { findUserByEmail } from "../data/users.server";
import { loginForm } from "../forms/login";
import { ErrorSummary, TextField } from "../ui/form";
import { messages } from "../ui/messages";
import { safeRedirectTarget } from "../ui/redirect-target";
import type { Route } from "./+types/login";
import { Alert } from "../ui/alert";

export const meta = () => [{ title: "Log ind – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect("/");
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: loginForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const refuse = (message: string, status: number) =>
    data({ result: submission.reply({ formErrors: [message], hideFields: ["password"] }) }, { status });
  const attempt = await beginLoginAttempt(db, email, context.clientAddress);
  if (attempt.status === "locked") return refuse(messages.loginLocked(attempt.minutes), 429);
  const user = await findUserByEmail(db, email);
  const valid = user
    ? await verifyPassword(user.password_hash, password)
    : await burnVerificationTime(password).then(() => false);
  if (!user || !valid) {
    return attempt.minutesIfWrong
      ? refuse(messages.loginLocked(attempt.minutesIfWrong), 429)
      : refuse(messages.loginFailed, 400);
  }
  await loginSucceeded(db, attempt);
  const token = await createSession(db, user.id);
  const target = safeRedirectTarget(redirectTo);
  return redirect(target === "/" ? startPageFor(user.role) : target, {
    headers: { "Set-Cookie": await sessionCookie.serialize(token) },
  });
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginForm }),
  });
  return (
    <section className="login">
      <h1>Log ind</h1>
      <p>For medarbejdere i kommunen og frivillige i foreningerne.</p>
      <Form method="post" {...getFormProps(form)}>
        {form.errors?.length ? (
          <Alert kind="error">{form.errors[0]}</Alert>
        ) : (
          <ErrorSummary form={form} />
        )}
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField field={fields.email} label="E-mail" type="email" autoComplete="username" />
        <TextField
          field={fields.password}
          label="Adgangskode"
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="button button-primary">
          Log ind
        </button>
      </Form>
    </section>
  );
}
