import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, useActionData } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { verifyPassword } from "../auth/password.server";
import { checkNewPassword } from "../auth/password-rules.server";
import { createSession, invalidateUserSessions, sessionCookie } from "../auth/sessions.server";
import { db } from "../data/db.server";
import { getPasswordHash, setPassword } from "../data/users.server";
import { PASSWORD_MIN_LENGTH } from "../domain/passwords/rules";
import { changePasswordForm } from "../forms/password";
import { readForm } from "../forms/read-form.server";
import { ErrorSummary, TextField } from "../ui/form";
import type { Route } from "./+types/konto.adgangskode";
import { Alert } from "../ui/alert";

export const meta = () => [{ title: "Skift adgangskode – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAccess(request, "/konto/adgangskode");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAccess(request, "/konto/adgangskode");
  const schema = changePasswordForm.superRefine((form, ctx) => checkNewPassword(ctx, form.newPassword, user));
  const submission = parseWithZod(await readForm(request), { schema });
  const hideFields = ["currentPassword", "newPassword", "confirmPassword"];
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields }), changed: false }, { status: 400 });
  }
  const currentHash = await getPasswordHash(db, user.id);
  if (!currentHash || !(await verifyPassword(currentHash, submission.value.currentPassword))) {
    return data(
      {
        result: submission.reply({
          fieldErrors: { currentPassword: ["Den nuværende adgangskode er forkert"] },
          hideFields,
        }),
        changed: false,
      },
      { status: 400 },
    );
  }
  // Every other device is signed out; this one gets a fresh session.
  const token = await db.transaction().execute(async (trx) => {
    await setPassword(trx, user.id, submission.value.newPassword);
    await invalidateUserSessions(trx, user.id);
    return createSession(trx, user.id);
  });
  return data(
    { result: submission.reply({ resetForm: true }), changed: true },
    { headers: { "Set-Cookie": await sessionCookie.serialize(token) } },
  );
}

export default function ChangePassword() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordForm }),
  });
  return (
    <section>
      <h1>Skift adgangskode</h1>
      <p className="font-lead">
        Brug mindst {PASSWORD_MIN_LENGTH} tegn. En sætning, du kan huske, er både sikker og nem.
      </p>
      {actionData?.changed ? (
        <Alert kind="success">Din adgangskode er skiftet. Du er logget af på alle andre enheder.</Alert>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <TextField
          field={fields.currentPassword}
          label="Nuværende adgangskode"
          type="password"
          autoComplete="current-password"
        />
        <TextField field={fields.newPassword} label="Ny adgangskode" type="password" autoComplete="new-password" />
        <TextField
          field={fields.confirmPassword}
          label="Gentag ny adgangskode"
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button button-primary">
          Skift adgangskode
        </button>
      </Form>
    </section>
  );
}
