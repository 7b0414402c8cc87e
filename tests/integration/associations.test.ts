// The association workspace: an administrator creates associations in their own
// municipality; an association's editor keeps its profile and logo up to date on
// /forening, its bridge-builder reads it; nobody reaches another association's page.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { createUser } from "../../app/data/users.server";
import * as associationRoute from "../../app/routes/admin.foreninger.$id";
import * as associationsRoute from "../../app/routes/admin.foreninger._index";
import * as homeRoute from "../../app/routes/forening";
import * as editRoute from "../../app/routes/forening.rediger";
import * as logoRoute from "../../app/routes/foreninger.$id.logo";
import * as loginRoute from "../../app/routes/login";
import { messages } from "../../app/ui/messages";
import { createOtherMunicipality, createVolunteerViaForm } from "./fixtures";
import { ORIGIN, PASSWORD, type TestOrg, type TestUser, cookieFor, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let neighbourAdmin: TestUser;

// A real 1 × 1 pixel PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

beforeAll(async () => {
  org = await createTestOrg();
  const { municipalityId } = await createOtherMunicipality();
  const email = "admin@nabo.example.dk";
  const id = await createUser(db, { email, name: "Nabo Admin", role: "admin", password: PASSWORD, municipalityId });
  neighbourAdmin = { id, email, role: "admin" };
});

const profile = (overrides: Record<string, string> = {}) => ({
  intent: "profile",
  description: "Vi går ture, spiller kort og drikker kaffe sammen.",
  area: "Skive by og Fursø-egnen",
  contactName: "Hanne Skovgaard",
  email: "kontakt@aeldresagen-test.dk",
  phone: "97 52 11 22",
  website: "www.aeldresagen-test.dk",
  ...overrides,
});

const loadHome = async (user: TestUser = org.users.association) => run(homeRoute.loader, await get("/forening", user));
const saveProfile = async (form: Record<string, string>, user: TestUser = org.users.association) =>
  run(editRoute.action, await post("/forening/rediger", form, user));

async function uploadLogo(file: File, user: TestUser = org.users.association) {
  const body = new FormData();
  body.append("intent", "logo");
  body.append("logo", file);
  const cookie = await cookieFor(user);
  const request = new Request(`${ORIGIN}/forening/rediger`, {
    method: "POST",
    body,
    headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
  });
  return run(editRoute.action, request);
}

async function fetchLogo(id: string, headers: Record<string, string> = {}): Promise<Response> {
  return (await logoRoute.loader({
    request: new Request(`${ORIGIN}/foreninger/${id}/logo`, { headers }),
    params: { id },
    context: {},
  } as never)) as Response;
}

describe("the administrator's list of associations", () => {
  it("shows the municipality's associations with users, active activities and volunteers", async () => {
    await createVolunteerViaForm(org.users.association, { email: "talt.med@example.dk" });
    const page = await run(associationsRoute.loader, await get("/admin/foreninger", org.users.admin));
    expect(page.status).toBe(200);
    expect(page.data.associations).toEqual([
      { id: org.associationB, name: "Røde Kors Test", users: 2, activities: 0, volunteers: 0 },
      { id: org.associationA, name: "Ældre Sagen Test", users: 2, activities: 0, volunteers: 1 },
    ]);
  });

  it("creates an association and goes to its page to invite its users", async () => {
    const outcome = await run(
      associationsRoute.action,
      await post(
        "/admin/foreninger",
        { intent: "create", name: "Skive Gå-klub", email: "Info@Gaaklub.dk", phone: "", area: "Skive", description: "Vi går." },
        org.users.admin,
      ),
    );
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    const id = /^\/admin\/foreninger\/([0-9a-f-]{36})\?oprettet=1$/.exec(outcome.location ?? "")?.[1];
    expect(id).toBeDefined();
    const page = await run(associationRoute.loader, await get(`/admin/foreninger/${id}`, org.users.admin), { id: id! });
    expect(page.data.association).toMatchObject({
      name: "Skive Gå-klub",
      email: "info@gaaklub.dk",
      phone: "",
      area: "Skive",
      description: "Vi går.",
      municipalityId: org.municipalityId,
    });
    expect(page.data.users).toEqual([]);
  });

  it("refuses an association without a name, keeping what was typed", async () => {
    const outcome = await run(
      associationsRoute.action,
      await post("/admin/foreninger", { intent: "create", name: "", email: "x@klub.dk", area: "Skive" }, org.users.admin),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.name).toEqual([messages.required]);
    expect(outcome.data.result.initialValue).toMatchObject({ email: "x@klub.dk", area: "Skive" });
  });

  it("shows another municipality's administrator none of them", async () => {
    const page = await run(associationsRoute.loader, await get("/admin/foreninger", neighbourAdmin));
    expect(page.data.associations).toEqual([]);
    const one = await run(associationRoute.loader, await get(`/admin/foreninger/${org.associationA}`, neighbourAdmin), {
      id: org.associationA,
    });
    expect(one.status).toBe(404);
  });
});

describe("the association's page", () => {
  it("shows the editor their association, an overview and who else works in it", async () => {
    const page = await loadHome();
    expect(page.status).toBe(200);
    expect(page.data.association).toMatchObject({ id: org.associationA, name: "Ældre Sagen Test" });
    expect(page.data.overview).toEqual({ activeActivities: 0, activeVolunteers: 1, waitingProposals: 0 });
    expect(page.data.canEdit).toBe(true);
    expect(page.data.users.map((u: { email: string; you: boolean }) => [u.email, u.you])).toEqual([
      [org.users.association.email, true],
      [org.users.bridge_builder.email, false],
    ]);
  });

  it("saves the profile; a website without https:// gets it", async () => {
    const outcome = await saveProfile(profile());
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect(outcome.location).toBe("/forening?gemt=1");
    const page = await loadHome();
    expect(page.data.association).toMatchObject({
      description: "Vi går ture, spiller kort og drikker kaffe sammen.",
      area: "Skive by og Fursø-egnen",
      contactName: "Hanne Skovgaard",
      email: "kontakt@aeldresagen-test.dk",
      phone: "97 52 11 22",
      website: "https://www.aeldresagen-test.dk",
    });
  });

  it("refuses a bad email or a website that is not a web address, keeping what was typed", async () => {
    const badEmail = await saveProfile(profile({ email: "ikke en mail", description: "Ny tekst" }));
    expect(badEmail.status).toBe(400);
    expect(badEmail.data.result.error.email).toEqual([messages.email]);
    expect(badEmail.data.result.initialValue).toMatchObject({ description: "Ny tekst" });
    for (const website of ["javascript:alert(1)", "min hjemmeside", "ftp://fil.dk"]) {
      const outcome = await saveProfile(profile({ website }));
      expect(outcome.status, website).toBe(400);
      expect(outcome.data.result.error.website, website).toEqual([messages.website]);
    }
    expect((await loadHome()).data.association.description).toBe("Vi går ture, spiller kort og drikker kaffe sammen.");
  });

  it("offers the editor to change it and shows the form filled in", async () => {
    const edit = await run(editRoute.loader, await get("/forening/rediger", org.users.association));
    expect(edit.data.association).toMatchObject({ id: org.associationA, contactName: "Hanne Skovgaard" });
  });

  it("lets the bridge-builder read it but not change it", async () => {
    const page = await loadHome(org.users.bridge_builder);
    expect(page.status).toBe(200);
    expect(page.data.canEdit).toBe(false);
    expect(page.data.seesInbox).toBe(true);
    const outcome = await saveProfile(profile({ description: "Ændret af tovholderen" }), org.users.bridge_builder);
    expect(outcome.status).toBe(403);
    expect((await uploadLogo(new File([PNG], "logo.png"), org.users.bridge_builder)).status).toBe(403);
    expect((await run(editRoute.loader, await get("/forening/rediger", org.users.bridge_builder))).status).toBe(403);
    expect((await loadHome()).data.association.description).toBe("Vi går ture, spiller kort og drikker kaffe sammen.");
  });

  it("is refused to municipal staff and volunteers", async () => {
    for (const user of [org.users.coordinator, org.users.admin, org.users.volunteer]) {
      expect((await loadHome(user)).status, user.role).toBe(403);
    }
  });

  it("shows another association's editor their own association, and their saves change only theirs", async () => {
    const page = await loadHome(org.users.otherAssociation);
    expect(page.data.association).toMatchObject({ id: org.associationB, name: "Røde Kors Test" });
    expect(page.data.users.map((u: { email: string }) => u.email)).not.toContain(org.users.association.email);
    expect((await saveProfile(profile({ description: "Røde Kors besøger." }), org.users.otherAssociation)).status).toBe(302);
    const rows = await db.selectFrom("association").select(["id", "description"]).where("id", "in", [org.associationA, org.associationB]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.description]))).toEqual({
      [org.associationA]: "Vi går ture, spiller kort og drikker kaffe sammen.",
      [org.associationB]: "Røde Kors besøger.",
    });
  });
});

describe("the association's logo", () => {
  it("is not there until uploaded: the public address answers 404", async () => {
    expect((await fetchLogo(org.associationA)).status).toBe(404);
    expect((await fetchLogo(crypto.randomUUID())).status).toBe(404);
  });

  it("accepts a PNG and serves it publicly with its type and cache headers", async () => {
    const outcome = await uploadLogo(new File([PNG], "logo.png", { type: "image/png" }));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forening?logo=1");
    const response = await fetchLogo(org.associationA);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Cache-Control")).toMatch(/^public/);
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    const etag = response.headers.get("ETag")!;
    expect((await fetchLogo(org.associationA, { "If-None-Match": etag })).status).toBe(304);
    const page = await loadHome();
    expect(page.data.association.hasLogo).toBe(true);
  });

  it("refuses a text file named .png and keeps the logo it had", async () => {
    const outcome = await uploadLogo(new File(["<svg onload=alert(1)>"], "logo.png", { type: "image/png" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.logo).toEqual([messages.logoType]);
    expect((await fetchLogo(org.associationA)).headers.get("Content-Type")).toBe("image/png");
  });

  it("refuses a logo over 1 MB with a Danish message", async () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PNG.subarray(0, 8));
    const outcome = await uploadLogo(new File([big], "stort.png", { type: "image/png" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.logo).toEqual([messages.logoTooLarge]);
  });

  it("refuses an upload far over the limit before reading it", async () => {
    const huge = new Uint8Array(3 * 1024 * 1024);
    const body = new FormData();
    body.append("intent", "logo");
    body.append("logo", new File([huge], "kæmpe.png"));
    const encoded = new Response(body);
    const request = new Request(`${ORIGIN}/forening/rediger`, {
      method: "POST",
      body: await encoded.arrayBuffer(),
      headers: {
        Origin: ORIGIN,
        Cookie: (await cookieFor(org.users.association))!,
        "Content-Type": encoded.headers.get("Content-Type")!,
        "Content-Length": String(3 * 1024 * 1024 + 500),
      },
    });
    const outcome = await run(editRoute.action, request);
    expect(outcome.status).toBe(413);
    expect(outcome.data.message).toBe(messages.logoTooLarge);
  });

  it("can be removed, after which the public address answers 404", async () => {
    const outcome = await saveProfile({ intent: "remove-logo" });
    expect(outcome.status).toBe(302);
    expect((await fetchLogo(org.associationA)).status).toBe(404);
  });
});

describe("after logging in", () => {
  it.each([
    ["association", "/forening"],
    ["bridge_builder", "/forening"],
    ["volunteer", "/min-side"],
    ["coordinator", "/"],
  ] as const)("a %s lands on %s", async (role, start) => {
    const outcome = await run(loginRoute.action, await post("/login", { email: org.users[role].email, password: PASSWORD, redirectTo: "/" }));
    expect(outcome.location).toBe(start);
  });

  it("an association user on their way to a page still goes there", async () => {
    const outcome = await run(
      loginRoute.action,
      await post("/login", { email: org.users.association.email, password: PASSWORD, redirectTo: "/frivillige" }),
    );
    expect(outcome.location).toBe("/frivillige");
  });
});
