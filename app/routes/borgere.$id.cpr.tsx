import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { audit } from "../data/audit.server";
import { cprRecord, deleteCpr, saveCpr } from "../data/citizen-cpr.server";
import { db } from "../data/db.server";
import { maskCpr } from "../domain/digital-post/identifiers";
import { cprForm } from "../forms/letters";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ErrorSummary, TextField } from "../ui/form";
import { formatDateTime } from "../ui/format";
import type { Route } from "./+types/borgere.$id.cpr";

// The CPR number is asked for only to send letters by Digital Post. Once saved it is
// never shown again, only its birth date, so the page cannot leak it over a shoulder.

const ROUTE = "/borgere/:id/cpr";
const PURPOSE = "CPR-nummer til Digital Post";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `CPR-nummer for ${data.citizen.firstName} ${data.citizen.lastName} – Fællesskabsbro` : "CPR-nummer" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, PURPOSE);
  const record = await cprRecord(db, citizen.id);
  return {
    citizen,
    canSave: mayWriteCitizen(user),
    stored: record ? { masked: maskCpr(record.birthDate), recordedAt: record.recordedAt, recordedBy: record.recordedBy } : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, PURPOSE);
  requireCoordinatorWrite(user);
  const submission = parseWithZod(await readForm(request), { schema: cprForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  await db.transaction().execute(async (trx) => {
    if (value.intent === "save") await saveCpr(trx, citizen.id, value.cpr, user.id);
    else await deleteCpr(trx, citizen.id);
    // The number itself never goes into the audit log.
    await audit(trx, {
      userId: user.id,
      action: value.intent === "save" ? "update" : "delete",
      entity: "citizen",
      entityId: citizen.id,
      purpose: value.intent === "save" ? "CPR-nummer gemt til Digital Post" : "CPR-nummer slettet",
    });
  });
  return redirect(`/borgere/${citizen.id}/cpr?${value.intent === "save" ? "gemt" : "slettet"}=1`);
}

export default function CitizenCpr() {
  const { citizen, stored, canSave } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cprForm }),
  });
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>CPR-nummer til Digital Post</h2>
      {searchParams.get("gemt") ? <Alert kind="success">CPR-nummeret er gemt. Brevene kan nu sendes med Digital Post.</Alert> : null}
      {searchParams.get("slettet") ? <Alert kind="success">CPR-nummeret er slettet.</Alert> : null}
      <p>
        Fællesskabsbro bruger kun CPR-nummeret til at sende breve med Digital Post. Det vises ikke igen, når det er
        gemt, og foreningerne ser det aldrig.
      </p>
      {stored ? (
        <p>
          Der er gemt et CPR-nummer ({stored.masked}) {formatDateTime(stored.recordedAt)}
          {stored.recordedBy ? ` af ${stored.recordedBy}` : ""}.
        </p>
      ) : (
        <p>Der er ikke gemt noget CPR-nummer. Brevene til borgeren kan kun udskrives.</p>
      )}
      {canSave ? (
        <>
          <Form method="post" {...getFormProps(form)}>
            <ErrorSummary form={form} />
            <input type="hidden" name="intent" value="save" />
            <TextField
              field={fields.cpr}
              label={stored ? "Nyt CPR-nummer" : "CPR-nummer"}
              hint="10 cifre, fx 010243-1234"
              inputMode="numeric"
              autoComplete="off"
            />
            <button type="submit" className="button button-primary">
              Gem CPR-nummer
            </button>
          </Form>
          {stored ? (
            <Form method="post">
              <input type="hidden" name="intent" value="delete" />
              <button type="submit" className="button button-secondary">
                Slet CPR-nummeret
              </button>
            </Form>
          ) : null}
        </>
      ) : (
        <Alert kind="info">Kun fællesskabskoordinatoren kan ændre CPR-nummeret.</Alert>
      )}
      <p>
        <Link to="/breve">Til breve</Link>
      </p>
    </article>
  );
}
