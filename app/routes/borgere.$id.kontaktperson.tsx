import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { formatDanishPhone } from "../comms/suggestion";
import { audit } from "../data/audit.server";
import { setContactPerson } from "../data/citizens.server";
import { db } from "../data/db.server";
import { getContactCard, listCoordinators, photoDataUrl } from "../data/users.server";
import { contactPersonForm } from "../forms/contact";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ErrorSummary, SelectField } from "../ui/form";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.kontaktperson";

const ROUTE = "/borgere/:id/kontaktperson";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Kontaktperson – ${data.citizen.firstName} ${data.citizen.lastName}` : "Kontaktperson" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Fast kontaktperson");
  const [card, coordinators] = await Promise.all([
    citizen.contactPersonId ? getContactCard(db, citizen.contactPersonId) : undefined,
    listCoordinators(db, citizen.municipalityId),
  ]);
  return {
    citizen,
    contact: card
      ? { name: card.name, phone: formatDanishPhone(card.phone), hours: card.contactHours, photo: photoDataUrl(card) }
      : null,
    options: coordinators
      .filter((c) => c.id !== citizen.contactPersonId)
      .map((c) => ({ value: c.id, label: c.name })),
    mayWrite: mayWriteCitizen(user),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Fast kontaktperson");
  requireCoordinatorWrite(user);
  const submission = parseWithZod(await readForm(request), { schema: contactPersonForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const chosen = submission.value.contactPersonId;
  // Only a coordinator of the citizen's own municipality can be the contact person.
  const allowed = (await listCoordinators(db, citizen.municipalityId)).some((c) => c.id === chosen);
  if (!allowed) {
    return data(
      { result: submission.reply({ fieldErrors: { contactPersonId: [messages.chooseContactPerson] } }) },
      { status: 400 },
    );
  }
  await db.transaction().execute(async (trx) => {
    await setContactPerson(trx, citizen.id, chosen);
    await audit(trx, {
      userId: user.id,
      action: "update",
      entity: "citizen",
      entityId: citizen.id,
      purpose: "Fast kontaktperson skiftet",
      details: { from: citizen.contactPersonId, to: chosen },
    });
  });
  return redirect(`/borgere/${citizen.id}/kontaktperson?skiftet=1`);
}

export default function ContactPerson() {
  const { citizen, contact, options, mayWrite } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: contactPersonForm }),
  });
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Fast kontaktperson</h2>
      {!actionData && searchParams.get("skiftet") ? <Alert kind="success">Kontaktpersonen er skiftet.</Alert> : null}
      {contact ? (
        <div className="form-section">
          {contact.photo ? <img src={contact.photo} alt={`Foto af ${contact.name}`} width={120} /> : null}
          <dl className="facts">
            <dt>Navn</dt>
            <dd>{contact.name}</dd>
            <dt>Telefon</dt>
            <dd>{contact.phone}</dd>
            <dt>Træffes</dt>
            <dd>{contact.hours || "Ikke udfyldt"}</dd>
          </dl>
          <p>
            <a href={`/borgere/${citizen.id}/kontaktkort`} className="button button-secondary" target="_blank" rel="noopener">
              Udskriv kontaktkort
            </a>
          </p>
          <p className="muted">
            Kortet bruger kontaktpersonens egne oplysninger. De rettes under <a href="/konto/kontaktkort">Mit kontaktkort</a>.
          </p>
        </div>
      ) : (
        <Alert kind="warning">{messages.noContactPerson}</Alert>
      )}
      {mayWrite ? (
        <Form method="post" {...getFormProps(form)} className="form-section">
          <ErrorSummary form={form} />
          <SelectField
            field={fields.contactPersonId}
            label="Skift kontaktperson"
            options={options}
            placeholder="Vælg fællesskabskoordinator"
          />
          <button type="submit" className="button button-primary">
            Skift kontaktperson
          </button>
        </Form>
      ) : null}
    </article>
  );
}
