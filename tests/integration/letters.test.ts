// Letters for citizens without email: the coordinator's batch (one print.pdf and a
// MeMo 1.2 file per letter for Digital Post), the CPR number that addresses Digital
// Post, and the command line that does the same export into a folder.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMO_NAMESPACE } from "../../app/comms/digital-post/memo";
import { db } from "../../app/data/db.server";
import * as cprRoute from "../../app/routes/borgere.$id.cpr";
import * as lettersRoute from "../../app/routes/breve._index";
import * as zipRoute from "../../app/routes/breve.udskrifter.$id.breve[.]zip";
import * as printRoute from "../../app/routes/breve.udskrifter.$id.print[.]pdf";
import * as inboxRoute from "../../app/routes/forslag";
import { messages } from "../../app/ui/messages";
import { unzip } from "../support/unzip";
import { at, parseXml } from "../support/xml";
import { createOtherMunicipality, createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { type TestOrg, createTestOrg, get, post, run } from "./helpers";

const ROOT = resolve(import.meta.dirname, "../..");
const CVR = "12345674";
const dir = mkdtempSync(join(tmpdir(), "letters-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let org: TestOrg;
let serial = 0;

beforeAll(async () => {
  org = await createTestOrg();
  await db.updateTable("municipality").set({ cvr: CVR }).where("id", "=", org.municipalityId).execute();
});

/** A letter citizen whose proposal the association accepted: a pending letter. */
async function pendingLetter(firstName: string, lastName: string) {
  serial++;
  // A volunteer each: a volunteer visits at most ten citizens.
  const volunteerId = await createVolunteerViaForm(org.users.association, { email: `brevven${serial}@example.dk` });
  const citizenId = await registerCitizen(org.users.coordinator, {
    firstName,
    lastName,
    address: `Brevvej ${serial}`,
    contactChannel: "letter",
  });
  const proposalId = await propose(org.users.coordinator, citizenId, "volunteer", volunteerId);
  const accepted = await run(
    inboxRoute.action,
    await post("/forslag", { proposalId, decision: "accept" }, org.users.bridge_builder),
  );
  expect(accepted.status, JSON.stringify(accepted.data)).toBeLessThan(400);
  const letter = await db.selectFrom("letter").selectAll().where("proposal_id", "=", proposalId).executeTakeFirstOrThrow();
  return { citizenId, letterId: letter.id, pdf: Buffer.from(letter.pdf) };
}

const saveCpr = async (citizenId: string, cpr: string) =>
  run(cprRoute.action, await post(`/borgere/${citizenId}/cpr`, { intent: "save", cpr }, org.users.coordinator), {
    id: citizenId,
  });

const lettersPage = async () => (await run(lettersRoute.loader, await get("/breve", org.users.coordinator))).data;

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  return pages;
}

describe("the CPR number for Digital Post", () => {
  it("is saved from what the coordinator types, and shown again only as a birth date", async () => {
    const { citizenId } = await pendingLetter("Gudrun", "Cprsen");
    expect((await lettersPage()).pending.find((l: { citizenId: string }) => l.citizenId === citizenId).hasCpr).toBe(false);

    const saved = await saveCpr(citizenId, "010243-7719");
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/borgere/${citizenId}/cpr?gemt=1`);
    const row = await db.selectFrom("citizen_cpr").selectAll().where("citizen_id", "=", citizenId).executeTakeFirstOrThrow();
    expect(row.cpr).toBe("0102437719");

    const page = await run(cprRoute.loader, await get(`/borgere/${citizenId}/cpr`, org.users.coordinator), { id: citizenId });
    expect(page.data.stored.masked).toBe("010243-xxxx");
    expect(JSON.stringify(page.data)).not.toMatch(/0102437719|010243-7719/);
    expect((await lettersPage()).pending.find((l: { citizenId: string }) => l.citizenId === citizenId).hasCpr).toBe(true);

    // Nowhere in the audit log, though the change is there.
    const logged = await db.selectFrom("audit_log").selectAll().where("entity_id", "=", citizenId).execute();
    expect(logged.map((l) => l.purpose)).toContain("CPR-nummer gemt til Digital Post");
    expect(JSON.stringify(logged)).not.toMatch(/0102437719|010243-7719/);
  });

  it("answers a number that cannot be a CPR number with a Danish message, keeping what was typed", async () => {
    const { citizenId } = await pendingLetter("Holger", "Tastefejl");
    const refused = await saveCpr(citizenId, "310243-1234");
    expect(refused.status).toBe(400);
    expect(refused.data.result.error.cpr).toEqual([messages.cpr]);
    expect(refused.data.result.initialValue.cpr).toBe("310243-1234");
    expect(await db.selectFrom("citizen_cpr").selectAll().where("citizen_id", "=", citizenId).execute()).toEqual([]);
  });

  it("can be deleted, and is gone with it", async () => {
    const { citizenId } = await pendingLetter("Inga", "Fortrydsen");
    await saveCpr(citizenId, "0202431234");
    const deleted = await run(
      cprRoute.action,
      await post(`/borgere/${citizenId}/cpr`, { intent: "delete" }, org.users.coordinator),
      { id: citizenId },
    );
    expect(deleted.status).toBe(302);
    expect(await db.selectFrom("citizen_cpr").selectAll().where("citizen_id", "=", citizenId).execute()).toEqual([]);
  });

  it("is changed only by coordinators; an administrator may look", async () => {
    const { citizenId } = await pendingLetter("Jens", "Adminsen");
    const refused = await run(
      cprRoute.action,
      await post(`/borgere/${citizenId}/cpr`, { intent: "save", cpr: "0102431234" }, org.users.admin),
      { id: citizenId },
    );
    expect(refused.status).toBe(403);
    const page = await run(cprRoute.loader, await get(`/borgere/${citizenId}/cpr`, org.users.admin), { id: citizenId });
    expect(page.data.canSave).toBe(false);
  });
});

describe("exporting letters in the app", () => {
  it("makes one batch of every pending letter, marks them printed by the coordinator, and never prints one twice", async () => {
    await db.updateTable("letter").set({ status: "printed" }).where("status", "=", "pending").execute();
    const withCpr = await pendingLetter("Karen", "Østergaard");
    await saveCpr(withCpr.citizenId, "0102431234");
    const withoutCpr = await pendingLetter("Ove", "Æbelø");

    const page = await lettersPage();
    expect(page.pending.map((l: { name: string }) => l.name)).toEqual(["Karen Østergaard", "Ove Æbelø"]);

    const exported = await run(lettersRoute.action, await post("/breve", { intent: "export" }, org.users.coordinator));
    expect(exported.status).toBe(302);
    const exportId = /^\/breve\?udskrift=([0-9a-f-]{36})$/.exec(exported.location ?? "")?.[1];
    expect(exportId).toBeDefined();

    const letters = await db
      .selectFrom("letter")
      .selectAll()
      .where("id", "in", [withCpr.letterId, withoutCpr.letterId])
      .execute();
    for (const letter of letters) {
      expect(letter.status).toBe("printed");
      expect(letter.export_id).toBe(exportId);
      expect(Date.now() - Date.parse(letter.printed_at!)).toBeLessThan(60_000);
    }
    const after = await lettersPage();
    expect(after.pending).toEqual([]);
    expect(after.exports[0]).toMatchObject({ id: exportId, letters: 2, created_by_name: "Test coordinator" });

    const again = await run(lettersRoute.action, await post("/breve", { intent: "export" }, org.users.coordinator));
    expect(again.status).toBe(409);
    expect(again.data.error).toContain("ingen breve");

    // The download: print.pdf with both letters, and a MeMo file for the one with a CPR number.
    const print = await printRoute.loader({
      request: await get(`/breve/udskrifter/${exportId}/print.pdf`, org.users.coordinator),
      params: { id: exportId! },
      context: {},
    } as never);
    expect(print.headers.get("Content-Type")).toBe("application/pdf");
    expect(print.headers.get("Content-Disposition")).toMatch(/^attachment; filename="print-[\d-]+\.pdf"$/);
    const printed = await pdfPages(new Uint8Array(await print.arrayBuffer()));
    expect(printed).toHaveLength(2);
    expect(printed[0]).toContain("Karen Østergaard");
    expect(printed[1]).toContain("Ove Æbelø");

    const download = await zipRoute.loader({
      request: await get(`/breve/udskrifter/${exportId}/breve.zip`, org.users.coordinator),
      params: { id: exportId! },
      context: {},
    } as never);
    expect(download.headers.get("Content-Type")).toBe("application/zip");
    const files = unzip(Buffer.from(await download.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(["print.pdf", `${withCpr.letterId}.xml`].sort());

    const memo = parseXml(files.get(`${withCpr.letterId}.xml`)!.toString("utf8"));
    expect(memo.namespace).toBe(MEMO_NAMESPACE);
    expect(memo.attributes.memoVersion).toBe("1.2");
    expect(at(memo, "MessageHeader", "messageUUID").text).toBe(withCpr.letterId);
    expect(at(memo, "MessageHeader", "label").text).toBe("Vi har fundet en besøgsven til dig");
    expect(at(memo, "MessageHeader", "Sender", "senderID").text).toBe(CVR);
    expect(at(memo, "MessageHeader", "Sender", "idType").text).toBe("CVR");
    expect(at(memo, "MessageHeader", "Recipient", "recipientID").text).toBe("0102431234");
    expect(at(memo, "MessageHeader", "Recipient", "idType").text).toBe("CPR");
    const content = Buffer.from(at(memo, "MessageBody", "MainDocument", "File", "content").text, "base64");
    expect(content).toEqual(withCpr.pdf);
    expect(await pdfPages(content)).toEqual([expect.stringContaining("Karen Østergaard")]);
  });

  it("keeps one municipality's batches from another's coordinators", async () => {
    await pendingLetter("Lis", "Naboskærm");
    const exported = await run(lettersRoute.action, await post("/breve", { intent: "export" }, org.users.coordinator));
    const exportId = exported.location!.split("=")[1]!;
    const other = await createOtherMunicipality();
    const outcome = await run(zipRoute.loader, await get(`/breve/udskrifter/${exportId}/breve.zip`, other.coordinator), {
      id: exportId,
    });
    expect(outcome.status).toBe(404);
    const page = (await run(lettersRoute.loader, await get("/breve", other.coordinator))).data;
    expect(page.exports).toEqual([]);
  });

  it("refuses an unknown action with a Danish message", async () => {
    const outcome = await run(lettersRoute.action, await post("/breve", { intent: "slet-alt" }, org.users.coordinator));
    expect(outcome.status).toBe(400);
    expect(outcome.data.message).toBe(messages.formUnreadable);
  });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run letters -- …` without npm, whose own warnings would blur the stderr check. */
function letters(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/letters.ts", ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 90_000, env: { ...process.env } },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe("npm run letters -- export", () => {
  it("writes print.pdf and one MeMo file per letter Digital Post can reach, then marks them printed", async () => {
    await db.updateTable("letter").set({ status: "printed" }).where("status", "=", "pending").execute();
    const first = await pendingLetter("Mogens", "Kommandolinje");
    await saveCpr(first.citizenId, "0303431234");
    const second = await pendingLetter("Nanna", "Udencpr");
    const out = join(dir, "udskrift");

    const result = await letters("export", "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${first.letterId}.xml`, "print.pdf"].sort());
    expect(await pdfPages(readFileSync(join(out, "print.pdf")))).toHaveLength(2);
    const memo = parseXml(readFileSync(join(out, `${first.letterId}.xml`), "utf8"));
    expect(at(memo, "MessageHeader", "Recipient", "recipientID").text).toBe("0303431234");
    expect(result.stdout).toContain("2 breve er markeret som udskrevet.");
    expect(result.stdout).toContain(`Uden Digital Post: brev ${second.letterId} (mangler CPR-nummer)`);

    const rows = await db
      .selectFrom("letter")
      .innerJoin("letter_export", "letter_export.id", "letter.export_id")
      .select(["letter.status", "letter_export.via", "letter_export.created_by_name"])
      .where("letter.id", "in", [first.letterId, second.letterId])
      .execute();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ status: "printed", via: "cli" });
      expect(row.created_by_name).toMatch(/^kommandolinjen \(.+\)$/);
    }

    // Nothing left: a second run says so and writes nothing.
    const empty = join(dir, "tom");
    const second_ = await letters("export", "--out", empty);
    expect(second_.status).toBe(0);
    expect(second_.stdout.trim()).toBe("Ingen breve venter på at blive udskrevet.");
    expect(existsSync(empty)).toBe(false);
  });

  describe("bad input", () => {
    const pendingCount = async () =>
      Number((await db.selectFrom("letter").select((eb) => eb.fn.countAll().as("n")).where("status", "=", "pending").executeTakeFirstOrThrow()).n);
    beforeAll(() => pendingLetter("Otto", "Fejlsen"));

    // Each case is its own process; side by side they take the time of one.
    it.concurrent.each([
      [["export"], "--out mangler"],
      [["print", "--out", "x"], "ukendt kommando »print«"],
      [["export", "--out", "x", "--farve"], "ukendt eller ufuldstændigt flag --farve"],
      [["export", "--out"], "--out"],
    ])("refuses %j with exit code 2 and one Danish line, marking nothing", async (args, expected) => {
      const before = await pendingCount();
      const result = await letters(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(expected);
      expect(before).toBeGreaterThan(0);
      expect(await pendingCount()).toBe(before);
    });
  });

  it("will not overwrite an earlier batch's folder, and leaves the letters waiting", async () => {
    const again = await pendingLetter("Petra", "Nymappe");
    const out = join(dir, "brugt");
    mkdirSync(out);
    writeFileSync(join(out, "print.pdf"), "%PDF-1.3 tidligere udskrift");
    const result = await letters("export", "--out", out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("indeholder allerede print.pdf");
    expect(readFileSync(join(out, "print.pdf"), "utf8")).toBe("%PDF-1.3 tidligere udskrift");
    const row = await db.selectFrom("letter").select("status").where("id", "=", again.letterId).executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");
  });
});
