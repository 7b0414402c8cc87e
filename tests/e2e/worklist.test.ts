// A coordinator's morning in a real Chromium: from the home page to the worklist,
// filtering and sorting it with JavaScript turned off (it is a plain GET form and plain
// links), and with JavaScript on a desktop and a 375 px phone, checked with axe (which
// needs JavaScript itself).
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

const coordinatorPage = (width: number, javaScriptEnabled: boolean) =>
  loggedInPage(browser, baseURL, demoLogin("coordinator"), { width, javaScriptEnabled });

const rowCount = (page: Page) => page.locator("table.worklist tbody tr").count();

describe("the coordinator's worklist", () => {
  test("opens from the home page and filters and sorts without JavaScript", async () => {
    const page = await coordinatorPage(1280, false);
    await page.getByRole("link", { name: "Åbn dagens arbejdsliste" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Arbejdsliste");
    const all = await rowCount(page);
    expect(all).toBeGreaterThan(3);
    await expect.poll(() => page.getByRole("cell", { name: /Overskredet/ }).count()).toBeGreaterThan(0);

    await page.getByLabel("Hvor presserende").selectOption("overdue");
    await page.getByRole("button", { name: "Vis" }).click();
    await page.waitForURL(/haster=overdue/);
    const overdue = await rowCount(page);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(all);
    expect(await page.locator("table.worklist tbody tr", { hasText: "Snart" }).count()).toBe(0);

    await page.getByRole("columnheader", { name: "Borger" }).getByRole("link").click();
    await page.waitForURL(/sorter=name/);
    expect(new URL(page.url()).searchParams.get("haster")).toBe("overdue");
    await expect
      .poll(() => page.getByRole("columnheader", { name: /Borger/ }).getAttribute("aria-sort"))
      .toBe("ascending");
    await page.context().close();
  });

  test("passes axe on a desktop", async () => {
    const page = await coordinatorPage(1280, true);
    await page.goto("/arbejdsliste?sorter=kind");
    await expectAccessible(page);
    await page.context().close();
  });

  test("stacks each row readably on a 375 px phone", async () => {
    const page = await coordinatorPage(375, true);
    await page.goto("/arbejdsliste");
    await expectAccessible(page);
    const firstRow = page.locator("table.worklist tbody tr").first();
    const box = await firstRow.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    // No sideways scrolling: the page is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
