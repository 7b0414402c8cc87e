import { Link, NavLink } from "react-router";
import type { Citizen } from "../data/citizens.server";
import { citizenStatusLabels, closeReasonLabels } from "./citizen-labels";

// Every page about one citizen opens the same way: who, which step, and the tabs
// for the parts of the pathway, so a coordinator always knows where they are.

const tabs = [
  { path: "", label: "Overblik" },
  { path: "/screening", label: "Screening" },
  { path: "/opgaver", label: "Opgaver" },
  { path: "/vejledning", label: "Vejledning" },
  { path: "/klippekort", label: "Klippekort" },
  { path: "/aktiviteter", label: "Aktiviteter" },
  { path: "/opfoelgning", label: "Opfølgning" },
  { path: "/ensomhed", label: "Ensomhedsmåling" },
  { path: "/kontaktperson", label: "Kontaktperson" },
] as const;

type Header = Pick<
  Citizen,
  "id" | "firstName" | "lastName" | "status" | "closeReason" | "address" | "postcode" | "city"
>;

export function CitizenHeader({ citizen: c }: { citizen: Header }) {
  return (
    <>
      <p>
        <Link to="/borgere">Alle borgere</Link>
      </p>
      <h1>
        {c.firstName} {c.lastName}
      </h1>
      <p className="font-lead">
        <span className={`status status-step-${c.status}`}>{citizenStatusLabels[c.status]}</span>
        {c.closeReason ? ` (${closeReasonLabels[c.closeReason]})` : null} · {c.address}, {c.postcode}{" "}
        {c.city}
      </p>
      <nav className="citizen-tabs" aria-label="Borgerens forløb">
        <ul className="unstyled-list no-max-width">
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/borgere/${c.id}${tab.path}`} end>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
