// Email leaves through the outbox: written with the change that causes it, sent later
// by the worker, retried with backoff when SMTP is down, every attempt recorded, never
// lost and never doubled. A real SMTP server runs in-process and what arrives is parsed
// like a mail client would. A message the worker gives up on is shown to the citizen's
// coordinator, who can correct the address and send the same message again.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fileSender, smtpSender } from "../../app/comms/mailer.server";
import { sendDueMessages } from "../../app/comms/outbox-worker.server";
import { db } from "../../app/data/db.server";
import { enqueueEmail } from "../../app/data/outbox.server";
import { MAX_ATTEMPTS, retryDelayMs } from "../../app/domain/outbox/retry";
import * as worklistRoute from "../../app/routes/arbejdsliste";
import * as failedRoute from "../../app/routes/fejlede-beskeder";
import * as inboxRoute from "../../app/routes/forslag";
import * as screeningRoute from "../../app/routes/borgere.$id.screening";
import * as replyRoute from "../../app/routes/svar.$token";
import * as adminMessageRoute from "../../app/routes/admin.udbakke.$id";
import * as adminMessageContentRoute from "../../app/routes/admin.udbakke.$id.indhold";
import {
  citizenForm,
  createOtherMunicipality,
  createVolunteerViaForm,
  propose,
  registerCitizen,
} from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

const FROM = "Fællesskabsbro Test <ikke-svar@example.dk>";

interface Received {
  envelopeTo: string[];
  raw: Buffer;
  mail: ParsedMail;
}

let org: TestOrg;
let smtp: SMTPServer;
let port: number;
let closedPort: number;
const received: Received[] = [];

/** Fails like a real server: unknown mailboxes at RCPT TO, spam after DATA. */
function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("ukendt")) return callback(smtpError("5.1.1 Mailbox unknown", 550));
      if (address.address.startsWith("fuld")) return callback(smtpError("4.2.2 Mailbox full", 452));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        if (session.envelope.rcptTo.some((r) => r.address.startsWith("spamfilter"))) {
          callback(smtpError("5.7.1 Message rejected as spam", 554));
          return;
        }
        simpleParser(raw)
          .then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, mail });
            callback(null, "Ok: queued as TEST1");
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;

  // A port nothing listens on: an SMTP outage.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  org = await createTestOrg();
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
});

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // Failed attempts are logged; the tests look at what the log says where it matters.
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const live = () => smtpSender(`smtp://127.0.0.1:${port}`);
const down = () => smtpSender(`smtp://127.0.0.1:${closedPort}`);
const row = (id: string) => db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const attempts = (id: string) =>
  db.selectFrom("outbox_attempt").selectAll().where("outbox_id", "=", id).orderBy("attempt").execute();
const arrivals = (messageId: string) => received.filter((r) => r.mail.messageId === messageId);
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map(([, href]) => href!.replace(/&amp;/g, "&"));

async function enqueueTestEmail(subject: string, recipient = "modtager@example.dk"): Promise<string> {
  return enqueueEmail(db, {
    proposalId: null,
    recipient,
    subject,
    html: '<p>Hej. Svar her: <a href="http://localhost:3000/svar/abc">svar</a></p>',
    text: "Hej. Svar her: http://localhost:3000/svar/abc",
    messageIdDomain: "localhost",
  });
}

let volunteerCount = 0;
/** A citizen who wants email, a volunteer for them, and the bridge-builder's yes: the suggestion is in the outbox. */
async function acceptedSuggestion(email: string, coordinator: TestUser = org.users.coordinator) {
  volunteerCount += 1;
  const volunteerId = await createVolunteerViaForm(org.users.association, {
    firstName: "Mona",
    lastName: "Mailsen",
    email: `mona.mailsen.${volunteerCount}@example.dk`,
  });
  const citizenId = await registerCitizen(coordinator, {
    firstName: "Poul",
    lastName: "Postkassesen",
    contactChannel: "email",
    email,
  });
  const proposalId = await propose(coordinator, citizenId, "volunteer", volunteerId);
  const decided = await run(
    inboxRoute.action,
    await post("/forslag", { proposalId, decision: "accept" }, org.users.bridge_builder),
  );
  expect(decided.status).toBe(302);
  const outboxId = (
    await db.selectFrom("outbox").select("id").where("proposal_id", "=", proposalId).executeTakeFirstOrThrow()
  ).id;
  return { citizenId, proposalId, outboxId };
}

describe("sending a match suggestion by email", () => {
  let outboxId: string;
  let citizenId: string;
  beforeAll(async () => {
    ({ outboxId, citizenId } = await acceptedSuggestion("poul.postkassesen@example.dk"));
  });

  it("is not sent inside the decision: it waits in the outbox until the worker runs", async () => {
    const stored = await row(outboxId);
    expect(stored).toMatchObject({ status: "pending", kind: "match_suggestion", citizen_id: citizenId });
    expect(await attempts(outboxId)).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it("arrives over SMTP with Danish subject, sender, recipient, Message-ID and both parts", async () => {
    const stored = await row(outboxId);
    expect(await sendDueMessages(db, live(), FROM)).toBe(1);
    const [mail] = arrivals(stored.message_id);
    expect(mail).toBeDefined();
    expect(mail!.envelopeTo).toEqual(["poul.postkassesen@example.dk"]);
    // æøå survive the MIME encoding of headers and body.
    expect(mail!.mail.subject).toBe("Test Kommune: Vi har fundet en besøgsven til dig");
    expect(mail!.mail.subject).toBe(stored.subject);
    expect(mail!.mail.to).toMatchObject({ value: [{ address: "poul.postkassesen@example.dk" }] });
    expect(mail!.mail.from).toMatchObject({ value: [{ address: "ikke-svar@example.dk", name: "Fællesskabsbro Test" }] });
    expect(mail!.mail.messageId).toBe(stored.message_id);
    expect(stored.message_id).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    expect(mail!.mail.html).toContain("Besøgsvennen hedder Mona");
    expect(mail!.mail.text).toContain("Besøgsvennen hedder Mona");
    expect(mail!.mail.text).not.toContain("Mailsen");
    // The contact person's name and phone, in both parts.
    expect(mail!.mail.text).toContain("Du kan også ringe til Test coordinator på 20 30 40 50.");
    expect(mail!.mail.html).toContain('href="tel:+4520304050"');
  });

  it("links only to absolute addresses of the app, and the reply links open the reply page", async () => {
    const [mail] = arrivals((await row(outboxId)).message_id);
    const links = hrefs(mail!.mail.html as string);
    const web = links.filter((href) => !href.startsWith("tel:"));
    expect(web.length).toBeGreaterThanOrEqual(2);
    for (const href of web) expect(new URL(href).origin).toBe("http://localhost:3000");
    const replyLink = web.find((href) => /\/svar\/[A-Za-z0-9_-]+$/.test(new URL(href).pathname))!;
    expect(mail!.mail.text).toContain(replyLink);
    const token = new URL(replyLink).pathname.split("/").pop()!;
    expect((await run(replyRoute.loader, await get(new URL(replyLink).pathname), { token })).status).toBe(200);
    // The page where the short code is typed, when the button does not work.
    expect(web).toContain("http://localhost:3000/svar");
  });

  it("records the attempt: when it started and ended, and what the server answered", async () => {
    const [attempt, ...more] = await attempts(outboxId);
    expect(more).toEqual([]);
    expect(attempt).toMatchObject({ attempt: 1, outcome: "sent", failure: null, error: null });
    expect(attempt!.smtp_response).toMatch(/^250 .*queued as TEST1/);
    expect(Date.parse(attempt!.finished_at!)).toBeGreaterThanOrEqual(Date.parse(attempt!.started_at));
    expect(await row(outboxId)).toMatchObject({ status: "sent", attempts: 1, last_error: null });
  });

  it("is sent once: running the worker again sends nothing", async () => {
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
    expect(arrivals((await row(outboxId)).message_id)).toHaveLength(1);
  });
});

describe("an SMTP outage", () => {
  let id: string;
  let messageId: string;
  beforeAll(async () => {
    id = await enqueueTestEmail("Under nedbrud");
    messageId = (await row(id)).message_id;
  });

  it("keeps the message pending with the error, the failed attempt and a later retry time", async () => {
    const before = Date.now();
    expect(await sendDueMessages(db, down(), FROM)).toBe(0);
    const after = await row(id);
    expect(after.status).toBe("pending");
    expect(after.attempts).toBe(1);
    expect(after.last_error).toMatch(/ECONNREFUSED/);
    const retryIn = Date.parse(after.next_attempt_at) - before;
    expect(retryIn).toBeGreaterThanOrEqual(retryDelayMs(1) - 1000);
    expect(retryIn).toBeLessThanOrEqual(retryDelayMs(1) + 5000);
    const [attempt] = await attempts(id);
    expect(attempt).toMatchObject({ attempt: 1, outcome: "failed", failure: "unreachable", smtp_response: null });
    expect(attempt!.error).toMatch(/ECONNREFUSED/);
    // The failure is logged in English with the message id, never the recipient.
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = String(warn.mock.calls[0]![0]);
    expect(logged).toContain(id);
    expect(logged).not.toContain("modtager@example.dk");
  });

  it("does not retry before the backoff has passed, even when SMTP is back", async () => {
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
    expect(arrivals(messageId)).toHaveLength(0);
    expect((await row(id)).attempts).toBe(1);
  });

  it("delivers the same message exactly once when the retry is due and SMTP is back", async () => {
    const later = new Date(Date.parse((await row(id)).next_attempt_at) + 1000);
    expect(await sendDueMessages(db, live(), FROM, () => later)).toBe(1);
    expect(await sendDueMessages(db, live(), FROM, () => later)).toBe(0);
    const got = arrivals(messageId);
    expect(got).toHaveLength(1);
    expect(got[0]!.mail.subject).toBe("Under nedbrud");
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
    expect((await attempts(id)).map((a) => [a.attempt, a.outcome])).toEqual([
      [1, "failed"],
      [2, "sent"],
    ]);
  });

  it("waits longer after each failure, and gives up (dead) after about a day", async () => {
    const deadId = await enqueueTestEmail("Kommer aldrig frem");
    let clock = Date.now();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const now = new Date(clock);
      expect(await sendDueMessages(db, down(), FROM, () => now)).toBe(0);
      const state = await row(deadId);
      expect(state.attempts).toBe(attempt);
      if (state.status === "dead") break;
      delays.push(Date.parse(state.next_attempt_at) - now.getTime());
      clock = Date.parse(state.next_attempt_at);
    }
    const final = await row(deadId);
    expect(final.status).toBe("dead");
    expect(final.attempts).toBe(MAX_ATTEMPTS);
    expect(await attempts(deadId)).toHaveLength(MAX_ATTEMPTS);
    // 30 s, 1 min, 2 min, … each wait at least as long as the one before.
    expect(delays[0]).toBe(30_000);
    expect(delays[1]).toBe(60_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    // A dead message is not picked up again, not even far in the future.
    const later = new Date(clock + 24 * 60 * 60 * 1000);
    expect(await sendDueMessages(db, live(), FROM, () => later)).toBe(0);
    expect(arrivals(final.message_id)).toHaveLength(0);
  });

  it("retries a full mailbox (a 4xx answer) instead of giving up", async () => {
    const id = await enqueueTestEmail("Fuld postkasse", "fuld@example.dk");
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1 });
    const [attempt] = await attempts(id);
    expect(attempt).toMatchObject({ outcome: "failed", failure: "temporary" });
    expect(attempt!.smtp_response).toBe("452 4.2.2 Mailbox full");
  });
});

describe("an address the receiving server does not know", () => {
  let citizenId: string;
  let outboxId: string;
  let messageId: string;
  beforeAll(async () => {
    ({ citizenId, outboxId } = await acceptedSuggestion("ukendt.poul@example.dk"));
    messageId = (await row(outboxId)).message_id;
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
  });

  it("is a dead letter at once, with the server's answer kept", async () => {
    expect(await row(outboxId)).toMatchObject({ status: "dead", attempts: 1 });
    const [attempt] = await attempts(outboxId);
    expect(attempt).toMatchObject({ outcome: "failed", failure: "recipient", smtp_response: "550 5.1.1 Mailbox unknown" });
    // The server quoted nothing here, but the log never carries the address either way.
    expect(String(warn.mock.calls.at(-1)?.[0] ?? "")).not.toContain("ukendt.poul@example.dk");
  });

  it("shows on the coordinator's worklist", async () => {
    const outcome = await run(worklistRoute.loader, await get("/arbejdsliste", org.users.coordinator));
    expect(outcome.data.failedEmails).toBe(1);
  });

  it("is listed for the coordinator with recipient, citizen, proposal and the reason in plain Danish", async () => {
    const outcome = await run(failedRoute.loader, await get("/fejlede-beskeder", org.users.coordinator));
    expect(outcome.status).toBe(200);
    expect(outcome.data.letters).toHaveLength(1);
    const [letter] = outcome.data.letters;
    expect(letter).toMatchObject({
      id: outboxId,
      kind: "match_suggestion",
      recipient: "ukendt.poul@example.dk",
      subject: "Test Kommune: Vi har fundet en besøgsven til dig",
      attempts: 1,
      citizen: { id: citizenId, name: "Poul Postkassesen", email: "ukendt.poul@example.dk" },
      contactPersonName: "Test coordinator",
      proposal: { volunteerFirstName: "Mona", associationName: "Ældre Sagen Test" },
      lastAttempt: { failure: "recipient", smtpResponse: "550 5.1.1 Mailbox unknown" },
    });
    const logged = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("user_id", "=", org.users.coordinator.id)
      .where("purpose", "=", "E-mails om borgere, der ikke kunne sendes")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(logged.details)).toMatchObject({ results: 1, citizens: [citizenId] });
  });

  it("is not shown to another municipality, which cannot resend it either", async () => {
    const other = await createOtherMunicipality();
    const list = await run(failedRoute.loader, await get("/fejlede-beskeder", other.coordinator));
    expect(list.data.letters).toEqual([]);
    const worklist = await run(worklistRoute.loader, await get("/arbejdsliste", other.coordinator));
    expect(worklist.data.failedEmails).toBe(0);
    const resend = await run(
      failedRoute.action,
      await post("/fejlede-beskeder", { intent: "resend", id: outboxId }, other.coordinator),
    );
    expect(resend.status).toBe(404);
    expect((await row(outboxId)).status).toBe("dead");
  });

  it("goes, after the coordinator corrects the address, to the new address with the same Message-ID", async () => {
    const { firstName: _f, lastName: _l, birthYear: _b, consentToShare: _c, ...screening } = citizenForm({
      contactChannel: "email",
      email: "poul.rettet@example.dk",
    });
    const saved = await run(
      screeningRoute.action,
      await post(`/borgere/${citizenId}/screening`, screening, org.users.coordinator),
      { id: citizenId },
    );
    expect(saved.status, JSON.stringify(saved.data)).toBe(302);
    const listed = await run(failedRoute.loader, await get("/fejlede-beskeder", org.users.coordinator));
    expect(listed.data.letters[0].citizen.email).toBe("poul.rettet@example.dk");

    const resend = await run(
      failedRoute.action,
      await post("/fejlede-beskeder", { intent: "resend", id: outboxId }, org.users.coordinator),
    );
    expect(resend).toMatchObject({ status: 302, location: "/fejlede-beskeder?sendt=ny-adresse" });
    expect(await row(outboxId)).toMatchObject({
      status: "pending",
      attempts: 0,
      recipient: "poul.rettet@example.dk",
      message_id: messageId,
    });
    const audited = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity", "=", "citizen")
      .where("entity_id", "=", citizenId)
      .where("action", "=", "update")
      .where("user_id", "=", org.users.coordinator.id)
      .where("purpose", "=", "E-mail, der ikke kunne sendes, er sendt igen")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audited.details)).toEqual({ outboxId, readdressed: true });

    expect(await sendDueMessages(db, live(), FROM)).toBe(1);
    const [arrived, ...more] = arrivals(messageId);
    expect(more).toEqual([]);
    expect(arrived!.envelopeTo).toEqual(["poul.rettet@example.dk"]);
    expect(arrived!.mail.messageId).toBe(messageId);
    expect((await attempts(outboxId)).map((a) => [a.attempt, a.outcome, a.failure])).toEqual([
      [1, "failed", "recipient"],
      [2, "sent", null],
    ]);
    const worklist = await run(worklistRoute.loader, await get("/arbejdsliste", org.users.coordinator));
    expect(worklist.data.failedEmails).toBe(0);
  });

  it("says so, without sending twice, when the button is pressed again", async () => {
    const again = await run(
      failedRoute.action,
      await post("/fejlede-beskeder", { intent: "resend", id: outboxId }, org.users.coordinator),
    );
    expect(again).toMatchObject({ status: 302, location: "/fejlede-beskeder?allerede=1" });
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
    expect(arrivals(messageId)).toHaveLength(1);
  });
});

describe("resending", () => {
  it("is refused for a citizen who now wants letters, until the contact details are corrected", async () => {
    const { citizenId, outboxId } = await acceptedSuggestion("ukendt.inger@example.dk");
    await sendDueMessages(db, live(), FROM);
    expect((await row(outboxId)).status).toBe("dead");
    const { firstName: _f, lastName: _l, birthYear: _b, consentToShare: _c, ...screening } = citizenForm();
    const saved = await run(
      screeningRoute.action,
      await post(`/borgere/${citizenId}/screening`, screening, org.users.coordinator),
      { id: citizenId },
    );
    expect(saved.status).toBe(302);
    const resend = await run(
      failedRoute.action,
      await post("/fejlede-beskeder", { intent: "resend", id: outboxId }, org.users.coordinator),
    );
    expect(resend.status).toBe(409);
    expect(resend.data.error).toContain("vil have brev");
    expect((await row(outboxId)).status).toBe("dead");
  });

  it("keeps the recipient of a message to staff, and an administrator can do it from the outbox", async () => {
    const id = await enqueueTestEmail("Til en medarbejder", "spamfilter@example.dk");
    await sendDueMessages(db, live(), FROM);
    expect(await row(id)).toMatchObject({ status: "dead" });
    expect((await attempts(id))[0]).toMatchObject({ failure: "rejected", smtp_response: "554 5.7.1 Message rejected as spam" });

    // A message about no citizen is not the coordinator's to resend.
    const asCoordinator = await run(
      failedRoute.action,
      await post("/fejlede-beskeder", { intent: "resend", id }, org.users.coordinator),
    );
    expect(asCoordinator.status).toBe(404);

    const page = await run(adminMessageRoute.loader, await get(`/admin/udbakke/${id}`, org.users.admin), { id });
    expect(page.data.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(["failed"]);
    const resent = await run(
      adminMessageRoute.action,
      await post(`/admin/udbakke/${id}`, { intent: "resend", id }, org.users.admin),
      { id },
    );
    expect(resent).toMatchObject({ status: 302, location: `/admin/udbakke/${id}?sendt=1` });
    expect(await row(id)).toMatchObject({ status: "pending", recipient: "spamfilter@example.dk", attempts: 0 });
  });

  it("shows an administrator the email as it looks, as a document that can style itself but never run", async () => {
    const id = await enqueueTestEmail("Forhåndsvisning");
    const content = (await adminMessageContentRoute.loader({
      request: await get(`/admin/udbakke/${id}/indhold`, org.users.admin),
      params: { id },
      context: {},
    } as never)) as Response;
    expect(content.status).toBe(200);
    expect(content.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await content.text()).toContain('<a href="http://localhost:3000/svar/abc">svar</a>');
    const policy = content.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("sandbox");
    expect(policy).not.toContain("script-src");
    expect(content.headers.get("Cache-Control")).toBe("no-store");

    const asCoordinator = await run(adminMessageContentRoute.loader, await get(`/admin/udbakke/${id}/indhold`, org.users.coordinator), { id });
    expect(asCoordinator.status).toBe(403);
    const unknown = crypto.randomUUID();
    expect((await run(adminMessageContentRoute.loader, await get(`/admin/udbakke/${unknown}/indhold`, org.users.admin), { id: unknown })).status).toBe(404);
  });

  it("refuses a made-up id with a Danish message", async () => {
    const outcome = await run(
      failedRoute.action,
      await post("/fejlede-beskeder", { intent: "resend", id: crypto.randomUUID() }, org.users.coordinator),
    );
    expect(outcome.status).toBe(404);
    expect(outcome.data.error).toMatch(/^E-mailen findes ikke/);
  });
});

describe("the development file sender", () => {
  it("writes each message as an .eml file carrying the subject, and marks it sent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outbox-eml-"));
    const id = await enqueueTestEmail("Forslag til Åse: en besøgsven");
    // Other messages still due (the one resent above) go to files too.
    expect(await sendDueMessages(db, fileSender(dir), FROM)).toBeGreaterThanOrEqual(1);
    expect(readdirSync(dir)).toContain(`${id}.eml`);
    const raw = readFileSync(join(dir, `${id}.eml`));
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe("Forslag til Åse: en besøgsven");
    expect(mail.messageId).toBe((await row(id)).message_id);
    expect(mail.text).toContain("http://localhost:3000/svar/abc");
    expect((await row(id)).status).toBe("sent");
  });
});
