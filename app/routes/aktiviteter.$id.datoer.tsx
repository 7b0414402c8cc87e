import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useLoaderData, useSearchParams } from "react-router";
import { requireOwnActivity } from "../auth/own-activity.server";
import { listOccurrenceChanges, removeOccurrenceChange, saveOccurrenceChange } from "../data/activity-dates.server";
import { db } from "../data/db.server";
import { type DateChangeRefusal, dateChangeRefusal } from "../domain/activities/date-changes";
import { type OccurrenceChange, nextOccurrences } from "../domain/activities/occurrences";
import { describeSchedule } from "../domain/activities/schedule";
import { dateInDenmark } from "../domain/pathway/working-days";
import { activityDatesForm, cancelDateForm, moveDateForm } from "../forms/activity-dates";
import { isoDate } from "../forms/fields";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { ErrorSummary, TextField } from "../ui/form";
import { danishTime, formatDate, formatWeekdayDate } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/aktiviteter.$id.datoer";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Datoer for ${data.activity.title} – Fællesskabsbro` : "Datoer – Fællesskabsbro" }];
}

const route = "/aktiviteter/:id/datoer";
const SHOWN = 12;

const refusalMessages: Record<DateChangeRefusal, { field: string; message: string }> = {
  passed: { field: "onDate", message: messages.datePassed },
  not_planned: { field: "onDate", message: messages.dateNotPlanned },
  no_change: { field: "newDate", message: messages.moveChangesNothing },
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const { activity } = await requireOwnActivity(request, route, params.id);
  const today = dateInDenmark();
  const changes = (await listOccurrenceChanges(db, [activity.id])).get(activity.id) ?? [];
  const occurrences = nextOccurrences(activity, changes, today, SHOWN);
  // ?dato= opens the panel for one planned date; a date the rule does not plan says so.
  const asked = new URL(request.url).searchParams.get("dato");
  const parsed = isoDate.safeParse(asked);
  const chosen = parsed.success ? parsed.data : null;
  const refusal = chosen ? dateChangeRefusal(activity, today, { onDate: chosen, kind: "cancelled" }) : "not_planned";
  return {
    activity: {
      id: activity.id,
      title: activity.title,
      status: activity.status,
      startTime: activity.startTime,
      endTime: activity.endTime,
    },
    schedule: describeSchedule(activity),
    occurrences,
    chosen: chosen && !refusal ? { onDate: chosen, change: changes.find((c) => c.onDate === chosen) ?? null } : null,
    chosenRefusal: asked !== null && refusal ? refusalMessages[refusal].message : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, activity } = await requireOwnActivity(request, route, params.id);
  const submission = parseWithZod(await readForm(request), { schema: activityDatesForm });
  if (submission.status !== "success") {
    return data({ intent: String(submission.payload.intent ?? ""), result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;
  const back = `/aktiviteter/${activity.id}/datoer`;
  if (input.intent === "restore") {
    await removeOccurrenceChange(db, activity.id, input.onDate);
    return redirect(`${back}?besked=gendannet`);
  }
  if (activity.status !== "active") {
    return data({ intent: input.intent, result: submission.reply({ formErrors: [messages.activityCancelled] }) }, { status: 400 });
  }
  const change: OccurrenceChange =
    input.intent === "cancel-date"
      ? { onDate: input.onDate, kind: "cancelled", newDate: null, newStartTime: null, newEndTime: null, note: input.note ?? "" }
      : {
          onDate: input.onDate,
          kind: "moved",
          newDate: input.newDate,
          newStartTime: input.newStartTime,
          newEndTime: input.newEndTime,
          note: input.note ?? "",
        };
  const refusal = dateChangeRefusal(activity, dateInDenmark(), change);
  if (refusal) {
    const { field, message } = refusalMessages[refusal];
    return data(
      { intent: input.intent, result: submission.reply({ fieldErrors: { [field]: [message] } }) },
      { status: 400 },
    );
  }
  await saveOccurrenceChange(db, activity.id, change, user.id);
  return redirect(`${back}?besked=${input.intent === "cancel-date" ? "aflyst" : "flyttet"}`);
}

const notices: Record<string, string> = {
  aflyst: "Datoen er aflyst.",
  flyttet: "Datoen er flyttet.",
  gendannet: "Datoen er sat tilbage, som den var planlagt.",
};

const statusLabels = { planned: "Planlagt", cancelled: "Aflyst", moved: "Flyttet" } as const;

export default function ActivityDates({ actionData }: Route.ComponentProps) {
  const { activity, schedule, occurrences, chosen, chosenRefusal } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = notices[searchParams.get("besked") ?? ""];
  const result = (intent: string) => (actionData?.intent === intent ? actionData.result : undefined);
  return (
    <section>
      <p>
        <Link to="/forening/aktiviteter">Foreningens aktiviteter</Link>
      </p>
      <h1>Datoer for {activity.title}</h1>
      <p className="font-lead">{schedule}</p>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {activity.status !== "active" ? <Alert kind="warning">{messages.activityCancelled}</Alert> : null}
      {actionData && !["cancel-date", "move-date"].includes(actionData.intent) ? (
        <Alert kind="error">{messages.formUnreadable}</Alert>
      ) : null}

      {occurrences.length === 0 ? (
        <p>Der er ingen kommende datoer.</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">De næste {occurrences.length} datoer</caption>
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Tid</th>
                <th scope="col">Status</th>
                <th scope="col">Handling</th>
              </tr>
            </thead>
            <tbody>
              {occurrences.map((o) => (
                <tr key={o.plannedDate}>
                  <td>{formatWeekdayDate(o.date)}</td>
                  <td>
                    {danishTime(o.startTime)}–{danishTime(o.endTime)}
                  </td>
                  <td>
                    {statusLabels[o.status]}
                    {o.status === "moved" ? ` fra ${formatDate(o.plannedDate)}` : ""}
                    {o.note ? <span className="muted"> ({o.note})</span> : null}
                  </td>
                  <td>
                    <div className="row-actions">
                      {activity.status === "active" ? (
                        <Link to={`?dato=${o.plannedDate}#ret-dato`}>
                          {o.status === "planned" ? "Aflys eller flyt" : "Ret"}
                          <span className="sr-only"> {formatDate(o.plannedDate)}</span>
                        </Link>
                      ) : null}
                      {o.status !== "planned" ? (
                        <Form method="post" action={`/aktiviteter/${activity.id}/datoer`}>
                          <input type="hidden" name="intent" value="restore" />
                          <input type="hidden" name="onDate" value={o.plannedDate} />
                          <button type="submit" className="button button-tertiary">
                            Gendan<span className="sr-only"> {formatDate(o.plannedDate)}</span>
                          </button>
                        </Form>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {chosenRefusal ? <Alert kind="warning">{chosenRefusal}</Alert> : null}
      {chosen && activity.status === "active" ? (
        <section id="ret-dato" aria-labelledby="ret-dato-titel" className="form-section">
          <h2 id="ret-dato-titel">{formatWeekdayDate(chosen.onDate)}</h2>
          <div className="two-columns">
            <CancelDateForm onDate={chosen.onDate} note={chosen.change?.note ?? ""} lastResult={result("cancel-date")} />
            <MoveDateForm
              onDate={chosen.onDate}
              defaults={{
                newDate: chosen.change?.newDate ?? chosen.onDate,
                newStartTime: chosen.change?.newStartTime ?? activity.startTime,
                newEndTime: chosen.change?.newEndTime ?? activity.endTime,
                note: chosen.change?.kind === "moved" ? chosen.change.note : "",
              }}
              lastResult={result("move-date")}
            />
          </div>
        </section>
      ) : null}
    </section>
  );
}

type Result = SubmissionResult<string[]> | undefined;

function CancelDateForm({ onDate, note, lastResult }: { onDate: string; note: string; lastResult: Result }) {
  const [form, fields] = useForm({
    id: `aflys-${onDate}`,
    lastResult,
    defaultValue: { note },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cancelDateForm }),
  });
  return (
    <div>
      <h3>Aflys denne dato</h3>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="cancel-date" />
        <input type="hidden" name="onDate" value={onDate} />
        <TextField field={fields.note} label="Kort besked" optional hint="Fx Påske eller Juleferie" />
        <button type="submit" className="button button-secondary">
          Aflys denne dato
        </button>
      </Form>
    </div>
  );
}

function MoveDateForm({
  onDate,
  defaults,
  lastResult,
}: {
  onDate: string;
  defaults: { newDate: string; newStartTime: string; newEndTime: string; note: string };
  lastResult: Result;
}) {
  const [form, fields] = useForm({
    id: `flyt-${onDate}`,
    lastResult,
    defaultValue: defaults,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moveDateForm }),
  });
  return (
    <div>
      <h3>Flyt</h3>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="move-date" />
        <input type="hidden" name="onDate" value={onDate} />
        <TextField field={fields.newDate} label="Ny dato" type="date" />
        <div className="form-row">
          <TextField field={fields.newStartTime} label="Fra kl." type="time" />
          <TextField field={fields.newEndTime} label="Til kl." type="time" />
        </div>
        <TextField field={fields.note} label="Kort besked" optional hint="Fx Vi er i den store sal denne gang" />
        <button type="submit" className="button button-secondary">
          Flyt datoen
        </button>
      </Form>
    </div>
  );
}
