import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { formatDanishPhone } from "../comms/suggestion";
import { getAssociation, setAssociationLogo, updateAssociationProfile } from "../data/associations.server";
import { db } from "../data/db.server";
import { photoTypeOf } from "../domain/pathway/photo";
import { LOGO_MAX_BYTES, associationProfileForm, logoForm, removeLogoForm } from "../forms/association";
import { readForm } from "../forms/read-form.server";
import { ErrorSummary, FileField, TextArea, TextField } from "../ui/form";
import { messages } from "../ui/messages";
import type { Route } from "./+types/forening.rediger";

const ROUTE = "/forening/rediger";
// Room for the other fields and the multipart boundaries around a 1 MB logo.
const UPLOAD_LIMIT = { bytes: LOGO_MAX_BYTES + 64 * 1024, message: messages.logoTooLarge };

export const meta = () => [{ title: "Ret foreningens oplysninger – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAssociationUser(request, ROUTE);
  const association = await getAssociation(db, user.associationId, null);
  if (!association) throw data({ message: messages.notFound }, { status: 404 });
  return { association: { ...association, phone: association.phone ? formatDanishPhone(association.phone) : "" } };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, ROUTE);
  const formData = await readForm(request, UPLOAD_LIMIT);
  const intent = formData.get("intent");
  if (intent === "remove-logo" && removeLogoForm.safeParse(Object.fromEntries(formData)).success) {
    await setAssociationLogo(db, user.associationId, null);
    return redirect("/forening?logo-fjernet=1");
  }
  if (intent === "logo") {
    const submission = parseWithZod(formData, { schema: logoForm });
    const hideFields = ["logo"];
    if (submission.status !== "success") {
      return data({ intent: "logo" as const, result: submission.reply({ hideFields }) }, { status: 400 });
    }
    const bytes = new Uint8Array(await submission.value.logo.arrayBuffer());
    // The file's own first bytes decide, never its name or the type the browser claims.
    const type = photoTypeOf(bytes);
    if (!type) {
      return data(
        { intent: "logo" as const, result: submission.reply({ fieldErrors: { logo: [messages.logoType] }, hideFields }) },
        { status: 400 },
      );
    }
    await setAssociationLogo(db, user.associationId, { bytes, type });
    return redirect("/forening?logo=1");
  }
  const submission = parseWithZod(formData, { schema: associationProfileForm });
  if (submission.status !== "success") {
    return data({ intent: "profile" as const, result: submission.reply() }, { status: 400 });
  }
  await updateAssociationProfile(db, user.associationId, submission.value);
  return redirect("/forening?gemt=1");
}

export default function EditAssociation() {
  const { association: a } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <p>
        <Link to="/forening">Tilbage til {a.name}</Link>
      </p>
      <h1>Ret foreningens oplysninger</h1>
      <ProfileForm association={a} lastResult={actionData?.intent === "profile" ? actionData.result : undefined} />
      <div className="form-section">
        <h2>Logo</h2>
        {a.hasLogo ? (
          <img src={`/foreninger/${a.id}/logo?v=${a.version}`} alt={`${a.name}s logo`} className="association-logo" />
        ) : (
          <p>Foreningen har intet logo på siden endnu.</p>
        )}
        <LogoForms hasLogo={a.hasLogo} lastResult={actionData?.intent === "logo" ? actionData.result : undefined} />
      </div>
    </section>
  );
}

type Profile = ReturnType<typeof useLoaderData<typeof loader>>["association"];

function ProfileForm({ association: a, lastResult }: { association: Profile; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "profile",
    lastResult,
    shouldValidate: "onBlur",
    defaultValue: {
      description: a.description,
      area: a.area,
      contactName: a.contactName,
      email: a.email,
      phone: a.phone,
      website: a.website,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: associationProfileForm }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="form-section">
      <h2>Om foreningen</h2>
      <ErrorSummary form={form} />
      <input type="hidden" name="intent" value="profile" />
      <TextArea
        field={fields.description}
        label="Beskrivelse"
        hint="Hvem er I, og hvad kan en ældre borger være med til? Skriv, som du ville fortælle det til en nabo."
        rows={5}
        optional
      />
      <TextField field={fields.area} label="Område" hint="Fx Skive by og Fursø-egnen" optional />
      <TextField field={fields.contactName} label="Kontaktperson" autoComplete="name" optional />
      <div className="form-row">
        <TextField field={fields.email} label="E-mail" type="email" autoComplete="email" />
        <TextField field={fields.phone} label="Telefon" type="tel" autoComplete="tel" optional />
      </div>
      <TextField field={fields.website} label="Hjemmeside" hint="Fx www.forening.dk" autoComplete="url" optional />
      <button type="submit" className="button button-primary">
        Gem oplysninger
      </button>
    </Form>
  );
}

function LogoForms({ hasLogo, lastResult }: { hasLogo: boolean; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "logo",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: logoForm }),
  });
  return (
    <>
      {hasLogo ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove-logo" />
          <button type="submit" className="button button-secondary">
            Fjern logo
          </button>
        </Form>
      ) : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="logo" />
        <FileField
          field={fields.logo}
          label={hasLogo ? "Skift logo" : "Vælg logo"}
          hint="JPEG eller PNG, højst 1 MB."
          accept="image/jpeg,image/png"
        />
        <button type="submit" className="button button-primary">
          Gem logo
        </button>
      </Form>
    </>
  );
}
