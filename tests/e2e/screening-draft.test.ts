// A coordinator types the screening on a tablet that goes to sleep: what was typed
// is kept as a draft (debounced while typing, by beacon when the page is hidden) and
// offered again on return, until it is saved or discarded.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, loggedInPage } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await loggedInPage(browser, baseURL, demoLogin("coordinator"));
});

/** Typing before React has hydrated would reach no input handler. */
async function hydrated(p: Page): Promise<void> {
  await p.waitForFunction(() => "__reactRouterDataRouter" in window);
}

afterAll(async () => {
  await browser?.close();
});

test("keeps a draft through the page being hidden and lets the coordinator discard it", async () => {
  await page.goto("/borgere");
  const href = await page.locator('table a[href^="/borgere/"]').first().getAttribute("href");
  const screening = `${href}/screening`;
  await page.goto(screening);
  await hydrated(page);
  await expectAccessible(page);

  const network = page.getByLabel("Netværk og relationer");
  await network.fill("Ser sin nabo hver tirsdag.");
  // The quiet status next to the save button, announced politely.
  await expect.poll(() => page.locator("[aria-live=polite]").innerText(), { timeout: 10_000 }).toMatch(
    /^Kladde gemt kl\. \d{2}\.\d{2}$/,
  );

  // Typed, then the page goes away before the debounce: only the beacon can save it.
  const wishes = page.getByLabel("Ønsker (frivilligt)");
  await wishes.fill("Vil gerne med i en sangkor");
  await page.goto("/borgere");
  await page.goto(screening);
  await hydrated(page);
  await expect.poll(() => page.getByRole("status").first().innerText(), { timeout: 10_000 }).toMatch(/^Du har en kladde fra .+\. Den er hentet ind\.$/);
  expect(await wishes.inputValue()).toBe("Vil gerne med i en sangkor");
  expect(await network.inputValue()).toBe("Ser sin nabo hver tirsdag.");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Kassér kladden" }).click();
  await page.waitForURL(/kasseret=1/);
  await expect.poll(() => wishes.inputValue(), { timeout: 10_000 }).toBe("");
  expect(await page.getByText("Du har en kladde").count()).toBe(0);
});
