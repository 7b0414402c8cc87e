// An association editor publishes "every other Tuesday" and cancels one date; without
// logging in, a citizen then finds it in the catalogue, on the map and on its page,
// and a calendar app subscribing to its iCal feed gets the same dates.
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { firstDateOn } from "../../app/domain/activities/schedule";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
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

// In Lemvig, away from the seeded activities, so the filters below find only this one.
const activity = {
  title: "Strikkeklub på Lemvig Bibliotek",
  description: "Vi strikker, hækler og drikker kaffe. Tag dit eget garn med, eller lån af os.",
  street: "Vestergade 2",
  postcode: "7620",
  city: "Lemvig",
  lat: "56,5493",
  lng: "8,3097",
  host: "Birthe Holm",
};
const first = firstDateOn("tue", addDays(dateInDenmark(), 1));
const second = addDays(first, 14);
const third = addDays(first, 28);

async function publicPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "da-DK", viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

describe("an association publishes a recurring activity", () => {
  test("it shows up in the public catalogue, on the map and in the iCal feeds", async () => {
    const editor = await loggedInPage(browser, baseURL, demoLogin("association", "roedekors"));
    await editor.goto("/forening/aktiviteter");
    await settled(editor);
    await editor.getByRole("link", { name: "Opret aktivitet" }).first().click();
    await editor.waitForURL(/\/aktiviteter\/ny$/);
    await settled(editor);

    await editor.getByLabel("Titel").fill(activity.title);
    await editor.getByLabel("Beskrivelse").fill(activity.description);
    await editor.getByLabel("Håndarbejde", { exact: true }).check();
    await editor.getByLabel("Gentages").selectOption("every-2-weeks");
    await editor.getByLabel("Første dato").fill(first);
    await editor.getByLabel("Fra kl.").fill("10:00");
    await editor.getByLabel("Til kl.").fill("12:00");
    // The association sees the rule read back before saving.
    await expect
      .poll(() => editor.locator(".schedule-preview").innerText())
      .toContain("Hver anden tirsdag kl. 10.00–12.00");
    await editor.getByLabel("Vej og husnummer").fill(activity.street);
    await editor.getByLabel("Postnummer").fill(activity.postcode);
    await editor.getByLabel("By", { exact: true }).fill(activity.city);
    await editor.getByLabel("Breddegrad").fill(activity.lat);
    await editor.getByLabel("Længdegrad").fill(activity.lng);
    await editor.getByLabel("Trinfri adgang (ingen trin, også for kørestol)").check();
    await editor.getByLabel("Antal pladser").fill("10");
    await editor.getByLabel("Navn").fill(activity.host);
    await expectAccessible(editor);
    await editor.getByRole("button", { name: "Opret aktivitet" }).click();
    await editor.waitForURL(/\/aktiviteter\/[0-9a-f-]{36}$/);
    const id = new URL(editor.url()).pathname.split("/").pop()!;

    // Cancel the second date: the library is closed that day.
    await editor.goto(`/aktiviteter/${id}/datoer?dato=${second}#ret-dato`);
    await settled(editor);
    const dateForm = editor.locator("#ret-dato");
    await dateForm.getByLabel("Kort besked").first().fill("Biblioteket er lukket");
    await dateForm.getByRole("button", { name: /Aflys/ }).first().click();
    await editor.waitForURL(/besked=aflyst/);
    await settled(editor);
    expect(await editor.locator("table").innerText()).toMatch(/Aflyst\s*\(Biblioteket er lukket\)/);
    await expectAccessible(editor);

    // A citizen on a phone, not logged in, filters the catalogue by the topic.
    const citizen = await publicPage();
    await citizen.goto("/aktiviteter?emne=h%C3%A5ndarbejde&naer=7620&km=5");
    await settled(citizen);
    const card = citizen.locator(".card-list li", { hasText: activity.title });
    await card.waitFor();
    expect(await card.innerText()).toContain("Hver anden tirsdag kl. 10.00–12.00");
    await expectAccessible(citizen);

    // The map carries a marker for it (or, without WebGL, says to use the list).
    await citizen
      .locator(".maplibregl-canvas")
      .or(citizen.getByText("Kortet kunne ikke vises"))
      .first()
      .waitFor({ timeout: 20_000 });
    if (await citizen.locator(".maplibregl-canvas").count()) {
      const marker = citizen.locator(`.maplibregl-marker[aria-label^="${activity.title},"]`);
      await marker.waitFor({ timeout: 20_000 });
      expect(await marker.getAttribute("aria-label")).toBe(
        `${activity.title}, ${activity.street}, ${activity.postcode} ${activity.city}`,
      );
    } else {
      console.warn("WebGL unavailable in this Chromium: asserting the map's fallback text");
    }

    // Its page lists the coming dates with the cancelled one marked.
    await card.getByRole("link", { name: activity.title }).click();
    await citizen.waitForURL(new RegExp(`/aktiviteter/${id}$`));
    await settled(citizen);
    const page = await citizen.locator("main").innerText();
    expect(page).toContain(`Du bliver taget imod af ${activity.host}`);
    expect(page).toContain("Biblioteket er lukket");
    await expectAccessible(citizen);

    // The activity's own feed: one recurring event from the first date, the cancelled
    // date excluded, in Danish time.
    const feed = await citizen.request.get(`/aktiviteter/${id}/kalender.ics`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const [event] = calendar.getAllSubcomponents("vevent");
    expect(event).toBeDefined();
    const parsed = new ICAL.Event(event!);
    expect(parsed.summary).toBe(activity.title);
    expect(event!.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Copenhagen");
    expect(parsed.startDate.toString()).toBe(`${first}T10:00:00`);
    expect(event!.getFirstPropertyValue("rrule")?.toString()).toMatch(/FREQ=WEEKLY;.*INTERVAL=2/);
    const iterator = parsed.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next && dates.length < 2; next = iterator.next()) {
      dates.push(next.toString().slice(0, 10));
    }
    expect(dates).toEqual([first, third]);

    // The association's feed, linked from the page, holds the same event.
    const associationFeed = await citizen.request.get(
      (await citizen.getByRole("link", { name: /Abonnér på alle aktiviteter fra/ }).getAttribute("href"))!,
    );
    expect(await associationFeed.text()).toContain(`UID:${event!.getFirstPropertyValue("uid")}`);
  });
});
