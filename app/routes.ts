import { type RouteConfig, index, route } from "@react-router/dev/routes";

// Every path here has an entry in app/auth/permissions.ts (tested).
export default [
  index("routes/_index.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("konto/adgangskode", "routes/konto.adgangskode.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("aktiviteter", "routes/aktiviteter._index.tsx"),
  route("aktiviteter/ny", "routes/aktiviteter.ny.tsx"),
  route("aktiviteter/:id", "routes/aktiviteter.$id.tsx"),
  route("frivillige", "routes/frivillige._index.tsx"),
  route("frivillige/ny", "routes/frivillige.ny.tsx"),
  route("borgere", "routes/borgere._index.tsx"),
  route("borgere/ny", "routes/borgere.ny.tsx"),
  route("borgere/:id", "routes/borgere.$id.tsx"),
  route("borgere/:id/klippekort", "routes/borgere.$id.klippekort.tsx"),
  route("borgere/:id/klippekort/formaal", "routes/borgere.$id.klippekort.formaal.ts"),
  route("klippekort", "routes/klippekort.tsx"),
  route("klippekort/budget", "routes/klippekort.budget.ts"),
  route("breve/:id", "routes/breve.$id.ts"),
  route("forslag", "routes/forslag.tsx"),
  route("svar", "routes/svar._index.tsx"),
  route("svar/:token", "routes/svar.$token.tsx"),
  route("admin/udbakke", "routes/admin.udbakke._index.tsx"),
  route("admin/udbakke/:id", "routes/admin.udbakke.$id.tsx"),
] satisfies RouteConfig;
