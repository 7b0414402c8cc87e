import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, chromium } from "playwright-core";
import { expect } from "vitest";

// Debian's Chromium, headless; the network flags stop Chromium calling home on a
// machine with no internet, and SwiftShader gives maplibre WebGL without a GPU.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const builder = new AxeBuilder({ page });
  // axe cannot run inside an iframe sandboxed without allow-scripts (the admin's
  // email preview): its timers never fire there and analyze() would hang. Such a
  // page is checked in the main document only; the <iframe> element itself (its
  // title) is still checked.
  if (await page.locator("iframe[sandbox]:not([sandbox~='allow-scripts'])").count()) {
    builder.setLegacyMode().options({ iframes: false });
  }
  const results = await builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} on ${page.url()}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking).toEqual([]);
}

/**
 * A fresh browser context (its own cookie jar, Danish locale) logged in as a demo
 * user through the real login page.
 */
export async function loggedInPage(
  browser: Browser,
  baseURL: string,
  who: { email: string; password: string },
  options: { width?: number; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: "da-DK",
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Adgangskode").fill(who.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return page;
}

/**
 * Client-side navigations change the URL as the new route's data arrives; wait until
 * React Router is idle and a frame has been painted, so assertions and axe see the
 * new page.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => {
    const router = (window as { __reactRouterDataRouter?: { state: { navigation: { state: string } } } })
      .__reactRouterDataRouter;
    return !router || router.state.navigation.state === "idle";
  });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
