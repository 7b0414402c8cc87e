// Email leaves through the outbox: written with the change that causes it, sent later
// by the worker, retried with backoff when SMTP is down, never lost and never doubled.
// A real SMTP server runs in-process and what arrives is parsed like a mail client would.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fileSender, smtpSender } from "../../app/comms/mailer.server";
import { retryDelayMs, sendDueMessages } from "../../app/comms/outbox-worker.server";
import { db } from "../../app/data/db.server";
import { enqueueEmail } from "../../app/data/outbox.server";
import * as inboxRoute from "../../app/routes/forslag";
import { createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { type TestOrg, createTestOrg, post, run } from "./helpers";

const FROM = "Test <t@example.dk>";

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

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, mail });
            callback();
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

const live = () => smtpSender(`smtp://127.0.0.1:${port}`);
const down = () => smtpSender(`smtp://127.0.0.1:${closedPort}`);
const row = (id: string) => db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const arrivals = (messageId: string) => received.filter((r) => r.mail.messageId === messageId);

async function enqueueTestEmail(subject: string): Promise<string> {
  return enqueueEmail(db, {
    proposalId: null,
    recipient: "modtager@example.dk",
    subject,
    html: "<p>Hej. Svar her: <a href=\"http://localhost:3000/svar/abc\">svar</a></p>",
    text: "Hej. Svar her: http://localhost:3000/svar/abc",
    messageIdDomain: "localhost",
  });
}

describe("sending a match suggestion by email", () => {
  let outboxId: string;
  beforeAll(async () => {
    const volunteerId = await createVolunteerViaForm(org.users.association, {
      firstName: "Mona",
      lastName: "Mailsen",
      email: "mona.mailsen@example.dk",
    });
    const citizenId = await registerCitizen(org.users.coordinator, {
      firstName: "Poul",
      lastName: "Postkassesen",
      contactChannel: "email",
      email: "poul.postkassesen@example.dk",
    });
    const proposalId = await propose(org.users.coordinator, citizenId, "volunteer", volunteerId);
    const decided = await run(
      inboxRoute.action,
      await post("/forslag", { proposalId, decision: "accept" }, org.users.bridge_builder),
    );
    expect(decided.status).toBe(302);
    outboxId = (
      await db.selectFrom("outbox").select("id").where("proposal_id", "=", proposalId).executeTakeFirstOrThrow()
    ).id;
  });

  it("is not sent inside the decision: it waits in the outbox until the worker runs", async () => {
    expect((await row(outboxId)).status).toBe("pending");
    expect(received).toHaveLength(0);
  });

  it("arrives over SMTP with subject, recipient, Message-ID and the reply link in HTML and text", async () => {
    const stored = await row(outboxId);
    const sent = await sendDueMessages(db, live(), FROM);
    expect(sent).toBe(1);
    const [mail] = arrivals(stored.message_id);
    expect(mail).toBeDefined();
    expect(mail!.envelopeTo).toEqual(["poul.postkassesen@example.dk"]);
    expect(mail!.mail.subject).toBe(stored.subject);
    expect(mail!.mail.subject).toContain("Test Kommune");
    expect(mail!.mail.to).toMatchObject({ value: [{ address: "poul.postkassesen@example.dk" }] });
    expect(mail!.mail.from).toMatchObject({ value: [{ address: "t@example.dk", name: "Test" }] });
    expect(mail!.mail.messageId).toBe(stored.message_id);
    const link = /http:\/\/localhost:3000\/svar\/([a-z0-9]+)/.exec(stored.text)![0];
    expect(mail!.mail.html).toContain(link);
    expect(mail!.mail.text).toContain(link);
    expect(mail!.mail.text).toContain("Mona");
    expect(mail!.mail.text).not.toContain("Mailsen");

    const after = await row(outboxId);
    expect(after.status).toBe("sent");
    expect(after.attempts).toBe(1);
    expect(after.sent_at).not.toBeNull();
    expect(after.last_error).toBeNull();
  });

  it("is sent once: running the worker again sends nothing", async () => {
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
    expect(arrivals((await row(outboxId)).message_id)).toHaveLength(1);
  });
});

describe("an SMTP outage", () => {
  let id: string;
  let messageId: string;
  let warn: ReturnType<typeof vi.spyOn>;
  beforeAll(async () => {
    id = await enqueueTestEmail("Under nedbrud");
    messageId = (await row(id)).message_id;
  });
  beforeEach(() => {
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    warn.mockRestore();
  });

  it("keeps the message pending with the error and a later retry time", async () => {
    const before = Date.now();
    expect(await sendDueMessages(db, down(), FROM)).toBe(0);
    const after = await row(id);
    expect(after.status).toBe("pending");
    expect(after.attempts).toBe(1);
    expect(after.last_error).toMatch(/ECONNREFUSED|connect/i);
    const retryIn = Date.parse(after.next_attempt_at) - before;
    expect(retryIn).toBeGreaterThanOrEqual(retryDelayMs(1) - 1000);
    expect(retryIn).toBeLessThanOrEqual(retryDelayMs(1) + 5000);
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
    await db
      .updateTable("outbox")
      .set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", id)
      .execute();
    expect(await sendDueMessages(db, live(), FROM)).toBe(1);
    expect(await sendDueMessages(db, live(), FROM)).toBe(0);
    const got = arrivals(messageId);
    expect(got).toHaveLength(1);
    expect(got[0]!.mail.subject).toBe("Under nedbrud");
    const after = await row(id);
    expect(after).toMatchObject({ status: "sent", attempts: 2, last_error: null });
  });

  it("waits longer after each failure, and gives up (dead) after the last attempt", async () => {
    const deadId = await enqueueTestEmail("Kommer aldrig frem");
    let clock = Date.now();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt++) {
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
    expect(final.attempts).toBe(8);
    expect(final.last_error).toBeTruthy();
    // 30 s, 1 min, 2 min, … each wait at least as long as the one before.
    expect(delays[0]).toBe(30_000);
    expect(delays[1]).toBe(60_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    // A dead message is not picked up again, not even far in the future.
    const later = new Date(clock + 24 * 60 * 60 * 1000);
    expect(await sendDueMessages(db, live(), FROM, () => later)).toBe(0);
    expect(arrivals(final.message_id)).toHaveLength(0);
  });
});

describe("the development file sender", () => {
  it("writes each message as an .eml file carrying the subject, and marks it sent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outbox-eml-"));
    const id = await enqueueTestEmail("Forslag til Åse: en besøgsven");
    expect(await sendDueMessages(db, fileSender(dir), FROM)).toBe(1);
    expect(readdirSync(dir)).toEqual([`${id}.eml`]);
    const raw = readFileSync(join(dir, `${id}.eml`));
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe("Forslag til Åse: en besøgsven");
    expect(mail.messageId).toBe((await row(id)).message_id);
    expect(mail.text).toContain("http://localhost:3000/svar/abc");
    expect((await row(id)).status).toBe("sent");
  });
});
