// The built app's browser-side security: every page sends a strict
// Content-Security-Policy with a fresh nonce, and pages, PDFs and the reply page send
// nosniff, no framing and a referrer policy (none at all on the reply page, whose URL
// holds the token). In Chromium, the pages the other journeys visit (the map included)
// run with that policy without a single violation.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, loggedInPage, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
// An unknown link gets the reply page itself (with the municipality's phone, status
// 404); its headers depend on the path only, so no citizen's link is needed.
const REPLY_PAGE = "/svar/ukendt-link-0123456789abcdef";

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

async function coordinatorCookie(): Promise<string> {
  const { email, password } = demoLogin("coordinator");
  const response = await fetch(`${baseURL}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(baseURL).origin },
    body: new URLSearchParams({ email, password, redirectTo: "/" }).toString(),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("session="));
  if (!cookie) throw new Error("the coordinator could not log in");
  return cookie.split(";")[0] as string;
}

async function firstCitizenPath(cookie: string): Promise<string> {
  const html = await (await fetch(`${baseURL}/borgere`, { headers: { Cookie: cookie } })).text();
  const path = /href="(\/borgere\/[0-9a-f-]{36})"/.exec(html)?.[1];
  if (!path) throw new Error("no citizen on /borgere");
  return path;
}

describe("security headers over HTTP", () => {
  let cookie: string;
  let citizen: string;

  beforeAll(async () => {
    cookie = await coordinatorCookie();
    citizen = await firstCitizenPath(cookie);
  });

  test("every page has a strict policy whose nonce is on every inline script and new on every response", async () => {
    for (const path of ["/", "/login", "/aktiviteter", REPLY_PAGE, citizen]) {
      const response = await fetch(`${baseURL}${path}`, { headers: { Cookie: cookie } });
      expect(response.status, path).toBe(path === REPLY_PAGE ? 404 : 200);
      const policy = directives(response.headers.get("content-security-policy"));
      const scripts = policy.get("script-src") ?? [];
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, `${path}: script-src has a nonce`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(policy.get("default-src"), path).toEqual(["'self'"]);
      expect(policy.get("style-src"), path).toEqual(["'self'"]);
      expect(policy.get("object-src"), path).toEqual(["'none'"]);
      expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(policy.get("base-uri"), path).toEqual(["'self'"]);
      expect(policy.get("form-action"), path).toEqual(["'self'"]);

      const html = await response.text();
      const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scriptTags.length, `${path} has React Router's inline scripts`).toBeGreaterThan(0);
      for (const tag of scriptTags) expect(tag, path).toContain(`nonce="${nonce}"`);
      // A page keeps no style attribute the policy would block.
      expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle="/);

      const again = directives((await fetch(`${baseURL}${path}`, { headers: { Cookie: cookie } })).headers.get("content-security-policy"));
      expect(again.get("script-src"), `${path}: a fresh nonce`).not.toEqual(scripts);
    }
  });

  test("pages, the PDF and the reply page forbid sniffing and framing and keep the referrer in", async () => {
    const pdf = await fetch(`${baseURL}${citizen}/kontaktkort`, { headers: { Cookie: cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toMatch(/^application\/pdf/);

    const responses = [pdf];
    for (const path of ["/", "/aktiviteter", REPLY_PAGE]) responses.push(await fetch(`${baseURL}${path}`));
    for (const response of responses) {
      expect(response.headers.get("x-content-type-options"), response.url).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), response.url).toBe("DENY");
      // Plain HTTP: the browser would ignore it, and a localhost would be pinned to HTTPS.
      expect(response.headers.get("strict-transport-security"), response.url).toBeNull();
    }
    const [pdfResponse, home, catalogue, reply] = responses;
    expect(pdfResponse?.headers.get("referrer-policy")).toBe("same-origin");
    expect(home?.headers.get("referrer-policy")).toBe("same-origin");
    expect(catalogue?.headers.get("referrer-policy")).toBe("same-origin");
    expect(reply?.headers.get("referrer-policy")).toBe("no-referrer");
    expect((await fetch(`${baseURL}/svar`)).headers.get("referrer-policy")).toBe("no-referrer");
  });

  test("Strict-Transport-Security is sent in production when the proxy says the request came over HTTPS", async () => {
    // The test talks to the app over loopback, which the app trusts as its proxy.
    const response = await fetch(`${baseURL}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("no Content-Security-Policy violations in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Every violation on the page, from the event and from Chromium's console errors. */
  async function watchViolations(page: Page): Promise<string[]> {
    const seen: string[] = [];
    await page.exposeFunction("reportCspViolation", (text: string) => seen.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
        report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) seen.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => seen.push(`${page.url()}: ${error.message}`));
    return seen;
  }

  async function mapIsDrawn(page: Page): Promise<void> {
    await page.locator(".map-frame canvas.maplibregl-canvas").waitFor();
    await page.locator(".maplibregl-marker").first().waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /kort/i }).count()).toBe(0);
  }

  test("the public pages, the map and an activity run with the policy", async () => {
    const context = await browser.newContext({ baseURL, locale: "da-DK" });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const violations = await watchViolations(page);

    await page.goto("/");
    await settled(page);
    // The policy is enforced and the watcher sees it: a script without the nonce is blocked.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.body.append(script);
    });
    await expect.poll(() => violations.some((v) => v.includes("script-src"))).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    violations.length = 0;

    await page.goto("/login");
    await settled(page);
    await page.goto("/aktiviteter");
    await settled(page);
    await mapIsDrawn(page);
    // A client-side navigation after hydration: the nonce'd scripts really run.
    await page.getByRole("link", { name: "Kortklub i Medborgerhuset", exact: true }).click();
    await page.waitForURL(/\/aktiviteter\/[0-9a-f-]{36}$/);
    await settled(page);
    await mapIsDrawn(page);
    await page.goto(REPLY_PAGE);
    await settled(page);
    expect(violations).toEqual([]);
    await context.close();
  });

  test("the coordinator's citizen pages and the admin's email preview run with the policy", async () => {
    const coordinator = await loggedInPage(browser, baseURL, demoLogin("coordinator"));
    const violations = await watchViolations(coordinator);
    await coordinator.goto("/borgere");
    await settled(coordinator);
    const href = await coordinator.locator("a[href^='/borgere/']").evaluateAll(
      (links) => links.map((a) => a.getAttribute("href")).find((h) => /^\/borgere\/[0-9a-f-]{36}$/.test(h ?? "")),
    );
    if (!href) throw new Error("no citizen on /borgere");
    for (const tab of ["", "/screening", "/vejledning", "/kontaktperson"]) {
      await coordinator.goto(`${href}${tab}`);
      await settled(coordinator);
    }
    await coordinator.goto("/arbejdsliste");
    await settled(coordinator);
    expect(violations).toEqual([]);
    await coordinator.context().close();

    const admin = await loggedInPage(browser, baseURL, demoLogin("admin"));
    const adminViolations = await watchViolations(admin);
    await admin.goto("/admin/udbakke");
    await settled(admin);
    await admin.locator("main a[href^='/admin/udbakke/']").first().click();
    await admin.waitForURL(/\/admin\/udbakke\/[^/]+$/);
    await settled(admin);
    // The email shows, framed by its page despite the app's X-Frame-Options: DENY.
    expect(await admin.frameLocator("iframe.email-frame").locator("body").innerText()).toMatch(/\S/);
    expect(adminViolations).toEqual([]);
    await admin.context().close();
  });
});
