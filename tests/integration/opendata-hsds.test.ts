// The Open Referral HSDS 3.0 API, checked against the official 3.0 JSON schemas
// (tests/fixtures/hsds-3.0, see its README) as other people's tools will check it.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as apiRoot from "../../app/routes/api.hsds._index";
import * as organizationRoute from "../../app/routes/api.hsds.organizations.$id";
import * as organizationsRoute from "../../app/routes/api.hsds.organizations._index";
import * as serviceRoute from "../../app/routes/api.hsds.services.$id";
import * as servicesRoute from "../../app/routes/api.hsds.services._index";
import { type TestOrg, createTestOrg, get, run } from "./helpers";
import { seedSchedules } from "./opendata-fixtures";

const schema = (file: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/hsds-3.0/${file}`, import.meta.url), "utf8")) as object;

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
ajv.addSchema(schema("page.json"), "page.json");
ajv.addSchema(schema("service_list.json"), "service_list.json");
ajv.addSchema(schema("organization_list.json"), "organization_list.json");
ajv.addSchema(schema("service.json"), "service.json");
// GET /services as the HSDS 3.0 OpenAPI file defines its 200 answer.
const validatePage = ajv.compile({
  type: "object",
  allOf: [{ $ref: "page.json" }],
  properties: { contents: { type: "array", items: { $ref: "service_list.json" } } },
});
const validateService = ajv.getSchema("service.json")!;
const validateOrganizationPage = ajv.compile({
  type: "object",
  allOf: [{ $ref: "page.json" }],
  properties: { contents: { type: "array", items: { $ref: "organization_list.json" } } },
});
// The organization as HSDS 3.0 defines it, with its services by their one-to-one fields.
const validateOrganization = ajv.compile({
  type: "object",
  allOf: [{ $ref: "service.json#/definitions/organization" }],
  properties: { services: { type: "array", items: { $ref: "service_list.json" } } },
});

function expectValid(validate: typeof validatePage, body: unknown) {
  const ok = validate(body);
  expect(validate.errors ?? [], JSON.stringify(body)).toEqual([]);
  expect(ok).toBe(true);
}

describe("the saved HSDS 3.0 schemas", () => {
  it("refuse what HSDS refuses, so a pass means something", () => {
    expect(validateService({ id: "not-a-uuid", name: "Kortklub", status: "active" })).toBe(false);
    expect(validateService({ id: crypto.randomUUID(), name: "Kortklub" })).toBe(false);
    const location = { id: crypto.randomUUID(), location_type: "physical", addresses: [{ id: crypto.randomUUID(), address_1: "Østergade 12" }] };
    const service = { id: crypto.randomUUID(), name: "Kortklub", status: "active", service_at_locations: [{ id: crypto.randomUUID(), location }] };
    expect(validateService(service)).toBe(false);
    expect(validatePage({ total_items: 0, contents: [] })).toBe(false);
  });
});

let org: TestOrg;
let ids: Awaited<ReturnType<typeof seedSchedules>>;
beforeAll(async () => {
  org = await createTestOrg();
  ids = await seedSchedules(org.associationA, org.associationB);
});

const list = async (query = "") => run(servicesRoute.loader, await get(`/api/hsds/services${query}`));
const one = async (id: string) => run(serviceRoute.loader, await get(`/api/hsds/services/${id}`), { id });

describe("GET /api/hsds/services", () => {
  it("lists the active activities as an HSDS 3.0 page of services, valid against the official schemas", async () => {
    const outcome = await list();
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("Content-Type")).toContain("application/json");
    expect(outcome.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expectValid(validatePage, outcome.data);
    expect(outcome.data).toMatchObject({
      total_items: 5,
      total_pages: 1,
      page_number: 1,
      size: 5,
      first_page: true,
      last_page: true,
      empty: false,
    });
    const names = outcome.data.contents.map((s: { name: string }) => s.name);
    expect(names).toEqual([
      "Fællesspisning",
      "Gåtur ved fjorden",
      "Kortklub i Medborgerhuset",
      "Strikkecafé, kaffe & snak",
      "Udflugt til Limfjordsmuseet",
    ]);
    expect(names).not.toContain("Billard (aflyst)");
  });

  it("gives each service its one-to-one fields and its organization", async () => {
    const service = (await list()).data.contents.find((s: { id: string }) => s.id === ids.everyOtherWeek);
    expect(service).toMatchObject({
      id: ids.everyOtherWeek,
      organization_id: org.associationA,
      name: "Strikkecafé, kaffe & snak",
      status: "active",
      url: `http://localhost:3000/aktiviteter/${ids.everyOtherWeek}`,
      fees_description: "Gratis",
      eligibility_description: "Ældre, der har lyst til håndarbejde",
      organization: { id: org.associationA, name: "Ældre Sagen Test" },
    });
    expect(service.schedules).toBeUndefined();
  });

  it("pages with page and per_page, and says when a page lies beyond the end", async () => {
    const first = await list("?per_page=2");
    expectValid(validatePage, first.data);
    expect(first.data).toMatchObject({ total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    const last = await list("?per_page=2&page=3");
    expect(last.data).toMatchObject({ total_items: 5, total_pages: 3, page_number: 3, size: 1, first_page: false, last_page: true, empty: false });
    const beyond = await list("?per_page=2&page=4");
    expectValid(validatePage, beyond.data);
    expect(beyond.data).toMatchObject({ total_items: 5, total_pages: 3, page_number: 4, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
    const seen = [first, await list("?per_page=2&page=2"), last].flatMap((page) => page.data.contents.map((s: { id: string }) => s.id));
    expect(new Set(seen).size).toBe(5);
  });

  it("narrows to one organization or to words in the title or description", async () => {
    const b = await list(`?organization_id=${org.associationB}`);
    expect(b.data.contents.map((s: { name: string }) => s.name)).toEqual(["Fællesspisning", "Udflugt til Limfjordsmuseet"]);
    const search = await list("?search=FJORD");
    expect(search.data.contents.map((s: { name: string }) => s.name)).toEqual(["Gåtur ved fjorden", "Udflugt til Limfjordsmuseet"]);
    expect((await list("?search=whist")).data.total_items).toBe(5);
    const nothing = await list("?search=100%25");
    expect(nothing.data).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
  });

  it.each([
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["per_page=0", "per_page"],
    ["per_page=1000", "per_page"],
    ["organization_id=42", "organization_id"],
    ["modified_after=i%20g%C3%A5r", "modified_after"],
  ])("refuses %s with a 400 JSON answer naming the parameter", async (query, parameter) => {
    const outcome = await list(`?${query}`);
    expect(outcome.status).toBe(400);
    expect(outcome.headers.get("Content-Type")).toContain("application/json");
    expect(outcome.data.error).toBe("bad_request");
    expect(outcome.data.issues.map((i: { parameter: string }) => i.parameter)).toEqual([parameter]);
  });
});

describe("GET /api/hsds/services/{id}", () => {
  it("returns every seeded schedule as a full service, valid against the official schema", async () => {
    for (const id of [ids.weekly, ids.everyOtherWeek, ids.firstMonday, ids.once, ids.withLastDate]) {
      const outcome = await one(id);
      expect(outcome.status, id).toBe(200);
      expectValid(validateService, outcome.data);
    }
  });

  it("maps an every-other-week RRULE to freq, interval and byday in Danish local time", async () => {
    const { data } = await one(ids.everyOtherWeek);
    expect(data.schedules).toEqual([
      expect.objectContaining({
        service_id: ids.everyOtherWeek,
        freq: "WEEKLY",
        interval: 2,
        byday: "TU",
        wkst: "MO",
        dtstart: "2027-03-16",
        valid_from: "2027-03-16",
        opens_at: "10:00",
        closes_at: "12:00",
        timezone: 1,
        description: "Hver anden tirsdag kl. 10.00–12.00",
        schedule_link: `http://localhost:3000/aktiviteter/${ids.everyOtherWeek}/kalender.ics`,
      }),
    ]);
    expect(data.schedules[0].until).toBeUndefined();
  });

  it("maps the first Monday of the month, a one-off and a last date", async () => {
    expect((await one(ids.firstMonday)).data.schedules[0]).toMatchObject({ freq: "MONTHLY", interval: 1, byday: "1MO", dtstart: "2027-01-04", opens_at: "17:30" });
    expect((await one(ids.once)).data.schedules[0]).toMatchObject({ freq: "WEEKLY", count: 1, byday: "SA", dtstart: "2027-06-12", valid_from: "2027-06-12", valid_to: "2027-06-12", timezone: 2 });
    expect((await one(ids.withLastDate)).data.schedules[0]).toMatchObject({ freq: "WEEKLY", byday: "WE", dtstart: "2027-04-07", until: "2027-06-30", valid_to: "2027-06-30" });
  });

  it("places the service at a location with coordinates and a Danish address", async () => {
    const { data } = await one(ids.once);
    expect(data.service_at_locations).toHaveLength(1);
    const [at] = data.service_at_locations;
    expect(at.service_id).toBe(ids.once);
    expect(at.location).toMatchObject({
      id: at.location_id,
      location_type: "physical",
      latitude: 56.4907,
      longitude: 8.5912,
      transportation: "Kørsel kan arrangeres. Parkering ved stedet",
      addresses: [{ address_1: "Østergade 12", city: "Struer", postal_code: "7600", country: "DK", state_province: "Test Kommune", address_type: "physical" }],
    });
    const accessibility = (await one(ids.everyOtherWeek)).data.service_at_locations[0].location.accessibility;
    expect(accessibility.map((a: { description: string }) => a.description)).toEqual(["Trinfri adgang", "Handicaptoilet", "Teleslynge", "Siddepladser"]);
  });

  it("gives languages, the price in DKK and the association's phone", async () => {
    const { data } = await one(ids.weekly);
    expect(data.languages.map((l: { code: string; name: string }) => [l.code, l.name])).toEqual([["da", "Dansk"], ["en", "Engelsk"]]);
    expect(data.cost_options).toEqual([expect.objectContaining({ currency: "DKK", amount: 20 })]);
    expect(data.phones).toEqual([expect.objectContaining({ number: "11223344" })]);
    expect(data.fees_description).toBe("20 kr.");
  });

  it("keeps derived ids the same between calls and distinct between objects", async () => {
    const a = (await one(ids.weekly)).data;
    const b = (await one(ids.weekly)).data;
    const derived = (s: typeof a) => [
      s.schedules[0].id,
      s.service_at_locations[0].id,
      s.service_at_locations[0].location.id,
      s.service_at_locations[0].location.addresses[0].id,
      s.cost_options[0].id,
      ...s.languages.map((l: { id: string }) => l.id),
    ];
    expect(derived(b)).toEqual(derived(a));
    expect(new Set(derived(a)).size).toBe(derived(a).length);
    const other = derived((await one(ids.firstMonday)).data);
    expect(other.filter((id) => derived(a).includes(id))).toEqual([]);
  });

  it.each([
    ["an unknown id", () => crypto.randomUUID()],
    ["an id that is not a UUID", () => "kortklub"],
    ["a cancelled activity", () => ids.cancelled],
  ])("answers 404 JSON for %s", async (_label, id) => {
    const outcome = await one(id());
    expect(outcome.status).toBe(404);
    expect(outcome.data).toEqual({ error: "not_found", message: expect.any(String) });
    expect(outcome.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });
});

describe("GET /api/hsds", () => {
  it("says which HSDS version the API follows", async () => {
    const outcome = await run(apiRoot.loader, await get("/api/hsds"));
    expect(outcome.status).toBe(200);
    expect(outcome.data).toMatchObject({ version: "3.0", openapi_url: expect.stringMatching(/^https:\/\//) });
  });
});

describe("GET /api/hsds/organizations", () => {
  const organizations = async (query = "") => run(organizationsRoute.loader, await get(`/api/hsds/organizations${query}`));

  it("lists the associations as a page of organizations, valid against the official schemas", async () => {
    await db.updateTable("association").set({ website: "www.aeldresagen-test.dk", contact_name: "Hanne Skovgaard" }).where("id", "=", org.associationA).execute();
    const outcome = await organizations();
    expect(outcome.status).toBe(200);
    expectValid(validateOrganizationPage, outcome.data);
    expect(outcome.data).toMatchObject({ total_items: 2, total_pages: 1, size: 2, empty: false });
    expect(outcome.data.contents).toEqual([
      { id: org.associationB, name: "Røde Kors Test", description: "", email: "a@example.dk" },
      { id: org.associationA, name: "Ældre Sagen Test", description: "", email: "a@example.dk", website: "https://www.aeldresagen-test.dk/" },
    ]);
    const second = await organizations("?per_page=1&page=2");
    expect(second.data).toMatchObject({ total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true });
    expect((await organizations("?per_page=101")).status).toBe(400);
  });

  it("gives one organization in full with its active services", async () => {
    const outcome = await run(organizationRoute.loader, await get(`/api/hsds/organizations/${org.associationA}`), { id: org.associationA });
    expect(outcome.status).toBe(200);
    expectValid(validateOrganization, outcome.data);
    expect(outcome.data.services.map((s: { name: string }) => s.name)).toEqual([
      "Gåtur ved fjorden",
      "Kortklub i Medborgerhuset",
      "Strikkecafé, kaffe & snak",
    ]);
    expect(outcome.data.contacts).toEqual([expect.objectContaining({ name: "Hanne Skovgaard", organization_id: org.associationA })]);
    const unknown = crypto.randomUUID();
    expect((await run(organizationRoute.loader, await get(`/api/hsds/organizations/${unknown}`), { id: unknown })).status).toBe(404);
  });
});
