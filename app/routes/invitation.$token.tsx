import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect } from "react-router";
import { checkNewPassword } from "../auth/password-rules.server";
import { createSession, sessionCookie } from "../auth/sessions.server";
import { startPageFor } from "../auth/start-page";
import { db } from "../data/db.server";
import { acceptInvitation, findInvitation } from "../data/invitations.server";
import { emailHasUser } from "../data/users.server";
import { type InvitationState, invitationHeadline, roleIntroductions } from "../domain/associations/invitations";
import { PASSWORD_MIN_LENGTH } from "../domain/passwords/rules";
import { acceptInvitationForm } from "../forms/invitation";
import { readForm } from "../forms/read-form.server";
import { ErrorSummary, TextField } from "../ui/form";
import type { Route } from "./+types/invitation.$token";

// The token in the URL is the invited person's only key: keep it out of caches (and out of
// referrers: app/auth/security-headers.ts).
export const headers = () => ({ "Cache-Control": "no-store" });

export const meta = () => [{ title: "Invitation – Fællesskabsbro" }, { name: "robots", content: "noindex" }];

type Gone = Exclude<InvitationState, "pending"> | "unknown";

const goneStatus = (state: Gone) => (state === "unknown" ? 404 : 410);

export async function loader({ params }: Route.LoaderArgs) {
  const invitation = await findInvitation(db, params.token);
  const state: Gone | "pending" = invitation?.state ?? "unknown";
  if (!invitation || state !== "pending") {
    return data({ view: "gone" as const, state: state as Gone, from: invitation?.inviterName ?? invitation?.organisation ?? null }, { status: goneStatus(state as Gone) });
  }
  if (await emailHasUser(db, invitation.email)) {
    return data({ view: "email-taken" as const, email: invitation.email }, { status: 409 });
  }
  return {
    view: "accept" as const,
    headline: invitationHeadline(invitation.organisation, invitation.role),
    introduction: roleIntroductions[invitation.role],
    inviterName: invitation.inviterName,
    name: invitation.name,
    email: invitation.email,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const hideFields = ["newPassword", "confirmPassword"];
  const invitedEmail = (await findInvitation(db, params.token))?.email ?? "";
  const schema = acceptInvitationForm.superRefine((form, ctx) =>
    checkNewPassword(ctx, form.newPassword, { email: invitedEmail, name: form.name }),
  );
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields }) }, { status: 400 });
  }
  const outcome = await acceptInvitation(db, params.token, {
    name: submission.value.name,
    password: submission.value.newPassword,
  });
  if (outcome.status === "gone") return data({ result: submission.reply({ hideFields }) }, { status: goneStatus(outcome.state) });
  if (outcome.status === "email-taken") return data({ result: submission.reply({ hideFields }) }, { status: 409 });
  const token = await createSession(db, outcome.userId);
  return redirect(startPageFor(outcome.role), {
    headers: { "Set-Cookie": await sessionCookie.serialize(token) },
  });
}

const goneText: Record<Gone, { title: string; text: (from: string | null) => string }> = {
  unknown: {
    title: "Invitationen findes ikke",
    text: () =>
      "Tjek, at du har brugt hele linket fra e-mailen. Virker det stadig ikke, så bed den, der inviterede dig, om at sende invitationen igen.",
  },
  expired: {
    title: "Invitationen er udløbet",
    text: (from) =>
      `Et invitationslink virker i 7 dage. Bed ${from ?? "den, der inviterede dig,"} om at sende invitationen igen – så får du et nyt link.`,
  },
  accepted: {
    title: "Invitationen er allerede brugt",
    text: () => "Du har allerede oprettet din bruger. Log ind med din e-mail og den adgangskode, du valgte.",
  },
  revoked: {
    title: "Invitationen er trukket tilbage",
    text: (from) =>
      `Linket virker ikke længere. Kontakt ${from ?? "den, der inviterede dig,"} hvis du mener, det er en fejl.`,
  },
};

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  if (loaderData.view === "gone") {
    const { title, text } = goneText[loaderData.state];
    return (
      <section className="reply-page">
        <h1>{title}</h1>
        <p>{text(loaderData.from)}</p>
        <p>
          <Link to="/login">Gå til log ind</Link>
        </p>
      </section>
    );
  }
  if (loaderData.view === "email-taken") {
    return (
      <section className="reply-page">
        <h1>Du har allerede en bruger</h1>
        <p>
          Der findes allerede en bruger med e-mailen <strong>{loaderData.email}</strong>. Log ind med den – du skal ikke
          oprette en ny.
        </p>
        <p>
          <Link to="/login" className="button button-primary">
            Log ind
          </Link>
        </p>
      </section>
    );
  }
  return <AcceptForm invitation={loaderData} lastResult={actionData?.result} />;
}

function AcceptForm({
  invitation,
  lastResult,
}: {
  invitation: { headline: string; introduction: string; inviterName: string | null; name: string; email: string };
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const [form, fields] = useForm({
    id: "accept-invitation",
    lastResult,
    shouldValidate: "onBlur",
    defaultValue: { name: invitation.name },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptInvitationForm }),
  });
  return (
    <section className="login">
      <h1>{invitation.headline}</h1>
      {invitation.inviterName ? <p>Invitationen er sendt af {invitation.inviterName}.</p> : null}
      <p className="font-lead">{invitation.introduction}</p>
      <p>
        Vælg en adgangskode, så er du i gang. Du logger ind med e-mailen <strong>{invitation.email}</strong>.
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <TextField field={fields.name} label="Dit navn" autoComplete="name" />
        <TextField
          field={fields.newPassword}
          label="Vælg adgangskode"
          type="password"
          autoComplete="new-password"
          hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning, du kan huske, er både sikker og nem.`}
        />
        <TextField field={fields.confirmPassword} label="Gentag adgangskode" type="password" autoComplete="new-password" />
        <button type="submit" className="button button-primary">
          Opret min bruger
        </button>
      </Form>
    </section>
  );
}
