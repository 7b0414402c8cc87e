import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { db } from "../data/db.server";
import { createReferral } from "../data/referrals.server";
import {
  DETECTION_CLIP_MINUTES,
  REFERRAL_SIGNS,
  REFERRAL_SOURCES,
  referralSignLabels,
  referralSourceLabels,
} from "../domain/pathway/referral-signs";
import { readForm } from "../forms/read-form.server";
import { referralForm } from "../forms/referral";
import { Checkbox, ChoiceGroup, ErrorSummary, TextArea, TextField } from "../ui/form";
import type { Route } from "./+types/henvisning";

export const meta = () => [{ title: "Henvis en borger – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, "/henvisning");
  // Home-care staff nearly always refer what they saw themselves; a coordinator
  // types in referrals from many sources and must choose.
  return { defaultSource: user.role === "homecare" ? "homecare" : undefined };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, "/henvisning");
  const submission = parseWithZod(await readForm(request), { schema: referralForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  await db.transaction().execute((trx) => createReferral(trx, user, submission.value));
  return redirect("/henvisninger?sendt=1");
}

const sourceOptions = REFERRAL_SOURCES.map((value) => ({ value, label: referralSourceLabels[value] }));
const signOptions = REFERRAL_SIGNS.map((value) => ({ value, label: referralSignLabels[value] }));
const consentOptions = [
  { value: "yes", label: "Ja" },
  { value: "no", label: "Nej" },
];

export default function NewReferral() {
  const { defaultSource } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { source: defaultSource },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: referralForm }),
  });
  return (
    <section className="phone-form">
      <h1>Henvis en borger</h1>
      <p className="font-lead">
        Det tager under et minut. Fællesskabskoordinatoren kontakter derefter borgeren.
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <TextField field={fields.fullName} label="Borgerens navn" hint="Fornavn og efternavn" autoComplete="off" />
        <TextField
          field={fields.address}
          label="Adresse"
          hint="Vej og husnummer, postnummer og by, fx Vestergade 12, 7800 Skive"
          autoComplete="off"
        />
        <ChoiceGroup field={fields.source} legend="Hvem henviser?" type="radio" options={sourceOptions} />
        <ChoiceGroup
          field={fields.signs}
          legend="Hvad har du lagt mærke til?"
          hint="Vælg alt det, der passer."
          type="checkbox"
          options={signOptions}
        />
        <ChoiceGroup
          field={fields.consentToContact}
          legend="Vil borgeren gerne kontaktes af fællesskabskoordinatoren?"
          hint="Svarer du nej, bliver henvisningen gemt, men koordinatoren kontakter ikke borgeren uden samtykke. Koordinatoren kan ringe til dig og tale om, hvordan borgeren kan spørges."
          type="radio"
          options={consentOptions}
        />
        <h2>Mere (frivilligt)</h2>
        <TextField field={fields.phone} label="Borgerens telefon" type="tel" inputMode="tel" autoComplete="off" optional />
        <TextField
          field={fields.sourceName}
          label="Henvist af (navn)"
          hint="Fx navnet på lægen eller den pårørende."
          autoComplete="off"
          optional
        />
        <TextArea field={fields.note} label="Bemærkning" rows={3} optional />
        <Checkbox
          field={fields.detectionClip}
          label={`Jeg har brugt et opsporingsklip (${DETECTION_CLIP_MINUTES} min.)`}
        />
        <button type="submit" className="button button-primary">
          Send henvisning
        </button>
      </Form>
    </section>
  );
}
