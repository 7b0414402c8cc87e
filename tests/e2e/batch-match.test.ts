// The coordinator matches the whole waiting list at once in a real Chromium: from the
// menu to the batch page, reading why each pair was chosen, leaving one pair out and
// sending the rest; the sent citizens then carry the proposal and the one left out is
// still offered next time. Checked with axe, on a desktop and a 375 px phone.
//
// The e2e files share one seeded database and run one after another, so the pairs are
// read from the page rather than assumed: another file may have added citizens.
import type { Browser, Locator, Page } from "playwright-core";
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

const coordinatorPage = (width: number) => loggedInPage(browser, baseURL, demoLogin("coordinator"), { width });

const pairRows = (page: Page) => page.locator("table.batch-match tbody tr");

const citizenLink = (row: Locator) => row.getByRole("link");

async function openFromMenu(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Borgere", exact: true }).click();
  await settled(page);
  await page.getByRole("link", { name: "Samlet match for ventelisten" }).click();
  await page.getByRole("heading", { level: 1, name: "Samlet match for ventelisten" }).waitFor();
  await settled(page);
}

describe("the coordinator's batch match for the waiting list", () => {
  test("stacks each pair readably on a 375 px phone", async () => {
    const page = await coordinatorPage(375);
    await page.goto("/borgere/samlet-match");
    await settled(page);
    await expectAccessible(page);
    // No sideways scrolling: the page is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const first = pairRows(page).first();
    const box = await first.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    // The reasons sit under the pair, not in a column off the screen.
    const reasons = await first.locator("ul.reasons").boundingBox();
    expect((reasons?.x ?? Infinity) + (reasons?.width ?? Infinity)).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  test("sends all pairs but one, and the one left out is still offered next time", async () => {
    const page = await coordinatorPage(1280);
    await openFromMenu(page);
    await expectAccessible(page);

    const rows = pairRows(page);
    const count = await rows.count();
    expect(count).toBeGreaterThan(2);
    // Every pair says why, in the rules' own Danish words.
    for (let i = 0; i < count; i++) {
      expect(await rows.nth(i).locator("ul.reasons li").count()).toBeGreaterThan(0);
    }
    expect(await rows.first().locator("ul.reasons").innerText()).toMatch(/væk$/m);
    expect(await page.locator("table.batch-match caption").innerText()).toMatch(new RegExp(`^${count} forslag – samlet score \\d+(,\\d+)?$`));

    // The coordinator leaves out the first pair that is ticked.
    const ticked = page.locator("table.batch-match tbody tr", { has: page.locator("input[type=checkbox]:checked") });
    const leftOut = ticked.first();
    const leftOutName = await citizenLink(leftOut).innerText();
    await leftOut.getByRole("checkbox").uncheck();
    const toSend = await ticked.count();
    expect(toSend).toBeGreaterThan(0);
    const sentNames = await ticked.evaluateAll((trs) => trs.map((tr) => tr.querySelector("a")!.textContent!));
    const sentHref = await citizenLink(ticked.first()).getAttribute("href");
    const sentTarget = (await ticked.first().locator("td[data-title=Forslag]").innerText()).replace(/^(Besøgsven|Aktivitet): /, "").split("\n")[0]!;

    await page.getByRole("button", { name: "Send de valgte forslag" }).click();
    await page.waitForURL(/\/borgere\/samlet-match\?sendt=\d+&sprunget=\d+$/);
    await settled(page);
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toContain(`${toSend} forslag er sendt til foreningerne.`);
    await expectAccessible(page);

    // The next preview still has the citizen left out, and none of those sent.
    const main = page.locator("main");
    expect(await main.getByRole("link", { name: leftOutName, exact: true }).count()).toBe(1);
    for (const name of sentNames) {
      expect(await main.getByRole("link", { name, exact: true }).count()).toBe(0);
    }

    // A sent citizen's page shows the proposal waiting for the association.
    await page.goto(sentHref!);
    const proposals = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Forslag og svar" }) });
    const proposal = proposals.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: sentTarget }) });
    expect(await proposal.innerText()).toContain("Afventer foreningen");
    await page.context().close();
  });

});
