// A coordinator takes one citizen the whole way through Struer's six steps in a real
// browser: a referral on behalf of the citizen's GP, first contact, the screening,
// guidance, an activity sign-up, a follow-up where the citizen says it works, and
// the close — and the referrer's own list follows along. Every page is axe-checked.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, loggedInPage, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
let browser: Browser;
let page: Page;

const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());

beforeAll(async () => {
  browser = await launchBrowser();
  page = await loggedInPage(browser, baseURL, demoLogin("coordinator"));
});

afterAll(async () => {
  await browser?.close();
});

async function arrive(url: RegExp): Promise<void> {
  try {
    await page.waitForURL(url);
  } catch (error) {
    // Most often a form that did not validate: say which fields.
    const errors = [
      ...(await page.locator(".form-error-message, [role=alert]").allInnerTexts()),
      ...(await page.locator(".error-summary a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))),
    ];
    throw new Error(`still on ${page.url()}, not ${url}; messages: ${JSON.stringify(errors)}`, { cause: error });
  }
  await settled(page);
  await expectAccessible(page);
}

/** Opens one of the citizen page's tabs (the main menu has links of the same name). */
const tab = (name: string) =>
  page.getByRole("navigation", { name: "Borgerens forløb" }).getByRole("link", { name, exact: true }).click();

const currentStep = () => page.locator('[aria-current="step"]').innerText();

test("a coordinator takes a referred citizen from referral to closed", async () => {
  // 1. Referral, filed by the coordinator on behalf of the GP.
  await page.goto("/henvisning");
  await settled(page);
  await expectAccessible(page);
  await page.getByLabel("Borgerens navn").fill("Valborg Forløbsen");
  await page.getByLabel("Adresse").fill("Lindevej 14, 7800 Skive");
  await page.getByLabel("Egen læge", { exact: true }).check();
  await page.getByLabel("Går sjældent ud", { exact: true }).check();
  await page.getByLabel("Ja", { exact: true }).check();
  await page.getByLabel("Henvist af (navn)").fill("Læge Birkholm");
  await page.getByRole("button", { name: "Send henvisning" }).click();
  await arrive(/\/henvisninger\?sendt=1$/);
  const ownRow = () => page.getByRole("row").filter({ hasText: "Valborg F." });
  expect(await ownRow().getByRole("cell").nth(2).innerText()).toBe("Modtaget");

  // 2. The new referral waits on the worklist; the coordinator opens it and calls.
  await page.goto("/arbejdsliste");
  await settled(page);
  await expectAccessible(page);
  await page.getByRole("link", { name: /Valborg Forløbsen/ }).first().click();
  await arrive(/\/borgere\/[0-9a-f-]{36}$/);
  const overview = page.url();
  expect(await currentStep()).toContain("Henvist");
  await page.getByRole("button", { name: "Flyt til »Kontaktet«" }).click();
  await page.waitForFunction(() => document.querySelector('[aria-current="step"]')?.textContent?.includes("Kontaktet"));
  await settled(page);
  await expectAccessible(page);

  // 3. The screening visit: what the citizen wants, when, and where they live.
  await tab("Screening");
  await arrive(/\/screening$/);
  await page.getByLabel("Livshistorie").fill("Har været mejerist i Skive i 40 år. Enke siden sidste vinter.");
  await page.getByLabel("Netværk og relationer").fill("En søn i Aarhus, ringer om søndagen.");
  await page.getByLabel("Kortspil", { exact: true }).check();
  await page.getByLabel("Kaffe og snak", { exact: true }).check();
  await page.getByLabel("Tirsdag eftermiddag", { exact: true }).check();
  await page.getByLabel("Torsdag eftermiddag", { exact: true }).check();
  await page.getByLabel("Telefon", { exact: true }).fill("40 11 22 33");
  await page.getByLabel("Breddegrad").fill("56,5640");
  await page.getByLabel("Længdegrad").fill("9,0260");
  await page.getByRole("button", { name: "Gem screening" }).click();
  await arrive(/\/screening\?gemt=1$/);
  await page.goto(overview);
  await settled(page);
  expect(await currentStep()).toContain("Screenet");

  // 4. The pathway starts; guidance notes the agreed next step.
  await page.getByRole("button", { name: "Flyt til »I forløb«" }).click();
  await page.waitForFunction(() => document.querySelector('[aria-current="step"]')?.textContent?.includes("I forløb"));
  await tab("Vejledning");
  await arrive(/\/vejledning$/);
  await page.getByLabel("Notat").fill("Valborg vil gerne prøve kortklubben, hvis nogen følger hende første gang.");
  await page.getByLabel("Aftalt næste skridt").fill("Ringe til kortklubben om en prøvegang");
  await page.getByRole("button", { name: "Gem notat" }).click();
  await settled(page);
  expect(await page.locator("main").innerText()).toContain("Ringe til kortklubben om en prøvegang");

  // 5. Community: signed up for an activity, attendance recorded.
  await tab("Aktiviteter");
  await arrive(/\/aktiviteter$/);
  const activity = page.getByLabel("Tilmeld borgeren en aktivitet");
  const chosen = await activity.locator("option").nth(1).innerText();
  await activity.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tilmeld", exact: true }).click();
  await settled(page);
  expect(await page.locator("main").innerText()).toContain(chosen.split(" – ")[0]!.trim());
  await expectAccessible(page);

  // 6. The first follow-up: the citizen says it works, and the pathway closes.
  await tab("Opfølgning");
  await arrive(/\/opfoelgning$/);
  expect(await page.locator("main").innerText()).toContain("Efter 1. besøg");
  // The first form on the page records a follow-up; the next one moves a date.
  await page.getByLabel("Opfølgning", { exact: true }).first().selectOption({ index: 1 });
  await page.getByLabel("Dato for opfølgningen").fill(today);
  await page.getByLabel("Borgerens egen vurdering").fill("Det er dejligt at komme ud. Jeg har fået en makker til whist.");
  await page.getByLabel("5 – Rigtig godt", { exact: true }).check();
  await page.getByLabel("Afslut forløbet", { exact: true }).check();
  await page.getByLabel("Matchet og trives", { exact: true }).check();
  await page.getByRole("button", { name: "Registrér opfølgningen" }).click();
  await settled(page);

  await page.goto(overview);
  await settled(page);
  await expectAccessible(page);
  expect(await currentStep()).toContain("Afsluttet");
  const history = await page.locator("main").innerText();
  expect(history).toContain("Matchet og trives");
  expect(history).toContain("I forløb → Opfølgning");

  // The referrer's list follows, still without anything but the coarse status.
  await page.goto("/henvisninger");
  await settled(page);
  expect(await ownRow().getByRole("cell").nth(2).innerText()).toBe("Afsluttet");
});
