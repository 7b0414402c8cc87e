import { useActionData, useLoaderData, useLocation, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { listStaff } from "../data/associations.server";
import { db } from "../data/db.server";
import { listOpenInvitations } from "../data/invitations.server";
import { staffRoles } from "../domain/associations/invitations";
import { inviteStaffForm } from "../forms/invitation";
import { handleInvitationIntent } from "../forms/invitation-action.server";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { InvitationList, InviteForm, UserList, invitationNotices, staffRoleOptions } from "../ui/invitations";
import type { Route } from "./+types/admin.brugere";

const ROUTE = "/admin/brugere";

export const meta = () => [{ title: "Brugere – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const [staff, invitations] = await Promise.all([
    listStaff(db, user.municipalityId),
    listOpenInvitations(db, { municipalityId: user.municipalityId, roles: staffRoles }),
  ]);
  return { staff, invitations };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  return handleInvitationIntent(await readForm(request), user, { schema: inviteStaffForm }, ROUTE);
}

export default function Staff() {
  const { staff, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const notice = actionData ? undefined : Object.keys(invitationNotices).find((key) => searchParams.get(key));
  return (
    <section>
      <h1>Brugere</h1>
      <p className="font-lead">
        Kommunens medarbejdere. Foreningernes brugere inviteres fra foreningens side under Foreninger.
      </p>
      {notice ? <Alert kind="success">{invitationNotices[notice]}</Alert> : null}
      <UserList users={staff} caption="Kommunens medarbejdere" />

      <h2>Invitationer</h2>
      <InvitationList invitations={invitations} error={actionData?.intent === "manage" ? actionData.error : undefined} />

      <div className="form-section">
        <h2>Invitér en medarbejder</h2>
        <p>Personen får en e-mail med et link og vælger selv sin adgangskode.</p>
        <InviteForm
          // A new page after a sent invitation starts with an empty form.
          key={location.key}
          schema={inviteStaffForm}
          roleOptions={staffRoleOptions}
          lastResult={actionData?.intent === "invite" ? actionData.result : undefined}
        />
      </div>
    </section>
  );
}
