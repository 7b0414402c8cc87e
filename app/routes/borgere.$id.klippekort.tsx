import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useLoaderData, useSearchParams } from "react-router";
import { requireCitizen } from "../auth/citizen-access.server";
import { audit } from "../data/audit.server";
import { addClipUse, getClipGrant, listClipUses, saveClipGrant } from "../data/clips.server";
import { db } from "../data/db.server";
import { dateInDenmark } from "../domain/pathway/working-days";
import { balanceOn, decideUse, statement, usesFit } from "../domain/pathway/clips";
import { clipGrantForm, clipUseForm, clipsPageForm } from "../forms/clips";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { describeClips } from "../ui/citizen-labels";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ErrorSummary, SelectField, TextArea, TextField } from "../ui/form";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.klippekort";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Klippekort – ${data.citizen.firstName} ${data.citizen.lastName}` : "Klippekort" }];
}

const route = "/borgere/:id/klippekort";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, route, params.id, "Klippekort til ledsagelse");
  const grant = await getClipGrant(db, citizen.id);
  const uses = grant ? await listClipUses(db, grant.id) : [];
  const today = dateInDenmark();
  return {
    citizen,
    grant: grant ?? null,
    uses,
    today,
    balance: grant ? balanceOn(grant, uses, today) : 0,
    statement: grant ? statement(grant, uses, today) : [],
    // Administrators read the clip card; only the coordinator grants and logs.
    canEdit: user.role === "coordinator",
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, route, params.id, "Klippekort til ledsagelse");
  if (user.role !== "coordinator") throw data({ message: messages.forbidden }, { status: 403 });
  const submission = parseWithZod(await readForm(request), { schema: clipsPageForm });
  if (submission.status !== "success") {
    const intent = submission.payload.intent === "use" ? "use" : "grant";
    return data({ intent, result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;

  if (input.intent === "grant") {
    const refused = await db.transaction().execute(async (trx) => {
      const existing = await getClipGrant(trx, citizen.id);
      // New terms must still cover the clips already used, or the log would show debt.
      if (existing && !usesFit(input, await listClipUses(trx, existing.id))) return true;
      const grantId = await saveClipGrant(trx, citizen.id, existing?.id, input, user.id);
      await audit(trx, {
        userId: user.id,
        action: existing ? "update" : "create",
        entity: "citizen",
        entityId: citizen.id,
        purpose: "Klippekort bevilget",
        details: { grantId },
      });
      return false;
    });
    if (refused) {
      return data(
        { intent: "grant", result: submission.reply({ formErrors: [messages.clipGrantDoesNotCoverUses] }) },
        { status: 400 },
      );
    }
    return redirect(`/borgere/${citizen.id}/klippekort?gemt=bevilling`);
  }

  // Checked and written in one transaction, so two uses logged at once cannot both
  // take the last clip.
  type Refusal = { formErrors?: string[]; fieldErrors?: Record<string, string[]> };
  const error = await db.transaction().execute(async (trx): Promise<Refusal | null> => {
    const grant = await getClipGrant(trx, citizen.id);
    if (!grant) return { formErrors: [messages.noClipGrant] };
    const decision = decideUse(grant, await listClipUses(trx, grant.id), input.usedOn, input.minutes);
    if (!decision.ok) {
      if (decision.reason === "not_enough") return { fieldErrors: { minutes: [messages.clipsNotEnough(decision.available)] } };
      const message =
        decision.reason === "expired"
          ? messages.clipsExpired(formatDate(grant.expiryDate))
          : messages.clipsBeforeStart(formatDate(grant.startDate));
      return { fieldErrors: { usedOn: [message] } };
    }
    await addClipUse(trx, grant.id, input, decision.clips, user.id);
    await audit(trx, {
      userId: user.id,
      action: "create",
      entity: "citizen",
      entityId: citizen.id,
      purpose: "Brug af klip registreret",
      details: { grantId: grant.id },
    });
    return null;
  });
  if (error) return data({ intent: "use", result: submission.reply(error) }, { status: 400 });
  return redirect(`/borgere/${citizen.id}/klippekort?gemt=klip`);
}

const periodOptions = [
  { value: "week", label: "Uge" },
  { value: "month", label: "Måned" },
];

export default function ClipCardPage({ actionData }: Route.ComponentProps) {
  const { citizen, grant, uses, today, balance, statement: rows, canEdit } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("gemt");
  const expired = grant !== null && today > grant.expiryDate;

  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Klippekort til ledsagelse</h2>
      {saved === "bevilling" ? <Alert kind="success">Bevillingen er gemt.</Alert> : null}
      {saved === "klip" ? <Alert kind="success">Brugen af klip er registreret.</Alert> : null}

      {grant ? (
        <>
          <div className="two-columns">
            <section aria-labelledby="klip-saldo">
              <h3 id="klip-saldo">Klip tilbage i dag</h3>
              <p className="big-number">{balance}</p>
              {expired ? (
                <Alert kind="warning">Klippekortet udløb {formatDate(grant.expiryDate)}.</Alert>
              ) : today < grant.startDate ? (
                <p>Klippekortet gælder fra {formatDate(grant.startDate)}.</p>
              ) : null}
            </section>
            <section aria-labelledby="klip-bevilling">
              <h3 id="klip-bevilling">Bevilling</h3>
              <dl className="facts">
                <dt>Klip</dt>
                <dd>{describeClips(grant)}</dd>
                <dt>Gyldig</dt>
                <dd>
                  {formatDate(grant.startDate)} – {formatDate(grant.expiryDate)}
                </dd>
                <dt>Højst opsparet</dt>
                <dd>{grant.savedCap} klip</dd>
                <dt>Formål</dt>
                <dd className="pre-line">{grant.purpose}</dd>
              </dl>
              <p>
                <a href={`/borgere/${citizen.id}/klippekort/formaal`} target="_blank" rel="noreferrer">
                  Udskriv formålsbeskrivelse til hjemmeplejen
                </a>
              </p>
            </section>
          </div>

          <section aria-labelledby="klip-brug">
            <h3 id="klip-brug">Brugte klip</h3>
            {uses.length === 0 ? (
              <p>Der er ikke brugt klip endnu.</p>
            ) : (
              <div className="table--responsive-scroll">
                <table className="table table--compact">
                  <caption className="sr-only">Brugte klip</caption>
                  <thead>
                    <tr>
                      <th scope="col">Dato</th>
                      <th scope="col">Minutter</th>
                      <th scope="col">Klip</th>
                      <th scope="col">Hvem ledsagede</th>
                      <th scope="col">Hvad til</th>
                    </tr>
                  </thead>
                  <tbody>
                    {uses.map((u) => (
                      <tr key={u.id}>
                        <td>{formatDate(u.usedOn)}</td>
                        <td>{u.minutes}</td>
                        <td>{u.clips}</td>
                        <td>{u.usedBy}</td>
                        <td>{u.whatFor}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {canEdit && !expired ? (
              <UseForm today={today} lastResult={actionData?.intent === "use" ? actionData.result : undefined} />
            ) : null}
          </section>

          <section aria-labelledby="klip-perioder">
            <h3 id="klip-perioder">Opgørelse pr. periode</h3>
            {rows.length === 0 ? (
              <p>Første periode er ikke begyndt endnu.</p>
            ) : (
              <div className="table--responsive-scroll">
                <table className="table table--compact">
                  <caption className="sr-only">Klip pr. periode</caption>
                  <thead>
                    <tr>
                      <th scope="col">Periode</th>
                      <th scope="col">Overført</th>
                      <th scope="col">Mistet (loft)</th>
                      <th scope="col">Nye</th>
                      <th scope="col">Brugt</th>
                      <th scope="col">Tilbage</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.from}>
                        <td>
                          {formatDate(r.from)} – {formatDate(r.to)}
                        </td>
                        <td>{r.carried}</td>
                        <td>{r.forfeited}</td>
                        <td>{r.accrued}</td>
                        <td>{r.used}</td>
                        <td>{r.balance}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : (
        <p>Borgeren har ikke fået bevilget klip til ledsagelse.</p>
      )}

      {canEdit ? (
        <GrantForm grant={grant} lastResult={actionData?.intent === "grant" ? actionData.result : undefined} />
      ) : null}
    </article>
  );
}

type LoaderGrant = ReturnType<typeof useLoaderData<typeof loader>>["grant"];
type Result = SubmissionResult<string[]> | undefined;

function GrantForm({ grant, lastResult }: { grant: LoaderGrant; lastResult: Result }) {
  const [form, fields] = useForm({
    id: "bevilling-form",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: grant
      ? {
          clipsPerPeriod: String(grant.clipsPerPeriod),
          period: grant.period,
          minutesPerClip: String(grant.minutesPerClip),
          purpose: grant.purpose,
          startDate: grant.startDate,
          expiryDate: grant.expiryDate,
          savedCap: String(grant.savedCap),
        }
      : { period: "week", minutesPerClip: "30" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: clipGrantForm }),
  });
  return (
    <section aria-labelledby="klip-bevil" className="form-section">
      <h2 id="klip-bevil">{grant ? "Ret bevillingen" : "Bevilg klip"}</h2>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="grant" />
        <div className="form-row">
          <TextField field={fields.clipsPerPeriod} label="Antal klip pr. periode" type="number" inputMode="numeric" />
          <SelectField field={fields.period} label="Periode" options={periodOptions} />
          <TextField field={fields.minutesPerClip} label="Minutter pr. klip" type="number" inputMode="numeric" />
        </div>
        <TextArea
          field={fields.purpose}
          label="Formål til hjemmeplejen"
          hint="Skriv, hvad ledsagelsen skal hjælpe borgeren med, så medarbejderne ved, hvad klippene er til."
          rows={5}
        />
        <div className="form-row">
          <TextField field={fields.startDate} label="Gælder fra" type="date" />
          <TextField field={fields.expiryDate} label="Udløber" type="date" />
          <TextField
            field={fields.savedCap}
            label="Højst opsparede klip"
            type="number"
            inputMode="numeric"
            hint="Ubrugte klip ud over loftet bortfalder ved ny periode."
          />
        </div>
        <button type="submit" className="button button-primary">
          Gem bevilling
        </button>
      </Form>
    </section>
  );
}

function UseForm({ today, lastResult }: { today: string; lastResult: Result }) {
  const [form, fields] = useForm({
    id: "brug-form",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { usedOn: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: clipUseForm }),
  });
  return (
    <div className="form-section">
      <h4>Registrér brugte klip</h4>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="use" />
        <div className="form-row">
          <TextField field={fields.usedOn} label="Dato" type="date" />
          <TextField field={fields.minutes} label="Minutter" type="number" inputMode="numeric" />
        </div>
        <TextField field={fields.usedBy} label="Medarbejder fra hjemmeplejen" autoComplete="off" />
        <TextField field={fields.whatFor} label="Hvad var ledsagelsen til?" autoComplete="off" />
        <button type="submit" className="button button-secondary">
          Registrér klip
        </button>
      </Form>
    </div>
  );
}
