import { Link, data, useActionData, useLoaderData, useLocation, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { formatDanishPhone } from "../comms/suggestion";
import { getAssociation, listAssociationUsers } from "../data/associations.server";
import { db } from "../data/db.server";
import { listOpenInvitations } from "../data/invitations.server";
import { inviteAssociationUserForm } from "../forms/invitation";
import { handleInvitationIntent } from "../forms/invitation-action.server";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { InvitationList, InviteForm, UserList, associationRoleOptions, invitationNotices } from "../ui/invitations";
import { messages } from "../ui/messages";
import type { Route } from "./+types/admin.foreninger.$id";

const ROUTE = "/admin/foreninger/:id";

export const meta = ({ data }: Route.MetaArgs) => [
  { title: `${data?.association.name ?? "Forening"} – Fællesskabsbro` },
];

async function loadAssociation(request: Request, id: string) {
  const user = await requireMunicipalUser(request, ROUTE);
  // Another municipality's association is not found, not forbidden: its existence is not ours to tell.
  const association = await getAssociation(db, id, user.municipalityId);
  if (!association) throw data({ message: messages.notFound }, { status: 404 });
  return { user, association };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { association } = await loadAssociation(request, params.id);
  const [users, invitations] = await Promise.all([
    listAssociationUsers(db, association.id),
    listOpenInvitations(db, { associationId: association.id }),
  ]);
  return { association, users, invitations };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { user, association } = await loadAssociation(request, params.id);
  return handleInvitationIntent(
    await readForm(request),
    user,
    { schema: inviteAssociationUserForm, associationId: association.id },
    `/admin/foreninger/${association.id}`,
  );
}

export default function AdminAssociation() {
  const { association: a, users, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const notices: Record<string, string> = { ...invitationNotices, oprettet: "Foreningen er oprettet. Invitér nu dem, der skal arbejde i den." };
  const notice = actionData ? undefined : Object.keys(notices).find((key) => searchParams.get(key));
  return (
    <section>
      <p>
        <Link to="/admin/foreninger">Alle foreninger</Link>
      </p>
      <h1>{a.name}</h1>
      {notice ? <Alert kind="success">{notices[notice]}</Alert> : null}
      {a.hasLogo ? <img src={`/foreninger/${a.id}/logo?v=${a.version}`} alt={`${a.name}s logo`} className="association-logo" /> : null}
      {a.description ? <p className="pre-line">{a.description}</p> : <p className="muted">Foreningen har ikke skrevet en beskrivelse endnu.</p>}
      <dl className="facts">
        <dt>Område</dt>
        <dd>{a.area || "Ikke oplyst"}</dd>
        <dt>Kontaktperson</dt>
        <dd>{a.contactName || "Ikke oplyst"}</dd>
        <dt>E-mail</dt>
        <dd>{a.email}</dd>
        <dt>Telefon</dt>
        <dd>{a.phone ? formatDanishPhone(a.phone) : "Ikke oplyst"}</dd>
        {a.website ? (
          <>
            <dt>Hjemmeside</dt>
            <dd>
              <a href={a.website} rel="noopener noreferrer">
                {a.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <h2>Brugere</h2>
      <UserList users={users} caption={`Brugere i ${a.name}`} />

      <h2>Invitationer</h2>
      <InvitationList invitations={invitations} error={actionData?.intent === "manage" ? actionData.error : undefined} />

      <div className="form-section">
        <h2>Invitér en bruger</h2>
        <p>Personen får en e-mail med et link og vælger selv sin adgangskode.</p>
        <InviteForm
          // A new page after a sent invitation starts with an empty form.
          key={location.key}
          schema={inviteAssociationUserForm}
          roleOptions={associationRoleOptions}
          lastResult={actionData?.intent === "invite" ? actionData.result : undefined}
        />
      </div>
    </section>
  );
}
