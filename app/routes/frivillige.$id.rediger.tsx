import { parseWithZod } from "@conform-to/zod/v4";
import { Link, data, redirect, useActionData, useLoaderData } from "react-router";
import { requireVolunteer, requireVolunteerEditor } from "../auth/volunteer-access.server";
import { db } from "../data/db.server";
import { type Volunteer, updateVolunteer } from "../data/volunteers.server";
import { readForm } from "../forms/read-form.server";
import { volunteerForm } from "../forms/volunteer";
import { type VolunteerFormDefaults, VolunteerProfileForm } from "../ui/volunteer-form";
import type { Route } from "./+types/frivillige.$id.rediger";

const ROUTE = "/frivillige/:id/rediger";

export const meta = () => [{ title: "Ret frivillig – Fællesskabsbro" }];

const danishDecimal = (n: number) => String(n).replace(".", ",");

/** The saved profile as the form shows it: Danish decimals, checkbox values. */
function formValues(v: Volunteer): VolunteerFormDefaults {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email,
    phone: v.phone,
    gender: v.gender,
    interests: v.interests,
    languages: v.languages,
    area: v.area,
    lat: danishDecimal(v.lat),
    lng: danishDecimal(v.lng),
    radiusKm: danishDecimal(v.radiusKm),
    slots: v.slots,
    capacity: String(v.capacity),
    car: v.car ? "on" : undefined,
    tavshedserklaeringSignedOn: v.tavshedserklaeringSignedOn ?? undefined,
    straffeattestDate: v.straffeattestDate ?? undefined,
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, volunteer } = await requireVolunteer(request, ROUTE, params.id);
  requireVolunteerEditor(user);
  return { id: volunteer.id, name: `${volunteer.firstName} ${volunteer.lastName}`, values: formValues(volunteer) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, volunteer } = await requireVolunteer(request, ROUTE, params.id);
  requireVolunteerEditor(user);
  const submission = parseWithZod(await readForm(request), { schema: volunteerForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await updateVolunteer(db, volunteer.id, submission.value);
  return redirect(`/frivillige/${volunteer.id}?rettet=1`);
}

export default function EditVolunteer() {
  const { id, name, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <p>
        <Link to={`/frivillige/${id}`}>Tilbage til {name}</Link>
      </p>
      <h1>Ret {name}</h1>
      <VolunteerProfileForm lastResult={actionData?.result} defaultValue={values} submitLabel="Gem oplysninger" />
    </section>
  );
}
