// Jammerbugt's fixed contact person: every citizen has one coordinator to call, and a
// printed card with that person's name, photo, phone and hours is left in the home.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { createUser } from "../../app/data/users.server";
import * as cardRoute from "../../app/routes/borgere.$id.kontaktkort";
import * as contactRoute from "../../app/routes/borgere.$id.kontaktperson";
import * as myCardRoute from "../../app/routes/konto.kontaktkort";
import { messages } from "../../app/ui/messages";
import { createOtherMunicipality, registerCitizen } from "./fixtures";
import { ORIGIN, PASSWORD, type TestOrg, type TestUser, cookieFor, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let citizenId: string;
let secondCoordinator: TestUser;
let otherCoordinator: TestUser;

// A real 1 × 1 pixel PNG, so the card can embed it.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

beforeAll(async () => {
  org = await createTestOrg();
  citizenId = await registerCitizen(org.users.coordinator, { firstName: "Karla", lastName: "Kortholder" });
  const email = "anden.koordinator@example.dk";
  const id = await createUser(db, {
    email,
    name: "Mette Anden Koordinator",
    phone: "41526374",
    role: "coordinator",
    password: PASSWORD,
    municipalityId: org.municipalityId,
  });
  secondCoordinator = { id, email, role: "coordinator" };
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

const contactPath = () => `/borgere/${citizenId}/kontaktperson`;
const loadContact = async (user: TestUser = org.users.coordinator) =>
  run(contactRoute.loader, await get(contactPath(), user), { id: citizenId });
const changeContact = async (contactPersonId: string, user: TestUser = org.users.coordinator) =>
  run(contactRoute.action, await post(contactPath(), { contactPersonId }, user), { id: citizenId });
const contactPersonId = async () =>
  (await db.selectFrom("citizen").select("contact_person_id").where("id", "=", citizenId).executeTakeFirstOrThrow())
    .contact_person_id;

async function downloadCard(user: TestUser = org.users.coordinator): Promise<Response> {
  const request = await get(`/borgere/${citizenId}/kontaktkort`, user);
  return (await cardRoute.loader({ request, params: { id: citizenId }, context: {} } as never)) as Response;
}

async function pdfText(pdf: ArrayBuffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items
    .filter((item): item is TextItem => "str" in item)
    .map((item) => item.str)
    .join(" ")
    // Long names wrap on the card; read the text as a person would, line after line.
    .replace(/[\s\u00a0]+/g, " ");
}

async function uploadPhoto(file: File, user: TestUser = org.users.coordinator) {
  const body = new FormData();
  body.append("intent", "photo");
  body.append("photo", file);
  const cookie = await cookieFor(user);
  const request = new Request(`${ORIGIN}/konto/kontaktkort`, {
    method: "POST",
    body,
    headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
  });
  return run(myCardRoute.action, request);
}

const saveDetails = async (form: Record<string, string>, user: TestUser = org.users.coordinator) =>
  run(myCardRoute.action, await post("/konto/kontaktkort", { intent: "details", ...form }, user));

describe("the fixed contact person", () => {
  it("is the coordinator who registered the citizen", async () => {
    const page = await loadContact();
    expect(page.status).toBe(200);
    expect(page.data.contact).toMatchObject({ name: "Test coordinator", phone: "20 30 40 50" });
    expect(page.data.options.map((o: { value: string }) => o.value)).toEqual([secondCoordinator.id]);
  });

  it("can be changed to another coordinator of the same municipality, audited", async () => {
    const outcome = await changeContact(secondCoordinator.id);
    expect(outcome.status).toBe(302);
    expect(await contactPersonId()).toBe(secondCoordinator.id);
    const audit = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "update")
      .where("entity_id", "=", citizenId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toEqual({ from: org.users.coordinator.id, to: secondCoordinator.id });
    expect(audit.user_id).toBe(org.users.coordinator.id);
    expect((await changeContact(org.users.coordinator.id)).status).toBe(302);
  });

  it("cannot be a coordinator of another municipality, nor a user with another role", async () => {
    for (const id of [otherCoordinator.id, org.users.homecare.id, org.users.admin.id, crypto.randomUUID()]) {
      const outcome = await changeContact(id);
      expect(outcome.status).toBe(400);
      expect(outcome.data.result.error.contactPersonId).toEqual([messages.chooseContactPerson]);
    }
    expect(await contactPersonId()).toBe(org.users.coordinator.id);
  });

  it("lets an administrator look but not change", async () => {
    expect((await loadContact(org.users.admin)).status).toBe(200);
    expect((await changeContact(secondCoordinator.id, org.users.admin)).status).toBe(403);
    expect(await contactPersonId()).toBe(org.users.coordinator.id);
  });

  it("refuses home care (403) and is a 404 for another municipality", async () => {
    expect((await loadContact(org.users.homecare)).status).toBe(403);
    expect((await changeContact(secondCoordinator.id, org.users.homecare)).status).toBe(403);
    expect((await loadContact(otherCoordinator)).status).toBe(404);
    expect((await changeContact(otherCoordinator.id, otherCoordinator)).status).toBe(404);
    expect(await contactPersonId()).toBe(org.users.coordinator.id);
  });
});

describe("my contact details", () => {
  it("saves phone and hours, which the card then shows", async () => {
    const outcome = await saveDetails({ phone: "20 30 40 51", contactHours: "Hverdage kl. 8–15" });
    expect(outcome.status).toBe(302);
    const page = await run(myCardRoute.loader, await get("/konto/kontaktkort", org.users.coordinator));
    expect(page.data).toMatchObject({ phone: "20 30 40 51", contactHours: "Hverdage kl. 8–15", photo: null });
  });

  it("refuses a phone number that is not 8 digits, keeping the hours typed", async () => {
    const outcome = await saveDetails({ phone: "123", contactHours: "Mandag kl. 9–11" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.phone).toEqual([messages.phone]);
    expect(outcome.data.result.initialValue).toMatchObject({ contactHours: "Mandag kl. 9–11" });
  });

  it("accepts a PNG photo and shows it as a preview", async () => {
    const outcome = await uploadPhoto(new File([PNG], "mig.png", { type: "image/png" }));
    expect(outcome.status).toBe(302);
    const page = await run(myCardRoute.loader, await get("/konto/kontaktkort", org.users.coordinator));
    expect(page.data.photo).toBe(`data:image/png;base64,${PNG.toString("base64")}`);
  });

  it("refuses a text file renamed .png, and keeps the photo it had", async () => {
    const fake = new File(["Det her er ikke et billede"], "mig.png", { type: "image/png" });
    const outcome = await uploadPhoto(fake);
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.photo).toEqual([messages.photoType]);
    const row = await db.selectFrom("app_user").select(["photo_type"]).where("id", "=", org.users.coordinator.id).executeTakeFirstOrThrow();
    expect(row.photo_type).toBe("image/png");
  });

  it("refuses a photo over 2 MB politely", async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG.subarray(0, 8));
    const outcome = await uploadPhoto(new File([big], "stort.png", { type: "image/png" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.photo).toEqual([messages.photoTooLarge]);
  });

  it("is for municipal staff: home care is refused (403)", async () => {
    expect((await run(myCardRoute.loader, await get("/konto/kontaktkort", org.users.homecare))).status).toBe(403);
    expect((await saveDetails({ phone: "11111111", contactHours: "Aldrig" }, org.users.homecare)).status).toBe(403);
  });
});

describe("the printed contact card", () => {
  it("is a PDF with the contact person's name, phone and hours, and the export is audited", async () => {
    const response = await downloadCard();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain("Din faste kontaktperson");
    expect(text).toContain("Test coordinator");
    expect(text).toContain("20 30 40 51");
    expect(text).toContain("Hverdage kl. 8–15");
    expect(text).toContain("Test Kommune");
    expect(text).not.toContain("Karla");
    const exports = await db
      .selectFrom("audit_log")
      .select("user_id")
      .where("action", "=", "export")
      .where("entity_id", "=", citizenId)
      .execute();
    expect(exports).toEqual([{ user_id: org.users.coordinator.id }]);
  });

  it("follows a change of contact person", async () => {
    await changeContact(secondCoordinator.id);
    const text = await pdfText(await (await downloadCard()).arrayBuffer());
    expect(text).toContain("Mette Anden Koordinator");
    expect(text).toContain("41 52 63 74");
    await changeContact(org.users.coordinator.id);
  });

  it("refuses home care (403) and is a 404 for another municipality", async () => {
    const asHomecare = await run(cardRoute.loader, await get(`/borgere/${citizenId}/kontaktkort`, org.users.homecare), { id: citizenId });
    expect(asHomecare.status).toBe(403);
    const asNeighbour = await run(cardRoute.loader, await get(`/borgere/${citizenId}/kontaktkort`, otherCoordinator), { id: citizenId });
    expect(asNeighbour.status).toBe(404);
  });
});
