// The Digital Post gateway, played by MSW: what the client sends, how every kind of
// answer (taken, refused, locked out, down, too slow, unreachable) reaches the
// coordinator in Danish, and that the letters page sends only what can be sent and
// leaves the rest waiting.
import { HttpResponse, delay, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DigitalPostError, type GatewaySettings, httpGateway } from "../../app/comms/digital-post/gateway.server";
import { db } from "../../app/data/db.server";
import { env, parseEnv } from "../../app/env.server";
import * as cprRoute from "../../app/routes/borgere.$id.cpr";
import * as lettersRoute from "../../app/routes/breve._index";
import * as inboxRoute from "../../app/routes/forslag";
import { at, parseXml } from "../support/xml";
import { createVolunteerViaForm, propose, registerCitizen } from "./fixtures";
import { type TestOrg, createTestOrg, get, post, run } from "./helpers";

const GATEWAY = "https://digitalpost.gateway.example/memo";
const settings: GatewaySettings = { url: GATEWAY, token: "hemmelig-nøgle", timeoutMs: 1000 };
const message = { uuid: "6f1c2a5e-8d3b-4c7a-9e21-0b5d4f3a2c18", xml: "<memo:Message/>" };

const requests: Request[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  requests.length = 0;
  server.events.on("request:start", ({ request }) => {
    requests.push(request.clone());
  });
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  env.DIGITAL_POST_URL = undefined;
  env.DIGITAL_POST_TOKEN = undefined;
});
afterAll(() => server.close());

const answer = (response: () => Response | Promise<Response>) => server.use(http.post(GATEWAY, response));

async function failure(promise: Promise<unknown>): Promise<DigitalPostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DigitalPostError);
  return error as DigitalPostError;
}

describe("gateway client", () => {
  it("posts the MeMo XML with the token and the message UUID as idempotency key", async () => {
    answer(() => HttpResponse.json({ id: "kvittering-1" }, { status: 202 }));
    await httpGateway(settings).send(message);
    expect(requests).toHaveLength(1);
    const sent = requests[0]!;
    expect(sent.method).toBe("POST");
    expect(sent.headers.get("Authorization")).toBe("Bearer hemmelig-nøgle");
    expect(sent.headers.get("Idempotency-Key")).toBe(message.uuid);
    expect(sent.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(await sent.text()).toBe(message.xml);
  });

  it("takes 409 as 'already received': a retry after a lost answer is not an error", async () => {
    answer(() => new HttpResponse("duplicate messageUUID", { status: 409 }));
    await expect(httpGateway(settings).send(message)).resolves.toBeUndefined();
  });

  it("passes on the gateway's reason when it refuses one letter", async () => {
    answer(() =>
      HttpResponse.json(
        { type: "about:blank", title: "Bad Request", detail: "Modtageren er fritaget for Digital Post" },
        { status: 400, headers: { "Content-Type": "application/problem+json" } },
      ),
    );
    const error = await failure(httpGateway(settings).send(message));
    expect(error.reason).toBe("refused");
    expect(error.onlyThisLetter).toBe(true);
    expect(error.userMessage).toBe("Digital Post afviste brevet: Modtageren er fritaget for Digital Post");
  });

  it("says when the refusal came without a reason", async () => {
    answer(() => new HttpResponse(null, { status: 422 }));
    expect((await failure(httpGateway(settings).send(message))).userMessage).toBe(
      "Digital Post afviste brevet uden at sige hvorfor.",
    );
  });

  it.each([401, 403])("explains a %i as a setup problem for an administrator", async (status) => {
    answer(() => new HttpResponse("nope", { status }));
    const error = await failure(httpGateway(settings).send(message));
    expect(error.reason).toBe("unauthorised");
    expect(error.onlyThisLetter).toBe(false);
    expect(error.userMessage).toContain("Bed en administrator");
  });

  it.each([500, 502, 503, 429])("tells the coordinator to try later on %i", async (status) => {
    answer(() => new HttpResponse("<html>fejl</html>", { status }));
    const error = await failure(httpGateway(settings).send(message));
    expect(error.reason).toBe("unavailable");
    expect(error.userMessage).toBe(`Digital Post svarer ikke lige nu (fejl ${status}). Prøv igen senere.`);
  });

  it("gives up after the time limit instead of hanging the page", async () => {
    answer(async () => {
      await delay(5000);
      return new HttpResponse(null, { status: 202 });
    });
    const started = Date.now();
    const error = await failure(httpGateway({ ...settings, timeoutMs: 300 }).send(message));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.reason).toBe("timeout");
    expect(error.userMessage).toBe("Digital Post svarede ikke inden for 1 sekund. Prøv igen senere.");
  });

  it("says so when the gateway cannot be reached at all", async () => {
    answer(() => HttpResponse.error());
    const error = await failure(httpGateway(settings).send(message));
    expect(error.reason).toBe("unreachable");
    expect(error.userMessage).toBe("Digital Post kunne ikke nås. Prøv igen senere.");
  });
});

describe("gateway settings", () => {
  it("are optional, but a URL without a token stops the start with a message naming it", () => {
    expect(parseEnv({}).DIGITAL_POST_URL).toBeUndefined();
    expect(() => parseEnv({ DIGITAL_POST_URL: GATEWAY })).toThrow(/DIGITAL_POST_TOKEN/);
    expect(() => parseEnv({ DIGITAL_POST_URL: "ftp://gateway.example", DIGITAL_POST_TOKEN: "x" })).toThrow(
      /DIGITAL_POST_URL/,
    );
    expect(parseEnv({ DIGITAL_POST_URL: GATEWAY, DIGITAL_POST_TOKEN: "x" })).toMatchObject({
      DIGITAL_POST_URL: GATEWAY,
      DIGITAL_POST_TIMEOUT_MS: 15_000,
    });
  });
});

describe("sending from the letters page", () => {
  let org: TestOrg;
  let serial = 0;

  beforeAll(async () => {
    org = await createTestOrg();
    await db.updateTable("municipality").set({ cvr: "12345674" }).where("id", "=", org.municipalityId).execute();
  });

  async function pendingLetter(lastName: string, cpr: string | null) {
    serial++;
    const volunteerId = await createVolunteerViaForm(org.users.association, { email: `dp${serial}@example.dk` });
    const citizenId = await registerCitizen(org.users.coordinator, { lastName, address: `Postvej ${serial}` });
    const proposalId = await propose(org.users.coordinator, citizenId, "volunteer", volunteerId);
    await run(inboxRoute.action, await post("/forslag", { proposalId, decision: "accept" }, org.users.bridge_builder));
    if (cpr) {
      await run(cprRoute.action, await post(`/borgere/${citizenId}/cpr`, { intent: "save", cpr }, org.users.coordinator), {
        id: citizenId,
      });
    }
    const letter = await db.selectFrom("letter").select("id").where("proposal_id", "=", proposalId).executeTakeFirstOrThrow();
    return letter.id;
  }

  const status = async (id: string) =>
    db.selectFrom("letter").select(["status", "digital_post_error", "digital_post_sent_at"]).where("id", "=", id).executeTakeFirstOrThrow();
  const send = async () => run(lettersRoute.action, await post("/breve", { intent: "digital-post" }, org.users.coordinator));

  it("is offered only when a gateway is configured", async () => {
    const page = await run(lettersRoute.loader, await get("/breve", org.users.coordinator));
    expect(page.data.digitalPostConfigured).toBe(false);
    const refused = await send();
    expect(refused.status).toBe(409);
    expect(refused.data.error).toBe("Digital Post er ikke sat op. Udskriv brevene i stedet.");
  });

  it("sends each letter with a CPR number, keeps a refused one waiting with the reason, and leaves the rest to print", async () => {
    await db.updateTable("letter").set({ status: "printed" }).where("status", "=", "pending").execute();
    const taken = await pendingLetter("Modtagersen", "0102431234");
    const refused = await pendingLetter("Fritagetsen", "0202431234");
    const noCpr = await pendingLetter("Udencprsen", null);
    env.DIGITAL_POST_URL = GATEWAY;
    env.DIGITAL_POST_TOKEN = "hemmelig-nøgle";
    answer(async () => {
      const uuid = requests.at(-1)!.headers.get("Idempotency-Key");
      return uuid === refused
        ? HttpResponse.json({ detail: "Modtageren er fritaget for Digital Post" }, { status: 400 })
        : new HttpResponse(null, { status: 202 });
    });

    const outcome = await send();
    expect(outcome.status).toBe(200);
    expect(outcome.data.sent).toMatchObject({
      sent: 1,
      notAddressable: 1,
      stoppedBecause: null,
      failed: [{ letterId: refused, name: "Inger Fritagetsen", error: "Digital Post afviste brevet: Modtageren er fritaget for Digital Post" }],
    });
    expect(requests).toHaveLength(2);
    const memo = parseXml(await requests[0]!.text());
    expect(at(memo, "MessageHeader", "messageUUID").text).toBe(taken);
    expect(at(memo, "MessageHeader", "Recipient", "recipientID").text).toBe("0102431234");

    expect(await status(taken)).toMatchObject({ status: "digital_post", digital_post_error: null });
    expect((await status(taken)).digital_post_sent_at).not.toBeNull();
    expect(await status(refused)).toMatchObject({
      status: "pending",
      digital_post_error: "Digital Post afviste brevet: Modtageren er fritaget for Digital Post",
    });
    expect(await status(noCpr)).toMatchObject({ status: "pending", digital_post_error: null });

    // The page shows what waits, with the reason beside the refused one.
    const page = await run(lettersRoute.loader, await get("/breve", org.users.coordinator));
    expect(page.data.pending.map((l: { id: string; digitalPostError: string | null }) => [l.id, l.digitalPostError])).toEqual([
      [refused, "Digital Post afviste brevet: Modtageren er fritaget for Digital Post"],
      [noCpr, null],
    ]);
  });

  it("stops at the first letter when the gateway is down, instead of trying every one", async () => {
    await db.updateTable("letter").set({ status: "printed" }).where("status", "=", "pending").execute();
    const first = await pendingLetter("Førstesen", "0303431234");
    const second = await pendingLetter("Andensen", "0404431234");
    env.DIGITAL_POST_URL = GATEWAY;
    env.DIGITAL_POST_TOKEN = "hemmelig-nøgle";
    answer(() => new HttpResponse(null, { status: 503 }));

    const outcome = await send();
    expect(requests).toHaveLength(1);
    expect(outcome.data.sent).toMatchObject({
      sent: 0,
      stoppedBecause: "Digital Post svarer ikke lige nu (fejl 503). Prøv igen senere.",
    });
    expect((await status(first)).status).toBe("pending");
    expect((await status(second)).status).toBe("pending");
  });
});
