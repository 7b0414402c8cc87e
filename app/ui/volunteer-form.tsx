import { type DefaultValue, type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import { type VolunteerInput, volunteerForm } from "../forms/volunteer";
import { Checkbox, ChoiceGroup, ErrorSummary, SlotGrid, TextField } from "./form";
import { genderOptions, interestOptions, languageOptions } from "./options";

export type VolunteerFormDefaults = DefaultValue<VolunteerInput>;

/** The volunteer profile form, the same for creating and editing a volunteer. */
export function VolunteerProfileForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: VolunteerFormDefaults;
  submitLabel: string;
}) {
  const [form, fields] = useForm<VolunteerInput>({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: volunteerForm }),
  });
  return (
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
          <TextField field={fields.straffeattestDate} label="Straffeattest dateret" type="date" optional />
        </div>
        <p className="form-hint">En frivillig kan først foreslås til borgere, når begge dele er på plads.</p>
      </div>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
