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
