// The built app over plain HTTP, no browser: health check, the cross-site request
// guard in scripts/start.ts, the session cookie's flags and the login redirect.
import { request as httpRequest } from "node:http";
import { describe, expect, inject, test } from "vitest";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");

/** A POST with exactly the headers given: fetch may add an Origin of its own. */
function rawPost(path: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, baseURL),
      {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function loginBody(email: string, password: string): string {
  return new URLSearchParams({ email, password, redirectTo: "/" }).toString();
}

describe("HTTP contract of the built app", () => {
  test("GET /healthz answers 200 {status: ok}", async () => {
    const response = await fetch(`${baseURL}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("POST /login without an Origin header is refused with 403", async () => {
    const { email, password } = demoLogin("coordinator");
    const status = await rawPost("/login", loginBody(email, password), {});
    expect(status).toBe(403);
  });

  test("POST /login from a foreign Origin is refused with 403", async () => {
    const { email, password } = demoLogin("coordinator");
    const status = await rawPost("/login", loginBody(email, password), { Origin: "https://evil.example" });
    expect(status).toBe(403);
  });

  test("POST /login from the app's own Origin is let through (wrong password → 400, not 403)", async () => {
    const { email } = demoLogin("coordinator");
    const status = await rawPost("/login", loginBody(email, "forkert-adgangskode"), {
      Origin: new URL(baseURL).origin,
    });
    expect(status).not.toBe(403);
    expect(status).toBe(400);
  });

  test("a successful login sets an HttpOnly, Secure, SameSite=Lax session cookie and redirects", async () => {
    const { email, password } = demoLogin("coordinator");
    const response = await fetch(`${baseURL}/login`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: new URL(baseURL).origin,
      },
      body: loginBody(email, password),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("session="));
    expect(cookie, "Set-Cookie: session=…").toBeDefined();
    const attributes = (cookie as string)
      .split(";")
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("secure");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");

    // The cookie really is a session: the coordinator's page opens with it.
    const session = (cookie as string).split(";")[0] as string;
    const page = await fetch(`${baseURL}/borgere`, { headers: { Cookie: session }, redirect: "manual" });
    expect(page.status).toBe(200);
  });

  test("GET /borgere without a session redirects to /login?redirectTo=%2Fborgere", async () => {
    const response = await fetch(`${baseURL}/borgere`, { redirect: "manual" });
    expect([302, 303]).toContain(response.status);
    const location = new URL(response.headers.get("location") ?? "", baseURL);
    expect(location.pathname).toBe("/login");
    expect(location.search).toBe("?redirectTo=%2Fborgere");
  });
});
