import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, useFetcher, useLoaderData, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { getClipBudget, listGrantsRunningFrom, monthUsage } from "../data/clips.server";
import { db } from "../data/db.server";
import { dateInDenmark } from "../domain/pathway/working-days";
import { balanceOn, forecastMonth, monthBounds, monthCost } from "../domain/pathway/clips";
import { budgetMonth, clipBudgetForm } from "../forms/clips";
import { Alert } from "../ui/alert";
import { describeClips } from "../ui/citizen-labels";
import { ErrorSummary, TextField } from "../ui/form";
import { formatNumber } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/klippekort";

export const meta = () => [{ title: "Klippekort og budget – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, "/klippekort");
  const today = dateInDenmark();
  const parsed = budgetMonth.safeParse(new URL(request.url).searchParams.get("maaned") ?? today.slice(0, 7));
  if (!parsed.success) throw data({ message: messages.month }, { status: 400 });
  const month = parsed.data;
  const { first, last } = monthBounds(month);

  const [budget, usage, grants] = await Promise.all([
    getClipBudget(db, user.municipalityId),
    monthUsage(db, user.municipalityId, month),
    listGrantsRunningFrom(db, user.municipalityId, first < today ? first : today),
  ]);
  const forecast = forecastMonth({
    month,
    today,
    escortMinutesUsed: usage.escortMinutes,
    detectionMinutesUsed: usage.detectionMinutes,
    grants: grants.filter((g) => g.grant.startDate <= last && g.grant.expiryDate >= first),
  });
  const cost = (minutes: number) => monthCost(minutes, budget.hourCostDkk);
  const usedDkk = cost(usage.escortMinutes + usage.detectionMinutes);
  return {
    month,
    budget,
    used: {
      escort: { minutes: usage.escortMinutes, dkk: cost(usage.escortMinutes) },
      detection: { minutes: usage.detectionMinutes, dkk: cost(usage.detectionMinutes) },
      dkk: usedDkk,
    },
    forecastDkk: cost(forecast.totalMinutes),
    remainingDkk: budget.budgetDkk - usedDkk,
    active: grants
      .filter((g) => g.grant.startDate <= today && g.grant.expiryDate >= today)
      .map((g) => ({
        citizenId: g.citizenId,
        citizenName: g.citizenName,
        clips: describeClips(g.grant),
        balance: balanceOn(g.grant, g.uses, today),
      })),
    canEditBudget: user.role === "admin",
  };
}

const hours = (minutes: number) => `${formatNumber(minutes / 60)} timer`;
const kroner = (dkk: number) => `${formatNumber(dkk, 0)} kr.`;

export default function ClipBudgetPage() {
  const { month, budget, used, forecastDkk, remainingDkk, active, canEditBudget } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const monthName = new Intl.DateTimeFormat("da-DK", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  return (
    <section>
      <h1>Klippekort og budget</h1>
      {searchParams.get("gemt") ? <Alert kind="success">Budgettet er gemt.</Alert> : null}

      <Form method="get">
        <div className="form-group">
          <label className="form-label" htmlFor="maaned">
            Måned
          </label>
          <input id="maaned" name="maaned" type="month" className="form-input" defaultValue={month} />
        </div>
        <div className="form-group">
          <button type="submit" className="button button-secondary">
            Vis måned
          </button>
        </div>
      </Form>

      <h2>Budget for {monthName}</h2>
      {forecastDkk > budget.budgetDkk ? (
        <Alert kind="warning">
          Prognosen for måneden ({kroner(forecastDkk)}) er {kroner(forecastDkk - budget.budgetDkk)} over budgettet på{" "}
          {kroner(budget.budgetDkk)}
        </Alert>
      ) : null}
      <dl className="facts">
        <dt>Budget</dt>
        <dd>{kroner(budget.budgetDkk)}</dd>
        <dt>Brugt indtil nu</dt>
        <dd>
          {kroner(used.dkk)} ({hours(used.escort.minutes + used.detection.minutes)})
        </dd>
        <dt>Heraf ledsagelse</dt>
        <dd>
          {kroner(used.escort.dkk)} ({hours(used.escort.minutes)})
        </dd>
        <dt>Heraf opsporing</dt>
        <dd>
          {kroner(used.detection.dkk)} ({hours(used.detection.minutes)})
        </dd>
        <dt>Prognose for hele måneden</dt>
        <dd>{kroner(forecastDkk)}</dd>
        <dt>Tilbage af budgettet</dt>
        <dd>{kroner(remainingDkk)}</dd>
        <dt>Timepris</dt>
        <dd>{kroner(budget.hourCostDkk)}</dd>
      </dl>
      <p className="muted">
        Prognosen er det brugte plus de klip, borgernes bevillinger stadig giver i måneden, og opsporingsklip i
        samme tempo som indtil nu.
      </p>

      <h2>Aktive klippekort</h2>
      {active.length === 0 ? (
        <p>Ingen borgere har et aktivt klippekort.</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">Aktive klippekort</caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">Bevilling</th>
                <th scope="col">Klip tilbage i dag</th>
              </tr>
            </thead>
            <tbody>
              {active.map((g) => (
                <tr key={g.citizenId}>
                  <td>
                    <Link to={`/borgere/${g.citizenId}/klippekort`}>{g.citizenName}</Link>
                  </td>
                  <td>{g.clips}</td>
                  <td>{g.balance}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {canEditBudget ? <BudgetForm budget={budget} month={month} /> : null}
    </section>
  );
}

/**
 * Posts to the administrators' own route, so the permission table says who may
 * change the budget; a fetcher keeps the admin on this page.
 */
function BudgetForm({ budget, month }: { budget: { budgetDkk: number; hourCostDkk: number }; month: string }) {
  const fetcher = useFetcher<{ result: SubmissionResult<string[]> }>();
  const [form, fields] = useForm({
    id: "budget",
    lastResult: fetcher.data?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { budgetDkk: String(budget.budgetDkk), hourCostDkk: String(budget.hourCostDkk) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: clipBudgetForm }),
  });
  return (
    <div className="form-section">
      <h2>Ret budget og timepris</h2>
      <fetcher.Form method="post" action="/klippekort/budget" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="maaned" value={month} />
        <div className="form-row">
          <TextField field={fields.budgetDkk} label="Budget pr. måned (kr.)" type="number" inputMode="numeric" />
          <TextField
            field={fields.hourCostDkk}
            label="Pris pr. time hjemmepleje (kr.)"
            type="number"
            inputMode="numeric"
          />
        </div>
        <button type="submit" className="button button-primary">
          Gem budget
        </button>
      </fetcher.Form>
    </div>
  );
}
