// A coordinator's everyday round for one citizen in a real Chromium, at desktop and
// phone width: a guidance note with the next step, a sign-up with attendance, and the
// contact card. Every page is checked with axe (WCAG 2.1 AA, serious and critical).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, loggedInPage } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const coordinatorPage = (width: number) => loggedInPage(browser, baseURL, demoLogin("coordinator"), { width });

async function firstCitizen(page: Page): Promise<string> {
  await page.goto("/borgere");
  const hrefs = await page.locator("a[href^='/borgere/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const href = hrefs.find((h) => /^\/borgere\/[0-9a-f-]{36}$/.test(h ?? ""));
  expect(href).toBeDefined();
  return href!;
}

describe.each([1280, 375])("at %i px wide", (width) => {
  let page: Page;
  let citizen: string;
  beforeAll(async () => {
    page = await coordinatorPage(width);
    citizen = await firstCitizen(page);
  });

  test("writes a guidance note and ticks off the next step", async () => {
    await page.goto(`${citizen}/vejledning`);
    await expectAccessible(page);
    const step = `Ringe til kortklubben (${width})`;
    await page.getByLabel("Notat").fill("Borgeren vil gerne spille kort igen, men tør ikke gå alene.");
    await page.getByLabel("Aftalt næste skridt").fill(step);
    await page.getByRole("button", { name: "Gem notat" }).click();
    await page.waitForURL(/gemt=1/);
    await expect.poll(() => page.getByText(step).count()).toBe(1);
    await page.getByRole("button", { name: "Markér som gjort" }).first().click();
    await page.waitForURL(/gjort=1/);
    await expectAccessible(page);
  });

  test("signs the citizen up for an activity and records attendance", async () => {
    await page.goto(`${citizen}/aktiviteter`);
    await expectAccessible(page);
    const select = page.getByLabel("Tilmeld borgeren en aktivitet");
    const option = select.locator("option").nth(1);
    const value = await option.getAttribute("value");
    expect(value).toBeTruthy();
    // Options read "Title – when, where (n ledige)".
    const title = (await option.textContent())!.split(" – ")[0]!.trim();
    await select.selectOption(value!);
    await page.getByRole("button", { name: "Tilmeld", exact: true }).click();
    await page.waitForURL(/tilmeldt=1/);
    // The citizen may already be signed up elsewhere (by the other width's run or by
    // other tests sharing the database): record attendance on this sign-up's own card.
    const card = page.locator("li", { has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
    await card.getByLabel("Deltog", { exact: true }).check();
    await card.getByRole("button", { name: "Gem fremmøde" }).click();
    await page.waitForURL(/fremmoede=1/);
    await expect.poll(() => card.getByText(/Deltaget 1 af 1 gang/).count()).toBe(1);
    await expectAccessible(page);
  });

  test("shows the contact person and prints the contact card", async () => {
    await page.goto(`${citizen}/kontaktperson`);
    await expectAccessible(page);
    const card = await page.request.get(`${citizen}/kontaktkort`);
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("application/pdf");
    await page.goto("/konto/kontaktkort");
    await expectAccessible(page);
  });
});
