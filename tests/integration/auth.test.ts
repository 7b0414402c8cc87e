// Signing in and out: the login form, the session cookie, and what the database keeps.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getSessionUser } from "../../app/auth/guard.server";
import { createSession, sessionCookie, validateSessionToken } from "../../app/auth/sessions.server";
import { db } from "../../app/data/db.server";
import * as loginRoute from "../../app/routes/login";
import * as logoutRoute from "../../app/routes/logout";
import { messages } from "../../app/ui/messages";
import { ORIGIN, PASSWORD, type TestOrg, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg();
});

const login = async (form: Record<string, string>) => run(loginRoute.action, await post("/login", form));

/** The session token a Set-Cookie header carries. */
async function tokenFrom(setCookie: string | null): Promise<string> {
  expect(setCookie).toBeTruthy();
  const token: unknown = await sessionCookie.parse(setCookie!.split(";")[0]!);
  expect(typeof token).toBe("string");
  return token as string;
}

const sessionRow = (id: string) =>
  db.selectFrom("session").selectAll().where("id", "=", id).executeTakeFirst();

describe("logging in", () => {
  it("with the right password redirects and sets a HttpOnly, Secure, SameSite=Lax session cookie for the whole site", async () => {
    const outcome = await login({ email: org.users.coordinator.email, password: PASSWORD, redirectTo: "/" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/");
    const setCookie = outcome.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^session=/);
    const attributes = setCookie.split(";").slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("secure");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
  });

  it("gives a cookie that signs the user in on the next request", async () => {
    const outcome = await login({ email: org.users.coordinator.email, password: PASSWORD });
    const cookie = (outcome.headers.get("Set-Cookie") ?? "").split(";")[0]!;
    const user = await getSessionUser(new Request(`${ORIGIN}/`, { headers: { Cookie: cookie } }));
    expect(user?.id).toBe(org.users.coordinator.id);
    expect(user?.role).toBe("coordinator");
  });

  it("accepts the email in any letter case", async () => {
    const outcome = await login({ email: org.users.admin.email.toUpperCase(), password: PASSWORD });
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Set-Cookie")).toMatch(/^session=/);
  });

  it("stores only a SHA-256 hash of the session secret, never the secret itself", async () => {
    const outcome = await login({ email: org.users.coordinator.email, password: PASSWORD });
    const token = await tokenFrom(outcome.headers.get("Set-Cookie"));
    const [id, secret] = token.split(".") as [string, string];
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const row = await sessionRow(id);
    expect(row).toBeDefined();
    expect(row!.user_id).toBe(org.users.coordinator.id);
    const stored = Buffer.from(row!.secret_hash);
    expect(stored.length).toBe(32);
    expect(stored.equals(Buffer.from(secret))).toBe(false);
    expect(stored.toString("utf8")).not.toContain(secret);
    expect(stored.equals(createHash("sha256").update(secret).digest())).toBe(true);
  });

  it.each([
    ["a wrong password", () => org.users.coordinator.email, "forkert-adgangskode"],
    ["an unknown email", () => "ingen.bruger@example.dk", PASSWORD],
  ])("with %s answers 400 in Danish, keeps the email and forgets the password", async (_case, email, password) => {
    const typed = email();
    const outcome = await login({ email: typed, password, redirectTo: "/borgere" });
    expect(outcome.status).toBe(400);
    expect(outcome.headers.get("Set-Cookie")).toBeNull();
    const result = outcome.data.result;
    expect(result.error[""]).toEqual([messages.loginFailed]);
    expect(result.initialValue.email).toBe(typed);
    expect(result.initialValue.password).toBeUndefined();
    expect(JSON.stringify(outcome.data)).not.toContain(password);
  });

  it("gives the same answer for a wrong password and an unknown email, so accounts cannot be guessed", async () => {
    const wrong = await login({ email: org.users.admin.email, password: "forkert" });
    const unknown = await login({ email: "findes.ikke@example.dk", password: "forkert" });
    expect(wrong.status).toBe(unknown.status);
    expect(wrong.data.result.error).toEqual(unknown.data.result.error);
  });

  it("with a malformed email answers 400 with a Danish message on the email field", async () => {
    const outcome = await login({ email: "ikke-en-email", password: PASSWORD });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.email).toEqual([messages.email]);
    expect(outcome.data.result.initialValue.email).toBe("ikke-en-email");
    expect(outcome.data.result.initialValue.password).toBeUndefined();
    expect(outcome.headers.get("Set-Cookie")).toBeNull();
  });

  it("with no password asks for it in Danish", async () => {
    const outcome = await login({ email: org.users.admin.email, password: "" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.password).toEqual(["Skriv din adgangskode"]);
  });

  it("brings the user back to a page on this site", async () => {
    const outcome = await login({ email: org.users.coordinator.email, password: PASSWORD, redirectTo: "/borgere" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/borgere");
  });

  // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" becomes "//evil.example".
  it.each(["//evil.example", "https://evil.example", "/\\evil.example", "evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example"])(
    "never redirects to another site (%s)",
    async (redirectTo) => {
      const outcome = await login({ email: org.users.coordinator.email, password: PASSWORD, redirectTo });
      expect(outcome.status).toBe(302);
      expect(outcome.location).toBe("/");
    },
  );

  it("stores passwords as argon2id hashes", async () => {
    const rows = await db.selectFrom("app_user").select(["password_hash"]).execute();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.password_hash.startsWith("$argon2id$")).toBe(true);
      expect(row.password_hash).not.toContain(PASSWORD);
    }
  });

  it("sends a signed-in user away from the login page", async () => {
    const outcome = await run(loginRoute.loader, await get("/login", org.users.coordinator));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/");
    const anonymous = await run(loginRoute.loader, await get("/login"));
    expect(anonymous.status).toBe(200);
  });
});

describe("sessions end", () => {
  it("when the user logs out: the session is gone and the cookie is cleared", async () => {
    const token = await createSession(db, org.users.coordinator.id);
    expect(await validateSessionToken(db, token)).not.toBeNull();
    const cookie = (await sessionCookie.serialize(token)).split(";")[0]!;
    const request = new Request(`${ORIGIN}/logout`, {
      method: "POST",
      headers: { Origin: ORIGIN, Cookie: cookie },
    });
    const outcome = await run(logoutRoute.action, request);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/");
    expect(outcome.headers.get("Set-Cookie")).toMatch(/Max-Age=0/i);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await sessionRow(token.split(".")[0]!)).toBeUndefined();
  });

  it("logging out ends only that session, not the user's other devices", async () => {
    const phone = await createSession(db, org.users.homecare.id);
    const desk = await createSession(db, org.users.homecare.id);
    const cookie = (await sessionCookie.serialize(phone)).split(";")[0]!;
    await run(logoutRoute.action, new Request(`${ORIGIN}/logout`, { method: "POST", headers: { Origin: ORIGIN, Cookie: cookie } }));
    expect(await validateSessionToken(db, phone)).toBeNull();
    expect((await validateSessionToken(db, desk))?.id).toBe(org.users.homecare.id);
  });

  it("after more than 12 hours without activity", async () => {
    const token = await createSession(db, org.users.coordinator.id);
    const id = token.split(".")[0]!;
    const thirteenHoursAgo = new Date(Date.now() - 13 * 60 * 60 * 1000).toISOString();
    await db.updateTable("session").set({ last_verified_at: thirteenHoursAgo }).where("id", "=", id).execute();
    expect(await validateSessionToken(db, token)).toBeNull();
    // …and the stale session is deleted, so it cannot be revived.
    expect(await sessionRow(id)).toBeUndefined();
  });

  it("stays alive with activity inside the timeout, sliding the expiry forward", async () => {
    const token = await createSession(db, org.users.coordinator.id);
    const id = token.split(".")[0]!;
    const elevenHoursAgo = new Date(Date.now() - 11 * 60 * 60 * 1000).toISOString();
    await db.updateTable("session").set({ last_verified_at: elevenHoursAgo }).where("id", "=", id).execute();
    expect((await validateSessionToken(db, token))?.id).toBe(org.users.coordinator.id);
    const row = await sessionRow(id);
    expect(Date.now() - Date.parse(row!.last_verified_at)).toBeLessThan(60_000);
  });

  it("is refused when the secret has been tampered with", async () => {
    const token = await createSession(db, org.users.coordinator.id);
    const [id, secret] = token.split(".") as [string, string];
    const flipped = (secret[0] === "a" ? "b" : "a") + secret.slice(1);
    expect(await validateSessionToken(db, `${id}.${flipped}`)).toBeNull();
    expect(await validateSessionToken(db, `${id}.`)).toBeNull();
    expect(await validateSessionToken(db, id)).toBeNull();
    expect(await validateSessionToken(db, `${id}.${secret}.extra`)).toBeNull();
    // The genuine token still works: tampering does not lock the real user out.
    expect((await validateSessionToken(db, token))?.id).toBe(org.users.coordinator.id);
  });

  it("a tampered cookie leaves the visitor anonymous on protected pages", async () => {
    const token = await createSession(db, org.users.coordinator.id);
    const [id, secret] = token.split(".") as [string, string];
    const forged = (await sessionCookie.serialize(`${id}.${secret.slice(0, -1)}${secret.endsWith("x") ? "y" : "x"}`)).split(";")[0]!;
    const request = new Request(`${ORIGIN}/borgere`, { headers: { Cookie: forged } });
    expect(await getSessionUser(request)).toBeNull();
  });
});
