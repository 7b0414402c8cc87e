import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import type { z } from "zod";
import type { Activity } from "../data/activities.server";
import { repeatLabels, repeatOf, repeats } from "../domain/activities/schedule";
import { activityForm, newActivityForm } from "../forms/activity";
import { AddressFields, Checkbox, ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from "./form";
import { interestOptions, languageOptions } from "./options";
import { schedulePreview } from "./schedule-preview";

// One form for creating, copying and editing an activity, so the three never drift
// apart. A new or copied activity may not start in the past; an edited one started
// long ago, so it is checked with the plain schema.

const repeatOptions = repeats.map((r) => ({ value: r, label: repeatLabels[r] }));

/** The form's fields as the browser sends them: text, or a list for checkbox groups. */
export type ActivityFormValues = Partial<Record<keyof z.input<typeof activityForm>, string | string[]>>;

/** The saved activity as the form's fields, for editing and copying. */
export function activityFormValues(a: Activity): ActivityFormValues {
  const on = (flag: boolean) => (flag ? "on" : undefined);
  return {
    title: a.title,
    description: a.description,
    interests: a.interests,
    languages: a.languages,
    repeat: repeatOf(a.rrule) ?? "weekly",
    startsOn: a.startsOn,
    endsOn: a.endsOn ?? undefined,
    startTime: a.startTime,
    endTime: a.endTime,
    address: a.address,
    postcode: a.postcode,
    city: a.city,
    lat: String(a.lat).replace(".", ","),
    lng: String(a.lng).replace(".", ","),
    stepFree: on(a.stepFree),
    hearingLoop: on(a.hearingLoop),
    accessibleToilet: on(a.accessibleToilet),
    seating: on(a.seating),
    parking: on(a.parking),
    transport: on(a.transport),
    price: String(a.price),
    capacity: String(a.capacity),
    targetGroup: a.targetGroup,
    hostName: a.hostName,
    hostPhone: a.hostPhone,
  };
}

export function ActivityForm({
  mode,
  lastResult,
  defaultValue,
  submitLabel,
}: {
  mode: "new" | "edit";
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: ActivityFormValues;
  submitLabel: string;
}) {
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: mode === "new" ? newActivityForm : activityForm }),
  });
  const preview = schedulePreview({
    repeat: fields.repeat.value,
    startsOn: fields.startsOn.value,
    endsOn: fields.endsOn.value,
    startTime: fields.startTime.value,
    endTime: fields.endTime.value,
  });
  return (
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
        <TextField
          field={fields.targetGroup}
          label="Hvem er aktiviteten for?"
          optional
          hint="Fx For alle over 65, eller for dig, der er ny i byen"
        />
        <ChoiceGroup field={fields.interests} legend="Emner" type="checkbox" options={interestOptions} columns />
        <ChoiceGroup field={fields.languages} legend="Sprog" type="checkbox" options={languageOptions} columns />
      </div>
      <div className="form-section">
        <h2>Hvornår</h2>
        <SelectField field={fields.repeat} label="Gentages" options={repeatOptions} />
        <div className="form-row">
          <TextField
            field={fields.startsOn}
            label="Første dato"
            type="date"
            hint="Ugedagen følger af datoen."
          />
          <TextField
            field={fields.endsOn}
            label="Sidste dato"
            type="date"
            optional
            hint="Tom, hvis aktiviteten fortsætter."
          />
        </div>
        <div className="form-row">
          <TextField field={fields.startTime} label="Fra kl." type="time" />
          <TextField field={fields.endTime} label="Til kl." type="time" />
        </div>
        <p className="schedule-preview" aria-live="polite" id={`${form.id}-preview`}>
          {preview ? (
            <>
              <span className="sr-only">Sådan vises tidspunktet: </span>
              {preview}
            </>
          ) : (
            <span className="muted">Vælg gentagelse, første dato og tidspunkt, så ser du her, hvordan det vises.</span>
          )}
        </p>
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
        <Checkbox field={fields.seating} label="Stole med armlæn og mulighed for at sidde ned undervejs" />
        <Checkbox field={fields.parking} label="Handicapparkering tæt på indgangen" />
        <Checkbox field={fields.transport} label="Vi kan arrangere kørsel" />
        <div className="form-row">
          <TextField field={fields.capacity} label="Antal pladser" type="number" inputMode="numeric" />
          <TextField field={fields.price} label="Pris i kr." type="number" inputMode="numeric" hint="0 hvis gratis" />
        </div>
      </div>
      <div className="form-section">
        <h2>Modtagerven</h2>
        <p>En fast person, der tager imod nye deltagere og kan svare på spørgsmål før første gang.</p>
        <div className="form-row">
          <TextField field={fields.hostName} label="Navn" optional autoComplete="off" />
          <TextField field={fields.hostPhone} label="Telefon" type="tel" optional autoComplete="off" />
        </div>
      </div>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
