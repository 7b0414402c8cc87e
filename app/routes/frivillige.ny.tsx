import { getFormProps, useForm } from "@conform-to/react";
import { readForm } from "../forms/read-form.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { db } from "../data/db.server";
import { createVolunteer } from "../data/volunteers.server";
import { volunteerForm } from "../forms/volunteer";
import { Checkbox, ChoiceGroup, ErrorSummary, SlotGrid, TextField } from "../ui/form";
import { genderOptions, interestOptions, languageOptions } from "../ui/options";
import type { Route } from "./+types/frivillige.ny";

export const meta = () => [{ title: "Opret frivillig – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAssociationUser(request, "/frivillige/ny");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, "/frivillige/ny");
  const submission = parseWithZod(await readForm(request), { schema: volunteerForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  await createVolunteer(db, user.associationId, submission.value);
  return redirect("/frivillige");
}

export default function NewVolunteer() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { languages: ["da"], capacity: "1", radiusKm: "5" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: volunteerForm }),
  });
  return (
    <section>
      <h1>Opret frivillig</h1>
      <p className="font-lead">
        Profilen bruges til at finde borgere, som den frivillige passer godt sammen med.
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <div className="form-section">
          <h2>Kontakt</h2>
          <div className="form-row">
            <TextField field={fields.firstName} label="Fornavn" autoComplete="off" />
            <TextField field={fields.lastName} label="Efternavn" autoComplete="off" />
          </div>
          <div className="form-row">
            <TextField field={fields.email} label="E-mail" type="email" autoComplete="off" />
            <TextField field={fields.phone} label="Telefon" type="tel" autoComplete="off" />
          </div>
          <ChoiceGroup field={fields.gender} legend="Køn" type="radio" options={genderOptions} />
        </div>
        <div className="form-section">
          <h2>Interesser og sprog</h2>
          <ChoiceGroup field={fields.interests} legend="Interesser" type="checkbox" options={interestOptions} columns />
          <ChoiceGroup field={fields.languages} legend="Sprog" type="checkbox" options={languageOptions} columns />
        </div>
        <div className="form-section">
          <h2>Område</h2>
          <TextField field={fields.area} label="Område eller bydel" />
          <div className="form-row">
            <TextField field={fields.lat} label="Breddegrad" type="number" hint="Fx 56,4907" />
            <TextField field={fields.lng} label="Længdegrad" type="number" hint="Fx 8,5912" />
            <TextField field={fields.radiusKm} label="Vil køre op til (km)" type="number" />
          </div>
          <Checkbox field={fields.car} label="Har bil" />
        </div>
        <div className="form-section">
          <h2>Tid</h2>
          <SlotGrid field={fields.slots} legend="Hvornår kan den frivillige?" />
          <TextField
            field={fields.capacity}
            label="Hvor mange borgere kan den frivillige have?"
            type="number"
            inputMode="numeric"
          />
        </div>
        <div className="form-section">
          <h2>Godkendelse</h2>
          <div className="form-row">
            <TextField
              field={fields.tavshedserklaeringSignedOn}
              label="Tavshedserklæring underskrevet"
              type="date"
              optional
            />
            <TextField
              field={fields.straffeattestDate}
              label="Straffeattest dateret"
              type="date"
              optional
            />
          </div>
          <p className="form-hint">
            En frivillig kan først foreslås til borgere, når begge dele er på plads.
          </p>
        </div>
        <button type="submit" className="button button-primary">
          Opret frivillig
        </button>
      </Form>
    </section>
  );
}
