// An association publishes an activity; the public catalogue shows it at once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as activityRoute from "../../app/routes/aktiviteter.$id";
import * as catalogueRoute from "../../app/routes/aktiviteter._index";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import { messages } from "../../app/ui/messages";
import { type Form, activityForm, idFromLocation } from "./fixtures";
import { type TestOrg, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg();
});

const submit = async (form: Form, user = org.users.association) =>
  run(newActivityRoute.action, await post("/aktiviteter/ny", form, user));

const countActivities = async () =>
  Number((await db.selectFrom("activity").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("an association creates an activity", () => {
  let id: string;
  beforeAll(async () => {
    const outcome = await submit(
      activityForm({
        title: "Havecafé i Kirkehaven",
        interests: ["havearbejde"],
        hearingLoop: "on",
        transport: "on",
        lat: "56,5674",
        lng: "8,6012",
        price: "20",
        capacity: "15",
      }),
    );
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    id = idFromLocation(outcome.location, "/aktiviteter");
  });

  it("is saved as the user typed it, Danish decimal commas and checkboxes included", async () => {
    const row = await db.selectFrom("activity").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.association_id).toBe(org.associationA);
    expect(row.created_by).toBe(org.users.association.id);
    expect(row.title).toBe("Havecafé i Kirkehaven");
    expect(row.lat).toBeCloseTo(56.5674, 6);
    expect(row.lng).toBeCloseTo(8.6012, 6);
    expect(row.weekday).toBe("thu");
    expect([row.start_time, row.end_time]).toEqual(["14:00", "16:00"]);
    expect(row.step_free).toBe(1);
    expect(row.hearing_loop).toBe(1);
    expect(row.accessible_toilet).toBe(1);
    expect(row.transport).toBe(1);
    expect(row.price).toBe(20);
    expect(row.capacity).toBe(15);
    expect(JSON.parse(row.interests)).toEqual(["havearbejde"]);
    expect(row.status).toBe("active");
  });

  it("leaves unticked checkboxes false", async () => {
    const outcome = await submit(
      activityForm({ title: "Trappeløb", stepFree: [], accessibleToilet: [] }),
    );
    const newId = idFromLocation(outcome.location, "/aktiviteter");
    const row = await db.selectFrom("activity").selectAll().where("id", "=", newId).executeTakeFirstOrThrow();
    expect([row.step_free, row.hearing_loop, row.accessible_toilet, row.transport]).toEqual([0, 0, 0, 0]);
  });

  it("appears in the public catalogue without login", async () => {
    const outcome = await run(catalogueRoute.loader, await get("/aktiviteter"));
    expect(outcome.status).toBe(200);
    const listed = outcome.data.results.find((r: { activity: { id: string } }) => r.activity.id === id)?.activity;
    expect(listed).toMatchObject({
      title: "Havecafé i Kirkehaven",
      associationName: "Ældre Sagen Test",
      city: "Struer",
      postcode: "7600",
      stepFree: true,
      transport: true,
    });
  });

  it("has its own public page", async () => {
    const outcome = await run(activityRoute.loader, await get(`/aktiviteter/${id}`), { id });
    expect(outcome.status).toBe(200);
    expect(outcome.data.activity).toMatchObject({
      id,
      title: "Havecafé i Kirkehaven",
      description: "Vi spiller whist og drikker kaffe. Alle kan være med.",
      address: "Østergade 12",
      capacity: 15,
      enrolled: 0,
      price: 20,
    });
  });

  it("a page for an unknown or malformed id is a 404, not a 500", async () => {
    const unknown = crypto.randomUUID();
    expect((await run(activityRoute.loader, await get(`/aktiviteter/${unknown}`), { id: unknown })).status).toBe(404);
    expect((await run(activityRoute.loader, await get("/aktiviteter/abc"), { id: "abc" })).status).toBe(404);
  });

  it("a cancelled activity leaves the catalogue; its page stays and says it is cancelled", async () => {
    const outcome = await submit(activityForm({ title: "Aflyst banko" }));
    const cancelled = idFromLocation(outcome.location, "/aktiviteter");
    await db.updateTable("activity").set({ status: "cancelled" }).where("id", "=", cancelled).execute();
    const catalogue = await run(catalogueRoute.loader, await get("/aktiviteter"));
    expect(catalogue.data.results.map((r: { activity: { id: string } }) => r.activity.id)).not.toContain(cancelled);
    const page = await run(activityRoute.loader, await get(`/aktiviteter/${cancelled}`), { id: cancelled });
    expect(page.status).toBe(200);
    expect(page.data.activity.status).toBe("cancelled");
  });
});

describe("bad input for a new activity", () => {
  it.each<[string, Form, string, string]>([
    ["a missing title", { title: "" }, "title", messages.required],
    ["an end before the start", { startTime: "14:00", endTime: "10:00" }, "endTime", messages.endAfterStart],
    ["a two-digit postcode", { postcode: "12" }, "postcode", messages.postcode],
    ["a latitude that is not a number", { lat: "abc" }, "lat", messages.latitude],
    ["a latitude outside Denmark", { lat: "40,1" }, "lat", messages.latitude],
    ["zero places", { capacity: "0" }, "capacity", messages.wholeNumber(1, 500)],
    ["a time that is not a time", { endTime: "25:00" }, "endTime", messages.time],
    ["no topic chosen", { interests: [] }, "interests", messages.chooseAtLeastOne],
  ])("%s is refused with a Danish message on the field and nothing is saved", async (_case, bad, field, message) => {
    const before = await countActivities();
    const form = activityForm({ ...bad });
    const outcome = await submit(form);
    expect(outcome.status).toBe(400);
    expect(outcome.location).toBeNull();
    expect(outcome.data.result.error[field]).toEqual([message]);
    // Only the bad field is marked.
    expect(Object.keys(outcome.data.result.error)).toEqual([field]);
    // What the user typed comes back, so nothing needs typing again.
    expect(outcome.data.result.initialValue.address).toBe("Østergade 12");
    expect(outcome.data.result.initialValue.lng).toBe("8,5912");
    if (field !== "title" && field !== "interests") {
      expect(outcome.data.result.initialValue[field]).toBe(form[field]);
    }
    expect(await countActivities()).toBe(before);
  });

  it("several mistakes at once are all marked, and the typed values come back", async () => {
    const before = await countActivities();
    const outcome = await submit(
      activityForm({ title: "", postcode: "12", lat: "abc", capacity: "0", description: "Banko hver torsdag, alle er velkomne." }),
    );
    expect(outcome.status).toBe(400);
    const { error, initialValue } = outcome.data.result;
    expect(error.title).toEqual([messages.required]);
    expect(error.postcode).toEqual([messages.postcode]);
    expect(error.lat).toEqual([messages.latitude]);
    expect(error.capacity).toEqual([messages.wholeNumber(1, 500)]);
    expect(initialValue).toMatchObject({
      postcode: "12",
      lat: "abc",
      capacity: "0",
      description: "Banko hver torsdag, alle er velkomne.",
      city: "Struer",
      stepFree: "on",
    });
    expect(await countActivities()).toBe(before);
  });

  it("every message the user reads is Danish, not Zod's English default", async () => {
    const outcome = await submit({ weekday: "someday", languages: "xx" });
    expect(outcome.status).toBe(400);
    const all = Object.values(outcome.data.result.error as Record<string, string[]>).flat();
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const text of all) {
      expect(text).not.toMatch(/\b(Invalid|Expected|Required|received)\b/);
    }
  });
});

describe("who may create activities", () => {
  it("a coordinator posting the form gets 403 and nothing is saved", async () => {
    const before = await countActivities();
    const outcome = await submit(activityForm({ title: "Koordinatorens klub" }), org.users.coordinator);
    expect(outcome.status).toBe(403);
    expect(outcome.data).toEqual({ message: messages.forbidden });
    expect(await countActivities()).toBe(before);
  });

  it("an anonymous visitor is sent to the login page", async () => {
    const outcome = await run(newActivityRoute.action, await post("/aktiviteter/ny", activityForm()));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/login?redirectTo=%2Faktiviteter%2Fny");
  });
});
