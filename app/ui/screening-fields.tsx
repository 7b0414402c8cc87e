import type { FieldMetadata } from "@conform-to/react";
import { AddressFields, Checkbox, ChoiceGroup, SlotGrid, TextArea, TextField } from "./form";
import {
  barrierOptions,
  contactChannelOptions,
  formatOptions,
  genderPreferenceOptions,
  interestOptions,
  languageOptions,
} from "./options";

// The screening conversation's fields, the same on "Registrér borger" and on a
// referred citizen's screening page, so a coordinator meets one form in one order.

type Field = FieldMetadata<any, any, any>;
type ScreeningFieldName =
  | "narrative"
  | "network"
  | "dailyLife"
  | "wishes"
  | "interests"
  | "barriers"
  | "languages"
  | "format"
  | "slots"
  | "genderPreference"
  | "escort"
  | "phone"
  | "email"
  | "contactChannel"
  | "address"
  | "postcode"
  | "city"
  | "lat"
  | "lng";

export function ScreeningSections({
  fields,
  Heading,
}: {
  fields: Record<ScreeningFieldName, Field>;
  /** h2 on a page of its own, h3 below a page section's h2. */
  Heading: "h2" | "h3";
}) {
  return (
    <>
      <div className="form-section">
        <Heading>Samtalen</Heading>
        <TextArea
          field={fields.narrative}
          label="Livshistorie"
          hint="Med borgerens egne ord: hvor de kommer fra, hvad der har fyldt i livet."
          rows={6}
          optional
        />
        <TextArea
          field={fields.network}
          label="Netværk og relationer"
          hint="Familie, venner, naboer – og hvem der er faldet væk."
          rows={4}
          optional
        />
        <TextArea field={fields.dailyLife} label="Hverdagens indhold" hint="Hvad fylder en almindelig dag?" rows={4} optional />
        <TextArea
          field={fields.wishes}
          label="Ønsker"
          hint="Hvad vil borgeren gerne, og hvad skal der til?"
          rows={4}
          optional
        />
      </div>
      <div className="form-section">
        <Heading>Interesser og hensyn</Heading>
        <ChoiceGroup field={fields.interests} legend="Interesser" type="checkbox" options={interestOptions} columns />
        <ChoiceGroup
          field={fields.barriers}
          legend="Barrierer"
          hint="Det, der skal tages hensyn til. Vælg ingen, hvis intet holder borgeren tilbage."
          type="checkbox"
          options={barrierOptions}
          columns
        />
        <ChoiceGroup field={fields.languages} legend="Sprog" type="checkbox" options={languageOptions} columns />
      </div>
      <div className="form-section">
        <Heading>Ønsker til fællesskabet</Heading>
        <ChoiceGroup field={fields.format} legend="Hvad ønsker borgeren?" type="radio" options={formatOptions} />
        <SlotGrid field={fields.slots} legend="Hvornår passer det borgeren?" />
        <ChoiceGroup
          field={fields.genderPreference}
          legend="Ønsker borgeren en besøgsven af et bestemt køn?"
          hint="Lad være tom, hvis det er lige meget."
          type="radio"
          options={genderPreferenceOptions}
        />
        <Checkbox field={fields.escort} label="Borgeren har brug for ledsagelse (klippekort) til aktiviteter" />
      </div>
      <div className="form-section">
        <Heading>Kontakt og adresse</Heading>
        <div className="form-row">
          <TextField field={fields.phone} label="Telefon" type="tel" autoComplete="off" />
          <TextField field={fields.email} label="E-mail" type="email" autoComplete="off" optional />
        </div>
        <ChoiceGroup
          field={fields.contactChannel}
          legend="Hvordan vil borgeren have forslag?"
          type="radio"
          options={contactChannelOptions}
        />
        <AddressFields fields={fields} personal />
      </div>
    </>
  );
}
