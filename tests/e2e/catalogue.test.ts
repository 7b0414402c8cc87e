// A relative looks for something for their mother on a phone, without logging in:
// filters the catalogue by a topic and "Kun gratis", opens an activity and reads its
// next dates. The filters are a plain GET form, so they work without JavaScript too.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, settled } from "./browser";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function phonePage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: "da-DK",
    viewport: { width: 375, height: 812 },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const cardTitles = (page: Page) => page.locator(".card-list h3").allInnerTexts();

async function filterByCardGamesAndFree(page: Page, javaScript: boolean): Promise<void> {
  await page.goto("/aktiviteter");
  if (javaScript) await settled(page);
  await page.getByText("Vælg emne, dag, afstand og tilgængelighed").click();
  await page.getByLabel("kortspil", { exact: true }).check();
  await page.getByLabel("Kun gratis", { exact: true }).check();
  await page.getByRole("button", { name: "Vis aktiviteter" }).click();
  await page.waitForURL((url) => url.searchParams.get("emne") === "kortspil" && url.searchParams.get("gratis") === "ja");
  if (javaScript) await settled(page);
  // Only the filtered page lists the chosen filters: the list below is that page's.
  await page.getByRole("list", { name: "Valgte filtre" }).waitFor();
}

describe("the public catalogue on a phone", () => {
  test("filters by a topic and free only, opens an activity and shows its next dates", async () => {
    const page = await phonePage(true);
    await page.goto("/aktiviteter");
    await settled(page);
    const everything = await cardTitles(page);
    expect(everything).toContain("Bridge for begyndere og øvede");
    await expectAccessible(page);

    await filterByCardGamesAndFree(page, true);
    const titles = await cardTitles(page);
    expect(titles).toEqual(expect.arrayContaining(["Kortklub i Medborgerhuset", "Besøgscafé i Stoholm"]));
    // Bridge costs 25 kr., so "Kun gratis" leaves it out.
    expect(titles).not.toContain("Bridge for begyndere og øvede");
    expect(titles.length).toBeLessThan(everything.length);
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: `${titles.length} aktiviteter` }).count())
      .toBe(1);
    const chosen = await page.getByRole("list", { name: "Valgte filtre" }).innerText();
    expect(chosen).toContain("Om kortspil");
    expect(chosen).toContain("Kun gratis");
    // No sideways scrolling on a 375 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Kortklub i Medborgerhuset", exact: true }).click();
    await page.waitForURL(/\/aktiviteter\/[0-9a-f-]{36}$/);
    await settled(page);
    await page.getByRole("heading", { level: 1, name: "Kortklub i Medborgerhuset" }).waitFor();
    const dates = page.locator(".date-list > li");
    expect(await dates.count()).toBe(8);
    expect(await dates.first().innerText()).toMatch(/^mandag \d{1,2}\. [a-z]+ kl\. 13\.30–16\.00/);
    const main = await page.locator("main").innerText();
    expect(main).toContain("Hver mandag kl. 13.30–16.00");
    expect(main).toContain("Gratis");
    expect(await page.getByRole("link", { name: "Abonnér på kalender" }).getAttribute("href")).toMatch(
      /^\/aktiviteter\/[0-9a-f-]{36}\/kalender\.ics$/,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page);
    await page.context().close();
  });

  test("the filters work without JavaScript, as a link that can be shared", async () => {
    const page = await phonePage(false);
    await filterByCardGamesAndFree(page, false);
    const titles = await cardTitles(page);
    expect(titles).toContain("Kortklub i Medborgerhuset");
    expect(titles).not.toContain("Bridge for begyndere og øvede");

    await page.getByRole("link", { name: "Nulstil filtre" }).first().click();
    await page.waitForURL((url) => url.pathname === "/aktiviteter" && url.search === "");
    expect(await cardTitles(page)).toContain("Bridge for begyndere og øvede");
    await page.context().close();
  });
});
