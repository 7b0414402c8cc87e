import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type FormEvent, type RefObject, useEffect, useRef } from "react";
import type { z } from "zod";
import { Form, type ShouldRevalidateFunctionArgs, data, redirect, useFetcher, useSearchParams } from "react-router";
import { mayWriteCitizen, requireCitizen, requireCoordinatorWrite } from "../auth/citizen-access.server";
import { audit } from "../data/audit.server";
import { type Citizen, updateScreening } from "../data/citizens.server";
import { db } from "../data/db.server";
import { moveCitizen } from "../data/pathway.server";
import { deleteDraft, getDraft, saveDraft } from "../data/screening-drafts.server";
import { draftDefaults, screeningDraft, screeningForm } from "../forms/citizen";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { CitizenHeader } from "../ui/citizen-tabs";
import { ErrorSummary } from "../ui/form";
import { formatClock, formatDateTime } from "../ui/format";
import { messages, pathwayRefusalMessage } from "../ui/messages";
import { ScreeningSections } from "../ui/screening-fields";
import type { Route } from "./+types/borgere.$id.screening";

const ROUTE = "/borgere/:id/screening";
const DRAFT_DELAY_MS = 1500;

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Screening af ${data.citizen.firstName} ${data.citizen.lastName} – Fællesskabsbro` : "Screening" }];
}

const decimalComma = (n: number | null) => (n === null ? undefined : String(n).replace(".", ","));

function citizenDefaults(c: Citizen) {
  return {
    phone: c.phone,
    email: c.email ?? undefined,
    contactChannel: c.contactChannel,
    address: c.address,
    postcode: c.postcode,
    city: c.city,
    lat: decimalComma(c.lat),
    lng: decimalComma(c.lng),
    interests: c.interests,
    barriers: c.barriers,
    // A referral records no language; most citizens speak Danish, so start there.
    languages: c.languages.length ? c.languages : ["da"],
    slots: c.slots,
    format: c.format,
    genderPreference: c.genderPreference ?? undefined,
    escort: c.escort ? "on" : undefined,
    narrative: c.narrative,
    network: c.network,
    dailyLife: c.dailyLife,
    wishes: c.wishes,
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Screening og narrativ samtale");
  const draft = await getDraft(db, citizen.id, user.id);
  // A draft older than the last save is what was saved, or was overtaken by it.
  const restored = draft && draft.savedAt > citizen.updatedAt ? draft : null;
  return {
    citizen,
    canSave: mayWriteCitizen(user),
    draftSavedAt: restored?.savedAt ?? null,
    defaults: restored ? draftDefaults(restored.data) : citizenDefaults(citizen),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, citizen } = await requireCitizen(request, ROUTE, params.id, "Screening og narrativ samtale");
  requireCoordinatorWrite(user);
  const formData = await readForm(request);
  const intent = formData.get("intent");

  if (intent === "draft") {
    const typed = Object.fromEntries(
      [...new Set(formData.keys())]
        .filter((name) => name !== "intent")
        .map((name) => [name, formData.getAll(name).filter((v) => typeof v === "string")]),
    );
    const parsed = screeningDraft.safeParse(typed);
    if (!parsed.success) return data({ draftError: messages.formUnreadable }, { status: 400 });
    return { draftSavedAt: await saveDraft(db, citizen.id, user.id, parsed.data) };
  }

  if (intent === "discard") {
    await deleteDraft(db, citizen.id, user.id);
    return redirect(`/borgere/${citizen.id}/screening?kasseret=1`);
  }

  const submission = parseWithZod(formData, { schema: screeningForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const refusal = await db.transaction().execute(async (trx) => {
    if (citizen.status === "referred" || citizen.status === "contacted") {
      // Moved first: a refused step writes nothing, so nothing needs undoing.
      const move = await moveCitizen(trx, {
        citizenId: citizen.id,
        expected: citizen.status,
        to: "screened",
        role: user.role,
        userId: user.id,
        note: "Screeningen er gemt",
      });
      if (!move.ok) return move.refusal;
    }
    await updateScreening(trx, citizen.id, submission.value);
    await audit(trx, {
      userId: user.id,
      action: "update",
      entity: "citizen",
      entityId: citizen.id,
      purpose: "Screening og narrativ samtale",
    });
    await deleteDraft(trx, citizen.id, user.id);
    return null;
  });
  if (refusal) {
    const message = refusal.code === "stale" ? messages.pathwayStepChanged : pathwayRefusalMessage(refusal);
    return data({ result: submission.reply({ formErrors: [message] }) }, { status: 409 });
  }
  return redirect(`/borgere/${citizen.id}/screening?gemt=1`);
}

// Draft saves must not reload the page: the loader would hand the form new defaults
// while the coordinator is still typing.
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formData?.get("intent") === "draft" ? false : defaultShouldRevalidate;
}

export default function Screening({ loaderData, actionData }: Route.ComponentProps) {
  const { citizen, draftSavedAt, canSave } = loaderData;
  const [searchParams] = useSearchParams();
  return (
    <article>
      <CitizenHeader citizen={citizen} />
      <h2>Screening og narrativ samtale</h2>
      {searchParams.get("gemt") && !draftSavedAt ? <Alert kind="success">Screeningen er gemt.</Alert> : null}
      {searchParams.get("kasseret") && !draftSavedAt ? (
        <Alert kind="success">Kladden er kasseret. Formularen viser det, der sidst blev gemt.</Alert>
      ) : null}
      {draftSavedAt ? (
        <div className="draft-notice">
          <Alert kind="info">Du har en kladde fra {formatDateTime(draftSavedAt)}. Den er hentet ind.</Alert>
          <Form method="post">
            <input type="hidden" name="intent" value="discard" />
            <button type="submit" className="button button-secondary">
              Kassér kladden
            </button>
          </Form>
        </div>
      ) : null}
      {canSave ? null : (
        <Alert kind="info">Du kan læse screeningen. Kun fællesskabskoordinatoren kan ændre den.</Alert>
      )}
      {/* A new key after a save or discard starts the form afresh from the new defaults. */}
      <ScreeningForm
        key={draftSavedAt ?? citizen.updatedAt}
        defaults={loaderData.defaults}
        lastResult={actionData && "result" in actionData ? actionData.result : undefined}
        draftSavedAt={draftSavedAt}
        canSave={canSave}
      />
    </article>
  );
}

function ScreeningForm({
  defaults,
  lastResult,
  draftSavedAt,
  canSave,
}: {
  defaults: Record<string, string | string[] | undefined>;
  lastResult: SubmissionResult<string[]> | undefined;
  draftSavedAt: string | null;
  canSave: boolean;
}) {
  const [form, fields] = useForm<z.input<typeof screeningForm>>({
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: defaults,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: screeningForm }),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraftAutosave(formRef, canSave);
  const { onSubmit, ...formProps } = getFormProps(form);
  return (
    <Form
      method="post"
      {...formProps}
      ref={formRef}
      onInput={draft.onInput}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        draft.cancel();
        onSubmit(event);
      }}
    >
      <ErrorSummary form={form} />
      <fieldset disabled={!canSave} className="plain-fieldset">
        <legend className="sr-only">Screening</legend>
        <ScreeningSections fields={fields} Heading="h3" />
      </fieldset>
      {canSave ? (
        <div className="form-actions">
          <button type="submit" name="intent" value="save" className="button button-primary">
            Gem screening
          </button>
          <p className="muted draft-status" aria-live="polite">
            {draft.status ?? (draftSavedAt ? `Kladde gemt kl. ${formatClock(draftSavedAt)}` : "")}
          </p>
        </div>
      ) : null}
    </Form>
  );
}

const draftBody = (form: HTMLFormElement) => {
  const body = new FormData(form);
  body.set("intent", "draft");
  return body;
};

/**
 * Saves the form as a draft ~1.5 s after the coordinator stops typing, and at once
 * when the tablet hides the page (sleep, app switch). A hidden page may never run
 * another line of script, so that last save goes by sendBeacon, which the browser
 * delivers even after the page is gone.
 */
function useDraftAutosave(formRef: RefObject<HTMLFormElement | null>, enabled: boolean) {
  const fetcher = useFetcher<typeof action>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const dirty = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    const flush = () => {
      if (!dirty.current || !formRef.current) return;
      dirty.current = false;
      clearTimeout(timer.current);
      navigator.sendBeacon(window.location.pathname, draftBody(formRef.current));
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
    };
  }, [enabled, formRef]);

  const cancel = () => clearTimeout(timer.current);
  const onInput = () => {
    if (!enabled) return;
    dirty.current = true;
    cancel();
    timer.current = setTimeout(() => {
      if (!formRef.current) return;
      dirty.current = false;
      void fetcher.submit(draftBody(formRef.current), { method: "post" });
    }, DRAFT_DELAY_MS);
  };

  const saved = fetcher.data && "draftSavedAt" in fetcher.data ? fetcher.data.draftSavedAt : null;
  const status =
    fetcher.state !== "idle"
      ? "Gemmer kladde …"
      : fetcher.data && "draftError" in fetcher.data
        ? "Kladden kunne ikke gemmes. Gem screeningen, når du er færdig."
        : saved
          ? `Kladde gemt kl. ${formatClock(saved)}`
          : null;
  return { onInput, cancel, status };
}
