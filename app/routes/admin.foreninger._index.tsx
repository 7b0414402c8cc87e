import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { createAssociation, listAssociations } from "../data/associations.server";
import { db } from "../data/db.server";
import { newAssociationForm } from "../forms/association";
import { readForm } from "../forms/read-form.server";
import { ErrorSummary, TextArea, TextField } from "../ui/form";
import type { Route } from "./+types/admin.foreninger._index";

const ROUTE = "/admin/foreninger";

export const meta = () => [{ title: "Foreninger – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  return { associations: await listAssociations(db, user.municipalityId) };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const submission = parseWithZod(await readForm(request), { schema: newAssociationForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const id = await createAssociation(db, user.municipalityId, submission.value);
  return redirect(`/admin/foreninger/${id}?oprettet=1`);
}

export default function Associations() {
  const { associations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "new-association",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newAssociationForm }),
  });
  return (
    <section>
      <h1>Foreninger</h1>
      <p className="font-lead">
        Foreningerne lægger selv deres aktiviteter og frivillige ind. Opret foreningen her, og invitér bagefter
        de personer, der skal arbejde i den.
      </p>
      {associations.length === 0 ? (
        <p>Der er ingen foreninger endnu.</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">Kommunens foreninger</caption>
            <thead>
              <tr>
                <th scope="col">Forening</th>
                <th scope="col">Brugere</th>
                <th scope="col">Aktive aktiviteter</th>
                <th scope="col">Aktive frivillige</th>
              </tr>
            </thead>
            <tbody>
              {associations.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/admin/foreninger/${a.id}`}>{a.name}</Link>
                  </td>
                  <td>{a.users}</td>
                  <td>{a.activities}</td>
                  <td>{a.volunteers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Form method="post" {...getFormProps(form)} className="form-section">
        <h2>Opret forening</h2>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="create" />
        <TextField field={fields.name} label="Foreningens navn" autoComplete="organization" />
        <div className="form-row">
          <TextField field={fields.email} label="E-mail" type="email" autoComplete="off" />
          <TextField field={fields.phone} label="Telefon" type="tel" autoComplete="off" optional />
        </div>
        <TextField field={fields.area} label="Område" hint="Fx Skive by og Fursø-egnen" optional />
        <TextArea field={fields.description} label="Kort beskrivelse" rows={3} optional />
        <p className="form-hint">Foreningen kan selv rette beskrivelse, kontaktperson og logo bagefter.</p>
        <button type="submit" className="button button-primary">
          Opret forening
        </button>
      </Form>
    </section>
  );
}
