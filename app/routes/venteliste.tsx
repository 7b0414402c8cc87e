import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireAccess } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { listOfferableVolunteers } from "../data/offerable-volunteers.server";
import {
  closeOffer,
  createOffer,
  hasOpenOffer,
  isOnWaitingList,
  listOwnOpenOffers,
  listWaitingCitizens,
  waitingListMunicipality,
} from "../data/waiting-list.server";
import { matchesFilter, waitingLabel } from "../domain/waiting-list/eligibility";
import { dateInDenmark } from "../domain/pathway/working-days";
import { barrierLabels, genderLabels, interests, languages, slotLabel } from "../domain/vocabulary";
import { offerForm, waitingListForm, waitingListQuery } from "../forms/waiting-list";
import { readForm } from "../forms/read-form.server";
import { Tags } from "../ui/activity-facts";
import { Alert } from "../ui/alert";
import { ErrorSummary, SelectField, TextArea } from "../ui/form";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/venteliste";

export const meta = () => [{ title: "Venteliste – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/venteliste");
  const municipalityId = await waitingListMunicipality(db, user);
  if (!municipalityId) throw data({ message: messages.forbidden }, { status: 403 });
  const parsed = waitingListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw data({ message: messages.waitingListFilterInvalid }, { status: 400 });
  const filter = { interest: parsed.data.interesse, postcode: parsed.data.omraade };

  const all = await listWaitingCitizens(db, municipalityId);
  const citizens = all.filter((c) => matchesFilter(c, filter));
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "Fælles venteliste: borgere der venter på en besøgsven",
    details: { criteria: filter, results: citizens.map((c) => c.citizenId) },
  });

  const [ownOffers, volunteers] = user.associationId
    ? await Promise.all([
        listOwnOpenOffers(db, user.associationId),
        listOfferableVolunteers(db, user.associationId),
      ])
    : [[], []];
  const ownByCitizen = new Map(ownOffers.map((o) => [o.citizenId, o]));
  const today = dateInDenmark();
  const areas = [...new Map(all.map((c) => [c.postcode, c.area])).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, label]) => ({ value, label }));
  return {
    mayOffer: user.associationId !== null,
    filter: parsed.data,
    areas,
    volunteers,
    citizens: citizens.map((c) => {
      const own = ownByCitizen.get(c.citizenId) ?? null;
      return {
        ...c,
        waiting: waitingLabel(c.waitingSince, today),
        ownOffer: own,
        // Other associations' offers are only counted, never shown.
        otherOffers: c.openOffers - (own ? 1 : 0),
      };
    }),
    // Offers for citizens who have left the list since (matched, consent withdrawn):
    // the association may withdraw them, and learns nothing more about the citizen.
    offersOffList: ownOffers
      .filter((o) => !all.some((c) => c.citizenId === o.citizenId))
      .map(({ citizenId: _, ...o }) => o),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireAccess(request, "/venteliste");
  const submission = parseWithZod(await readForm(request), { schema: waitingListForm });
  const formId = `${String(submission.payload.intent)}-${String(submission.payload.citizenId ?? submission.payload.offerId)}`;
  if (submission.status !== "success") return data({ formId, result: submission.reply() }, { status: 400 });
  // The municipality may look at the list; only associations offer their volunteers.
  if (!viewer.associationId) throw data({ message: messages.forbidden }, { status: 403 });
  const user = { ...viewer, associationId: viewer.associationId };
  const value = submission.value;
  const refuse = (message: string, status: number) =>
    data({ formId, result: submission.reply({ formErrors: [message] }) }, { status });

  if (value.intent === "withdraw") {
    const closed = await closeOffer(db, {
      offerId: value.offerId,
      status: "withdrawn",
      userId: user.id,
      associationId: user.associationId,
    });
    return closed ? redirect("/venteliste?tilbud=trukket") : refuse(messages.offerNotOpen, 409);
  }

  const municipalityId = await waitingListMunicipality(db, user);
  if (!municipalityId || !(await isOnWaitingList(db, municipalityId, value.citizenId))) {
    return refuse(messages.citizenNotWaiting, 409);
  }
  if (value.volunteerId) {
    const allowed = await listOfferableVolunteers(db, user.associationId);
    if (!allowed.some((v) => v.id === value.volunteerId)) return refuse(messages.volunteerNotAvailable, 409);
  }
  const created = await db.transaction().execute(async (trx) => {
    if (await hasOpenOffer(trx, value.citizenId, user.associationId)) return false;
    await createOffer(trx, {
      citizenId: value.citizenId,
      associationId: user.associationId,
      volunteerId: value.volunteerId ?? null,
      note: value.note ?? "",
      userId: user.id,
    });
    return true;
  });
  return created ? redirect("/venteliste?tilbud=sendt") : refuse(messages.offerAlreadyOpen, 409);
}

const savedMessages: Record<string, string> = {
  sendt: "Tak! Koordinatoren kan nu se jeres tilbud på borgeren.",
  trukket: "Tilbuddet er trukket tilbage.",
};

const interestOptions = interests.map((i) => ({ value: i, label: i }));

type WaitingItem = Awaited<ReturnType<typeof loader>>["citizens"][number];

function useReplyTo(formId: string) {
  const reply = useActionData<typeof action>();
  return reply?.formId === formId ? reply.result : undefined;
}

export default function WaitingList() {
  const { citizens, areas, filter, mayOffer, offersOffList } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = savedMessages[searchParams.get("tilbud") ?? ""];
  return (
    <section>
      <h1>Venteliste</h1>
      <p className="font-lead">
        Borgere i kommunen, der venter på en besøgsven. Har I en frivillig, der passer, kan I tilbyde hende eller ham –
        koordinatoren beslutter og sender forslaget videre.
      </p>
      {saved ? <Alert kind="success">{saved}</Alert> : null}

      <Form method="get" className="worklist-filters">
        <div className="form-group">
          <label className="form-label" htmlFor="interesse">
            Interesse
          </label>
          <select id="interesse" name="interesse" className="form-select" defaultValue={filter.interesse ?? ""}>
            <option value="">Alle</option>
            {interestOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="omraade">
            Område
          </label>
          <select id="omraade" name="omraade" className="form-select" defaultValue={filter.omraade ?? ""}>
            <option value="">Hele kommunen</option>
            {areas.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Vis
        </button>
      </Form>

      <h2>Borgere der venter ({citizens.length})</h2>
      {citizens.length === 0 ? <p>Ingen borgere venter, der passer til filteret.</p> : null}
      <ul className="candidate-list">
        {citizens.map((c) => (
          <li key={c.citizenId} className="item-card">
            <h3>{`${c.firstName} fra ${c.area}`}</h3>
            <p>
              <span className="status status-proposed">{c.waiting}</span>
            </p>
            <dl className="facts">
              <dt>Interesser</dt>
              <dd>{c.interests.length ? <Tags items={c.interests} label="Interesser" /> : "Ikke oplyst"}</dd>
              <dt>Hensyn ved besøget</dt>
              <dd>{c.barriers.length ? c.barriers.map((b) => barrierLabels[b]).join(", ") : "Ingen"}</dd>
              <dt>Foretrukne tider</dt>
              <dd>{c.slots.length ? c.slots.map(slotLabel).join(", ") : "Ikke oplyst"}</dd>
              <dt>Sprog</dt>
              <dd>{c.languages.map((l) => languages[l as keyof typeof languages] ?? l).join(", ")}</dd>
              {c.genderPreference ? (
                <>
                  <dt>Ønsker en besøgsven, der er</dt>
                  <dd>{genderLabels[c.genderPreference].toLowerCase()}</dd>
                </>
              ) : null}
            </dl>
            {c.otherOffers > 0 ? (
              <p className="muted">
                {c.otherOffers === 1
                  ? "Der er allerede et tilbud fra en anden forening."
                  : `Der er allerede ${c.otherOffers} tilbud fra andre foreninger.`}
              </p>
            ) : null}
            {c.ownOffer ? (
              <OwnOffer offer={c.ownOffer} />
            ) : mayOffer ? (
              <OfferForm c={c} />
            ) : null}
          </li>
        ))}
      </ul>

      {offersOffList.length > 0 ? (
        <>
          <h2>Tilbud til borgere, der ikke længere venter</h2>
          <ul className="card-list">
            {offersOffList.map((o) => (
              <li key={o.id}>
                <OwnOffer offer={o} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function OwnOffer({ offer }: { offer: { id: string; volunteerName: string | null; note: string; offeredAt: string } }) {
  const id = `withdraw-${offer.id}`;
  const [form] = useForm({ id, lastResult: useReplyTo(id) });
  return (
    <div className="item-card">
      <p>
        <strong>I har tilbudt {offer.volunteerName ?? "en frivillig"}</strong>{" "}
        <span className="muted">{formatDate(offer.offeredAt)}</span>
      </p>
      {offer.note ? <p className="pre-line">{offer.note}</p> : null}
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name="offerId" value={offer.id} />
        <button type="submit" className="button button-secondary">
          Træk tilbuddet tilbage
        </button>
      </Form>
    </div>
  );
}

function OfferForm({ c }: { c: WaitingItem }) {
  const { volunteers } = useLoaderData<typeof loader>();
  const id = `offer-${c.citizenId}`;
  const [form, fields] = useForm({
    id,
    lastResult: useReplyTo(id),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: offerForm }),
  });
  return (
    <details open={form.status === "error"}>
      <summary>Tilbyd en frivillig</summary>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="offer" />
        <input type="hidden" name="citizenId" value={c.citizenId} />
        <SelectField
          field={fields.volunteerId}
          label="Hvem vil I tilbyde?"
          placeholder="Det aftaler vi senere"
          options={volunteers.map((v) => ({ value: v.id, label: v.name }))}
          optional
        />
        <TextArea field={fields.note} label="Besked til koordinatoren" rows={2} optional />
        <button type="submit" className="button button-primary">
          Tilbyd en frivillig
        </button>
      </Form>
    </details>
  );
}
