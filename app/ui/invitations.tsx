import { type SubmissionResult, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "react-router";
import type { Role } from "../../db/schema";
import { roleLabels } from "../auth/permissions";
import type { InvitationState } from "../domain/associations/invitations";
import type { inviteAssociationUserForm, inviteStaffForm } from "../forms/invitation";
import { Alert } from "./alert";
import { ChoiceGroup, ErrorSummary, TextField } from "./form";
import { formatDate } from "./format";

// The invitation parts of the administrator's pages: who has access, who is
// invited and waiting, and a short form to invite one more.

export const invitationNotices: Record<string, string> = {
  inviteret: "Invitationen er sendt. Personen får en e-mail med et link, der virker i 7 dage.",
  "sendt-igen": "Invitationen er sendt igen med et nyt link. Det gamle link virker ikke længere.",
  tilbagekaldt: "Invitationen er trukket tilbage. Linket virker ikke længere.",
};

export function UserList({ users, caption }: { users: { id: string; name: string; email: string; role: Role }[]; caption: string }) {
  if (users.length === 0) return <p>Ingen brugere endnu.</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">E-mail</th>
            <th scope="col">Rolle</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{roleLabels[u.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface OpenInvitationView {
  id: string;
  name: string;
  email: string;
  role: Role;
  expiresAt: string;
  state: InvitationState;
}

export function InvitationList({ invitations, error }: { invitations: OpenInvitationView[]; error?: string }) {
  return (
    <>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {invitations.length === 0 ? (
        <p>Ingen invitationer venter på svar.</p>
      ) : (
        <ul className="candidate-list">
          {invitations.map((i) => (
            <li key={i.id} className="item-card">
              <h3>{i.name}</h3>
              <p>
                {i.email} · {roleLabels[i.role]}
              </p>
              <p className={i.state === "expired" ? "" : "muted"}>
                {i.state === "expired"
                  ? `Linket udløb ${formatDate(i.expiresAt)}. Send invitationen igen, hvis personen stadig skal med.`
                  : `Venter på svar. Linket virker til ${formatDate(i.expiresAt)}.`}
              </p>
              <Form method="post">
                <input type="hidden" name="invitationId" value={i.id} />
                <button type="submit" name="intent" value="resend" className="button button-secondary">
                  Send igen<span className="sr-only"> til {i.name}</span>
                </button>{" "}
                <button type="submit" name="intent" value="revoke" className="button button-tertiary">
                  Træk tilbage<span className="sr-only"> invitationen til {i.name}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function InviteForm({
  schema,
  roleOptions,
  lastResult,
}: {
  schema: typeof inviteAssociationUserForm | typeof inviteStaffForm;
  roleOptions: readonly { value: string; label: string }[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const [form, fields] = useForm({
    id: "invite",
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <ErrorSummary form={form} />
      <input type="hidden" name="intent" value="invite" />
      <div className="form-row">
        <TextField field={fields.name} label="Navn" autoComplete="off" />
        <TextField field={fields.email} label="E-mail" type="email" autoComplete="off" />
      </div>
      <ChoiceGroup field={fields.role} legend="Hvad skal personen kunne?" type="radio" options={roleOptions} />
      <button type="submit" className="button button-primary">
        Send invitation
      </button>
    </Form>
  );
}

export const associationRoleOptions = [
  { value: "association", label: "Foreningsredaktør – lægger foreningens aktiviteter og frivillige ind" },
  { value: "bridge_builder", label: "Frivillighedstovholder – tager imod forslag til matches" },
] as const;

export const staffRoleOptions = [
  { value: "coordinator", label: "Fællesskabskoordinator – følger borgernes forløb" },
  { value: "homecare", label: "Hjemmepleje – henviser borgere fra telefonen" },
  { value: "admin", label: "Administrator – inviterer brugere og opretter foreninger" },
] as const;
