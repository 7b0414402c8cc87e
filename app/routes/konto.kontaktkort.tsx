import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { formatDanishPhone } from "../comms/suggestion";
import { db } from "../data/db.server";
import { getContactCard, photoDataUrl, setContactDetails, setPhoto } from "../data/users.server";
import { PHOTO_MAX_BYTES, photoTypeOf } from "../domain/pathway/photo";
import { contactDetailsForm, photoForm, removePhotoForm } from "../forms/contact";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { ErrorSummary, TextField } from "../ui/form";
import { messages } from "../ui/messages";
import type { Route } from "./+types/konto.kontaktkort";

const ROUTE = "/konto/kontaktkort";
// Room for the other fields and the multipart boundaries around a 2 MB photo.
const UPLOAD_LIMIT = { bytes: PHOTO_MAX_BYTES + 64 * 1024, message: messages.photoTooLarge };

export const meta = () => [{ title: "Mit kontaktkort – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const card = await getContactCard(db, user.id);
  if (!card) throw data({ message: messages.notFound }, { status: 404 });
  return {
    name: card.name,
    phone: formatDanishPhone(card.phone),
    contactHours: card.contactHours,
    photo: photoDataUrl(card),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const formData = await readForm(request, UPLOAD_LIMIT);
  const intent = formData.get("intent");
  if (intent === "remove-photo" && removePhotoForm.safeParse(Object.fromEntries(formData)).success) {
    await setPhoto(db, user.id, null);
    return redirect(`${ROUTE}?fjernet=1`);
  }
  if (intent === "photo") {
    const submission = parseWithZod(formData, { schema: photoForm });
    const hideFields = ["photo"];
    if (submission.status !== "success") {
      return data({ intent, result: submission.reply({ hideFields }) }, { status: 400 });
    }
    const bytes = new Uint8Array(await submission.value.photo.arrayBuffer());
    const type = photoTypeOf(bytes);
    if (!type) {
      return data(
        { intent, result: submission.reply({ fieldErrors: { photo: [messages.photoType] }, hideFields }) },
        { status: 400 },
      );
    }
    await setPhoto(db, user.id, { bytes, type });
    return redirect(`${ROUTE}?billede=1`);
  }
  const submission = parseWithZod(formData, { schema: contactDetailsForm });
  if (submission.status !== "success") {
    return data({ intent: "details", result: submission.reply() }, { status: 400 });
  }
  await setContactDetails(db, user.id, submission.value);
  return redirect(`${ROUTE}?gemt=1`);
}

const notices: Record<string, string> = {
  gemt: "Dine oplysninger er gemt.",
  billede: "Billedet er gemt.",
  fjernet: "Billedet er fjernet.",
};

export default function MyContactCard() {
  const { name, phone, contactHours, photo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  // A confirmation from an earlier save is not shown beside a new error.
  const notice = actionData ? undefined : Object.keys(notices).find((key) => searchParams.get(key));
  const [detailsForm, details] = useForm({
    id: "details",
    lastResult: actionData?.intent === "details" ? actionData.result : undefined,
    defaultValue: { phone, contactHours },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: contactDetailsForm }),
  });
  const [photoUpload, photoFields] = useForm({
    id: "photo",
    lastResult: actionData?.intent === "photo" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: photoForm }),
  });
  return (
    <section>
      <h1>Mit kontaktkort</h1>
      <p className="font-lead">
        Borgere, du er fast kontaktperson for, får et kort med dit navn, telefonnummer, hvornår du træffes og gerne et
        billede. Kortet udskrives fra borgerens side under Kontaktperson.
      </p>
      {notice ? <Alert kind="success">{notices[notice]}</Alert> : null}
      <h2>{name}</h2>
      <Form method="post" {...getFormProps(detailsForm)} className="form-section">
        <ErrorSummary form={detailsForm} />
        <input type="hidden" name="intent" value="details" />
        <TextField field={details.phone} label="Telefon" type="tel" autoComplete="tel" />
        <TextField
          field={details.contactHours}
          label="Hvornår træffes du?"
          hint="Fx Hverdage kl. 8–15"
        />
        <button type="submit" className="button button-primary">
          Gem oplysninger
        </button>
      </Form>

      <div className="form-section">
        <h2>Billede</h2>
        {photo ? (
          <>
            <img src={photo} alt={`Dit billede på kontaktkortet`} width={150} />
            <Form method="post">
              <input type="hidden" name="intent" value="remove-photo" />
              <button type="submit" className="button button-secondary">
                Fjern billede
              </button>
            </Form>
          </>
        ) : (
          <p>Der er intet billede på kortet.</p>
        )}
        <Form method="post" encType="multipart/form-data" {...getFormProps(photoUpload)}>
          <ErrorSummary form={photoUpload} />
          <input type="hidden" name="intent" value="photo" />
          <div className={`form-group${photoFields.photo.errors?.length ? " form-error" : ""}`}>
            <label className="form-label" htmlFor={photoFields.photo.id}>
              {photo ? "Skift billede" : "Vælg billede"}
            </label>
            <span className="form-hint" id={photoFields.photo.descriptionId}>
              JPEG eller PNG, højst 2 MB.
            </span>
            {photoFields.photo.errors?.length ? (
              <span className="form-error-message" id={photoFields.photo.errorId}>
                <span className="sr-only">Fejl: </span>
                {photoFields.photo.errors[0]}
              </span>
            ) : null}
            <input
              type="file"
              id={photoFields.photo.id}
              name={photoFields.photo.name}
              accept="image/jpeg,image/png"
              className="form-file-input"
              aria-describedby={`${photoFields.photo.descriptionId}${photoFields.photo.errors?.length ? ` ${photoFields.photo.errorId}` : ""}`}
              aria-invalid={photoFields.photo.errors?.length ? true : undefined}
            />
          </div>
          <button type="submit" className="button button-primary">
            Gem billede
          </button>
        </Form>
      </div>
    </section>
  );
}
