import { dateInDenmark } from "../domain/pathway/working-days";
import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { listActivitiesInMunicipality } from "../data/activities.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import type { Executor } from "../data/executor";
import {
  type Enrolment,
  endEnrolment,
  enrol,
  findEnrolment,
  getActiveEnrolment,
  holdsPlaceByProposal,
  listEnrolments,
  recordAttendance,
} from "../data/enrolments.server";
import { freePlaces, refuseEnrolment } from "../domain/pathway/enrolment";
import { attendanceForm, endEnrolmentForm, enrolForm } from "../forms/enrolment";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from "../ui/form";
import { byDanish, formatDate, formatWhen } from "../ui/format";
import { enrolmentRefusalMessage, messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.aktiviteter";

const ROUTE = "/borgere/:id/aktiviteter";
const PURPOSE = "Fællesskab: tilmelding og fremmøde";

export function meta({ data }: Route.MetaArgs) {
  return [
    {
      title: data ? `Aktiviteter – ${data.citizen.firstName} ${data.citizen.lastName}` : "Aktiviteter",
    },
  ];
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, PURPOSE);
  const [enrolments, activities] = await Promise.all([
    listEnrolments(db, citizen.id),
    listActivitiesInMunicipality(db, citizen.municipalityId),
  ]);
  const taken = new Set(enrolments.filter((e) => e.status === "active").map((e) => e.activityId));
  const open = activities
    .filter((a) => a.status === "active" && freePlaces(a) > 0 && !taken.has(a.id))
    .sort(byDanish((a) => a.title))
    .map((a) => ({
      value: a.id,
      label: `${a.title} – ${formatWhen(a.weekday, a.startTime, a.endTime)}, ${a.city} (${freePlaces(a)} ledige)`,
    }));
  return {
    citizen,
    enrolments,
    open,
    today: dateInDenmark(),
    mayWrite: mayWriteCitizen(user),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, PURPOSE);
  requireCoordinatorWrite(user);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const today = dateInDenmark();
  const back = `/borgere/${citizen.id}/aktiviteter`;
  const logged = (trx: Executor, details: Record<string, unknown>) =>
    audit(trx, {
      userId: user.id,
      action: "update",
      entity: "citizen",
      entityId: citizen.id,
      purpose: PURPOSE,
      details,
    });

  if (intent === "end") {
    const parsed = endEnrolmentForm.safeParse(Object.fromEntries(formData));
    const ended =
      parsed.success &&
      (await db.transaction().execute(async (trx) => {
        if (!(await endEnrolment(trx, citizen.id, parsed.data.enrolmentId, today))) return false;
        await logged(trx, { endedEnrolmentId: parsed.data.enrolmentId });
        return true;
      }));
    if (!ended)
      return data(
        {
          intent,
          enrolmentId: null,
          result: undefined,
          error: messages.enrolmentNotActive,
        },
        { status: 409 },
      );
    return redirect(`${back}?afsluttet=1`);
  }

  if (intent === "attendance") {
    const submission = parseWithZod(formData, { schema: attendanceForm });
    const enrolmentId = String(formData.get("enrolmentId") ?? "");
    if (submission.status !== "success") {
      return data({ intent, enrolmentId, result: submission.reply(), error: null }, { status: 400 });
    }
    const { value } = submission;
    const saved = await db.transaction().execute(async (trx) => {
      if (!(await getActiveEnrolment(trx, citizen.id, value.enrolmentId))) return false;
      await recordAttendance(trx, value.enrolmentId, user.id, {
        ...value,
        attended: value.attended === "yes",
      });
      await logged(trx, {
        attendance: { enrolmentId: value.enrolmentId, onDate: value.onDate },
      });
      return true;
    });
    if (!saved)
      return data(
        {
          intent,
          enrolmentId,
          result: undefined,
          error: messages.enrolmentNotActive,
        },
        { status: 409 },
      );
    return redirect(`${back}?fremmoede=1`);
  }

  const submission = parseWithZod(formData, { schema: enrolForm });
  if (submission.status !== "success") {
    return data(
      {
        intent: "enrol",
        enrolmentId: null,
        result: submission.reply(),
        error: null,
      },
      { status: 400 },
    );
  }
  const { activityId } = submission.value;
  const refusal = await db.transaction().execute(async (trx) => {
    const activity = (await listActivitiesInMunicipality(trx, citizen.municipalityId)).find((a) => a.id === activityId);
    if (!activity) return messages.chooseActivity;
    const existing = await findEnrolment(trx, citizen.id, activityId);
    const refused = refuseEnrolment({
      activity,
      alreadyEnrolled: existing?.status === "active",
      holdsPlace: await holdsPlaceByProposal(trx, citizen.id, activityId),
    });
    if (refused) return enrolmentRefusalMessage(refused);
    const enrolmentId = await enrol(trx, citizen.id, activityId, user.id, today);
    await logged(trx, { enrolmentId, activityId });
    return null;
  });
  if (refusal) {
    return data(
      {
        intent: "enrol",
        enrolmentId: null,
        result: submission.reply({ fieldErrors: { activityId: [refusal] } }),
        error: null,
      },
      { status: 409 },
    );
  }
  return redirect(`${back}?tilmeldt=1`);
}

const notices: Record<string, string> = {
  tilmeldt: "Borgeren er tilmeldt aktiviteten.",
  afsluttet: "Tilmeldingen er afsluttet.",
  fremmoede: "Fremmødet er gemt.",
};

export default function CitizenActivities() {
  const { citizen, enrolments, open, today, mayWrite } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  // A confirmation from an earlier save is not shown beside a new error.
  const notice = actionData ? undefined : Object.keys(notices).find((key) => searchParams.get(key));
  const [form, fields] = useForm({
    id: "enrol",
    lastResult: actionData?.intent === "enrol" ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: enrolForm }),
  });
  const active = enrolments.filter((e) => e.status === "active");
  const ended = enrolments.filter((e) => e.status === "ended");
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Aktiviteter</h2>
      {notice ? <Alert kind="success">{notices[notice]}</Alert> : null}
      {actionData?.error ? <Alert kind="error">{actionData.error}</Alert> : null}
      {mayWrite ? (
        <Form method="post" {...getFormProps(form)} className="form-section">
          <ErrorSummary form={form} />
          <input type="hidden" name="intent" value="enrol" />
          <SelectField
            field={fields.activityId}
            label="Tilmeld borgeren en aktivitet"
            options={open}
            placeholder={open.length ? "Vælg aktivitet" : "Ingen aktiviteter med ledige pladser"}
          />
          <button type="submit" className="button button-primary">
            Tilmeld
          </button>
        </Form>
      ) : null}

      <h2>Tilmeldt</h2>
      {active.length === 0 ? (
        <p>Borgeren er ikke tilmeldt nogen aktivitet.</p>
      ) : (
        <ul className="card-list">
          {active.map((e) => (
            <li key={e.id}>
              <div className="item-card">
                <EnrolmentFacts enrolment={e} />
                {mayWrite ? (
                  <>
                    <AttendanceForm
                      enrolment={e}
                      today={today}
                      lastResult={
                        actionData?.intent === "attendance" && actionData.enrolmentId === e.id
                          ? actionData.result
                          : undefined
                      }
                    />
                    <Form method="post" className="end-enrolment">
                      <input type="hidden" name="intent" value="end" />
                      <input type="hidden" name="enrolmentId" value={e.id} />
                      <button type="submit" className="button button-tertiary">
                        Afslut tilmelding
                        <span className="sr-only"> til {e.title}</span>
                      </button>
                    </Form>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}

      {ended.length ? (
        <>
          <h2>Afsluttede</h2>
          <ul className="card-list">
            {ended.map((e) => (
              <li key={e.id}>
                <div className="item-card">
                  <EnrolmentFacts enrolment={e} />
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

function attendanceSummary(e: Pick<Enrolment, "attended" | "recorded">) {
  if (e.recorded === 0) return "Intet fremmøde registreret endnu";
  return `Deltaget ${e.attended} af ${e.recorded} ${e.recorded === 1 ? "gang" : "gange"}`;
}

function EnrolmentFacts({ enrolment: e }: { enrolment: Enrolment }) {
  return (
    <>
      <h3>{e.title}</h3>
      <p className="muted">
        {formatWhen(e.weekday, e.startTime, e.endTime)} · {e.place} · {e.associationName}
      </p>
      <p>
        {e.status === "active"
          ? `Tilmeldt siden ${formatDate(e.enrolledOn)}`
          : `Tilmeldt ${formatDate(e.enrolledOn)} – ${e.endedOn ? formatDate(e.endedOn) : ""}`}
      </p>
      <p>
        <strong>{attendanceSummary(e)}</strong>
      </p>
      {e.attendance.length ? (
        <details>
          <summary>Se fremmøde</summary>
          <ul>
            {e.attendance.map((a) => (
              <li key={a.onDate}>
                {formatDate(a.onDate)}: {a.attended ? "Deltog" : "Deltog ikke"}
                {a.note ? ` – ${a.note}` : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

const attendedOptions = [
  { value: "yes", label: "Deltog" },
  { value: "no", label: "Deltog ikke" },
];

function AttendanceForm({
  enrolment,
  today,
  lastResult,
}: {
  enrolment: Enrolment;
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const [form, fields] = useForm({
    id: `attendance-${enrolment.id}`,
    lastResult,
    defaultValue: { onDate: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: attendanceForm }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <ErrorSummary form={form} />
      <input type="hidden" name="intent" value="attendance" />
      <input type="hidden" name="enrolmentId" value={enrolment.id} />
      <h4>Fremmøde</h4>
      <div className="form-row">
        <TextField field={fields.onDate} label="Dato" type="date" />
        <ChoiceGroup field={fields.attended} legend="Deltog borgeren?" type="radio" options={attendedOptions} />
      </div>
      <TextField field={fields.note} label="Bemærkning" optional />
      <button type="submit" className="button button-secondary">
        Gem fremmøde
      </button>
    </Form>
  );
}
