import { dateInDenmark } from "../domain/pathway/working-days";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { db } from "../data/db.server";

import {
  addExtraFollowUp,
  getOpenFollowUp,
  listFollowUps,
  moveFollowUp,
  recordFollowUp,
} from "../data/follow-ups.server";
import { PathwayRefused, moveCitizenThrough } from "../data/pathway.server";
import { followUpState, followUpSteps } from "../domain/pathway/follow-ups";
import { addFollowUpForm, followUpPageForm, moveFollowUpForm, recordFollowUpForm } from "../forms/pathway";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { followUpKindLabels, wellbeingLabels } from "../ui/citizen-labels";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from "../ui/form";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import { closeReasonOptions, refusalReply } from "../ui/pathway";
import type { Route } from "./+types/borgere.$id.opfoelgning";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Opfølgning – ${data.citizen.firstName} ${data.citizen.lastName}` : "Opfølgning" }];
}

const route = "/borgere/:id/opfoelgning";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, route, params.id, "Opfølgning på forløbet");
  const today = dateInDenmark();
  const followUps = (await listFollowUps(db, citizen.id)).map((f) => ({ ...f, state: followUpState(f, today) }));
  return {
    citizen,
    followUps,
    today,
    mayWrite: mayWriteCitizen(user),
    mayRecord: citizen.status === "in_progress" || citizen.status === "follow_up",
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, route, params.id, "Opfølgning på forløbet");
  // Administrators may read the follow-ups; only the coordinator running the pathway writes them.
  requireCoordinatorWrite(user);
  const submission = parseWithZod(await readForm(request), { schema: followUpPageForm });
  if (submission.status !== "success") {
    return data({ intent: String(submission.payload.intent), result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  const refuse = (message: string, status: number) =>
    data({ intent: value.intent, result: submission.reply({ formErrors: [message] }) }, { status });
  const done = (saved: string) => redirect(`/borgere/${citizen.id}/opfoelgning?gemt=${saved}`);

  if (value.intent === "add") {
    await db
      .transaction()
      .execute((trx) => addExtraFollowUp(trx, { citizenId: citizen.id, due: value.due, userId: user.id }));
    return done("tilfoejet");
  }
  if (!(await getOpenFollowUp(db, citizen.id, value.id))) return refuse(messages.followUpNotOpen, 409);
  if (value.intent === "move_due") {
    await db
      .transaction()
      .execute((trx) => moveFollowUp(trx, { citizenId: citizen.id, id: value.id, due: value.due, userId: user.id }));
    return done("flyttet");
  }
  const steps = followUpSteps(value.expected, value.outcome);
  if (!steps) return refuse(messages.followUpBeforeStart, 409);
  try {
    await db.transaction().execute(async (trx) => {
      await moveCitizenThrough(trx, {
        citizenId: citizen.id,
        expected: value.expected,
        steps,
        role: user.role,
        userId: user.id,
        closeReason: value.outcome === "close" ? value.closeReason : null,
        note: value.note,
      });
      await recordFollowUp(trx, {
        citizenId: citizen.id,
        id: value.id,
        doneOn: value.doneOn,
        evaluation: value.evaluation,
        wellbeing: value.wellbeing,
        outcome: value.outcome,
        userId: user.id,
      });
    });
  } catch (error) {
    if (!(error instanceof PathwayRefused)) throw error;
    const { message, status } = refusalReply(error.refusal);
    return refuse(message, status);
  }
  return done(value.outcome === "close" ? "afsluttet" : "registreret");
}

const savedMessages: Record<string, string> = {
  tilfoejet: "Opfølgningen er tilføjet.",
  flyttet: "Datoen er flyttet.",
  registreret: "Opfølgningen er registreret, og forløbet fortsætter.",
  afsluttet: "Opfølgningen er registreret, og forløbet er afsluttet.",
};

const stateLabels = { done: "Gennemført", overdue: "Overskredet", due: "Planlagt" } as const;

const wellbeingOptions = Object.entries(wellbeingLabels).map(([value, label]) => ({
  value,
  label: `${value} – ${label}`,
}));
const outcomeOptions = [
  { value: "continue", label: "Fortsæt forløbet" },
  { value: "close", label: "Afslut forløbet" },
];

/** The server's reply, for the form it answered: the page has three forms. */
function useReplyTo(intent: string) {
  const reply = useActionData<typeof action>();
  return reply?.intent === intent ? reply.result : undefined;
}

const validation = { shouldValidate: "onBlur", shouldRevalidate: "onInput" } as const;

export default function FollowUpPage() {
  const { citizen: c, followUps, today, mayWrite, mayRecord } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = savedMessages[searchParams.get("gemt") ?? ""];
  const open = followUps.filter((f) => f.state !== "done");
  // Remounting the forms after a saved change clears what was typed into them.
  const version = followUps.map((f) => `${f.id}${f.due}${f.doneOn ?? ""}`).join();
  const openOptions = open.map((f) => ({ value: f.id, label: `${followUpKindLabels[f.kind]} (${formatDate(f.due)})` }));
  return (
    <article>
      <CitizenHeader citizen={c} />
      {saved ? <Alert kind="success">{saved}</Alert> : null}
      <h2>Opfølgninger</h2>
      {followUps.length === 0 ? (
        <p>Der er ingen opfølgninger endnu. De planlægges, når borgeren kommer i forløb.</p>
      ) : (
        // A list, not a table: the citizen's own words need room, also on a phone.
        <ol className="card-list">
          {followUps.map((f) => (
            <li key={f.id}>
              <div className="item-card">
                <h3>
                  {followUpKindLabels[f.kind]}: {formatDate(f.due)}
                </h3>
                <p>
                  <span className={`status status-follow-up-${f.state}`}>{stateLabels[f.state]}</span>
                  {f.doneOn ? ` ${formatDate(f.doneOn)}` : null}
                  {f.recordedByName ? <span className="muted"> · {f.recordedByName}</span> : null}
                </p>
                {f.wellbeing ? (
                  <p>
                    Hvordan går det: <strong>{wellbeingLabels[f.wellbeing]}</strong>
                  </p>
                ) : null}
                {f.evaluation ? <p className="pre-line">{f.evaluation}</p> : null}
                {f.outcome ? (
                  <p className="muted">{f.outcome === "close" ? "Forløbet blev afsluttet." : "Forløbet fortsætter."}</p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={`/borgere/${c.id}/ensomhed`}>Gentag ensomhedsmålingen</Link>
      </p>
      {mayWrite ? (
        <>
          {mayRecord && open.length > 0 ? (
            <RecordForm key={`record-${version}`} status={c.status} options={openOptions} today={today} />
          ) : (
            <p>{mayRecord ? "Alle planlagte opfølgninger er registreret." : messages.followUpBeforeStart}</p>
          )}
          <div className="two-columns">
            {open.length > 0 ? <MoveDueForm key={`move-${version}`} options={openOptions} /> : null}
            <AddForm key={`add-${version}`} />
          </div>
        </>
      ) : null}
    </article>
  );
}

type Options = { value: string; label: string }[];

function RecordForm({ status, options, today }: { status: string; options: Options; today: string }) {
  const [form, fields] = useForm({
    id: "record",
    lastResult: useReplyTo("record"),
    defaultValue: { id: options[0]!.value, doneOn: today },
    ...validation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: recordFollowUpForm }),
  });
  return (
    <section>
      <h2>Registrér en opfølgning</h2>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="record" />
        <input type="hidden" name="expected" value={status} />
        <SelectField field={fields.id} label="Opfølgning" options={options} />
        <TextField field={fields.doneOn} label="Dato for opfølgningen" type="date" />
        <TextArea
          field={fields.evaluation}
          label="Borgerens egen vurdering"
          hint="Skriv med borgerens egne ord, hvad der går godt, og hvad der er svært."
        />
        <ChoiceGroup
          field={fields.wellbeing}
          legend="Hvordan går det?"
          hint="Borgerens eget svar"
          type="radio"
          options={wellbeingOptions}
        />
        <ChoiceGroup field={fields.outcome} legend="Hvad nu?" type="radio" options={outcomeOptions} />
        <ChoiceGroup
          field={fields.closeReason}
          legend="Hvis forløbet afsluttes: hvorfor?"
          type="radio"
          options={closeReasonOptions}
        />
        <TextArea field={fields.note} label="Note til historikken" rows={3} optional />
        <button type="submit" className="button button-primary">
          Registrér opfølgningen
        </button>
      </Form>
    </section>
  );
}

function MoveDueForm({ options }: { options: Options }) {
  const [form, fields] = useForm({
    id: "move_due",
    lastResult: useReplyTo("move_due"),
    defaultValue: { id: options[0]!.value },
    ...validation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: moveFollowUpForm }),
  });
  return (
    <section>
      <h2>Flyt en opfølgning</h2>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="move_due" />
        <SelectField field={fields.id} label="Opfølgning" options={options} />
        <TextField field={fields.due} label="Ny dato" type="date" />
        <button type="submit" className="button button-secondary">
          Flyt datoen
        </button>
      </Form>
    </section>
  );
}

function AddForm() {
  const [form, fields] = useForm({
    id: "add",
    lastResult: useReplyTo("add"),
    ...validation,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addFollowUpForm }),
  });
  return (
    <section>
      <h2>Tilføj en ekstra opfølgning</h2>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="add" />
        <TextField field={fields.due} label="Dato" type="date" />
        <button type="submit" className="button button-secondary">
          Tilføj opfølgning
        </button>
      </Form>
    </section>
  );
}
