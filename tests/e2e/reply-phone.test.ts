// A citizen answers a suggestion on a 375 px phone, as a screen reader meets the page:
// one heading, the three answers as large buttons in a named group, the thanks
// announced in a status region; then changes their mind with the keyboard. An unknown
// link gets a calm page with the municipality's phone. The coordinator then finds the
// "Ring til mig" as a task on the worklist. Every page is checked with axe.
//
// The link is made the way the letter's is (newReplyCredentials) for a demo citizen
// whose suggestion the association accepted, so the test starts at the citizen's door;
// the letter itself is covered by used-by-flow.test.ts.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { newReplyCredentials, saveReplyCredentials } from "../../app/data/replies.server";
import { openDatabase } from "../../db/database";
import { expectAccessible, launchBrowser, loggedInPage, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");
let browser: Browser;
let token: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const db = openDatabase(`file:${join(dataDir, "app.db")}`);
  try {
    const proposal = await db
      .selectFrom("match_proposal as p")
      .innerJoin("citizen as c", "c.id", "p.citizen_id")
      .select("p.id")
      .where("c.first_name", "=", "Grethe")
      .where("c.last_name", "=", "Bundgaard")
      .where("p.status", "=", "accepted")
      .executeTakeFirstOrThrow();
    const credentials = newReplyCredentials();
    await saveReplyCredentials(db, proposal.id, credentials);
    token = credentials.token;
  } finally {
    await db.destroy();
  }
});

afterAll(async () => {
  await browser?.close();
});

async function phone(): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: "da-DK",
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const fitsTheScreen = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("a citizen answers on a phone", () => {
  test("answers 'Ring til mig', hears the thanks, and changes to 'Ja tak' with the keyboard", async () => {
    const page = await phone();
    const response = await page.goto(`/svar/${token}`);
    expect(response?.status()).toBe(200);
    await settled(page);

    expect(await page.getByRole("heading", { level: 1 }).allInnerTexts()).toEqual(["Et forslag til dig"]);
    const main = await page.locator("main").innerText();
    expect(main).toContain("Besøgsvennen hedder");
    expect(main).not.toContain("Bundgaard");
    const group = page.getByRole("group", { name: "Hvad siger du?" });
    const names = await group.getByRole("button").evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim()));
    expect(names).toEqual(["Ja tak", "Nej tak", "Ring til mig"]);
    // Large targets that fit the screen.
    for (const name of ["Ja tak", "Nej tak", "Ring til mig"]) {
      const box = await group.getByRole("button", { name }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
      expect(box!.width).toBeGreaterThan(250);
    }
    expect(await fitsTheScreen(page)).toBe(true);
    // The status region is there, empty, before any answer, so the thanks is announced.
    const status = page.getByRole("status");
    expect(await status.count()).toBe(1);
    expect((await status.innerText()).trim()).toBe("");
    await expectAccessible(page);

    await group.getByRole("button", { name: "Ring til mig" }).tap();
    await expect
      .poll(() => status.innerText())
      .toContain("Dit svar: Ring til mig. Tak. Din kontaktperson ringer til dig inden for et par dage.");
    await page.getByRole("group", { name: "Vil du ændre dit svar?" }).waitFor();
    expect(await fitsTheScreen(page)).toBe(true);
    await expectAccessible(page);

    // With the keyboard: the focused button shows a visible outline, Enter answers.
    const yes = page.getByRole("button", { name: "Ja tak" });
    await yes.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    expect(await yes.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await yes.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(() => status.innerText()).toContain("Dit svar: Ja tak.");
    await expectAccessible(page);

    // A reload shows the answer that counts.
    await page.reload();
    await settled(page);
    expect(await page.getByRole("status").innerText()).toContain("Dit svar: Ja tak.");
    await page.context().close();
  });

  test("an unknown link gets a calm page with the phone number, and passes axe", async () => {
    const page = await phone();
    const response = await page.goto(`/svar/${"q".repeat(32)}`);
    expect(response?.status()).toBe(404);
    await settled(page);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Linket virker ikke længere");
    const call = page.getByRole("link", { name: /^\d{2} \d{2} \d{2} \d{2}$/ });
    expect(await call.count()).toBeGreaterThanOrEqual(1);
    expect(await call.first().getAttribute("href")).toMatch(/^tel:\+45\d{8}$/);
    expect(await page.content()).not.toMatch(/at \w+ \(|node_modules|Error:/);
    expect(await fitsTheScreen(page)).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  test("the coordinator finds the call-back on the worklist and both answers on the citizen page", async () => {
    const page = await loggedInPage(browser, baseURL, demoLogin("coordinator"), { width: 375 });
    await page.goto("/arbejdsliste?borgere=alle&type=task");
    await settled(page);
    const row = page.locator("table.worklist tbody tr", { hasText: "Grethe Bundgaard" }).filter({
      hasText: "Ring til borgeren, som bad om et opkald om forslaget",
    });
    expect(await row.count()).toBe(1);
    const taskTab = await row.getByRole("link", { name: "Grethe Bundgaard" }).getAttribute("href");
    expect(taskTab).toMatch(/^\/borgere\/[0-9a-f-]{36}\/opgaver$/);
    await page.goto((taskTab as string).replace(/\/opgaver$/, ""));
    await settled(page);
    const history = page.locator(".reply-history");
    await history.waitFor();
    const text = await history.innerText();
    expect(text).toMatch(/Ja tak via linket \(gældende\)/);
    expect(text).toContain("Ring til mig via linket");
    await expectAccessible(page);
    await page.context().close();
  });
});
