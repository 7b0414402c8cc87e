import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { mayUse, roleLabels } from "../auth/permissions";
import { formatDanishPhone } from "../comms/suggestion";
import {
  getAssociation,
  getAssociationOverview,
  listAssociationUsers,
  setAssociationLogo,
  updateAssociationProfile,
} from "../data/associations.server";
import { db } from "../data/db.server";
import { photoTypeOf } from "../domain/pathway/photo";
import { LOGO_MAX_BYTES, associationProfileForm, logoForm, removeLogoForm } from "../forms/association";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { ErrorSummary, FileField, TextArea, TextField } from "../ui/form";
import { messages } from "../ui/messages";
import type { Route } from "./+types/forening";

const ROUTE = "/forening";
// Room for the other fields and the multipart boundaries around a 1 MB logo.
const UPLOAD_LIMIT = { bytes: LOGO_MAX_BYTES + 64 * 1024, message: messages.logoTooLarge };

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.association.name ?? "Forening"} – Fællesskabsbro` }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAssociationUser(request, ROUTE);
  const association = await getAssociation(db, user.associationId, null);
  if (!association) throw data({ message: messages.notFound }, { status: 404 });
  const [overview, users] = await Promise.all([
    getAssociationOverview(db, user.associationId),
    listAssociationUsers(db, user.associationId),
  ]);
  return {
    association: { ...association, phone: association.phone ? formatDanishPhone(association.phone) : "" },
    overview,
    users: users.map((u) => ({ ...u, roleLabel: roleLabels[u.role], you: u.id === user.id })),
    canEdit: user.role === "association",
    seesInbox: mayUse(user.role, "/forslag"),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, ROUTE);
  // Bridge-builders read the page; only editors change the association's profile.
  if (user.role !== "association") throw data({ message: messages.readOnlyAssociation }, { status: 403 });
  const formData = await readForm(request, UPLOAD_LIMIT);
  const intent = formData.get("intent");
  if (intent === "remove-logo" && removeLogoForm.safeParse(Object.fromEntries(formData)).success) {
    await setAssociationLogo(db, user.associationId, null);
    return redirect(`${ROUTE}?logo-fjernet=1`);
  }
  if (intent === "logo") {
    const submission = parseWithZod(formData, { schema: logoForm });
    const hideFields = ["logo"];
    if (submission.status !== "success") {
      return data({ intent: "logo" as const, result: submission.reply({ hideFields }) }, { status: 400 });
    }
    const bytes = new Uint8Array(await submission.value.logo.arrayBuffer());
    const type = photoTypeOf(bytes);
    if (!type) {
      return data(
        { intent: "logo" as const, result: submission.reply({ fieldErrors: { logo: [messages.logoType] }, hideFields }) },
        { status: 400 },
      );
    }
    await setAssociationLogo(db, user.associationId, { bytes, type });
    return redirect(`${ROUTE}?logo=1`);
  }
  const submission = parseWithZod(formData, { schema: associationProfileForm });
  if (submission.status !== "success") {
    return data({ intent: "profile" as const, result: submission.reply() }, { status: 400 });
  }
  await updateAssociationProfile(db, user.associationId, submission.value);
  return redirect(`${ROUTE}?gemt=1`);
}

const notices: Record<string, string> = {
  gemt: "Foreningens oplysninger er gemt.",
  logo: "Logoet er gemt.",
  "logo-fjernet": "Logoet er fjernet.",
};

export default function AssociationHome() {
  const { association: a, overview, users, canEdit, seesInbox } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  // A confirmation from an earlier save is not shown beside a new error.
  const notice = actionData ? undefined : Object.keys(notices).find((key) => searchParams.get(key));
  return (
    <section>
      <h1>{a.name}</h1>
      <p className="font-lead">
        Foreningens side i Fællesskabsbro. Det, I skriver her, ser kommunens koordinatorer og borgerne, når de leder
        efter fællesskaber.
      </p>
      {notice ? <Alert kind="success">{notices[notice]}</Alert> : null}

      <h2>Overblik</h2>
      <ul className="card-list overview-cards">
        <li>
          <Link to="/forening/aktiviteter" className="item-card d-block">
            <span className="overview-number">{overview.activeActivities}</span> aktive aktiviteter
          </Link>
        </li>
        <li>
          <Link to="/frivillige" className="item-card d-block">
            <span className="overview-number">{overview.activeVolunteers}</span> aktive frivillige
          </Link>
        </li>
        <li>
          {seesInbox ? (
            <Link to="/forslag" className="item-card d-block">
              <span className="overview-number">{overview.waitingProposals}</span> forslag venter på svar
            </Link>
          ) : (
            <div className="item-card">
              <span className="overview-number">{overview.waitingProposals}</span> forslag venter på svar hos jeres
              frivillighedstovholder
            </div>
          )}
        </li>
      </ul>

      {canEdit ? <ProfileForm association={a} lastResult={actionData?.intent === "profile" ? actionData.result : undefined} /> : <ProfileFacts association={a} />}

      <div className="form-section">
        <h2>Logo</h2>
        {a.hasLogo ? (
          <img src={`/foreninger/${a.id}/logo?v=${a.version}`} alt={`${a.name}s logo`} className="association-logo" />
        ) : (
          <p>Foreningen har intet logo på siden endnu.</p>
        )}
        {canEdit ? <LogoForms hasLogo={a.hasLogo} lastResult={actionData?.intent === "logo" ? actionData.result : undefined} /> : null}
      </div>

      <h2>Brugere i foreningen</h2>
      <ul className="card-list">
        {users.map((u) => (
          <li key={u.id} className="item-card">
            <strong>{u.name}</strong>
            {u.you ? " (dig)" : ""}
            <br />
            {u.roleLabel} · {u.email}
          </li>
        ))}
      </ul>
      <p className="muted">Skal der flere brugere på? Kommunens administrator sender en invitation.</p>
    </section>
  );
}

type Profile = ReturnType<typeof useLoaderData<typeof loader>>["association"];

function ProfileForm({ association: a, lastResult }: { association: Profile; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "profile",
    lastResult,
    shouldValidate: "onBlur",
    defaultValue: {
      description: a.description,
      area: a.area,
      contactName: a.contactName,
      email: a.email,
      phone: a.phone,
      website: a.website,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: associationProfileForm }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="form-section">
      <h2>Om foreningen</h2>
      <ErrorSummary form={form} />
      <input type="hidden" name="intent" value="profile" />
      <TextArea
        field={fields.description}
        label="Beskrivelse"
        hint="Hvem er I, og hvad kan en ældre borger være med til? Skriv som til en nabo."
        rows={5}
        optional
      />
      <TextField field={fields.area} label="Område" hint="Fx Skive by og Fursø-egnen" optional />
      <TextField field={fields.contactName} label="Kontaktperson" autoComplete="name" optional />
      <div className="form-row">
        <TextField field={fields.email} label="E-mail" type="email" autoComplete="email" />
        <TextField field={fields.phone} label="Telefon" type="tel" autoComplete="tel" optional />
      </div>
      <TextField field={fields.website} label="Hjemmeside" hint="Fx www.forening.dk" autoComplete="url" optional />
      <button type="submit" className="button button-primary">
        Gem oplysninger
      </button>
    </Form>
  );
}

function ProfileFacts({ association: a }: { association: Profile }) {
  return (
    <div className="form-section">
      <h2>Om foreningen</h2>
      <p className="muted">{messages.readOnlyAssociation}</p>
      {a.description ? <p className="pre-line">{a.description}</p> : null}
      <dl className="facts">
        <dt>Område</dt>
        <dd>{a.area || "Ikke oplyst"}</dd>
        <dt>Kontaktperson</dt>
        <dd>{a.contactName || "Ikke oplyst"}</dd>
        <dt>E-mail</dt>
        <dd>{a.email}</dd>
        <dt>Telefon</dt>
        <dd>{a.phone || "Ikke oplyst"}</dd>
        <dt>Hjemmeside</dt>
        <dd>{a.website || "Ikke oplyst"}</dd>
      </dl>
    </div>
  );
}

function LogoForms({ hasLogo, lastResult }: { hasLogo: boolean; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useForm({
    id: "logo",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: logoForm }),
  });
  return (
    <>
      {hasLogo ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove-logo" />
          <button type="submit" className="button button-secondary">
            Fjern logo
          </button>
        </Form>
      ) : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <input type="hidden" name="intent" value="logo" />
        <FileField
          field={fields.logo}
          label={hasLogo ? "Skift logo" : "Vælg logo"}
          hint="JPEG eller PNG, højst 1 MB."
          accept="image/jpeg,image/png"
        />
        <button type="submit" className="button button-primary">
          Gem logo
        </button>
      </Form>
    </>
  );
}
