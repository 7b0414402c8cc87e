// The built app has no GSearch token (as in the offline demo): a coordinator who tries
// "Søg adresse" on the new-citizen form, by keyboard only, is told calmly to type the
// address, and carries on into the ordinary fields. Without JavaScript there is no
// search box at all, only the fields.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, loggedInPage, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("address search without the national address service", () => {
  test("the coordinator is told to type the address and does so, by keyboard", async () => {
    const page = await loggedInPage(browser, baseURL, demoLogin("coordinator"), { width: 375 });
    try {
      await page.goto("/borgere/ny");
      await settled(page);
      const search = page.getByRole("combobox", { name: "Søg adresse" });
      await search.focus();
      await page.keyboard.type("Skolegade 4 Skive");
      const note = page.getByText("Adressesøgning er ikke tilgængelig lige nu – skriv adressen og koordinaterne selv");
      await note.waitFor();
      expect(await note.getAttribute("role")).toBe("status");
      expect(await search.getAttribute("aria-expanded")).toBe("false");
      await expectAccessible(page);

      // Enter in the search box does not submit the half-filled form.
      await page.keyboard.press("Enter");
      expect(new URL(page.url()).pathname).toBe("/borgere/ny");

      // The next stop from the search box is the street field, then the rest.
      await page.keyboard.press("Tab");
      const street = page.getByLabel("Vej og husnummer");
      await expect.poll(() => street.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type("Skolegade 4");
      await page.keyboard.press("Tab");
      await page.keyboard.type("7800");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Skive");
      await page.keyboard.press("Tab");
      await page.keyboard.type("56,5665");
      await page.keyboard.press("Tab");
      await page.keyboard.type("9,0270");
      expect(await street.inputValue()).toBe("Skolegade 4");
      expect(await page.getByLabel("Postnummer").inputValue()).toBe("7800");
      expect(await page.getByLabel("By", { exact: true }).inputValue()).toBe("Skive");
      expect(await page.getByLabel("Breddegrad").inputValue()).toBe("56,5665");
      expect(await page.getByLabel("Længdegrad").inputValue()).toBe("9,0270");
    } finally {
      await page.context().close();
    }
  });

  test("without JavaScript the form has only the ordinary address fields", async () => {
    const page = await loggedInPage(browser, baseURL, demoLogin("association"), { javaScriptEnabled: false });
    try {
      await page.goto("/aktiviteter/ny");
      expect(await page.getByLabel("Søg adresse").count()).toBe(0);
      for (const label of ["Vej og husnummer", "Postnummer", "Breddegrad", "Længdegrad"]) {
        expect(await page.getByLabel(label).count(), label).toBe(1);
      }
    } finally {
      await page.context().close();
    }
  });
});
