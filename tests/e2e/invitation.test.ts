// An administrator invites a new association editor; the editor opens the link from
// the email (read from the .eml files the app writes without SMTP), chooses a
// password, lands on the association's page and writes its description. The accept
// page and the association page are checked with axe.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { expectAccessible, launchBrowser, loggedInPage, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The text of the email to a recipient, once the outbox worker (polling every 5 s) has written it. */
async function emailTo(recipient: string): Promise<string> {
  const dir = join(dataDir, "outbox");
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.filter((f) => f.endsWith(".eml"))) {
      const mail = await simpleParser(await readFile(join(dir, file)));
      if (mail.to && !Array.isArray(mail.to) && mail.to.text.includes(recipient)) return mail.text ?? "";
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no email to ${recipient} in ${dir} within 30 s`);
}

async function arrive(page: Page, url: RegExp): Promise<void> {
  await page.waitForURL(url);
  await settled(page);
}

describe("inviting an association editor", () => {
  test("the admin invites, the editor accepts by the emailed link and writes the description", async () => {
    const person = { name: "Vibeke Invitationsen", email: "vibeke.invitationsen@example.dk" };
    const password = "kaffe på kirkepladsen hver torsdag";

    const admin = await loggedInPage(browser, baseURL, demoLogin("admin"));
    await admin.goto("/admin/foreninger");
    await settled(admin);
    await expectAccessible(admin);
    await admin.getByRole("link", { name: "Ældre Sagen Demo Lokalafdeling" }).click();
    await arrive(admin, /\/admin\/foreninger\/[0-9a-f-]{36}$/);
    await admin.getByLabel("Navn", { exact: true }).fill(person.name);
    await admin.getByLabel("E-mail", { exact: true }).fill(person.email);
    await admin.getByLabel(/^Foreningsredaktør/).check();
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await arrive(admin, /\?inviteret=1$/);
    expect(await admin.locator("main").innerText()).toContain(person.email);
    await expectAccessible(admin);

    const text = await emailTo(person.email);
    const link = new RegExp(`${baseURL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/invitation/[A-Za-z0-9_-]{43}`).exec(text);
    expect(link, `invitation link in:\n${text}`).not.toBeNull();

    const context = await browser.newContext({ baseURL, locale: "da-DK", viewport: { width: 390, height: 844 } });
    const editor = await context.newPage();
    editor.setDefaultTimeout(15_000);
    try {
      const response = await editor.goto(link![0]);
      expect(response?.status()).toBe(200);
      await settled(editor);
      await editor
        .getByRole("heading", { level: 1, name: "Ældre Sagen Demo Lokalafdeling har inviteret dig som foreningsredaktør" })
        .waitFor();
      expect(await editor.getByLabel("Dit navn").inputValue()).toBe(person.name);
      await expectAccessible(editor);
      await editor.getByLabel("Vælg adgangskode").fill(password);
      await editor.getByLabel("Gentag adgangskode").fill(password);
      await editor.getByRole("button", { name: "Opret min bruger" }).click();
      await arrive(editor, /\/forening$/);
      await editor.getByRole("heading", { level: 1, name: "Ældre Sagen Demo Lokalafdeling" }).waitFor();
      expect(await editor.locator(".site-user").innerText()).toContain(person.name);
      await expectAccessible(editor);

      await editor.getByRole("link", { name: "Ret oplysninger og logo" }).click();
      await arrive(editor, /\/forening\/rediger$/);
      await expectAccessible(editor);
      const description = "Vi mødes over kaffe hver torsdag og går en tur, når vejret er til det.";
      await editor.getByLabel("Beskrivelse").fill(description);
      await editor.getByRole("button", { name: "Gem oplysninger" }).click();
      await arrive(editor, /\/forening\?gemt=1$/);
      expect(await editor.locator("main").innerText()).toContain(description);
      await expectAccessible(editor);

      // The link is spent: opening it again is a calm page, not an error.
      const again = await editor.goto(link![0]);
      expect(again?.status()).toBe(410);
      await editor.getByRole("heading", { level: 1, name: "Invitationen er allerede brugt" }).waitFor();
    } finally {
      await context.close();
      await admin.context().close();
    }
  });
});
