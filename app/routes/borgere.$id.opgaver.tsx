import { dateInDenmark } from "../domain/pathway/working-days";
import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { type CitizenTask, addTask, listTasks, setTaskDone } from "../data/tasks.server";
import { listStaffNames } from "../data/users.server";
import { FIRST_HANDLE_SUGGESTIONS, NON_STAFF_OWNERS, isOverdue } from "../domain/pathway/tasks";
import { readForm } from "../forms/read-form.server";
import { addTaskForm, taskForm } from "../forms/task";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ErrorSummary, TextField } from "../ui/form";
import { byDanish, formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.opgaver";

const ROUTE = "/borgere/:id/opgaver";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Opgaver for ${data.citizen.firstName} ${data.citizen.lastName} – Fællesskabsbro` : "Opgaver" }];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Opgaver for borgeren");
  const [tasks, staff] = await Promise.all([
    listTasks(db, citizen.id),
    citizen.municipalityId ? listStaffNames(db, citizen.municipalityId) : [],
  ]);
  return {
    citizen,
    tasks,
    owners: [...NON_STAFF_OWNERS, ...staff.sort(byDanish((n) => n))],
    canEdit: mayWriteCitizen(user),
    today: dateInDenmark(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Opgaver for borgeren");
  requireCoordinatorWrite(user);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: taskForm });
  if (submission.status !== "success") {
    // Only the add form has fields to correct; done and reopen carry just an id.
    return formData.get("intent") === "add"
      ? data({ result: submission.reply() }, { status: 400 })
      : data({ error: messages.taskNotFound }, { status: 400 });
  }
  const input = submission.value;
  const found = await db.transaction().execute(async (trx) => {
    if (input.intent === "add") {
      const taskId = await addTask(trx, citizen.id, user.id, input);
      await audit(trx, {
        userId: user.id,
        action: "create",
        entity: "citizen",
        entityId: citizen.id,
        purpose: "Opgave for borgeren",
        details: { taskId },
      });
      return true;
    }
    const done = input.intent === "done";
    if (!(await setTaskDone(trx, citizen.id, input.taskId, done ? user.id : null))) return false;
    await audit(trx, {
      userId: user.id,
      action: "update",
      entity: "citizen",
      entityId: citizen.id,
      purpose: done ? "Opgave klaret" : "Opgave genåbnet",
      details: { taskId: input.taskId },
    });
    return true;
  });
  if (!found) return data({ error: messages.taskNotFound }, { status: 404 });
  return redirect(`/borgere/${citizen.id}/opgaver`);
}

export default function Tasks({ loaderData, actionData }: Route.ComponentProps) {
  const { citizen, tasks, owners, canEdit, today } = loaderData;
  const open = tasks.filter((t) => t.doneAt === null);
  const done = tasks.filter((t) => t.doneAt !== null);
  const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Det skal tages hånd om først</h2>
      <p>
        Praktiske problemer – regninger, smerter, søvn – fylder ofte mere end lysten til fællesskab. Skriv dem ned med
        en ansvarlig, så de ikke bliver glemt.
      </p>
      {actionData && "error" in actionData ? <Alert kind="error">{actionData.error}</Alert> : null}

      <section>
        <h3>Åbne opgaver</h3>
        {open.length === 0 ? <p>Der er ingen åbne opgaver.</p> : <TaskTable tasks={open} today={today} canEdit={canEdit} />}
      </section>

      {canEdit ? (
        // A new key after each added task empties the form for the next one.
        <AddTask key={tasks.length} owners={owners} lastResult={lastResult} />
      ) : null}

      <section>
        <h3>Klaret</h3>
        {done.length === 0 ? <p>Ingen opgaver er klaret endnu.</p> : <TaskTable tasks={done} today={today} canEdit={canEdit} />}
      </section>
    </article>
  );
}

function TaskTable({ tasks, today, canEdit }: { tasks: CitizenTask[]; today: string; canEdit: boolean }) {
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">Opgave</th>
            <th scope="col">Ansvarlig</th>
            <th scope="col">Frist</th>
            {canEdit ? <th scope="col"><span className="sr-only">Handling</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <td>{t.title}</td>
              <td>{t.owner}</td>
              <td>
                {t.dueDate ? formatDate(t.dueDate) : "Ingen frist"}
                {isOverdue(t, today) ? (
                  <>
                    {" "}
                    <span className="status status-overdue">Overskredet</span>
                  </>
                ) : null}
                {t.doneAt ? <div className="muted">Klaret {formatDate(t.doneAt)}</div> : null}
              </td>
              {canEdit ? (
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value={t.doneAt ? "reopen" : "done"} />
                    <input type="hidden" name="taskId" value={t.id} />
                    {/* The visible words first in the name, then which task (WCAG label in name). */}
                    <button
                      type="submit"
                      className="button button-secondary"
                      aria-label={`${t.doneAt ? "Genåbn" : "Markér som klaret"}: ${t.title}`}
                    >
                      {t.doneAt ? "Genåbn" : "Markér som klaret"}
                    </button>
                  </Form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AddTask({ owners, lastResult }: { owners: readonly string[]; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addTaskForm }),
  });
  return (
    <section className="form-section">
      <h3>Ny opgave</h3>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="add" />
        <TextField
          field={fields.title}
          label="Hvad skal tages hånd om?"
          hint="Vælg et typisk problem eller skriv selv."
          suggestions={FIRST_HANDLE_SUGGESTIONS}
          autoComplete="off"
        />
        <div className="form-row">
          <TextField
            field={fields.owner}
            label="Hvem tager sig af det?"
            hint="En medarbejder, borgeren selv eller en pårørende."
            suggestions={owners}
            autoComplete="off"
          />
          <TextField field={fields.dueDate} label="Frist" type="date" optional />
        </div>
        <button type="submit" className="button button-primary">
          Tilføj opgave
        </button>
      </Form>
    </section>
  );
}
