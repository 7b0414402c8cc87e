import type { Role } from "../../db/schema";
import { type RoutePath, mayUse, permissions } from "../auth/permissions";

interface NavItem {
  to: RoutePath;
  label: string;
  end?: boolean;
}

// The menu a role sees is derived from the permission table, so a link is never
// shown to someone the server would refuse.
// The worklist comes first: it is the page a coordinator opens every morning.
// An association user's own page comes first for the same reason.
const menu: NavItem[] = [
  { to: "/arbejdsliste", label: "Arbejdsliste" },
  { to: "/forening", label: "Forening" },
  { to: "/aktiviteter", label: "Aktiviteter", end: true },
  { to: "/borgere", label: "Borgere", end: true },
  { to: "/borgere/ny", label: "Ny borger" },
  { to: "/henvisning", label: "Henvis borger" },
  { to: "/henvisninger", label: "Mine henvisninger" },
  { to: "/forslag", label: "Forslag til matches" },
  { to: "/venteliste", label: "Venteliste" },
  { to: "/klippekort", label: "Klippekort" },
  { to: "/breve", label: "Breve", end: true },
  { to: "/forening/aktiviteter", label: "Foreningens aktiviteter" },
  { to: "/aktiviteter/ny", label: "Opret aktivitet" },
  { to: "/frivillige", label: "Frivillige", end: true },
  { to: "/admin/foreninger", label: "Foreninger" },
  { to: "/admin/brugere", label: "Brugere" },
  { to: "/frivillige/import", label: "Importér frivillige" },
  { to: "/min-side", label: "Min side" },
  { to: "/admin/matchindstillinger", label: "Matchindstillinger" },
  { to: "/admin/udbakke", label: "Udbakke" },
];

export function navigationFor(role: Role | null): NavItem[] {
  return menu.filter((item) =>
    permissions[item.to] === "public" ? true : role !== null && mayUse(role, item.to),
  );
}
