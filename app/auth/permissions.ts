import { type Role, roles } from "../../db/schema";

/**
 * Who may use each route: the single source of truth, tested route × role.
 * Keys are the paths in app/routes.ts; a route missing here fails the tests.
 */
export const permissions = {
  "/": "public",
  "/login": "public",
  "/logout": "public",
  "/healthz": "public",
  // Address suggestions: staff forms and the public catalogue both search addresses.
  "/api/adresser": "public",
  "/aktiviteter": "public",
  "/aktiviteter/:id": "public",
  "/foreninger/:id": "public",
  // Open data: iCalendar feeds and the Open Referral HSDS API.
  "/aktiviteter/:id/kalender.ics": "public",
  "/foreninger/:id/kalender.ics": "public",
  "/api/hsds": "public",
  "/api/hsds/services": "public",
  "/api/hsds/services/:id": "public",
  "/api/hsds/organizations": "public",
  "/api/hsds/organizations/:id": "public",
  "/svar": "public",
  "/svar/:token": "public",
  "/invitation/:token": "public",
  "/foreninger/:id/logo": "public",
  "/konto/adgangskode": roles,
  "/aktiviteter/ny": ["association"],
  // An association manages only its own activities (requireOwnActivity answers 404 otherwise).
  "/forening/aktiviteter": ["association"],
  "/aktiviteter/:id/rediger": ["association"],
  "/aktiviteter/:id/kopier": ["association"],
  "/aktiviteter/:id/aflys": ["association"],
  "/aktiviteter/:id/datoer": ["association"],
  "/frivillige": ["association", "bridge_builder", "admin"],
  "/frivillige/ny": ["association"],
  // Bridge-builders see their association's volunteers; the association's editor
  // changes, imports and exports them; administrators read every association's.
  "/frivillige/:id": ["association", "bridge_builder", "admin"],
  "/frivillige/:id/rediger": ["association"],
  "/frivillige/import": ["association"],
  "/frivillige/skabelon.csv": ["association"],
  "/frivillige/eksport.csv": ["association", "admin"],
  // A volunteer's own profile, availability and matches.
  "/min-side": ["volunteer"],
  "/arbejdsliste": ["coordinator", "admin"],
  // Emails about the municipality's citizens that could not be sent, with "Send igen".
  "/fejlede-beskeder": ["coordinator", "admin"],
  "/borgere": ["coordinator", "admin"],
  "/borgere/ny": ["coordinator", "admin"],
  // Coordinators send the batch; administrators may look (the action checks).
  "/borgere/samlet-match": ["coordinator", "admin"],
  "/borgere/:id": ["coordinator", "admin"],
  "/henvisning": ["homecare", "coordinator"],
  "/henvisninger": ["homecare", "coordinator"],
  "/borgere/:id/screening": ["coordinator", "admin"],
  "/borgere/:id/opgaver": ["coordinator", "admin"],
  "/borgere/:id/ensomhed": ["coordinator", "admin"],
  // Per-citizen pathway pages: coordinators write, admins read (requireCoordinatorWrite).
  "/borgere/:id/vejledning": ["coordinator", "admin"],
  "/borgere/:id/aktiviteter": ["coordinator", "admin"],
  "/borgere/:id/kontaktperson": ["coordinator", "admin"],
  "/borgere/:id/kontaktkort": ["coordinator", "admin"],
  "/konto/kontaktkort": ["coordinator", "admin"],
  "/borgere/:id/opfoelgning": ["coordinator", "admin"],
  // Coordinators grant and log clips; administrators may read (the actions check).
  "/borgere/:id/klippekort": ["coordinator", "admin"],
  "/borgere/:id/klippekort/formaal": ["coordinator", "admin"],
  // Coordinators follow the clip budget; setting it is the administration's decision.
  "/klippekort": ["coordinator", "admin"],
  "/klippekort/budget": ["admin"],
  "/breve/:id": ["coordinator", "admin"],
  // Letters for print and Digital Post: the coordinators' batch, downloads and the CPR
  // number that addresses Digital Post (only coordinators change it; the action checks).
  "/breve": ["coordinator", "admin"],
  "/breve/udskrifter/:id/print.pdf": ["coordinator", "admin"],
  "/breve/udskrifter/:id/breve.zip": ["coordinator", "admin"],
  "/borgere/:id/cpr": ["coordinator", "admin"],
  "/forslag": ["bridge_builder", "admin"],
  // Associations offer volunteers from the shared waiting list; the municipality may look.
  "/venteliste": ["association", "bridge_builder", "coordinator", "admin"],
  // The coordinator uses or declines an association's offer (admins are refused by the action).
  "/borgere/:id/tilbud": ["coordinator", "admin"],
  "/admin/matchindstillinger": ["admin"],
  "/admin/udbakke": ["admin"],
  "/admin/udbakke/:id": ["admin"],
  "/admin/udbakke/:id/indhold": ["admin"],
  "/admin/foreninger": ["admin"],
  "/admin/foreninger/:id": ["admin"],
  "/admin/brugere": ["admin"],
  // The association's home: bridge-builders read it, editors also change it.
  "/forening": ["association", "bridge_builder"],
  "/forening/rediger": ["association"],
} as const satisfies Record<string, readonly Role[] | "public">;

export type RoutePath = keyof typeof permissions;
export type ProtectedRoute = {
  [P in RoutePath]: (typeof permissions)[P] extends "public" ? never : P;
}[RoutePath];

export function mayUse(role: Role, route: RoutePath): boolean {
  const allowed = permissions[route];
  return allowed !== "public" && (allowed as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, string> = {
  admin: "Administrator",
  coordinator: "Fællesskabskoordinator",
  homecare: "Hjemmepleje",
  bridge_builder: "Frivillighedstovholder",
  association: "Foreningsredaktør",
  volunteer: "Frivillig",
};
