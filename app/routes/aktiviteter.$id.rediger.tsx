import { parseWithZod } from "@conform-to/zod/v4";
import { Link, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireOwnActivity } from "../auth/own-activity.server";
import { updateActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { activityForm } from "../forms/activity";
import { readForm } from "../forms/read-form.server";
import { ActivityForm, activityFormValues } from "../ui/activity-form";
import type { Route } from "./+types/aktiviteter.$id.rediger";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Ret ${data.activity.title} – Fællesskabsbro` : "Ret aktivitet – Fællesskabsbro" }];
}

const route = "/aktiviteter/:id/rediger";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { activity } = await requireOwnActivity(request, route, params.id);
  return { activity: { id: activity.id, title: activity.title }, values: activityFormValues(activity) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, activity } = await requireOwnActivity(request, route, params.id);
  const submission = parseWithZod(await readForm(request), { schema: activityForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  await db.transaction().execute((trx) => updateActivity(trx, activity.id, user.associationId, submission.value));
  return redirect("/forening/aktiviteter?besked=gemt");
}

export default function EditActivity() {
  const { activity, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <p>
        <Link to="/forening/aktiviteter">Foreningens aktiviteter</Link>
      </p>
      <h1>Ret {activity.title}</h1>
      <ActivityForm mode="edit" lastResult={actionData?.result} defaultValue={values} submitLabel="Gem ændringer" />
    </section>
  );
}
