import { dateInDenmark } from "../domain/pathway/working-days";
import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { listLonelinessScores, recordLonelinessScore } from "../data/loneliness.server";
import {
  LONELINESS_ANSWERS,
  LONELINESS_ITEMS,
  SEVERE_LONELINESS_FROM,
  lonelinessChange,
  scoreLoneliness,
} from "../domain/pathway/loneliness";
import { lonelinessForm } from "../forms/loneliness";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ChoiceGroup, ErrorSummary, TextField } from "../ui/form";
import { formatDate } from "../ui/format";
import type { Route } from "./+types/borgere.$id.ensomhed";

const ROUTE = "/borgere/:id/ensomhed";

const contextOptions = [
  { value: "screening", label: "Ved screeningen" },
  { value: "follow_up", label: "Ved opfølgning" },
  { value: "other", label: "Andet" },
] as const;
const contextLabels = Object.fromEntries(contextOptions.map((o) => [o.value, o.label])) as Record<
  (typeof contextOptions)[number]["value"],
  string
>;
const answerOptions = LONELINESS_ANSWERS.map((a) => ({ value: String(a.value), label: `${a.label} (${a.value})` }));

export function meta({ data }: Route.MetaArgs) {
  return [
    { title: data ? `Ensomhedsmåling for ${data.citizen.firstName} ${data.citizen.lastName} – Fællesskabsbro` : "Ensomhedsmåling" },
  ];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Ensomhedsmåling");
  const scores = await listLonelinessScores(db, citizen.id);
  return {
    citizen,
    canEdit: mayWriteCitizen(user),
    today: dateInDenmark(),
    history: scores.map((s, i) => ({
      ...s,
      severe: scoreLoneliness(s.items).severe,
      change: lonelinessChange(s.total, scores[i + 1]?.total),
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Ensomhedsmåling");
  requireCoordinatorWrite(user);
  const submission = parseWithZod(await readForm(request), { schema: lonelinessForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const m = submission.value;
  await db.transaction().execute(async (trx) => {
    const scoreId = await recordLonelinessScore(trx, citizen.id, user.id, {
      items: [m.item1, m.item2, m.item3],
      measuredOn: m.measuredOn,
      context: m.context,
    });
    await audit(trx, {
      userId: user.id,
      action: "create",
      entity: "citizen",
      entityId: citizen.id,
      purpose: "Ensomhedsmåling",
      details: { scoreId },
    });
  });
  return redirect(`/borgere/${citizen.id}/ensomhed?gemt=1`);
}

function changeText(change: number | null): string {
  if (change === null) return "Første måling";
  if (change === 0) return "Uændret";
  return `${Math.abs(change)} point ${change < 0 ? "lavere" : "højere"}`;
}

export default function Loneliness({ loaderData, actionData }: Route.ComponentProps) {
  const { citizen, canEdit, history, today } = loaderData;
  const [searchParams] = useSearchParams();
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Ensomhedsmåling</h2>
      <p>
        Målingen er frivillig. Brug de tre spørgsmål (UCLA-3 / T-ILS), hvis borgeren har lyst – fx ved screeningen og
        igen ved opfølgningen, så I sammen kan se, om det har hjulpet. Hvert svar giver 1–3 point; {SEVERE_LONELINESS_FROM}{" "}
        point eller mere svarer til svær ensomhed.
      </p>
      {searchParams.get("gemt") ? <Alert kind="success">Målingen er gemt.</Alert> : null}

      <section>
        <h3>Målinger</h3>
        {history.length === 0 ? (
          <p>Der er ingen målinger endnu.</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">Ensomhedsmålinger, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Dato</th>
                  <th scope="col">Hvornår</th>
                  <th scope="col">Point (3–9)</th>
                  <th scope="col">Ændring siden forrige</th>
                </tr>
              </thead>
              <tbody>
                {history.map((s) => (
                  <tr key={s.id}>
                    <td>{formatDate(s.measuredOn)}</td>
                    <td>{contextLabels[s.context]}</td>
                    <td>
                      {s.total}
                      {s.severe ? (
                        <>
                          {" "}
                          <span className="status status-severe">Svær ensomhed</span>
                        </>
                      ) : null}
                    </td>
                    <td>{changeText(s.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canEdit ? (
        // A new key after each saved measurement empties the form for the next one.
        <NewMeasurement
          key={history.length}
          today={today}
          lastResult={actionData?.result}
          firstMeasurement={history.length === 0}
        />
      ) : null}
    </article>
  );
}

function NewMeasurement({
  today,
  lastResult,
  firstMeasurement,
}: {
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
  firstMeasurement: boolean;
}) {
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { measuredOn: today, context: firstMeasurement ? "screening" : "follow_up" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: lonelinessForm }),
  });
  const items = [fields.item1, fields.item2, fields.item3];
  return (
    <section className="form-section">
      <h3>Ny måling</h3>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <div className="form-row">
          <TextField field={fields.measuredOn} label="Dato" type="date" />
        </div>
        <ChoiceGroup field={fields.context} legend="Hvornår er målingen taget?" type="radio" options={contextOptions} />
        {LONELINESS_ITEMS.map((question, i) => (
          <ChoiceGroup key={question} field={items[i]!} legend={`${i + 1}. ${question}`} type="radio" options={answerOptions} />
        ))}
        <button type="submit" className="button button-primary">
          Gem måling
        </button>
      </Form>
    </section>
  );
}
