import type { Role } from "../../db/schema";
import { createSession, sessionCookie } from "../../app/auth/sessions.server";
import { db } from "../../app/data/db.server";
import { createUser } from "../../app/data/users.server";

export const ORIGIN = "http://localhost:3000";
export const PASSWORD = "korrekt-hest-batteri";

export interface TestOrg {
  municipalityId: string;
  associationA: string;
  associationB: string;
  users: Record<Role, TestUser> & { otherBridgeBuilder: TestUser; otherAssociation: TestUser };
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
}

/** A municipality with two associations and one user per role (plus B-side users). */
export async function createTestOrg(): Promise<TestOrg> {
  const now = new Date().toISOString();
  const municipalityId = crypto.randomUUID();
  await db
    .insertInto("municipality")
    .values({
      id: municipalityId,
      name: "Test Kommune",
      department: "Fællesskab og Aktivitet",
      address_lines: JSON.stringify(["Torvet 1", "7800 Skive"]),
      phone: "96151515",
      max_distance_km: 10,
      straffeattest_max_age_months: 24,
      created_at: now,
    })
    .execute();
  const association = async (name: string) => {
    const id = crypto.randomUUID();
    await db
      .insertInto("association")
      .values({ id, municipality_id: municipalityId, name, description: "", email: "a@example.dk", phone: "11223344", created_at: now })
      .execute();
    return id;
  };
  const associationA = await association("Ældre Sagen Test");
  const associationB = await association("Røde Kors Test");
  const user = async (role: Role, suffix = "", associationId: string | null = null) => {
    const email = `${role}${suffix}@example.dk`;
    const id = await createUser(db, {
      email,
      name: `Test ${role}${suffix}`,
      phone: "20304050",
      role,
      password: PASSWORD,
      municipalityId: ["admin", "coordinator", "homecare"].includes(role) ? municipalityId : null,
      associationId,
    });
    return { id, email, role };
  };
  const users = {
    admin: await user("admin"),
    coordinator: await user("coordinator"),
    homecare: await user("homecare"),
    bridge_builder: await user("bridge_builder", "", associationA),
    association: await user("association", "", associationA),
    volunteer: await user("volunteer", "", associationA),
    otherBridgeBuilder: await user("bridge_builder", "-b", associationB),
    otherAssociation: await user("association", "-b", associationB),
  };
  return { municipalityId, associationA, associationB, users };
}

/** A Cookie header for a fresh session of the user. */
export async function cookieFor(user: TestUser | null): Promise<string | undefined> {
  if (!user) return undefined;
  const token = await createSession(db, user.id);
  return (await sessionCookie.serialize(token)).split(";")[0];
}

export async function get(path: string, user: TestUser | null = null): Promise<Request> {
  const cookie = await cookieFor(user);
  return new Request(`${ORIGIN}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export async function post(
  path: string,
  form: Record<string, string | string[]>,
  user: TestUser | null = null,
): Promise<Request> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  const cookie = await cookieFor(user);
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export interface Outcome {
  status: number;
  location: string | null;
  headers: Headers;
  data: any;
}

/**
 * Calls a loader or action and reports what the user would get: thrown redirects
 * and errors are outcomes too, as React Router treats them.
 */
export async function run(
  fn: (args: any) => unknown,
  request: Request,
  params: Record<string, string> = {},
): Promise<Outcome> {
  let value: unknown;
  try {
    value = await fn({ request, params, context: {} });
  } catch (thrown) {
    value = thrown;
  }
  if (value instanceof Response) {
    const type = value.headers.get("Content-Type") ?? "";
    const data = type.includes("json") ? await value.json() : null;
    return { status: value.status, location: value.headers.get("Location"), headers: value.headers, data };
  }
  if (value && typeof value === "object" && "type" in value && value.type === "DataWithResponseInit") {
    const v = value as unknown as { data: unknown; init: ResponseInit | null };
    return { status: v.init?.status ?? 200, location: null, headers: new Headers(v.init?.headers), data: v.data };
  }
  if (value instanceof Error) throw value;
  return { status: 200, location: null, headers: new Headers(), data: value };
}
