import { getFormProps, useForm } from "@conform-to/react";
import { readForm } from "../forms/read-form.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { createActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { activityForm } from "../forms/activity";
import { AddressFields, Checkbox, ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from "../ui/form";
import { interestOptions, languageOptions, weekdayOptions } from "../ui/options";
import type { Route } from "./+types/aktiviteter.ny";

export const meta = () => [{ title: "Opret aktivitet – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAssociationUser(request, "/aktiviteter/ny");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, "/aktiviteter/ny");
  const submission = parseWithZod(await readForm(request), { schema: activityForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const id = await createActivity(db, user.associationId, user.id, submission.value);
  return redirect(`/aktiviteter/${id}`);
}

export default function NewActivity() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { languages: ["da"], price: "0" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: activityForm }),
  });
  return (
    <section>
      <h1>Opret aktivitet</h1>
      <p className="font-lead">
        Aktiviteten vises med det samme i det offentlige katalog og på kortet.
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <div className="form-section">
          <h2>Om aktiviteten</h2>
          <TextField field={fields.title} label="Titel" hint="Fx Kortklub i Medborgerhuset" />
          <TextArea
            field={fields.description}
            label="Beskrivelse"
            hint="Skriv kort og venligt, hvad man laver, og hvem der tager imod."
          />
          <ChoiceGroup field={fields.interests} legend="Emner" type="checkbox" options={interestOptions} columns />
          <ChoiceGroup field={fields.languages} legend="Sprog" type="checkbox" options={languageOptions} columns />
        </div>
        <div className="form-section">
          <h2>Hvornår</h2>
          <div className="form-row">
            <SelectField field={fields.weekday} label="Ugedag" options={weekdayOptions} />
            <TextField field={fields.startTime} label="Fra kl." type="time" />
            <TextField field={fields.endTime} label="Til kl." type="time" />
          </div>
        </div>
        <div className="form-section">
          <h2>Hvor</h2>
          <AddressFields fields={fields} />
        </div>
        <div className="form-section">
          <h2>Tilgængelighed og praktisk</h2>
          <Checkbox field={fields.stepFree} label="Trinfri adgang (ingen trin, også for kørestol)" />
          <Checkbox field={fields.hearingLoop} label="Teleslynge" />
          <Checkbox field={fields.accessibleToilet} label="Handicaptoilet" />
          <Checkbox field={fields.transport} label="Vi kan arrangere kørsel" />
          <div className="form-row">
            <TextField field={fields.capacity} label="Antal pladser" type="number" inputMode="numeric" />
            <TextField field={fields.price} label="Pris i kr." type="number" inputMode="numeric" hint="0 hvis gratis" />
          </div>
        </div>
        <button type="submit" className="button button-primary">
          Opret aktivitet
        </button>
      </Form>
    </section>
  );
}
