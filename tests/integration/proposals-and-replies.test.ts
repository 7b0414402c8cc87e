// The association's bridge-builder decides a proposed match; on acceptance the
// citizen gets a letter or an email with a reply link, and answers without logging in.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { newReplyCredentials, saveReplyCredentials } from "../../app/data/replies.server";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as letterRoute from "../../app/routes/breve.$id";
import * as inboxRoute from "../../app/routes/forslag";
import * as replyRoute from "../../app/routes/svar.$token";
import * as replyCodeRoute from "../../app/routes/svar._index";
import { messages } from "../../app/ui/messages";
import { createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let volunteerId: string;

// Citizens with personal data that must never reach the association.
const letterCitizen = {
  firstName: "Åse",
  lastName: "Brevmodtagersen",
  phone: "86 12 34 56",
  address: "Kildevej 99",
  email: "aase.brevmodtagersen@example.dk",
  contactChannel: "letter",
  barriers: ["hearing"],
};
const emailCitizen = {
  firstName: "Erik",
  lastName: "Mailmodtagersen",
  phone: "86 65 43 21",
  address: "Bøgevej 3",
  email: "erik.mailmodtagersen@example.dk",
  contactChannel: "email",
};
const declinedCitizen = {
  firstName: "Dorte",
  lastName: "Afvisningsen",
  phone: "86 11 22 33",
  address: "Egevej 14",
  email: "dorte.afvisningsen@example.dk",
  contactChannel: "letter",
};
const private_ = [letterCitizen, emailCitizen, declinedCitizen].flatMap((c) => [
  c.lastName,
  c.phone,
  c.phone.replace(/\s/g, ""),
  c.address,
  c.email,
]);

const ids = { letter: "", email: "", declined: "" };
const proposals = { letter: "", email: "", declined: "" };

beforeAll(async () => {
  org = await createTestOrg();
  volunteerId = await createVolunteerViaForm(org.users.association, {
    firstName: "Karen",
    lastName: "Besøgsvensen",
    email: "karen.besoegsvensen@example.dk",
    capacity: "10",
  });
  ids.letter = await registerCitizen(org.users.coordinator, letterCitizen);
  ids.email = await registerCitizen(org.users.coordinator, emailCitizen);
  ids.declined = await registerCitizen(org.users.coordinator, declinedCitizen);
  for (const key of ["letter", "email", "declined"] as const) {
    proposals[key] = await propose(org.users.coordinator, ids[key], "volunteer", volunteerId);
  }
});

const inbox = async (user: TestUser) => run(inboxRoute.loader, await get("/forslag", user));
const decide = async (proposalId: string, decision: string, user: TestUser = org.users.bridge_builder) =>
  run(
    inboxRoute.action,
    await post("/forslag", { proposalId, decision, ...(decision === "decline" ? { reason: "no_volunteer" } : {}) }, user),
  );
const proposalRow = (id: string) =>
  db.selectFrom("match_proposal").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const tokensFor = (proposalId: string) =>
  db.selectFrom("reply_token").selectAll().where("proposal_id", "=", proposalId).execute();

type InboxItem = { id: string };
const decidedIds = (data: { visiting: InboxItem[]; done: InboxItem[] }) =>
  [...data.visiting, ...data.done].map((p) => p.id).sort();

describe("the bridge-builder's inbox", () => {
  it("shows association A's bridge-builder the proposals with first name, area, interests and barriers", async () => {
    const outcome = await inbox(org.users.bridge_builder);
    expect(outcome.status).toBe(200);
    const waiting: InboxItem[] = outcome.data.waiting;
    expect(waiting.map((p) => p.id).sort()).toEqual(Object.values(proposals).sort());
    const letter = waiting.find((p) => p.id === proposals.letter);
    expect(letter).toMatchObject({
      citizen: { firstName: "Åse", area: "7600 Struer", interests: ["havearbejde"], barriers: ["hearing"] },
      targetName: "Karen Besøgsvensen",
      status: "proposed",
    });
  });

  it("never contains the citizens' last names, phone numbers, addresses or emails", async () => {
    const json = JSON.stringify((await inbox(org.users.bridge_builder)).data);
    for (const secret of private_) expect(json).not.toContain(secret);
    // The first names are there, so the check is looking at the right data.
    expect(json).toContain("Erik");
  });

  it("does not show association B's bridge-builder anything of association A", async () => {
    const outcome = await inbox(org.users.otherBridgeBuilder);
    expect(outcome.status).toBe(200);
    expect([...outcome.data.waiting, ...outcome.data.visiting, ...outcome.data.done]).toEqual([]);
    expect(JSON.stringify(outcome.data)).not.toContain("Åse");
  });

  it("association B's bridge-builder cannot decide association A's proposal (404) and it stays open", async () => {
    for (const decision of ["accept", "decline"]) {
      const outcome = await decide(proposals.letter, decision, org.users.otherBridgeBuilder);
      expect(outcome.status).toBe(404);
      expect(outcome.data.result.error[""]).toEqual([messages.notFound]);
    }
    expect((await proposalRow(proposals.letter)).status).toBe("proposed");
    expect(await tokensFor(proposals.letter)).toEqual([]);
  });

  it("a decision that is neither accept nor decline is a 400", async () => {
    const outcome = await decide(proposals.letter, "maybe");
    expect(outcome.status).toBe(400);
    expect((await proposalRow(proposals.letter)).status).toBe("proposed");
  });
});

describe("deciding a proposal", () => {
  it("accepting for a letter citizen stores a PDF letter and a reply token", async () => {
    const outcome = await decide(proposals.letter, "accept");
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forslag?besvaret=accepted");
    const row = await proposalRow(proposals.letter);
    expect(row).toMatchObject({ status: "accepted", decided_by: org.users.bridge_builder.id });
    const letters = await db.selectFrom("letter").selectAll().where("proposal_id", "=", proposals.letter).execute();
    expect(letters).toHaveLength(1);
    expect(letters[0]!.citizen_id).toBe(ids.letter);
    expect(letters[0]!.status).toBe("pending");
    expect(Buffer.from(letters[0]!.pdf).subarray(0, 4).toString("latin1")).toBe("%PDF");
    const tokens = await tokensFor(proposals.letter);
    expect(tokens).toHaveLength(1);
    expect(Date.parse(tokens[0]!.expires_at)).toBeGreaterThan(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const emails = await db.selectFrom("outbox").select("id").where("proposal_id", "=", proposals.letter).execute();
    expect(emails).toEqual([]);
  });

  it("the coordinator can download the letter as a PDF for printing, and the download is audited", async () => {
    const page = await run(citizenRoute.loader, await get(`/borgere/${ids.letter}`, org.users.coordinator), { id: ids.letter });
    expect(page.data.letters).toHaveLength(1);
    const letterId: string = page.data.letters[0].id;
    const request = await get(`/breve/${letterId}`, org.users.coordinator);
    const response = (await letterRoute.loader({ request, params: { id: letterId }, context: {} } as never)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const exported = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "export")
      .where("entity_id", "=", letterId)
      .execute();
    expect(exported).toHaveLength(1);
    expect(exported[0]!.user_id).toBe(org.users.coordinator.id);
    expect(JSON.parse(exported[0]!.details)).toEqual({ citizenId: ids.letter });
  });

  it("accepting for an email citizen puts an email with the reply link in the outbox", async () => {
    const outcome = await decide(proposals.email, "accept");
    expect(outcome.status).toBe(302);
    const emails = await db.selectFrom("outbox").selectAll().where("proposal_id", "=", proposals.email).execute();
    expect(emails).toHaveLength(1);
    const email = emails[0]!;
    expect(email.status).toBe("pending");
    expect(email.attempts).toBe(0);
    expect(email.recipient).toBe(emailCitizen.email);
    expect(email.html).toContain("http://localhost:3000/svar/");
    expect(email.text).toMatch(/http:\/\/localhost:3000\/svar\/[a-z0-9]{20,}/);
    expect(email.message_id).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    expect(await tokensFor(proposals.email)).toHaveLength(1);
    const letters = await db.selectFrom("letter").select("id").where("proposal_id", "=", proposals.email).execute();
    expect(letters).toEqual([]);
  });

  it("declining records the decision and sends nothing to the citizen", async () => {
    const outcome = await decide(proposals.declined, "decline");
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forslag?besvaret=declined");
    expect((await proposalRow(proposals.declined)).status).toBe("declined");
    expect(await tokensFor(proposals.declined)).toEqual([]);
    expect(await db.selectFrom("outbox").select("id").where("proposal_id", "=", proposals.declined).execute()).toEqual([]);
    expect(await db.selectFrom("letter").select("id").where("proposal_id", "=", proposals.declined).execute()).toEqual([]);
  });

  it("deciding twice is refused with 409 and changes nothing", async () => {
    const again = await decide(proposals.letter, "decline");
    expect(again.status).toBe(409);
    expect(again.data.result.error[""]).toEqual([messages.proposalAlreadyDecided]);
    expect((await proposalRow(proposals.letter)).status).toBe("accepted");
    const twice = await decide(proposals.declined, "accept");
    expect(twice.status).toBe(409);
    expect(await tokensFor(proposals.declined)).toEqual([]);
    expect(await db.selectFrom("letter").select("id").where("proposal_id", "=", proposals.letter).execute()).toHaveLength(1);
  });

  it("decided proposals move from open to decided in the inbox", async () => {
    const outcome = await inbox(org.users.bridge_builder);
    expect(outcome.data.waiting).toEqual([]);
    expect(decidedIds(outcome.data)).toEqual(Object.values(proposals).sort());
  });
});

describe("the citizen's reply page", () => {
  let token: string;
  beforeAll(async () => {
    const email = await db.selectFrom("outbox").selectAll().where("proposal_id", "=", proposals.email).executeTakeFirstOrThrow();
    const match = /\/svar\/([a-z0-9]+)/.exec(email.text);
    expect(match).not.toBeNull();
    token = match![1]!;
  });

  const open = async (t: string) => run(replyRoute.loader, await get(`/svar/${t}`), { token: t });
  const answer = async (t: string, value: string) =>
    run(replyRoute.action, await post(`/svar/${t}`, { answer: value }), { token: t });

  it("shows the suggestion with the volunteer's first name only, without login", async () => {
    const outcome = await open(token);
    expect(outcome.status).toBe(200);
    expect(outcome.data.reply.text).toContain("Karen");
    expect(outcome.data.reply.answer).toBeNull();
    const json = JSON.stringify(outcome.data);
    expect(json).not.toContain("Besøgsvensen");
    for (const secret of private_) expect(json).not.toContain(secret);
  });

  // The server sends Referrer-Policy: no-referrer for /svar (tests/e2e/security-headers.test.ts).
  it("keeps the token out of caches", () => {
    const headers = new Headers(replyRoute.headers());
    expect(headers.get("Cache-Control")).toBe("no-store");
  });

  it("records 'Ja tak', and the coordinator sees the answer", async () => {
    const outcome = await answer(token, "yes");
    expect(outcome.status).toBe(200);
    expect(outcome.data).toEqual({ saved: "yes" });
    const row = await proposalRow(proposals.email);
    expect(row.answer).toBe("yes");
    expect(row.answered_at).not.toBeNull();
    const page = await run(citizenRoute.loader, await get(`/borgere/${ids.email}`, org.users.coordinator), { id: ids.email });
    expect(page.data.proposals[0]).toMatchObject({ id: proposals.email, answer: "yes" });
    expect((await open(token)).data.reply.answer).toBe("yes");
  });

  it("lets the citizen change the answer to 'Ring til mig'", async () => {
    const outcome = await answer(token, "call");
    expect(outcome.data).toEqual({ saved: "call" });
    expect((await proposalRow(proposals.email)).answer).toBe("call");
    const page = await run(citizenRoute.loader, await get(`/borgere/${ids.email}`, org.users.coordinator), { id: ids.email });
    expect(page.data.proposals[0].answer).toBe("call");
  });

  it("refuses an answer that is not one of the three, in Danish", async () => {
    const outcome = await answer(token, "måske");
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ error: "Vælg et af svarene" });
    expect((await proposalRow(proposals.email)).answer).toBe("call");
  });

  it("an unknown token is a 404 that shows nothing", async () => {
    const unknown = "a".repeat(32);
    const outcome = await open(unknown);
    expect(outcome.status).toBe(404);
    expect(outcome.data).toMatchObject({ reply: null, locked: null });
    const posted = await answer(unknown, "yes");
    expect(posted.status).toBe(404);
    expect(posted.data).toEqual({ error: messages.replyExpired });
  });

  it("an overlong token is a 404, not a database lookup error", async () => {
    const outcome = await open("x".repeat(500));
    expect(outcome.status).toBe(404);
  });

  it("an expired token is a 404, and an answer to it is not recorded", async () => {
    const credentials = newReplyCredentials();
    await saveReplyCredentials(db, proposals.letter, credentials);
    expect((await open(credentials.token)).status).toBe(200);
    await db
      .updateTable("reply_token")
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .where("proposal_id", "=", proposals.letter)
      .execute();
    const outcome = await open(credentials.token);
    expect(outcome.status).toBe(404);
    expect(outcome.data).toMatchObject({ reply: null, locked: null });
    expect((await answer(credentials.token, "no")).status).toBe(404);
    expect((await proposalRow(proposals.letter)).answer).toBeNull();
  });
});

describe("replying with the short code from the letter", () => {
  const submitCode = async (code: string) => run(replyCodeRoute.action, await post("/svar", { code }));

  it("accepts the code in lower case with spaces and leads to the reply page", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Kodesen", firstName: "Kaj" });
    const proposalId = await propose(org.users.coordinator, id, "volunteer", volunteerId);
    const credentials = newReplyCredentials();
    await saveReplyCredentials(db, proposalId, credentials);
    const typed = ` ${credentials.shortCode.toLowerCase().replace("-", " ")} `;
    const plain = credentials.shortCode.replace("-", "");
    const outcome = await submitCode(typed);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/svar/${plain}`);
    const page = await run(replyRoute.loader, await get(`/svar/${plain}`), { token: plain });
    expect(page.status).toBe(200);
    expect(page.data.reply.text).toContain("Karen");
    const answered = await run(replyRoute.action, await post(`/svar/${plain}`, { answer: "no" }), { token: plain });
    expect(answered.data).toEqual({ saved: "no" });
    expect((await proposalRow(proposalId)).answer).toBe("no");
  });

  it.each([
    ["a code of the wrong shape", "12", messages.replyCodeUnknown],
    ["a code with letters the alphabet leaves out (O, 0, I, 1)", "ABCD-EF0I", messages.replyCodeUnknown],
    ["an empty code", "", "Skriv koden fra brevet"],
  ])("refuses %s with a Danish message and keeps what was typed", async (_case, code, message) => {
    const outcome = await submitCode(code);
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ error: message, code });
  });

  it("a well-formed code nobody was given is refused on the form, and its page shows no one's reply", async () => {
    const outcome = await submitCode("ZZZZ-ZZZZ");
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ error: messages.replyCodeUnknown, code: "ZZZZ-ZZZZ" });
    const page = await run(replyRoute.loader, await get("/svar/ZZZZZZZZ"), { token: "ZZZZZZZZ" });
    expect(page.status).toBe(404);
    expect(page.data).toMatchObject({ reply: null, locked: null });
  });
});
