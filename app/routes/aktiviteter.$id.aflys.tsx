import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireOwnActivity } from "../auth/own-activity.server";
import { cancelActivity, reopenActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { describeSchedule } from "../domain/activities/schedule";
import { activityStatusForm } from "../forms/activity-status";
import { readForm } from "../forms/read-form.server";
import { ErrorSummary, TextArea } from "../ui/form";
import { formatDate } from "../ui/format";
import type { Route } from "./+types/aktiviteter.$id.aflys";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Aflys ${data.activity.title} – Fællesskabsbro` : "Aflys aktivitet – Fællesskabsbro" }];
}

const route = "/aktiviteter/:id/aflys";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { activity } = await requireOwnActivity(request, route, params.id);
  return { activity, schedule: describeSchedule(activity) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, activity } = await requireOwnActivity(request, route, params.id);
  const submission = parseWithZod(await readForm(request), { schema: activityStatusForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;
  // A second click, or a tab left open, finds the activity already in the new state.
  const changed =
    input.intent === "cancel"
      ? await cancelActivity(db, activity.id, user.associationId, input.reason)
      : await reopenActivity(db, activity.id, user.associationId);
  if (!changed) return redirect(`/aktiviteter/${activity.id}/aflys`);
  return redirect(`/forening/aktiviteter?besked=${input.intent === "cancel" ? "aflyst" : "genaabnet"}`);
}

export default function CancelActivity() {
  const { activity: a, schedule } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: activityStatusForm }),
  });
  return (
    <section>
      <p>
        <Link to="/forening/aktiviteter">Foreningens aktiviteter</Link>
      </p>
      {a.status === "active" ? (
        <>
          <h1>Aflys {a.title}</h1>
          <p className="font-lead">{schedule}</p>
          <p>
            Hele aktiviteten aflyses: den forsvinder fra kataloget, kortet og kommunens forslag til borgere, indtil
            du genåbner den. Skal kun én dato aflyses, så gør det under{" "}
            <Link to={`/aktiviteter/${a.id}/datoer`}>datoer</Link>.
          </p>
          <p>{a.enrolled === 1 ? "1 plads er taget." : `${a.enrolled} pladser er taget.`}</p>
          <Form method="post" {...getFormProps(form)}>
            <ErrorSummary form={form} />
            <input type="hidden" name="intent" value="cancel" />
            <TextArea
              field={fields.reason}
              label="Hvorfor aflyses aktiviteten?"
              hint="Fx Lokalet er lukket, eller vi mangler frivillige. Begrundelsen gemmes hos aktiviteten."
              rows={3}
            />
            <button type="submit" className="button button-primary">
              Aflys aktiviteten
            </button>
          </Form>
        </>
      ) : (
        <>
          <h1>{a.title} er aflyst</h1>
          <dl className="facts">
            <dt>Aflyst</dt>
            <dd>{a.cancelledAt ? formatDate(a.cancelledAt) : "–"}</dd>
            <dt>Begrundelse</dt>
            <dd className="pre-line">{a.cancelReason}</dd>
          </dl>
          <p>Genåbner du aktiviteten, vises den igen i kataloget og kan foreslås til borgere.</p>
          <Form method="post">
            <input type="hidden" name="intent" value="reopen" />
            <button type="submit" className="button button-primary">
              Genåbn aktiviteten
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
