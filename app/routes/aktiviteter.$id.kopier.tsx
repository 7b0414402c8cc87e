import { parseWithZod } from "@conform-to/zod/v4";
import { Link, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireOwnActivity } from "../auth/own-activity.server";
import { createActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { firstFittingDate } from "../domain/activities/first-date";
import { repeatOf } from "../domain/activities/schedule";
import { dateInDenmark } from "../domain/pathway/working-days";
import { newActivityForm } from "../forms/activity";
import { readForm } from "../forms/read-form.server";
import { ActivityForm, activityFormValues } from "../ui/activity-form";
import type { Route } from "./+types/aktiviteter.$id.kopier";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Kopiér ${data.original.title} – Fællesskabsbro` : "Kopiér aktivitet – Fællesskabsbro" }];
}

const route = "/aktiviteter/:id/kopier";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { activity } = await requireOwnActivity(request, route, params.id);
  const repeat = repeatOf(activity.rrule) ?? "weekly";
  // The original may have started long ago; the copy starts on its next fitting day,
  // and an old last date would end it before it began.
  const values = {
    ...activityFormValues(activity),
    title: `${activity.title} (kopi)`,
    startsOn: firstFittingDate(repeat, activity.weekday, dateInDenmark()),
    endsOn: undefined,
  };
  return { original: { id: activity.id, title: activity.title }, values };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user } = await requireOwnActivity(request, route, params.id);
  const submission = parseWithZod(await readForm(request), { schema: newActivityForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const id = await createActivity(db, user.associationId, user.id, submission.value);
  return redirect(`/aktiviteter/${id}`);
}

export default function CopyActivity() {
  const { original, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <p>
        <Link to="/forening/aktiviteter">Foreningens aktiviteter</Link>
      </p>
      <h1>Kopiér aktivitet</h1>
      <p className="font-lead">
        En ny aktivitet med oplysningerne fra »{original.title}«. Ret det, der skal være anderledes, og gem.
        Den oprindelige aktivitet ændres ikke.
      </p>
      <ActivityForm mode="new" lastResult={actionData?.result} defaultValue={values} submitLabel="Opret kopien" />
    </section>
  );
}
