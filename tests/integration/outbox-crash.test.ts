// The crash test: a batch of 30 emails, a worker process killed with SIGKILL
// while the SMTP server is taking a message, the SMTP server stopped mid-batch so the
// next worker's attempts fail, then the server and a worker restarted. Every message
// must arrive, and none as a second, different message.
//
// Delivery is at least once. The worker is killed after the server has taken message
// number 8 but before the worker could record that, so the outbox still holds it as
// claimed; when its lease is over it is sent again. That second delivery carries the
// same Message-ID, which is how mail systems and readers recognise a duplicate: the
// contract is "every Message-ID arrives, and a Message-ID is always the same message",
// not "every message is delivered exactly once", which no SMTP client can promise.
import { type ChildProcess, spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { enqueueEmail } from "../../app/data/outbox.server";

const BATCH = 30;
const KILL_AT = 8;

interface Arrival {
  messageId: string;
  subject: string;
  text: string;
}
const arrivals: Arrival[] = [];

/** Runs the worker as a child process against this file's database and the given SMTP port. */
function startWorker(smtpPort: number, clockAheadMs = 0): { child: ChildProcess; exited: Promise<void>; stderr: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/outbox-worker-process.ts"], {
    env: {
      ...process.env,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Fællesskabsbro <ikke-svar@example.dk>",
      OUTBOX_CLOCK_AHEAD_MS: String(clockAheadMs),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, exited, stderr: () => stderr };
}

/** An SMTP server that keeps what it is given; `onArrival` runs before the server answers. */
async function startSmtp(port: number, onArrival: (count: number) => void = () => {}): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            arrivals.push({ messageId: mail.messageId ?? "", subject: mail.subject ?? "", text: mail.text ?? "" });
            onArrival(arrivals.length);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

const closeSmtp = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Waits until `condition` holds; the test's own timeout is the only clock. */
async function until(condition: () => Promise<boolean>, worker?: { exited: Promise<void>; stderr: () => string }) {
  let dead = false;
  void worker?.exited.then(() => (dead = true));
  while (!(await condition())) {
    if (dead) throw new Error(`the worker stopped by itself:\n${worker!.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const count = async (query: { executeTakeFirstOrThrow(): Promise<{ n: number }> }) =>
  Number((await query.executeTakeFirstOrThrow()).n);
const countQuery = (status: "sent" | "pending" | "dead") =>
  db
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", status);
const failedAttempts = () =>
  db
    .selectFrom("outbox_attempt")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("outcome", "=", "failed");

const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

describe("a worker killed mid-batch while the SMTP server goes down", () => {
  const ids: string[] = [];

  beforeAll(async () => {
    for (let i = 1; i <= BATCH; i++) {
      ids.push(
        await enqueueEmail(db, {
          proposalId: null,
          recipient: `modtager${i}@example.dk`,
          subject: `Besked ${i} af ${BATCH}: æblegrød på Ærø`,
          html: `<p>Besked nummer ${i}</p>`,
          text: `Besked nummer ${i}`,
          messageIdDomain: "localhost",
        }),
      );
    }
  });

  it("delivers every message, and a message sent twice always with the same Message-ID", async () => {
    // 1. The worker sends; when the server has taken message KILL_AT, the worker is
    //    killed before it hears the answer, and the server stops taking mail.
    const phase: { worker?: ReturnType<typeof startWorker>; stopped?: Promise<void> } = {};
    let smtp: SMTPServer = await startSmtp(0, (n) => {
      if (n !== KILL_AT) return;
      phase.worker!.child.kill("SIGKILL");
      phase.stopped = phase.worker!.exited.then(() => closeSmtp(smtp));
    });
    const port = (smtp.server.address() as AddressInfo).port;
    const first = startWorker(port);
    phase.worker = first;
    running.push(first.child);
    await until(async () => arrivals.length >= KILL_AT);
    await phase.stopped;
    expect(first.child.signalCode).toBe("SIGKILL");
    expect(await count(countQuery("sent"))).toBe(KILL_AT - 1);

    // 2. A new worker starts while SMTP is down: every untried message fails and waits.
    const second = startWorker(port);
    running.push(second.child);
    await until(async () => (await count(failedAttempts())) >= BATCH - KILL_AT, second);
    second.child.kill("SIGKILL");
    await second.exited;
    const unreachable = await db
      .selectFrom("outbox_attempt")
      .select(["failure", "error"])
      .where("outcome", "=", "failed")
      .execute();
    expect(new Set(unreachable.map((a) => a.failure))).toEqual(new Set(["unreachable"]));
    expect(unreachable[0]!.error).toMatch(/ECONNREFUSED/);
    expect(await count(countQuery("dead"))).toBe(0);

    // 3. The server is back and a worker is restarted an hour later: backoffs and the
    //    dead worker's lease are over.
    smtp = await startSmtp(port);
    const third = startWorker(port, 60 * 60 * 1000);
    running.push(third.child);
    await until(async () => (await count(countQuery("sent"))) === BATCH, third);
    third.child.kill("SIGKILL");
    await third.exited;
    await closeSmtp(smtp);

    const outbox = await db.selectFrom("outbox").select(["id", "message_id", "subject"]).where("id", "in", ids).execute();
    const expected = new Set(outbox.map((m) => m.message_id));
    expect(expected.size).toBe(BATCH);
    // Every message arrived, and nothing arrived that is not in the outbox.
    expect(new Set(arrivals.map((a) => a.messageId))).toEqual(expected);
    // A Message-ID that arrived twice is the same message both times, never a second one.
    const byId = new Map<string, Arrival[]>();
    for (const a of arrivals) byId.set(a.messageId, [...(byId.get(a.messageId) ?? []), a]);
    for (const [messageId, copies] of byId) {
      const stored = outbox.find((m) => m.message_id === messageId)!;
      for (const copy of copies) expect(copy.subject).toBe(stored.subject);
      expect(new Set(copies.map((c) => c.text)).size).toBe(1);
    }
    // Only the message the server took as the worker died came twice.
    const twice = [...byId].filter(([, copies]) => copies.length > 1).map(([messageId]) => messageId);
    expect(twice).toHaveLength(1);
    const duplicated = outbox.find((m) => m.message_id === twice[0])!;

    // The attempts tell the story: cut short, then sent.
    const history = await db
      .selectFrom("outbox_attempt")
      .select(["outbox_id", "attempt", "outcome", "finished_at"])
      .orderBy("attempt")
      .execute();
    const outcomes = (id: string) => history.filter((a) => a.outbox_id === id).map((a) => a.outcome);
    expect(outcomes(duplicated.id)).toEqual(["interrupted", "sent"]);
    expect(history.every((a) => a.finished_at !== null)).toBe(true);
    const failedThenSent = ids.filter((id) => outcomes(id).join() === "failed,sent");
    expect(failedThenSent).toHaveLength(BATCH - KILL_AT);
  }, 120_000);
});
