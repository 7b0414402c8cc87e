// The permission matrix (app/auth/permissions.ts) is the single source of truth for
// who may use which route. These tests hold the routes to it: every route is in the
// table, and every protected loader and action behaves as the table says for every
// role and for anonymous visitors.
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { beforeAll, describe, expect, it } from "vitest";
import { type RoutePath, permissions } from "../../app/auth/permissions";
import routes from "../../app/routes";
import { roles, type Role } from "../../db/schema";
import { registerCitizen } from "./fixtures";
import { type Outcome, type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

type RouteModule = {
  loader?: (args: unknown) => unknown;
  action?: (args: unknown) => unknown;
};

// Every route module, keyed by its path relative to this file.
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}");

interface RouteEntry {
  path: string;
  file: string;
}

function flatten(entries: readonly RouteConfigEntry[], parent = ""): RouteEntry[] {
  return entries.flatMap((entry) => {
    const path = entry.index ? parent || "/" : `${parent}/${entry.path ?? ""}`.replace(/\/+/g, "/");
    const own = entry.index || entry.path !== undefined ? [{ path, file: entry.file }] : [];
    return [...own, ...flatten(entry.children ?? [], entry.path !== undefined ? path : parent)];
  });
}

const routeEntries = flatten(routes);
const fileOf = new Map(routeEntries.map((r) => [r.path, r.file]));

async function loadModule(path: string): Promise<RouteModule> {
  const file = fileOf.get(path);
  if (!file) throw new Error(`no route for ${path} in app/routes.ts`);
  const importer = modules[`../../app/${file}`];
  if (!importer) throw new Error(`route file app/${file} not found`);
  return importer();
}

/** A concrete URL for a route pattern: every :param becomes a random uuid. */
function concrete(path: string): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const url = path.replace(/:(\w+)/g, (_m, name: string) => {
    params[name] = crypto.randomUUID();
    return params[name];
  });
  return { url, params };
}

const protectedRoutes = (Object.keys(permissions) as RoutePath[]).filter(
  (path) => permissions[path] !== "public",
);
const publicRoutes = (Object.keys(permissions) as RoutePath[]).filter(
  (path) => permissions[path] === "public",
);

// Each protected route's loader and action, where the module exports one.
const guardedCalls: { path: RoutePath; kind: "loader" | "action" }[] = [];
for (const path of protectedRoutes) {
  const mod = await loadModule(path).catch(() => ({}) as RouteModule);
  if (mod.loader) guardedCalls.push({ path, kind: "loader" });
  if (mod.action) guardedCalls.push({ path, kind: "action" });
}
const publicLoaders: RoutePath[] = [];
for (const path of publicRoutes) {
  if ((await loadModule(path).catch(() => ({}) as RouteModule)).loader) publicLoaders.push(path);
}

describe("the permission table covers the route table", () => {
  it("finds the routes in app/routes.ts", () => {
    expect(routeEntries.map((r) => r.path)).toContain("/");
    expect(routeEntries.map((r) => r.path)).toContain("/borgere/:id");
    expect(routeEntries.length).toBeGreaterThanOrEqual(10);
  });

  it("has an entry for every route in app/routes.ts", () => {
    const missing = routeEntries.map((r) => r.path).filter((p) => !(p in permissions));
    expect(missing).toEqual([]);
  });

  it("names no route that app/routes.ts does not have", () => {
    const paths = new Set(routeEntries.map((r) => r.path));
    const stale = Object.keys(permissions).filter((p) => !paths.has(p));
    expect(stale).toEqual([]);
  });

  it("maps every route to a module that exists", async () => {
    for (const { path } of routeEntries) {
      await expect(loadModule(path), path).resolves.toBeTypeOf("object");
    }
  });

  it("walks a loader or action of most protected routes", () => {
    expect(guardedCalls.length).toBeGreaterThanOrEqual(protectedRoutes.length);
    expect(guardedCalls).toContainEqual({ path: "/borgere/:id", kind: "action" });
  });

  it("gives every protected route a loader or an action to guard", async () => {
    for (const path of protectedRoutes) {
      const mod = await loadModule(path);
      expect(Boolean(mod.loader || mod.action), path).toBe(true);
    }
  });
});

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg();
});

describe("every protected route, as every role", () => {
  type Who = Role | "anonymous";
  const everyone: Who[] = ["anonymous", ...roles];
  const userFor = (who: Who): TestUser | null => (who === "anonymous" ? null : org.users[who]);

  async function call(path: string, kind: "loader" | "action", who: Who): Promise<Outcome> {
    const fn = (await loadModule(path))[kind]!;
    const { url, params } = concrete(path);
    const request = kind === "loader" ? await get(url, userFor(who)) : await post(url, {}, userFor(who));
    return run(fn, request, params);
  }

  it.each(guardedCalls.flatMap((c) => everyone.map((who) => ({ ...c, who }))))(
    "$kind of $path as $who",
    async ({ path, who, kind }) => {
      const outcome = await call(path, kind, who);
      const allowed = permissions[path] as readonly Role[];
      if (who === "anonymous") {
        expect(outcome.status).toBe(302);
        const { url } = concrete(path);
        const location = new URL(outcome.location ?? "", "http://x");
        expect(location.pathname).toBe("/login");
        // The login page brings the user back to where they were going.
        const back = location.searchParams.get("redirectTo") ?? "";
        expect(back.replace(/[0-9a-f-]{36}/g, ":x")).toBe(url.replace(/[0-9a-f-]{36}/g, ":x"));
      } else if (!allowed.includes(who)) {
        expect(outcome.status).toBe(403);
      } else {
        // Let in: the page itself answers (a random id is not found, an empty form is refused).
        expect([200, 400, 404], JSON.stringify(outcome.data)).toContain(outcome.status);
        expect(outcome.location).toBeNull();
      }
    },
  );
});

describe("public routes need no login", () => {
  it.each(publicLoaders)("%s does not send anonymous visitors to the login page", async (path) => {
    const mod = await loadModule(path);
    const { url, params } = concrete(path);
    const outcome = await run(mod.loader!, await get(url), params);
    expect(outcome.location ?? "").not.toMatch(/^\/login/);
    // 400: a public API (address search) refuses a request without its parameters.
    expect([200, 400, 404]).toContain(outcome.status);
  });
});

describe("nonsense sent to any action is refused with a 4xx, never a 500", () => {
  let citizenId: string;
  beforeAll(async () => {
    citizenId = await registerCitizen(org.users.coordinator);
  });

  // As a role the table lets in (a coordinator where it may), on a real citizen, so
  // the input itself is what the action has to deal with.
  const actions = guardedCalls.filter((c) => c.kind === "action").map((c) => c.path);
  const asAllowed = (path: RoutePath): TestUser => {
    const allowed = permissions[path] as readonly Role[];
    return org.users[allowed.includes("coordinator") ? "coordinator" : allowed[0]!];
  };
  const target = (path: RoutePath) => {
    const { url, params } = concrete(path);
    return "id" in params && path.startsWith("/borgere/:id")
      ? { url: url.replace(params.id!, citizenId), params: { ...params, id: citizenId } }
      : { url, params };
  };

  it.each(actions)("%s with made-up fields", async (path) => {
    const { url, params } = target(path);
    const form = { intent: "ukendt", id: "ikke-et-id", date: "i går", minutes: "-5", expected: "måske", to: "månen" };
    const outcome = await run((await loadModule(path)).action!, await post(url, form, asAllowed(path)), params);
    expect(outcome.status, JSON.stringify(outcome.data)).toBeGreaterThanOrEqual(400);
    expect(outcome.status).toBeLessThan(500);
  });

  it.each(actions)("%s with a body that is not a form", async (path) => {
    const { url, params } = target(path);
    const request = await post(url, {}, asAllowed(path));
    const notAForm = new Request(request.url, {
      method: "POST",
      headers: { ...Object.fromEntries(request.headers), "Content-Type": "application/json" },
      body: '{"intent":',
    });
    const outcome = await run((await loadModule(path)).action!, notAForm, params);
    expect(outcome.status, JSON.stringify(outcome.data)).toBeGreaterThanOrEqual(400);
    expect(outcome.status).toBeLessThan(500);
  });
});
