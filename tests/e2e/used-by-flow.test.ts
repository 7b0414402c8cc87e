// The used-by story in a real Chromium against the built app: an association posts an
// activity and a volunteer, a coordinator registers a citizen and proposes the
// volunteer, the association's bridge-builder accepts, the citizen answers by the
// letter's short code (or the email's link), and the coordinator sees the answer.
// Every page visited is checked with axe (WCAG 2.1 AA, serious and critical).
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { firstDateOn } from "../../app/domain/activities/schedule";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import { expectAccessible, launchBrowser, settled } from "./browser";
import { demoLogin } from "./demo-logins";

const baseURL = inject("baseURL");

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
});

/** A fresh, logged-out browser context (its own cookie jar), Danish locale. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "da-DK", viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** E2E_DEBUG=1 prints each step with the time since the file started. */
const t0 = Date.now();
const log = (m: string) => {
  if (process.env.E2E_DEBUG) console.log(`${((Date.now() - t0) / 1000).toFixed(1)}s ${m}`);
};

/** Opens a path, waits until it has loaded, and checks it with axe. */
async function visit(page: Page, path: string): Promise<void> {
  log(`visit ${path}`);
  const response = await page.goto(path);
  expect(response?.status(), `GET ${path}`).toBeLessThan(400);
  await page.waitForLoadState("load");
  await expectAccessible(page);
}

/** After a click that navigates: wait for the new URL, then check the page with axe. */
async function arrived(page: Page, url: RegExp): Promise<void> {
  try {
    await page.waitForURL(url);
  } catch (error) {
    // Most often a form that did not validate: say which fields, keep a screenshot.
    const shot = join(tmpdir(), `e2e-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    const errors = await page.locator(".form-error-message, [role=alert]").allInnerTexts();
    throw new Error(`still on ${page.url()}, not ${url}; messages: ${JSON.stringify(errors)}; screenshot ${shot}`, {
      cause: error,
    });
  }
  log(`arrived at ${page.url()}`);
  await settled(page);
  await expectAccessible(page);
}

async function login(page: Page, who: { email: string; password: string }): Promise<void> {
  await visit(page, "/login");
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Adgangskode").fill(who.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await arrived(page, /^(?!.*\/login).*$/);
}

/** Ticks a checkbox or radio by its own label (labels repeat across groups, hence exact). */
async function tick(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
}

/** The text of the element a field's aria-describedby points at (hint and error). */
async function describedBy(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** YYYY-MM-DD, `days` days ago. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str, item.hasEOL ? "\n" : " ");
  }
  await pdf.destroy();
  return parts.join("").replace(/[ \t]+/g, " ");
}

// Everything the story creates lives in Lemvig, 40 km from the seeded data around
// Skive and out of reach of every seeded volunteer, so the new volunteer is the one
// that matters for this citizen whatever the seed holds.
const activity = {
  title: "Fiskeklub ved havnen",
  description: "Vi fisker fra molen og drikker kaffe bagefter. Stænger kan lånes.",
  street: "Havnevej 7",
  postcode: "7620",
  city: "Lemvig",
  lat: "56,5478",
  lng: "8,3125",
};
const volunteer = { firstName: "Gunnhild", lastName: "Testrup", area: "Lemvig midtby" };
const citizen = { firstName: "Valdemar", lastName: "Kildeskov" };

describe("used by: association → coordinator → bridge-builder → citizen", () => {
  test("letter path: activity, volunteer, citizen, proposal, acceptance, PDF letter and reply by short code", async () => {
    const association = demoLogin("association", "aeldresagen");
    const coordinator = demoLogin("coordinator");
    const bridgeBuilder = demoLogin("bridge_builder", "aeldresagen");

    // a. The association editor creates an activity; a bad postcode first.
    const assoc = await freshPage();
    await login(assoc, association);
    await visit(assoc, "/aktiviteter/ny");
    await assoc.getByLabel("Titel").fill(activity.title);
    await assoc.getByLabel("Beskrivelse").fill(activity.description);
    await tick(assoc, "Fiskeri");
    await tick(assoc, "Kaffe og snak");
    // Weekly from a coming Wednesday: the weekday follows the first date.
    await assoc.getByLabel("Første dato").fill(firstDateOn("wed", addDays(dateInDenmark(), 1)));
    await assoc.getByLabel("Fra kl.").fill("18:00");
    await assoc.getByLabel("Til kl.").fill("20:00");
    await assoc.getByLabel("Vej og husnummer").fill(activity.street);
    await assoc.getByLabel("Postnummer").fill("12");
    await assoc.getByLabel("By", { exact: true }).fill(activity.city);
    await assoc.getByLabel("Breddegrad").fill(activity.lat);
    await assoc.getByLabel("Længdegrad").fill(activity.lng);
    await tick(assoc, "Trinfri adgang (ingen trin, også for kørestol)");
    await tick(assoc, "Teleslynge");
    await tick(assoc, "Handicaptoilet");
    await assoc.getByLabel("Antal pladser").fill("15");
    await assoc.getByRole("button", { name: "Opret aktivitet" }).click();

    const postcode = assoc.getByLabel("Postnummer");
    await expect.poll(() => postcode.getAttribute("aria-invalid")).toBe("true");
    expect(await describedBy(postcode)).toContain("Skriv et postnummer med fire cifre");
    const postcodeError = await postcode.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .find((id) => document.getElementById(id)?.textContent?.includes("Skriv et postnummer")),
    );
    // Shown in the field's own group, right above the input.
    const errorElement = assoc.locator(`[id="${postcodeError}"]`);
    expect(await errorElement.isVisible()).toBe(true);
    expect(await errorElement.evaluate((el, input) => el.closest(".form-group")?.contains(input), await postcode.elementHandle())).toBe(true);
    await expect.poll(() => assoc.getByRole("alert").first().textContent()).toContain("Formularen har fejl");
    expect(assoc.url()).toMatch(/\/aktiviteter\/ny$/);
    // Nothing typed is lost.
    expect(await assoc.getByLabel("Titel").inputValue()).toBe(activity.title);
    expect(await assoc.getByLabel("Beskrivelse").inputValue()).toBe(activity.description);
    expect(await assoc.getByLabel("Fra kl.").inputValue()).toBe("18:00");
    expect(await assoc.getByLabel("Breddegrad").inputValue()).toBe(activity.lat);
    expect(await assoc.getByLabel("Fiskeri", { exact: true }).isChecked()).toBe(true);
    expect(await assoc.getByLabel("Teleslynge").isChecked()).toBe(true);
    expect(await postcode.inputValue()).toBe("12");
    await expectAccessible(assoc);

    await postcode.fill(activity.postcode);
    await assoc.getByRole("button", { name: "Opret aktivitet" }).click();
    await arrived(assoc, /\/aktiviteter\/[0-9a-f-]{36}$/);
    const activityPath = new URL(assoc.url()).pathname;
    await assoc.getByRole("heading", { level: 1, name: activity.title }).waitFor();
    const activityPage = await assoc.locator("main").innerText();
    expect(activityPage).toContain(`${activity.street}, ${activity.postcode} ${activity.city}`);
    expect(activityPage).toContain("15 ledige af 15");

    // Logged out, the catalogue lists it and the map shows its marker.
    const anon = await freshPage();
    await anon.goto("/aktiviteter");
    const map = anon.getByRole("region", { name: "Kort over aktiviteter" });
    await map.waitFor();
    await anon
      .locator(".maplibregl-canvas")
      .or(anon.getByText("Kortet kunne ikke vises"))
      .first()
      .waitFor({ timeout: 20_000 });
    if (await anon.locator(".maplibregl-canvas").count()) {
      // Markers are added only once the map has loaded its own outline.
      const marker = anon.locator(`.maplibregl-marker[aria-label^="${activity.title},"]`);
      await marker.waitFor({ timeout: 20_000 });
      expect(await marker.getAttribute("aria-label")).toBe(
        `${activity.title}, ${activity.street}, ${activity.postcode} ${activity.city}`,
      );
      expect(await anon.getByText("Kortet indlæses").count()).toBe(0);
      const canvas = await anon.locator(".maplibregl-canvas").boundingBox();
      expect(canvas?.width).toBeGreaterThan(100);
      expect(canvas?.height).toBeGreaterThan(100);
    } else {
      // Without WebGL the map says so and points to the list below it.
      console.warn("WebGL unavailable in this Chromium: asserting the map's fallback text");
      expect(await map.innerText()).toContain("Kortet kunne ikke vises. Se listen over aktiviteter.");
    }
    await expectAccessible(anon);
    const listed = anon.getByRole("link", { name: activity.title, exact: true });
    expect(await listed.getAttribute("href")).toBe(activityPath);
    await listed.click();
    await arrived(anon, new RegExp(`${activityPath}$`));

    // b. The same editor creates a vetted volunteer.
    await visit(assoc, "/frivillige/ny");
    await assoc.getByLabel("Fornavn", { exact: true }).fill(volunteer.firstName);
    await assoc.getByLabel("Efternavn", { exact: true }).fill(volunteer.lastName);
    await assoc.getByLabel("E-mail").fill("gunnhild.testrup@example.dk");
    await assoc.getByLabel("Telefon").fill("20 30 40 50");
    await tick(assoc, "Kvinde");
    await tick(assoc, "Fiskeri");
    await tick(assoc, "Natur");
    await tick(assoc, "Historie");
    await tick(assoc, "Engelsk"); // Dansk is ticked already
    expect(await assoc.getByLabel("Dansk", { exact: true }).isChecked()).toBe(true);
    await assoc.getByLabel("Område eller bydel").fill(volunteer.area);
    await assoc.getByLabel("Breddegrad").fill("56,5512");
    await assoc.getByLabel("Længdegrad").fill("8,3050");
    await assoc.getByLabel("Vil køre op til (km)").fill("5");
    await tick(assoc, "Har bil");
    await tick(assoc, "Tirsdag formiddag");
    await tick(assoc, "Torsdag eftermiddag");
    await assoc.getByLabel("Hvor mange borgere kan den frivillige have?").fill("2");
    await assoc.getByLabel("Tavshedserklæring underskrevet").fill(daysAgo(40));
    await assoc.getByLabel("Straffeattest dateret").fill(daysAgo(200));
    await assoc.getByRole("button", { name: "Opret frivillig" }).click();
    await arrived(assoc, /\/frivillige$/);
    const volunteerRow = assoc.getByRole("row").filter({ hasText: `${volunteer.firstName} ${volunteer.lastName}` });
    expect(await volunteerRow.count()).toBe(1);
    const rowText = await volunteerRow.innerText();
    expect(rowText).toContain(volunteer.area);
    expect(rowText).toContain("0 af 2");
    expect(rowText).toContain("Aktiv");
    expect(rowText).not.toContain("Mangler");

    // c. A coordinator registers a citizen next to the volunteer, by letter, with consent.
    const coord = await freshPage();
    await login(coord, coordinator);
    await visit(coord, "/borgere/ny");
    await coord.getByLabel("Fornavn", { exact: true }).fill(citizen.firstName);
    await coord.getByLabel("Efternavn", { exact: true }).fill(citizen.lastName);
    await coord.getByLabel("Fødselsår").fill("1941");
    await coord.getByLabel("Vej og husnummer").fill("Vestergade 21");
    await coord.getByLabel("Postnummer").fill("7620");
    await coord.getByLabel("By", { exact: true }).fill("Lemvig");
    await coord.getByLabel("Breddegrad").fill("56,5490");
    await coord.getByLabel("Længdegrad").fill("8,3100");
    await coord.getByLabel("Telefon").fill("30 40 50 60");
    await tick(coord, "Brev med posten");
    await coord.getByLabel("Livshistorie").fill("Tidligere fisker. Savner havnen og nogen at snakke med.");
    await tick(coord, "Fiskeri");
    await tick(coord, "Natur");
    expect(await coord.getByLabel("Dansk", { exact: true }).isChecked()).toBe(true);
    await tick(coord, "Begge dele");
    await tick(coord, "Tirsdag formiddag");
    await tick(coord, "Borgeren har givet samtykke til, at foreningen må få fornavn, område, interesser og relevante hensyn");
    await coord.getByRole("button", { name: "Gem borger" }).click();
    await arrived(coord, /\/borgere\/[0-9a-f-]{36}$/);
    const citizenPath = new URL(coord.url()).pathname;
    await coord.getByRole("heading", { level: 1, name: `${citizen.firstName} ${citizen.lastName}` }).waitFor();
    expect(await coord.locator("main").innerText()).toContain("Brev med posten");

    // d. The volunteer is a ranked candidate with Danish reasons; the activity (no
    //    shared time) is among the excluded with the rule's reason.
    const card = coord.getByRole("listitem").filter({
      has: coord.getByRole("heading", { name: `${volunteer.firstName} ${volunteer.lastName}` }),
    });
    expect(await card.count()).toBe(1);
    const reasons = await card.getByRole("listitem").allInnerTexts();
    expect(reasons.find((r) => r.startsWith("Deler interesse:")), reasons.join(" | ")).toMatch(/fiskeri.*natur|natur.*fiskeri/);
    expect(reasons.some((r) => /km/.test(r)), `distance reason in ${reasons.join(" | ")}`).toBe(true);
    expect(await card.innerText()).toMatch(/Match: \d+ %/);
    const excluded = coord.getByRole("table", { name: "Kandidater, der er fravalgt, og hvorfor" });
    const excludedRows = excluded.getByRole("row").filter({ has: coord.getByRole("cell") });
    expect(await excludedRows.count()).toBeGreaterThan(0);
    const activityRow = excludedRows.filter({ hasText: activity.title });
    expect(await activityRow.count()).toBe(1);
    expect(await activityRow.getByRole("cell").nth(1).innerText()).toMatch(/^Intet fælles tidspunkt/);
    for (const reason of await excludedRows.locator("td:nth-child(2)").allInnerTexts()) {
      expect(reason.trim().length).toBeGreaterThan(5);
    }

    await card.getByRole("button", { name: `Foreslå ${volunteer.firstName} ${volunteer.lastName}` }).click();
    await arrived(coord, /\?foreslaaet=1$/);
    expect(await coord.getByRole("status").allInnerTexts()).toContain(
      "Forslaget er sendt til foreningens frivillighedstovholder.",
    );
    expect(await coord.locator("main").innerText()).toContain("Afventer foreningen");

    // e. Ældre Sagen's bridge-builder sees the citizen's first name only, and accepts.
    const bridge = await freshPage();
    await login(bridge, bridgeBuilder);
    await visit(bridge, "/forslag");
    const proposal = bridge.getByRole("listitem").filter({
      has: bridge.getByRole("heading", { name: `${citizen.firstName} fra` }),
    });
    expect(await proposal.count()).toBe(1);
    const proposalText = await proposal.innerText();
    expect(proposalText).toContain(`${volunteer.firstName} ${volunteer.lastName}`);
    expect(proposalText).toMatch(/Deler interesse: .*fiskeri/);
    expect(await bridge.content()).not.toContain(citizen.lastName);
    expect(await bridge.content()).not.toContain("Vestergade");
    await proposal.getByRole("button", { name: "Accepter forslaget" }).click();
    await arrived(bridge, /\/forslag\?besvaret=accepted$/);
    expect(await bridge.getByRole("status").allInnerTexts()).toContain(
      "Tak! Borgeren får nu forslaget med posten eller på e-mail.",
    );
    expect(await bridge.content()).not.toContain(citizen.lastName);

    // f. The coordinator gets the letter: a PDF with the citizen's name and a short code.
    await visit(coord, citizenPath);
    const sent = coord.getByRole("listitem").filter({
      has: coord.getByRole("heading", { name: `${volunteer.firstName} ${volunteer.lastName}`, exact: true }),
    }).filter({ hasText: "Accepteret af foreningen" });
    expect(await sent.count()).toBe(1);
    expect(await sent.innerText()).toContain("Venter på borgerens svar.");
    const letterLink = sent.getByRole("link", { name: "Hent brevet (PDF)" });
    const letterHref = await letterLink.getAttribute("href");
    expect(letterHref).toMatch(/^\/breve\/[0-9a-f-]{36}$/);
    const letter = await coord.request.get(letterHref as string);
    expect(letter.status()).toBe(200);
    expect(letter.headers()["content-type"]).toBe("application/pdf");
    const bytes = new Uint8Array(await letter.body());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain(`${citizen.firstName} ${citizen.lastName}`);
    expect(text).toContain("Vestergade 21");
    const code = /\b([A-HJ-NP-Z2-9]{4})-([A-HJ-NP-Z2-9]{4})\b/.exec(text);
    expect(code, `short code in the letter:\n${text}`).not.toBeNull();
    const codeStart = (code as RegExpExecArray)[1] as string;
    const codeEnd = (code as RegExpExecArray)[2] as string;
    // Without the session cookie the letter is not handed out.
    const anonymousLetter = await anon.request.get(letterHref as string, { maxRedirects: 0 });
    expect(anonymousLetter.status()).not.toBe(200);

    // The citizen types the code (lower case, a space instead of the dash) at /svar.
    const reply = await freshPage();
    await visit(reply, "/svar");
    await reply.getByLabel("Kode fra brevet").fill(`${codeStart.toLowerCase()} ${codeEnd.toLowerCase()}`);
    await reply.getByRole("button", { name: "Fortsæt" }).click();
    await arrived(reply, new RegExp(`/svar/${codeStart}${codeEnd}$`));
    await reply.getByRole("heading", { level: 1, name: "Et forslag til dig" }).waitFor();
    const replyPage = await reply.content();
    expect(await reply.locator("main").innerText()).toContain(`Besøgsvennen hedder ${volunteer.firstName}.`);
    expect(replyPage).not.toContain(citizen.lastName);
    expect(replyPage).not.toContain(volunteer.lastName);

    await reply.getByRole("button", { name: "Ring til mig" }).click();
    await reply.getByText("Tak. Din kontaktperson ringer til dig inden for et par dage.").waitFor();
    await expectAccessible(reply);
    // The answer can be changed until the link expires.
    await reply.getByRole("heading", { name: "Vil du ændre dit svar?" }).waitFor();
    await reply.getByRole("button", { name: "Ja tak" }).click();
    await reply.getByText("Tak for dit ja. Din kontaktperson ringer til dig og aftaler det videre.").waitFor();
    await expectAccessible(reply);
    // A reload shows the stored answer, not just the last action's result.
    await visit(reply, new URL(reply.url()).pathname);
    await reply.getByText("Tak for dit ja.", { exact: false }).waitFor();

    await visit(coord, citizenPath);
    expect(await sent.innerText()).toContain("Borgeren har svaret: Ja tak");
  });

  test("email path: the accepted proposal is mailed, shown in the admin outbox, and its link opens the reply page", async () => {
    const coordinator = demoLogin("coordinator");
    const bridgeBuilder = demoLogin("bridge_builder", "aeldresagen");
    const admin = demoLogin("admin");
    const person = { firstName: "Ottilie", lastName: "Mosegaard", email: "ottilie.mosegaard@example.dk" };

    // A citizen in Skive who wants a card game on Monday afternoons, contacted by email.
    const coord = await freshPage();
    await login(coord, coordinator);
    await visit(coord, "/borgere/ny");
    await coord.getByLabel("Fornavn", { exact: true }).fill(person.firstName);
    await coord.getByLabel("Efternavn", { exact: true }).fill(person.lastName);
    await coord.getByLabel("Vej og husnummer").fill("Nørregade 40");
    await coord.getByLabel("Postnummer").fill("7800");
    await coord.getByLabel("By", { exact: true }).fill("Skive");
    await coord.getByLabel("Breddegrad").fill("56,5668");
    await coord.getByLabel("Længdegrad").fill("9,0240");
    await coord.getByLabel("Telefon").fill("40 50 60 70");
    await coord.getByRole("textbox", { name: "E-mail" }).fill(person.email);
    await tick(coord, "E-mail");
    await tick(coord, "Kortspil");
    await tick(coord, "Kaffe og snak");
    await tick(coord, "Et fællesskab eller en aktivitet (gruppe)");
    await tick(coord, "Mandag eftermiddag");
    await tick(coord, "Borgeren har givet samtykke til, at foreningen må få fornavn, område, interesser og relevante hensyn");
    await coord.getByRole("button", { name: "Gem borger" }).click();
    await arrived(coord, /\/borgere\/[0-9a-f-]{36}$/);
    expect(await coord.locator("main").innerText()).toContain(`E-mail til ${person.email}`);

    // Propose the best candidate that belongs to Ældre Sagen.
    const candidate = coord
      .locator("ol > li")
      .filter({ hasText: "Ældre Sagen" })
      .filter({ has: coord.getByRole("button", { name: /^Foreslå / }) })
      .first();
    const target = (await candidate.getByRole("heading").innerText()).replace(/\s*\((besøgsven|aktivitet)\)\s*$/, "");
    await candidate.getByRole("button", { name: `Foreslå ${target}` }).click();
    await arrived(coord, /\?foreslaaet=1$/);

    const bridge = await freshPage();
    await login(bridge, bridgeBuilder);
    await visit(bridge, "/forslag");
    const proposal = bridge.getByRole("listitem").filter({
      has: bridge.getByRole("heading", { name: `${person.firstName} fra` }),
    });
    expect(await proposal.innerText()).toContain(target);
    expect(await bridge.content()).not.toContain(person.lastName);
    expect(await bridge.content()).not.toContain(person.email);
    await proposal.getByRole("button", { name: "Accepter forslaget" }).click();
    await arrived(bridge, /\/forslag\?besvaret=accepted$/);

    // The outbox worker polls every 5 s: reload until the email is sent.
    const adminPage = await freshPage();
    await login(adminPage, admin);
    await visit(adminPage, "/admin/udbakke");
    const row = adminPage.getByRole("row").filter({ hasText: person.email });
    const deadline = Date.now() + 20_000;
    while (!(await row.innerText()).includes("Sendt")) {
      if (Date.now() > deadline) throw new Error(`email not sent within 20 s: ${await row.innerText()}`);
      await adminPage.waitForTimeout(1000);
      await adminPage.reload();
    }
    await expectAccessible(adminPage);
    const subject = row.getByRole("link");
    const subjectText = await subject.innerText();
    expect(subjectText).toMatch(/^Demo Kommune: /);
    await subject.click();
    await arrived(adminPage, /\/admin\/udbakke\/[0-9a-f-]{36}$/);
    await adminPage.getByRole("heading", { level: 1, name: subjectText }).waitFor();
    const frame = adminPage.locator(`iframe[title="E-mail: ${subjectText}"]`);
    expect(await frame.count()).toBe(1);
    const frameText = await adminPage.frameLocator("iframe.email-frame").locator("body").innerText();
    expect(frameText).toContain(person.firstName);
    const plain = await adminPage.locator("pre").innerText();
    const link = new RegExp(`${baseURL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/svar/[a-z0-9]+`).exec(plain);
    expect(link, `reply link in:\n${plain}`).not.toBeNull();
    expect(plain).toMatch(/\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b/);

    // The citizen follows the link from the email.
    const reply = await freshPage();
    await visit(reply, (link as RegExpExecArray)[0]);
    await reply.getByRole("heading", { level: 1, name: "Et forslag til dig" }).waitFor();
    expect(await reply.content()).not.toContain(person.lastName);
    await reply.getByRole("button", { name: "Nej tak" }).click();
    await reply.getByText("Tak for dit svar. Det er helt i orden at sige nej.", { exact: false }).waitFor();
    await expectAccessible(reply);

    await visit(coord, new URL(coord.url()).pathname);
    expect(await coord.locator("main").innerText()).toContain("Borgeren har svaret: Nej tak");
  });
});
