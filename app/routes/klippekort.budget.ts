import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { setClipBudget } from "../data/clips.server";
import { db } from "../data/db.server";
import { budgetMonth, clipBudgetForm } from "../forms/clips";
import { readForm } from "../forms/read-form.server";
import type { Route } from "./+types/klippekort.budget";

/** The budget form on /klippekort posts here: only administrators set the budget. */
export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, "/klippekort/budget");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: clipBudgetForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await setClipBudget(db, user.municipalityId, submission.value);
  const month = budgetMonth.safeParse(form.get("maaned"));
  return redirect(`/klippekort?${month.success ? `maaned=${month.data}&` : ""}gemt=1`);
}
