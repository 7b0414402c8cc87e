// Guessing passwords: failed logins slow down per typed email and per client network,
// and the answers never tell whether an account exists.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { FREE_ACCOUNT_FAILURES, NETWORK_FAILURES } from "../../app/domain/rate-limits/login-throttle";
import * as loginRoute from "../../app/routes/login";
import { messages } from "../../app/ui/messages";
import { PASSWORD, type TestOrg, createTestOrg, post, run } from "./helpers";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg();
});

const login = async (email: string, password: string, clientAddress = "203.0.113.20") =>
  run((args) => loginRoute.action({ ...args, context: { clientAddress } }), await post("/login", { email, password }));

/** What the person at the keyboard sees: the status and the message. */
const seen = (outcome: Awaited<ReturnType<typeof login>>) => ({
  status: outcome.status,
  message: outcome.data?.result?.error?.[""]?.[0] ?? null,
  signedIn: outcome.headers.get("Set-Cookie") !== null,
});

/** Moves every login failure back in time, as if the person had waited. */
const wait = (minutes: number) =>
  db
    .updateTable("failed_attempt")
    .set((eb) => ({ failed_at: eb.fn<string>("strftime", [eb.val("%Y-%m-%dT%H:%M:%fZ"), "failed_at", eb.val(`-${minutes} minutes`)]) }))
    .where("kind", "in", ["login-account", "login-network"])
    .execute();

describe("too many wrong passwords for one account", () => {
  it(`answers the ${FREE_ACCOUNT_FAILURES}th wrong password with a wait, and then refuses even the right one`, async () => {
    const email = org.users.coordinator.email;
    for (let i = 1; i < FREE_ACCOUNT_FAILURES; i++) {
      expect(seen(await login(email, `forkert-gæt-nummer-${i}`))).toEqual({ status: 400, message: messages.loginFailed, signedIn: false });
    }
    expect(seen(await login(email, "forkert-gæt-nummer-5"))).toEqual({ status: 429, message: messages.loginLocked(1), signedIn: false });
    expect(seen(await login(email, PASSWORD))).toEqual({ status: 429, message: messages.loginLocked(1), signedIn: false });
  });

  it("lets the right password in once the wait is over, and the next wrong one waits twice as long", async () => {
    const email = org.users.coordinator.email;
    await wait(1);
    expect(seen(await login(email, "forkert-gæt-nummer-6"))).toEqual({ status: 429, message: messages.loginLocked(2), signedIn: false });
    await wait(2);
    expect(seen(await login(email, PASSWORD))).toMatchObject({ status: 302, signedIn: true });
  });

  it("starts counting afresh after a successful login", async () => {
    const email = org.users.coordinator.email;
    for (let i = 1; i < FREE_ACCOUNT_FAILURES; i++) {
      expect((await login(email, `igen-forkert-${i}`)).status).toBe(400);
    }
  });

  it("answers an email without an account exactly as one with an account", async () => {
    const answers = async (email: string) => {
      const seenNow = [];
      for (let i = 1; i <= FREE_ACCOUNT_FAILURES + 1; i++) seenNow.push(seen(await login(email, `forkert-${i}`)));
      return seenNow;
    };
    expect(await answers("findes.ikke@example.dk")).toEqual(await answers(org.users.homecare.email));
  });

  it("does not hold up the same person's colleagues", async () => {
    expect(seen(await login(org.users.admin.email, PASSWORD))).toMatchObject({ status: 302, signedIn: true });
  });

  it("stores neither the email nor the address, only hashes", async () => {
    const rows = await db.selectFrom("failed_attempt").selectAll().where("kind", "in", ["login-account", "login-network"]).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toMatch(/example\.dk|203\.0\.113/);
    }
  });
});

describe("one network trying many accounts", () => {
  const sprayer = "198.51.100.77";

  it(`stops the network after ${NETWORK_FAILURES} failures across accounts, but no one else`, async () => {
    await db.deleteFrom("failed_attempt").where("kind", "in", ["login-account", "login-network"]).execute();
    for (let i = 1; i < NETWORK_FAILURES; i++) {
      expect((await login(`person${i}@example.dk`, "sommer-2026-sommer", sprayer)).status).toBe(400);
    }
    expect(seen(await login("person50@example.dk", "sommer-2026-sommer", sprayer))).toEqual({
      status: 429,
      message: messages.loginLocked(15),
      signedIn: false,
    });
    expect((await login(org.users.volunteer.email, PASSWORD, sprayer)).status).toBe(429);
    expect(seen(await login(org.users.volunteer.email, PASSWORD, "192.0.2.5"))).toMatchObject({ status: 302, signedIn: true });
  });

  it("lets the network in again when its failures are a quarter of an hour old", async () => {
    await wait(15);
    expect(seen(await login(org.users.volunteer.email, PASSWORD, sprayer))).toMatchObject({ status: 302, signedIn: true });
  });
});
