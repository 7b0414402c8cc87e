// A home-care worker on a 375 px wide phone refers a citizen by touch and the
// on-screen keyboard, sees the thanks, and finds the referral in "Mine henvisninger"
// as received. The form and the list must fit the screen and pass axe.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
const PHONE_WIDTH = 375;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `page ${page.url()} is wider than the phone`).toBeLessThanOrEqual(PHONE_WIDTH);
}

describe("referral on a phone", () => {
  test("home care files a referral at 375×812 and sees it as received", async () => {
    const context = await browser.newContext({
      baseURL,
      locale: "da-DK",
      viewport: { width: PHONE_WIDTH, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      const homecare = demoLogin("homecare");
      await page.goto("/login");
      await page.getByLabel("E-mail").fill(homecare.email);
      await page.getByLabel("Adgangskode").fill(homecare.password);
      await page.getByRole("button", { name: "Log ind" }).tap();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
      await settled(page);

      // The front page leads straight to the referral.
      await page.getByRole("link", { name: "Henvis en borger" }).tap();
      await page.waitForURL(/\/henvisning$/);
      await settled(page);
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);

      // Home care is preselected as the source: four answers to give.
      expect(await page.getByLabel("Hjemmeplejen", { exact: true }).isChecked()).toBe(true);
      const name = page.getByLabel("Borgerens navn");
      await name.tap();
      await page.keyboard.type("Asta Prøvehus");
      await page.getByLabel("Adresse").tap();
      await page.keyboard.type("Skolegade 4, 7800 Skive");
      await page.getByLabel("Går sjældent ud", { exact: true }).tap();
      await page.getByLabel("Få eller ingen besøg", { exact: true }).tap();
      await page.getByLabel("Ja", { exact: true }).tap();
      await page.getByLabel("Jeg har brugt et opsporingsklip (10 min.)").tap();
      await page.getByRole("button", { name: "Send henvisning" }).tap();

      await page.waitForURL(/\/henvisninger\?sendt=1$/);
      await settled(page);
      expect(await page.getByRole("status").innerText()).toContain(
        "Tak – henvisningen er sendt til fællesskabskoordinatoren",
      );
      const row = page.getByRole("row").filter({ hasText: "Asta P." });
      expect(await row.count()).toBe(1);
      expect(await row.getByRole("cell").nth(2).innerText()).toBe("Modtaget");
      // The referrer sees no more than first name and initial.
      expect(await page.locator("main").innerText()).not.toContain("Prøvehus");
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
