import { Link, data, useLoaderData, useSearchParams } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { mayUse, roleLabels } from "../auth/permissions";
import { formatDanishPhone } from "../comms/suggestion";
import { getAssociation, getAssociationOverview, listAssociationUsers } from "../data/associations.server";
import { db } from "../data/db.server";
import { Alert } from "../ui/alert";
import { messages } from "../ui/messages";
import type { Route } from "./+types/forening";

export const meta = ({ data }: Route.MetaArgs) => [{ title: `${data?.association.name ?? "Forening"} – Fællesskabsbro` }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireAssociationUser(request, "/forening");
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
    canEdit: mayUse(user.role, "/forening/rediger"),
    seesInbox: mayUse(user.role, "/forslag"),
  };
}

const notices: Record<string, string> = {
  gemt: "Foreningens oplysninger er gemt.",
  logo: "Logoet er gemt.",
  "logo-fjernet": "Logoet er fjernet.",
};

export default function AssociationHome() {
  const { association: a, overview, users, canEdit, seesInbox } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = Object.keys(notices).find((key) => searchParams.get(key));
  return (
    <section>
      <h1>{a.name}</h1>
      <p className="font-lead">
        Foreningens side i Fællesskabsbro. Det, der står her, ser kommunens koordinatorer og borgerne, når de leder
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

      <h2>Om foreningen</h2>
      {a.hasLogo ? (
        <img src={`/foreninger/${a.id}/logo?v=${a.version}`} alt={`${a.name}s logo`} className="association-logo" />
      ) : null}
      {a.description ? (
        <p className="pre-line">{a.description}</p>
      ) : (
        <p className="muted">Der står ingen beskrivelse endnu.</p>
      )}
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
        <dd>
          {a.website ? (
            <a href={a.website} rel="noopener noreferrer">
              {a.website}
            </a>
          ) : (
            "Ikke oplyst"
          )}
        </dd>
      </dl>
      {canEdit ? (
        <p>
          <Link to="/forening/rediger" className="button button-primary">
            Ret oplysninger og logo
          </Link>
        </p>
      ) : (
        <p className="muted">{messages.readOnlyAssociation}</p>
      )}

      <h2>Brugere i foreningen</h2>
      <ul className="card-list">
        {users.map((u) => (
          <li key={u.id}>
            <div className="item-card">
              <strong>{u.name}</strong>
              {u.you ? " (dig)" : ""}
              <br />
              {u.roleLabel} · {u.email}
            </div>
          </li>
        ))}
      </ul>
      <p className="muted">Skal der flere brugere på? Kommunens administrator sender en invitation.</p>
    </section>
  );
}
