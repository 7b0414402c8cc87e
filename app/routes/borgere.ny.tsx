import { getFormProps, useForm } from "@conform-to/react";
import { readForm } from "../forms/read-form.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { createScreenedCitizen } from "../data/citizens.server";
import { db } from "../data/db.server";
import { citizenForm } from "../forms/citizen";
import { Checkbox, ErrorSummary, TextField } from "../ui/form";
import { ScreeningSections } from "../ui/screening-fields";
import type { Route } from "./+types/borgere.ny";

export const meta = () => [{ title: "Registrér borger – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireMunicipalUser(request, "/borgere/ny");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, "/borgere/ny");
  const submission = parseWithZod(await readForm(request), { schema: citizenForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const id = await db.transaction().execute(async (trx) => {
    const citizenId = await createScreenedCitizen(trx, user.municipalityId, user.id, submission.value);
    await audit(trx, {
      userId: user.id,
      action: "create",
      entity: "citizen",
      entityId: citizenId,
      purpose: "Registrering og screening",
    });
    return citizenId;
  });
  return redirect(`/borgere/${id}`);
}

export default function NewCitizen() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { languages: ["da"], format: "either", contactChannel: "letter" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: citizenForm }),
  });
  return (
    <section>
      <h1>Registrér borger</h1>
      <p className="font-lead">
        Udfyld efter den narrative samtale. Borgeren får dig som fast kontaktperson.
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <div className="form-section">
          <h2>Borgeren</h2>
          <div className="form-row">
            <TextField field={fields.firstName} label="Fornavn" autoComplete="off" />
            <TextField field={fields.lastName} label="Efternavn" autoComplete="off" />
            <TextField field={fields.birthYear} label="Fødselsår" type="number" inputMode="numeric" optional />
          </div>
        </div>
        <ScreeningSections fields={fields} Heading="h2" />
        <div className="form-section">
          <h2>Samtykke</h2>
          <Checkbox
            field={fields.consentToShare}
            label="Borgeren har givet samtykke til, at foreningen må få fornavn, område, interesser og relevante hensyn"
            hint="Uden samtykke kan borgeren ikke foreslås til en forening."
          />
        </div>
        <button type="submit" className="button button-primary">
          Gem borger
        </button>
      </Form>
    </section>
  );
}
