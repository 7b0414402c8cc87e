import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../app/auth/password.server";
import { createSession, sessionCookie, validateSessionToken } from "../../app/auth/sessions.server";
import { db } from "../../app/data/db.server";
import { getPasswordHash } from "../../app/data/users.server";
import * as passwordRoute from "../../app/routes/konto.adgangskode";
import { ORIGIN, PASSWORD, type TestOrg, createTestOrg, run } from "./helpers";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg();
});

async function changePassword(token: string, form: Record<string, string>) {
  const request = new Request(`${ORIGIN}/konto/adgangskode`, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: { Origin: ORIGIN, Cookie: (await sessionCookie.serialize(token)).split(";")[0]! },
  });
  return run(passwordRoute.action, request);
}

describe("changing one's password", () => {
  it("refuses a wrong current password with a Danish message and keeps the old password", async () => {
    const token = await createSession(db, org.users.homecare.id);
    const outcome = await changePassword(token, {
      currentPassword: "forkert-adgangskode",
      newPassword: "en helt ny lang sætning",
      confirmPassword: "en helt ny lang sætning",
    });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.currentPassword).toEqual(["Den nuværende adgangskode er forkert"]);
    expect(await verifyPassword((await getPasswordHash(db, org.users.homecare.id))!, PASSWORD)).toBe(true);
  });

  it("refuses a short or mismatched new password, naming the field", async () => {
    const token = await createSession(db, org.users.homecare.id);
    const short = await changePassword(token, { currentPassword: PASSWORD, newPassword: "kort", confirmPassword: "kort" });
    expect(short.status).toBe(400);
    expect(short.data.result.error.newPassword[0]).toMatch(/mindst 15 tegn/);
    const mismatch = await changePassword(token, {
      currentPassword: PASSWORD,
      newPassword: "en helt ny lang sætning",
      confirmPassword: "en anden lang sætning",
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.data.result.error.confirmPassword).toEqual(["De to nye adgangskoder er ikke ens"]);
  });

  it.each([
    ["a breached password", "iloveyou1234567890", /lækkede adgangskoder/],
    ["one built on their own email", "homecare@example.dk", /ligner dit navn eller din e-mail/],
  ])("refuses %s with a Danish reason and keeps the old password", async (_case, password, reason) => {
    const token = await createSession(db, org.users.homecare.id);
    const outcome = await changePassword(token, { currentPassword: PASSWORD, newPassword: password, confirmPassword: password });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.newPassword[0]).toMatch(reason);
    expect(await verifyPassword((await getPasswordHash(db, org.users.homecare.id))!, PASSWORD)).toBe(true);
  });

  it("stores the new password, signs out every other device and keeps this one signed in", async () => {
    const user = org.users.volunteer;
    const otherDevice = await createSession(db, user.id);
    const thisDevice = await createSession(db, user.id);
    const outcome = await changePassword(thisDevice, {
      currentPassword: PASSWORD,
      newPassword: "en helt ny lang sætning",
      confirmPassword: "en helt ny lang sætning",
    });
    expect(outcome.status).toBe(200);
    expect(outcome.data.changed).toBe(true);
    expect(await validateSessionToken(db, otherDevice)).toBeNull();
    expect(await validateSessionToken(db, thisDevice)).toBeNull();
    const fresh = await sessionCookie.parse(outcome.headers.get("Set-Cookie"));
    expect((await validateSessionToken(db, fresh as string))?.id).toBe(user.id);
    const hash = (await getPasswordHash(db, user.id))!;
    expect(await verifyPassword(hash, "en helt ny lang sætning")).toBe(true);
    expect(await verifyPassword(hash, PASSWORD)).toBe(false);
  });
});
