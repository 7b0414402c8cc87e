import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, useActionData } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { createActivity } from "../data/activities.server";
import { db } from "../data/db.server";
import { newActivityForm } from "../forms/activity";
import { readForm } from "../forms/read-form.server";
import { ActivityForm } from "../ui/activity-form";
import type { Route } from "./+types/aktiviteter.ny";

export const meta = () => [{ title: "Opret aktivitet – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAssociationUser(request, "/aktiviteter/ny");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, "/aktiviteter/ny");
  const submission = parseWithZod(await readForm(request), { schema: newActivityForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const id = await createActivity(db, user.associationId, user.id, submission.value);
  return redirect(`/aktiviteter/${id}`);
}

export default function NewActivity() {
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <h1>Opret aktivitet</h1>
      <p className="font-lead">
        Aktiviteten vises med det samme i det offentlige katalog og på kortet.
      </p>
      <ActivityForm
        mode="new"
        lastResult={actionData?.result}
        defaultValue={{ languages: ["da"], price: "0", repeat: "weekly" }}
        submitLabel="Opret aktivitet"
      />
    </section>
  );
}
