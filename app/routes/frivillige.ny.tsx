import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, useActionData } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { db } from "../data/db.server";
import { createVolunteer } from "../data/volunteers.server";
import { readForm } from "../forms/read-form.server";
import { volunteerForm } from "../forms/volunteer";
import { VolunteerProfileForm } from "../ui/volunteer-form";
import type { Route } from "./+types/frivillige.ny";

export const meta = () => [{ title: "Opret frivillig – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAssociationUser(request, "/frivillige/ny");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, "/frivillige/ny");
  const submission = parseWithZod(await readForm(request), { schema: volunteerForm });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  await createVolunteer(db, user.associationId, submission.value);
  return redirect("/frivillige");
}

export default function NewVolunteer() {
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <h1>Opret frivillig</h1>
      <p className="font-lead">
        Profilen bruges til at finde borgere, som den frivillige passer godt sammen med.
      </p>
      <VolunteerProfileForm
        lastResult={actionData?.result}
        defaultValue={{ languages: ["da"], capacity: "1", radiusKm: "5" }}
        submitLabel="Opret frivillig"
      />
    </section>
  );
}
