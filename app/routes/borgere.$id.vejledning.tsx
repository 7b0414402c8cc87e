import { dateInDenmark } from "../domain/pathway/working-days";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { addGuidanceNote, listGuidanceNotes, markNextStepDone } from "../data/guidance.server";
import { guidanceNoteForm, nextStepDoneForm } from "../forms/guidance";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ErrorSummary, TextArea, TextField } from "../ui/form";
import { formatDate, formatDateTime } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.vejledning";

export function meta({ data }: Route.MetaArgs) {
  return [
    {
      title: data ? `Vejledning – ${data.citizen.firstName} ${data.citizen.lastName}` : "Vejledning",
    },
  ];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(
    request,
    "/borgere/:id/vejledning",
    params.id,
    "Vejledning og motivation",
  );
  return {
    citizen,
    notes: await listGuidanceNotes(db, citizen.id),
    today: dateInDenmark(),
    mayWrite: mayWriteCitizen(user),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(
    request,
    "/borgere/:id/vejledning",
    params.id,
    "Vejledning og motivation",
  );
  requireCoordinatorWrite(user);
  const formData = await readForm(request);
  if (formData.get("intent") === "done") {
    const parsed = nextStepDoneForm.safeParse(Object.fromEntries(formData));
    const done =
      parsed.success &&
      (await db.transaction().execute(async (trx) => {
        if (!(await markNextStepDone(trx, citizen.id, parsed.data.noteId))) return false;
        await audit(trx, {
          userId: user.id,
          action: "update",
          entity: "citizen",
          entityId: citizen.id,
          purpose: "Næste skridt gjort",
          details: { guidanceNoteId: parsed.data.noteId },
        });
        return true;
      }));
    if (!done) return data({ error: messages.nextStepNotOpen, result: undefined }, { status: 409 });
    return redirect(`/borgere/${citizen.id}/vejledning?gjort=1`);
  }
  const submission = parseWithZod(formData, { schema: guidanceNoteForm });
  if (submission.status !== "success") return data({ error: null, result: submission.reply() }, { status: 400 });
  await db.transaction().execute(async (trx) => {
    const noteId = await addGuidanceNote(trx, citizen.id, user.id, submission.value);
    await audit(trx, {
      userId: user.id,
      action: "create",
      entity: "citizen",
      entityId: citizen.id,
      purpose: "Vejledning og motivation",
      details: { guidanceNoteId: noteId },
    });
  });
  return redirect(`/borgere/${citizen.id}/vejledning?gemt=1`);
}

export default function Guidance() {
  const { citizen, notes, today, mayWrite } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { intent: "note", onDate: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: guidanceNoteForm }),
  });
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Vejledning og motivation</h2>
      {actionData?.error ? <Alert kind="error">{actionData.error}</Alert> : null}
      {!actionData && searchParams.get("gemt") ? <Alert kind="success">Notatet er gemt.</Alert> : null}
      {!actionData && searchParams.get("gjort") ? <Alert kind="success">Næste skridt er markeret som gjort.</Alert> : null}
      {mayWrite ? (
        <Form method="post" {...getFormProps(form)} className="form-section">
          <ErrorSummary form={form} />
          <input type="hidden" name="intent" value="note" />
          <TextField field={fields.onDate} label="Dato for samtalen" type="date" />
          <TextArea field={fields.note} label="Notat" hint="Hvad talte I om, og hvad motiverer borgeren?" rows={5} />
          <TextField field={fields.nextStep} label="Aftalt næste skridt" optional />
          <TextField field={fields.nextStepDue} label="Frist for næste skridt" type="date" optional />
          <button type="submit" className="button button-primary">
            Gem notat
          </button>
        </Form>
      ) : null}
      <h2>Notater</h2>
      {notes.length === 0 ? (
        <p>Der er ingen notater endnu.</p>
      ) : (
        <ol className="card-list">
          {notes.map((n) => (
            <li key={n.id}>
              <div className="item-card">
                <h3>{formatDate(n.onDate)}</h3>
                <p className="pre-line">{n.note}</p>
                {n.nextStep ? (
                  <>
                    <p>
                      <strong>Aftalt næste skridt:</strong> {n.nextStep}
                      {n.nextStepDue ? ` (senest ${formatDate(n.nextStepDue)})` : null}
                    </p>
                    {n.nextStepDoneAt ? (
                      <p>
                        <span className="status status-yes">Gjort</span>{" "}
                        <span className="muted">{formatDateTime(n.nextStepDoneAt)}</span>
                      </p>
                    ) : mayWrite ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="done" />
                        <input type="hidden" name="noteId" value={n.id} />
                        <button type="submit" className="button button-secondary">
                          Markér som gjort
                        </button>
                      </Form>
                    ) : null}
                  </>
                ) : null}
                {n.writtenBy ? <p className="muted">Skrevet af {n.writtenBy}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
