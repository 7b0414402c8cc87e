// The citizen answers a suggestion without logging in, by the link in the email or
// letter or by the letter's short code: "Ja tak", "Nej tak" or "Ring til mig", and may
// change their mind until the link expires. Every answer reaches the coordinator (the
// proposal, the citizen page with the history, the worklist), "Ring til mig" becomes a
// task for the contact person, and a citizen who has not answered seven days after the
// letter or email went out is put on the worklist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueMessages } from "../../app/comms/outbox-worker.server";
import { db } from "../../app/data/db.server";
import { REPLY_VALID_DAYS, newReplyCredentials, saveReplyCredentials } from "../../app/data/replies.server";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import { CODE_FAILURES_OVERALL, CODE_FAILURES_PER_CLIENT } from "../../app/domain/replies/code-guessing";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import * as worklistRoute from "../../app/routes/arbejdsliste";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as inboxRoute from "../../app/routes/forslag";
import * as replyRoute from "../../app/routes/svar.$token";
import * as replyCodeRoute from "../../app/routes/svar._index";
import { formatDate } from "../../app/ui/format";
import { messages } from "../../app/ui/messages";
import { activityForm, createOtherMunicipality, createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let activityId: string;
const DAY_MS = 24 * 60 * 60 * 1000;
const today = dateInDenmark();

beforeAll(async () => {
  org = await createTestOrg();
  const created = await run(
    newActivityRoute.action,
    await post("/aktiviteter/ny", activityForm({ title: "Havekredsen" }), org.users.association),
  );
  expect(created.status, JSON.stringify(created.data)).toBe(302);
  activityId = (await db.selectFrom("activity").select("id").where("title", "=", "Havekredsen").executeTakeFirstOrThrow()).id;
});

/** A citizen with a proposal the association has accepted: the letter or email is made. */
async function acceptedProposal(
  lastName: string,
  options: { email?: boolean; kind?: "volunteer" | "activity" } = {},
): Promise<{ citizenId: string; proposalId: string }> {
  const citizenId = await registerCitizen(org.users.coordinator, {
    firstName: "Ingrid",
    lastName,
    slots: ["tue-am", "thu-pm"],
    ...(options.email ? { contactChannel: "email", email: `${lastName.toLowerCase()}@example.dk` } : {}),
  });
  const kind = options.kind ?? "volunteer";
  // A volunteer of their own, so no test fills another's capacity.
  const targetId =
    kind === "activity"
      ? activityId
      : await createVolunteerViaForm(org.users.association, {
          firstName: "Karen",
          lastName: "Besøgsvensen",
          email: `karen.${lastName.toLowerCase()}@example.dk`,
        });
  const proposalId = await propose(org.users.coordinator, citizenId, kind, targetId);
  const decided = await run(
    inboxRoute.action,
    await post("/forslag", { proposalId, decision: "accept" }, org.users.bridge_builder),
  );
  expect(decided.status, JSON.stringify(decided.data)).toBe(302);
  return { citizenId, proposalId };
}

/** Fresh link credentials for a proposal, as the letter or email would carry them. */
async function credentialsFor(proposalId: string) {
  const credentials = newReplyCredentials();
  await saveReplyCredentials(db, proposalId, credentials);
  return { token: credentials.token, code: credentials.shortCode.replace("-", "") };
}

// Routes are called as the server would, with the client's address in the context.
const withClient =
  (fn: (args: any) => unknown, clientAddress?: string) =>
  (args: any) =>
    fn({ ...args, context: { clientAddress } });
const open = async (token: string, client?: string) =>
  run(withClient(replyRoute.loader, client), await get(`/svar/${token}`), { token });
const answer = async (token: string, value: string, client?: string) =>
  run(withClient(replyRoute.action, client), await post(`/svar/${token}`, { answer: value }), { token });
const typeCode = async (code: string, client?: string) =>
  run(withClient(replyCodeRoute.action, client), await post("/svar", { code }));

const citizenPage = async (citizenId: string, user: TestUser = org.users.coordinator) =>
  run(citizenRoute.loader, await get(`/borgere/${citizenId}`, user), { id: citizenId });
const history = async (citizenId: string) =>
  (await citizenPage(citizenId)).data.answers as { answer: string; via: string; seenAt: string | null }[];
type Item = { kind: string; citizenId: string; what: string; due: string; urgency: string };
const worklistFor = async (citizenId: string): Promise<Item[]> => {
  const outcome = await run(worklistRoute.loader, await get("/arbejdsliste?borgere=alle", org.users.coordinator));
  return (outcome.data.items as Item[]).filter((i) => i.citizenId === citizenId);
};
const tasksOf = (citizenId: string) =>
  db.selectFrom("citizen_task").selectAll().where("citizen_id", "=", citizenId).execute();
const proposalRow = (id: string) =>
  db.selectFrom("match_proposal").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const markSeen = async (citizenId: string, proposalId: string, user: TestUser = org.users.coordinator) =>
  run(
    citizenRoute.action,
    await post(`/borgere/${citizenId}`, { intent: "answers-seen", proposalId }, user),
    { id: citizenId },
  );

describe("the three answers", () => {
  it("'Ja tak' updates the proposal, is kept in the history and shows on the worklist until seen", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Jatak");
    const { token } = await credentialsFor(proposalId);
    const outcome = await answer(token, "yes");
    expect(outcome).toMatchObject({ status: 200, data: { saved: "yes" } });
    expect(await proposalRow(proposalId)).toMatchObject({ answer: "yes" });
    expect(await history(citizenId)).toMatchObject([{ answer: "yes", via: "link", seenAt: null }]);
    expect((await citizenPage(citizenId)).data.proposals[0]).toMatchObject({ id: proposalId, answer: "yes" });
    expect((await worklistFor(citizenId)).map((i) => [i.kind, i.what, i.due])).toEqual([
      ["answer", "Borgeren har svaret »Ja tak« til Karen Besøgsvensen", today],
    ]);
    // No call is asked for.
    expect(await tasksOf(citizenId)).toEqual([]);
    // Answered without a login: the audit log says so, with no user.
    const audited = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", proposalId)
      .where("purpose", "=", "Borgeren svarede på forslaget på svarsiden")
      .execute();
    expect(audited.map((a) => [a.user_id, JSON.parse(a.details)])).toEqual([[null, { answer: "yes", via: "link" }]]);

    // The coordinator marks it seen: it leaves the worklist and stays in the history.
    const seen = await markSeen(citizenId, proposalId);
    expect(seen).toMatchObject({ status: 302, location: `/borgere/${citizenId}?svar-set=1` });
    expect(await worklistFor(citizenId)).toEqual([]);
    expect((await history(citizenId))[0]!.seenAt).not.toBeNull();
    const again = await markSeen(citizenId, proposalId);
    expect(again).toMatchObject({ status: 409, data: { error: messages.answerNotUnseen } });
  });

  it("'Nej tak' is recorded, and the proposal is no longer in play", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Nejtak");
    const { token } = await credentialsFor(proposalId);
    expect((await answer(token, "no")).data).toEqual({ saved: "no" });
    expect(await proposalRow(proposalId)).toMatchObject({ answer: "no" });
    expect((await worklistFor(citizenId)).map((i) => i.what)).toEqual([
      "Borgeren har svaret »Nej tak« til Karen Besøgsvensen",
    ]);
    expect(await tasksOf(citizenId)).toEqual([]);
  });

  it("'Ring til mig' becomes a task for the contact person, due today, on the worklist", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Ringop");
    const { token } = await credentialsFor(proposalId);
    expect((await answer(token, "call")).data).toEqual({ saved: "call" });
    expect(await proposalRow(proposalId)).toMatchObject({ answer: "call" });
    const tasks = await tasksOf(citizenId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: "Ring til borgeren, som bad om et opkald om forslaget: besøgsven Karen Besøgsvensen",
      owner: "Test coordinator",
      due_date: today,
      done_at: null,
    });
    // The task is the worklist item; the answer is not listed a second time.
    expect((await worklistFor(citizenId)).map((i) => [i.kind, i.urgency])).toEqual([["task", "today"]]);
  });

  it("names the activity on the task when the suggestion is an activity", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Aktivring", { kind: "activity" });
    const { token } = await credentialsFor(proposalId);
    expect((await open(token)).data.reply.text).toContain("»Havekredsen«");
    await answer(token, "call");
    expect((await tasksOf(citizenId)).map((t) => t.title)).toEqual([
      "Ring til borgeren, som bad om et opkald om forslaget: aktiviteten »Havekredsen«",
    ]);
  });

  it("refuses anything else with a Danish message and records nothing", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Andet");
    const { token } = await credentialsFor(proposalId);
    for (const value of ["maybe", "", "YES"]) {
      expect(await answer(token, value)).toMatchObject({ status: 400, data: { error: "Vælg et af svarene" } });
    }
    expect(await history(citizenId)).toEqual([]);
    expect((await proposalRow(proposalId)).answer).toBeNull();
  });
});

describe("changing the answer", () => {
  it("keeps every answer in the history; the latest counts and the worklist says it changed", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Omtanke");
    const { token } = await credentialsFor(proposalId);
    await answer(token, "yes");
    await markSeen(citizenId, proposalId);
    await answer(token, "no");
    expect(await proposalRow(proposalId)).toMatchObject({ answer: "no" });
    expect((await history(citizenId)).map((h) => h.answer)).toEqual(["no", "yes"]);
    expect((await open(token)).data.reply.answer).toBe("no");
    expect((await worklistFor(citizenId)).map((i) => i.what)).toEqual([
      "Borgeren har ændret sit svar til »Nej tak« til Karen Besøgsvensen",
    ]);
  });

  it("records the same answer once: pressing it again (or a re-posted form) changes nothing", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Dobbeltklik");
    const { token } = await credentialsFor(proposalId);
    await answer(token, "call");
    const first = await proposalRow(proposalId);
    const again = await answer(token, "call");
    expect(again).toMatchObject({ status: 200, data: { saved: "call" } });
    expect(await history(citizenId)).toHaveLength(1);
    expect(await tasksOf(citizenId)).toHaveLength(1);
    expect((await proposalRow(proposalId)).answered_at).toBe(first.answered_at);
  });

  it("asks for a new call only when the earlier call task is done", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Ringigen");
    const { token } = await credentialsFor(proposalId);
    await answer(token, "call");
    await answer(token, "yes");
    await answer(token, "call");
    expect(await tasksOf(citizenId)).toHaveLength(1);
    await db.updateTable("citizen_task").set({ done_at: new Date().toISOString() }).where("citizen_id", "=", citizenId).execute();
    await answer(token, "no");
    await answer(token, "call");
    expect((await tasksOf(citizenId)).filter((t) => t.done_at === null)).toHaveLength(1);
    expect((await history(citizenId)).map((h) => h.answer)).toEqual(["call", "no", "call", "yes", "call"]);
  });

  it("only the citizen's own municipality can mark the answers seen", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Naboen");
    const { token } = await credentialsFor(proposalId);
    await answer(token, "yes");
    const other = (await createOtherMunicipality()).coordinator;
    expect((await markSeen(citizenId, proposalId, other)).status).toBe(404);
    const wrongProposal = await markSeen(citizenId, crypto.randomUUID());
    expect(wrongProposal.status).toBe(409);
    expect((await history(citizenId))[0]!.seenAt).toBeNull();
  });
});

describe("what the page shows", () => {
  it("names only the volunteer's first name, never the citizen or the volunteer's last name", async () => {
    const { proposalId } = await acceptedProposal("Hemmeligsen");
    const { token } = await credentialsFor(proposalId);
    const page = await open(token);
    expect(page.status).toBe(200);
    expect(page.data.reply.text).toBe("Vi vil gerne foreslå dig en besøgsven. Besøgsvennen hedder Karen.");
    const json = JSON.stringify(page.data);
    for (const secret of ["Hemmeligsen", "Ingrid", "Besøgsvensen", "Lindevej", "97 85 12 34", "Struer"]) {
      expect(json).not.toContain(secret);
    }
  });
});

describe("expiry", () => {
  it("gives every link and code 30 days", async () => {
    expect(REPLY_VALID_DAYS).toBe(30);
    const { proposalId } = await acceptedProposal("Tredivedage");
    const [token] = await db.selectFrom("reply_token").selectAll().where("proposal_id", "=", proposalId).execute();
    const days = (Date.parse(token!.expires_at) - Date.parse(token!.created_at)) / DAY_MS;
    expect(days).toBeCloseTo(30, 3);
  });

  it("answers an expired link exactly like an unknown one: the municipality's phone, nothing about the proposal", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Udloebet");
    const { token, code } = await credentialsFor(proposalId);
    expect((await open(token)).status).toBe(200);
    await db
      .updateTable("reply_token")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("proposal_id", "=", proposalId)
      .execute();
    const expired = await open(token);
    const unknown = await open("b".repeat(32));
    expect(expired.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(expired.data).toEqual(unknown.data);
    expect(expired.data.reply).toBeNull();
    expect(expired.data.phones).toContainEqual(expect.objectContaining({ phone: "96151515" }));
    expect(JSON.stringify(expired.data)).not.toContain("Karen");
    // By code too, and an answer to it is not recorded.
    expect((await open(code)).data).toEqual(unknown.data);
    expect(await typeCode(code)).toMatchObject({ status: 400, data: { error: messages.replyCodeUnknown } });
    expect(await answer(token, "yes")).toMatchObject({ status: 404, data: { error: messages.replyExpired } });
    expect((await proposalRow(proposalId)).answer).toBeNull();
    expect(await history(citizenId)).toEqual([]);
  });
});

describe("the short code from the letter", () => {
  it("leads to the reply page and records that the code was used", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Koden");
    const { code } = await credentialsFor(proposalId);
    const typed = await typeCode(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    expect(typed).toMatchObject({ status: 302, location: `/svar/${code}` });
    expect((await open(code)).data.reply.text).toContain("Karen");
    await answer(code, "yes");
    expect(await history(citizenId)).toMatchObject([{ answer: "yes", via: "code" }]);
  });

  describe("guessing", () => {
    const guesser = "203.0.113.9";
    const neighbour = "198.51.100.4";
    let code: string;
    let citizenId: string;

    beforeAll(async () => {
      const accepted = await acceptedProposal("Gaettelaas");
      citizenId = accepted.citizenId;
      code = (await credentialsFor(accepted.proposalId)).code;
    });
    afterAll(async () => {
      await db.deleteFrom("failed_attempt").where("kind", "=", "reply-code").execute();
    });

    it(`locks a client out after ${CODE_FAILURES_PER_CLIENT} wrong codes in an hour, even for a right code`, async () => {
      for (let i = 0; i < CODE_FAILURES_PER_CLIENT - 1; i++) {
        expect((await typeCode("ZZZZ-ZZZZ", guesser)).status).toBe(400);
      }
      expect((await open("ZZZZZZZZ", guesser)).status).toBe(404);
      // Locked: the form, the page and the answer all refuse, and say why.
      expect(await typeCode(code, guesser)).toMatchObject({
        status: 429,
        data: { error: messages.replyCodeLocked, code },
      });
      expect(await open(code, guesser)).toMatchObject({ status: 429, data: { reply: null, locked: "client" } });
      expect(await answer(code, "yes", guesser)).toMatchObject({ status: 429, data: { error: messages.replyCodeLocked } });
      expect(await history(citizenId)).toEqual([]);
    });

    it("does not lock out anyone else, and never stores the address", async () => {
      expect((await typeCode(code, neighbour)).status).toBe(302);
      const stored = await db.selectFrom("failed_attempt").select("key_hash").where("kind", "=", "reply-code").execute();
      expect(stored.length).toBeGreaterThanOrEqual(CODE_FAILURES_PER_CLIENT);
      for (const row of stored) expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it("lets the client in again when the wrong codes are an hour old", async () => {
      await db
        .updateTable("failed_attempt")
        .set({ failed_at: new Date(Date.now() - 61 * 60 * 1000).toISOString() })
        .execute();
      expect((await typeCode(code, guesser)).status).toBe(302);
      expect((await open(code, guesser)).status).toBe(200);
    });

    it(`pauses codes for everyone after ${CODE_FAILURES_OVERALL} wrong codes from many networks; links keep working`, async () => {
      const now = new Date().toISOString();
      await db
        .insertInto("failed_attempt")
        .values(
          Array.from({ length: CODE_FAILURES_OVERALL }, (_, i) => ({ kind: "reply-code" as const, key_hash: `network-${i}`, failed_at: now })),
        )
        .execute();
      expect(await typeCode(code, neighbour)).toMatchObject({ status: 429, data: { error: messages.replyCodePaused } });
      expect(await open(code, neighbour)).toMatchObject({ status: 429, data: { locked: "everyone" } });
      const { proposalId } = await acceptedProposal("Linkvirker");
      const { token } = await credentialsFor(proposalId);
      expect((await open(token, neighbour)).status).toBe(200);
      expect((await answer(token, "yes", neighbour)).data).toEqual({ saved: "yes" });
    });
  });
});

describe("the reminder when no answer comes", () => {
  const setSent = (table: "outbox" | "letter", proposalId: string, daysAgo: number) => {
    const at = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
    return table === "outbox"
      ? db.updateTable("outbox").set({ sent_at: at }).where("proposal_id", "=", proposalId).execute()
      : db.updateTable("letter").set({ status: "printed", printed_at: at }).where("proposal_id", "=", proposalId).execute();
  };
  const reminders = async (citizenId: string) =>
    (await worklistFor(citizenId)).filter((i) => i.kind === "match").map((i) => [i.what, i.due, i.urgency]);

  it("counts seven days from when the email was sent, not from the acceptance", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Mailvent", { email: true });
    // Accepted ten days ago, but the email is still waiting in the outbox.
    await db
      .updateTable("match_proposal")
      .set({ decided_at: new Date(Date.now() - 10 * DAY_MS).toISOString() })
      .where("id", "=", proposalId)
      .execute();
    expect(await reminders(citizenId)).toEqual([]);

    const sent = await sendDueMessages(db, async () => ({ response: "250 Ok" }), "test@example.dk");
    expect(sent).toBeGreaterThanOrEqual(1);
    await setSent("outbox", proposalId, 6);
    expect(await reminders(citizenId)).toEqual([]);

    await setSent("outbox", proposalId, 7);
    const sentOn = addDays(today, -7);
    expect(await reminders(citizenId)).toEqual([
      [`Borgeren har ikke svaret på e-mailen fra ${formatDate(sentOn)} – ring til borgeren`, today, "today"],
    ]);
  });

  it("counts from when the letter was printed, and is overdue after that", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Brevvent");
    await db
      .updateTable("match_proposal")
      .set({ decided_at: new Date(Date.now() - 20 * DAY_MS).toISOString() })
      .where("id", "=", proposalId)
      .execute();
    expect(await reminders(citizenId)).toEqual([]);
    await setSent("letter", proposalId, 9);
    expect(await reminders(citizenId)).toEqual([
      [
        `Borgeren har ikke svaret på brevet fra ${formatDate(addDays(today, -9))} – ring til borgeren`,
        addDays(today, -2),
        "overdue",
      ],
    ]);
  });

  it("counts from when the letter went by Digital Post, as from printing", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Digitalvent");
    const at = new Date(Date.now() - 8 * DAY_MS).toISOString();
    await db
      .updateTable("letter")
      .set({ status: "digital_post", digital_post_sent_at: at })
      .where("proposal_id", "=", proposalId)
      .execute();
    expect(await reminders(citizenId)).toEqual([
      [
        `Borgeren har ikke svaret på brevet fra ${formatDate(addDays(today, -8))} – ring til borgeren`,
        addDays(today, -1),
        "overdue",
      ],
    ]);
  });

  it("disappears when the citizen answers", async () => {
    const { citizenId, proposalId } = await acceptedProposal("Svarertilsidst");
    await setSent("letter", proposalId, 8);
    expect(await reminders(citizenId)).toHaveLength(1);
    const { token } = await credentialsFor(proposalId);
    await answer(token, "call");
    expect(await reminders(citizenId)).toEqual([]);
  });
});
