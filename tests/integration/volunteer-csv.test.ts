// An association brings its volunteers in from a spreadsheet: it sees what each row
// will do, imports the valid rows in one go, and takes them out again as a CSV that
// Danish Excel opens and that imports back unchanged. Another association's
// volunteers are never touched, even with the same email.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as exportRoute from "../../app/routes/frivillige.eksport[.]csv";
import * as importRoute from "../../app/routes/frivillige.import";
import * as templateRoute from "../../app/routes/frivillige.skabelon[.]csv";
import { messages } from "../../app/ui/messages";
import { createVolunteerViaForm, daysAgo } from "./fixtures";
import { ORIGIN, type TestOrg, type TestUser, cookieFor, createTestOrg, get, run } from "./helpers";

let org: TestOrg;
let existing: string;
let sameEmailInB: string;

beforeAll(async () => {
  org = await createTestOrg();
  existing = await createVolunteerViaForm(org.users.association, {
    firstName: "Karin",
    lastName: "Findes",
    email: "karin@example.dk",
    capacity: "1",
  });
  sameEmailInB = await createVolunteerViaForm(org.users.otherAssociation, {
    firstName: "Nina",
    lastName: "Iforeningb",
    email: "nina@example.dk",
  });
});

const HEADER =
  "fornavn;efternavn;email;telefon;køn;interesser;sprog;område;breddegrad;længdegrad;radius_km;kapacitet;bil;tavshedserklæring_dato;straffeattest_dato;status;tider";
const row = (first: string, last: string, email: string, phone = "22334455", extra = "") =>
  `${first};${last};${email};${phone};kvinde;havearbejde;dansk;Struer midtby;56,4907;8,5912;5;2;ja;${daysAgo(30)};${daysAgo(60)};${extra};tirsdag formiddag`;

const FILE = `\uFEFF${[
  HEADER,
  row("Nina", "Ny", "Nina@Example.dk"),
  row("Karin", "Findes", "KARIN@example.dk", "33445566", "pause"),
  row("Fejl", "Rækkesen", "fejl@example.dk", "123"),
].join("\r\n")}\r\n`;

async function upload(content: string | Uint8Array<ArrayBuffer>, user: TestUser = org.users.association, name = "frivillige.csv") {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("file", new File([content], name, { type: "text/csv" }));
  return send(form, user);
}

async function commit(content: string, plan: string, user: TestUser = org.users.association) {
  const form = new FormData();
  form.set("intent", "commit");
  form.set("content", content);
  form.set("plan", plan);
  return send(form, user);
}

async function send(form: FormData, user: TestUser) {
  const cookie = await cookieFor(user);
  const request = new Request(`${ORIGIN}/frivillige/import`, {
    method: "POST",
    body: form,
    headers: { Origin: ORIGIN, ...(cookie ? { Cookie: cookie } : {}) },
  });
  return run(importRoute.action, request);
}

const volunteersOf = (associationId: string) =>
  db.selectFrom("volunteer").selectAll().where("association_id", "=", associationId).orderBy("email").execute();

describe("importing volunteers from a CSV file", () => {
  let preview: { rows: { row: number; outcome: string; errors: { column: string; message: string }[] }[]; content: string; fingerprint: string; importable: number };

  it("previews each row's outcome without saving anything", async () => {
    const before = await volunteersOf(org.associationA);
    const outcome = await upload(FILE);
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(200);
    preview = outcome.data.preview;
    expect(preview.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, "new"],
      [3, "update"],
      [4, "error"],
    ]);
    expect(preview.rows[2]!.errors).toEqual([{ column: "telefon", message: messages.phone }]);
    expect(preview.importable).toBe(2);
    expect(await volunteersOf(org.associationA)).toEqual(before);
  });

  it("imports the valid rows: new ones created, the same email updated, rows with errors skipped", async () => {
    const outcome = await commit(preview.content, preview.fingerprint);
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect(outcome.location).toBe("/frivillige/import?oprettet=1&opdateret=1");
    const rows = await volunteersOf(org.associationA);
    expect(rows.map((r) => r.email)).toEqual(["karin@example.dk", "nina@example.dk"]);
    const [karin, nina] = rows;
    expect(karin).toMatchObject({ id: existing, phone: "33445566", capacity: 2, status: "paused" });
    expect(nina).toMatchObject({ first_name: "Nina", last_name: "Ny", status: "active", lat: 56.4907, car: 1 });
    expect(JSON.parse(nina!.slots)).toEqual(["tue-am"]);
  });

  it("leaves another association's volunteer with the same email alone", async () => {
    const [nina] = await volunteersOf(org.associationB);
    expect(nina).toMatchObject({ id: sameEmailInB, first_name: "Nina", last_name: "Iforeningb" });
  });

  it("refuses to commit when the outcome changed since the preview, and writes nothing", async () => {
    const file = `${HEADER}\n${row("Sofie", "Senere", "sofie@example.dk")}\n`;
    const { data: first } = await upload(file);
    expect(first.preview.rows[0].outcome).toBe("new");
    await createVolunteerViaForm(org.users.association, { firstName: "Sofie", lastName: "Først", email: "sofie@example.dk" });
    const before = await volunteersOf(org.associationA);
    const outcome = await commit(first.preview.content, first.preview.fingerprint);
    expect(outcome.status).toBe(409);
    expect(outcome.data.error).toBe(messages.csvPlanChanged);
    expect(outcome.data.preview.rows[0].outcome).toBe("update");
    expect(await volunteersOf(org.associationA)).toEqual(before);
  });

  it("re-validates the carried content on commit instead of trusting it", async () => {
    const tampered = `${HEADER}\n${row("Hans", "Snyd", "hans@example.dk", "1")}\n`;
    const outcome = await commit(tampered, "2:new");
    expect(outcome.status).toBe(409);
    expect(outcome.data.preview.rows[0].errors).toEqual([{ column: "telefon", message: messages.phone }]);
    expect((await volunteersOf(org.associationA)).map((r) => r.email)).not.toContain("hans@example.dk");
  });
});

describe("files the import refuses", () => {
  it("no file chosen", async () => {
    const form = new FormData();
    form.set("intent", "preview");
    const outcome = await send(form, org.users.association);
    expect(outcome.status).toBe(400);
    expect(outcome.data.error).toBe(messages.csvFileMissing);
  });

  it("a file over 1 MB", async () => {
    const outcome = await upload(`${HEADER}\n${"x".repeat(1024 * 1024)}`);
    expect(outcome.status).toBe(413);
    expect(outcome.data.error).toBe(messages.csvTooLarge);
  });

  it("a file without the needed columns", async () => {
    const outcome = await upload("navn;mail\nBo;bo@example.dk");
    expect(outcome.status).toBe(400);
    expect(outcome.data.error).toMatch(/^Filen mangler kolonnerne »fornavn«, »efternavn«, »email«/);
  });

  it("an import from a bridge-builder, who may not change volunteers", async () => {
    expect((await upload(FILE, org.users.bridge_builder)).status).toBe(403);
  });
});

describe("exporting volunteers", () => {
  const exportAs = async (user: TestUser) => {
    const response = (await exportRoute.loader({ request: await get("/frivillige/eksport.csv", user), params: {}, context: {} } as never)) as Response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    // ignoreBOM keeps the byte-order mark in the text, to see that it is there.
    return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
  };

  it("is a semicolon CSV with a byte-order mark, for Danish Excel", async () => {
    const { response, bytes, text } = await exportAs(org.users.association);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="frivillige-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
  });

  it("holds only the association's own volunteers; an administrator gets every association's", async () => {
    const own = (await exportAs(org.users.association)).text;
    expect(own).toContain("Karin;Findes");
    expect(own).not.toContain("Iforeningb");
    const all = (await exportAs(org.users.admin)).text;
    expect(all).toContain("Iforeningb");
    expect(all).toContain("Karin;Findes");
  });

  it("guards cells that a spreadsheet would run as a formula", async () => {
    await createVolunteerViaForm(org.users.association, { firstName: "Formel", lastName: "=HYPERLINK(\"x\")", email: "formel@example.dk", area: "+45 Struer" });
    const { text } = await exportAs(org.users.association);
    expect(text).toContain(`Formel;"'=HYPERLINK(""x"")";formel@example.dk;`);
    expect(text).toContain(";'+45 Struer;");
  });

  it("imports back unchanged: every row an update, nothing altered", async () => {
    const before = await volunteersOf(org.associationA);
    const { bytes } = await exportAs(org.users.association);
    const { data: previewed } = await upload(bytes);
    expect(previewed.preview.rows.every((r: { outcome: string }) => r.outcome === "update")).toBe(true);
    expect(previewed.preview.rows).toHaveLength(before.length);
    const outcome = await commit(previewed.preview.content, previewed.preview.fingerprint);
    expect(outcome.status).toBe(302);
    const after = await volunteersOf(org.associationA);
    const withoutTimestamps = (rows: typeof before) => rows.map(({ updated_at: _u, ...rest }) => rest);
    expect(withoutTimestamps(after)).toEqual(withoutTimestamps(before));
  });

  it("offers a template with the import's headers and an example row", async () => {
    const response = (await templateRoute.loader({ request: await get("/frivillige/skabelon.csv", org.users.association), params: {}, context: {} } as never)) as Response;
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${HEADER}`);
    expect(lines[1]).toMatch(/^Birthe;Jensen;/);
  });
});
