// Inviting users by email link: an administrator invites association users and
// colleagues, an association editor invites its own volunteers; the invited person
// opens the link from the email, chooses a password and is logged in. The link is
// single-use, expires after 7 days and dies when revoked or sent again.
import { beforeAll, describe, expect, it } from "vitest";
import { sessionCookie, validateSessionToken } from "../../app/auth/sessions.server";
import { db } from "../../app/data/db.server";
import { inviteUser } from "../../app/data/invitations.server";
import { createUser } from "../../app/data/users.server";
import * as associationRoute from "../../app/routes/admin.foreninger.$id";
import * as staffRoute from "../../app/routes/admin.brugere";
import * as invitationRoute from "../../app/routes/invitation.$token";
import * as loginRoute from "../../app/routes/login";
import { messages } from "../../app/ui/messages";
import { createOtherMunicipality, createVolunteerViaForm } from "./fixtures";
import { PASSWORD, type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let neighbourAdmin: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  const { municipalityId } = await createOtherMunicipality();
  const email = "admin@nabo.example.dk";
  const id = await createUser(db, { email, name: "Nabo Admin", role: "admin", password: PASSWORD, municipalityId });
  neighbourAdmin = { id, email, role: "admin" };
});

const NEW_PASSWORD = "en lang sætning om kaffe og kage";

const associationPath = () => `/admin/foreninger/${org.associationA}`;

async function inviteToAssociation(form: Record<string, string>, user: TestUser = org.users.admin, id = org.associationA) {
  return run(associationRoute.action, await post(`/admin/foreninger/${id}`, { intent: "invite", ...form }, user), { id });
}

async function manage(intent: "resend" | "revoke", invitationId: string, user: TestUser = org.users.admin) {
  return run(associationRoute.action, await post(associationPath(), { intent, invitationId }, user), {
    id: org.associationA,
  });
}

/** The newest email to a recipient, as the outbox holds it. */
async function lastEmailTo(recipient: string) {
  return db
    .selectFrom("outbox")
    .selectAll()
    .where("recipient", "=", recipient)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .executeTakeFirstOrThrow();
}

/** The token from the invitation link in the newest email to the recipient. */
async function tokenFromEmail(recipient: string): Promise<string> {
  const email = await lastEmailTo(recipient);
  const match = /http:\/\/localhost:3000\/invitation\/([A-Za-z0-9_-]+)/.exec(email.text);
  expect(match, email.text).not.toBeNull();
  expect(email.html).toContain(match![0]);
  return match![1]!;
}

const openPage = async (token: string) => run(invitationRoute.loader, await get(`/invitation/${token}`), { token });

const accept = async (token: string, form: Record<string, string> = {}) =>
  run(
    invitationRoute.action,
    await post(`/invitation/${token}`, { name: "Karin Bech", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...form }),
    { token },
  );

const invitationFor = (email: string) =>
  db.selectFrom("invitation").selectAll().where("email", "=", email).orderBy("created_at", "desc").executeTakeFirstOrThrow();

const userWithEmail = (email: string) => db.selectFrom("app_user").selectAll().where("email", "=", email).executeTakeFirst();

describe("inviting an association editor", () => {
  const email = "karin.bech@example.dk";
  let token: string;

  it("sends an email through the outbox with a link; only the link's hash is stored", async () => {
    const outcome = await inviteToAssociation({ name: "Karin Bech", email: "Karin.Bech@Example.dk", role: "association" });
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect(outcome.location).toBe(`${associationPath()}?inviteret=1`);
    const mail = await lastEmailTo(email);
    expect(mail.subject).toBe("Ældre Sagen Test har inviteret dig som foreningsredaktør i Fællesskabsbro");
    expect(mail.text).toContain("Hej Karin,");
    expect(mail.text).toContain("Test admin fra Ældre Sagen Test har inviteret dig");
    token = await tokenFromEmail(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const invitation = await invitationFor(email);
    expect(invitation).toMatchObject({ role: "association", association_id: org.associationA, invited_by: org.users.admin.id });
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(invitation.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const days = (Date.parse(invitation.expires_at) - Date.parse(invitation.created_at)) / 86_400_000;
    expect(days).toBe(7);
  });

  it("is listed on the association page as waiting", async () => {
    const page = await run(associationRoute.loader, await get(associationPath(), org.users.admin), { id: org.associationA });
    expect(page.data.invitations).toEqual([
      expect.objectContaining({ name: "Karin Bech", email, role: "association", state: "pending" }),
    ]);
  });

  it("opens a page that says who invited them to what, with their name filled in", async () => {
    const page = await openPage(token);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      view: "accept",
      headline: "Ældre Sagen Test har inviteret dig som foreningsredaktør",
      name: "Karin Bech",
      email,
      inviterName: "Test admin",
    });
  });

  it("refuses a short password and keeps the name typed, never the password", async () => {
    const outcome = await accept(token, { name: "Karin M. Bech", newPassword: "kort", confirmPassword: "kort" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.newPassword[0]).toMatch(/mindst 15 tegn/);
    expect(outcome.data.result.initialValue).toMatchObject({ name: "Karin M. Bech" });
    expect(outcome.data.result.initialValue.newPassword).toBeUndefined();
    expect(await userWithEmail(email)).toBeUndefined();
  });

  it.each([
    ["a breached password", "Password12345678", /lækkede adgangskoder/],
    ["their own name and email", "KarinBech-2026!!", /ligner dit navn eller din e-mail/],
  ])("refuses %s with a Danish reason, creating no user", async (_case, password, reason) => {
    const outcome = await accept(token, { name: "Karin Bech", newPassword: password, confirmPassword: password });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.newPassword[0]).toMatch(reason);
    expect(outcome.data.result.initialValue).toMatchObject({ name: "Karin Bech" });
    expect(await userWithEmail(email)).toBeUndefined();
  });

  it("creates the user in the association, logs them in and sends them to the association page", async () => {
    const outcome = await accept(token, { name: "Karin M. Bech" });
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect(outcome.location).toBe("/forening");
    const session = await sessionCookie.parse(outcome.headers.get("Set-Cookie"));
    const user = await validateSessionToken(db, session as string);
    expect(user).toMatchObject({ email, name: "Karin M. Bech", role: "association", associationId: org.associationA, municipalityId: null });
    const invitation = await invitationFor(email);
    expect(invitation.accepted_at).not.toBeNull();
    expect(invitation.user_id).toBe(user!.id);
  });

  it("lets the new user log in with the chosen password, landing on the association page", async () => {
    const outcome = await run(loginRoute.action, await post("/login", { email, password: NEW_PASSWORD, redirectTo: "/" }));
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forening");
  });

  it("spends the link: a second visit is a calm 410 and creates no second user", async () => {
    const page = await openPage(token);
    expect(page.status).toBe(410);
    expect(page.data).toMatchObject({ view: "gone", state: "accepted" });
    const again = await accept(token, { name: "Someone Else" });
    expect(again.status).toBe(410);
    const users = await db.selectFrom("app_user").select("name").where("email", "=", email).execute();
    expect(users).toEqual([{ name: "Karin M. Bech" }]);
  });

  it("no longer lists the accepted invitation; the user is listed instead", async () => {
    const page = await run(associationRoute.loader, await get(associationPath(), org.users.admin), { id: org.associationA });
    expect(page.data.invitations).toEqual([]);
    expect(page.data.users.map((u: { email: string }) => u.email)).toContain(email);
  });
});

describe("a link that does not work", () => {
  it("is a 404 for a made-up or malformed token", async () => {
    for (const token of ["x".repeat(43), "kort", "../../etc/passwd", "a".repeat(500)]) {
      const page = await openPage(token);
      expect(page.status, token).toBe(404);
      expect(page.data).toMatchObject({ view: "gone", state: "unknown" });
      expect((await accept(token)).status, token).toBe(404);
    }
  });

  it("is a 410 after seven days, and accepting it creates no user", async () => {
    const email = "sen.modtager@example.dk";
    await inviteToAssociation({ name: "Sen Modtager", email, role: "bridge_builder" });
    const token = await tokenFromEmail(email);
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    await db.updateTable("invitation").set({ expires_at: eightDaysAgo }).where("email", "=", email).execute();
    const page = await openPage(token);
    expect(page.status).toBe(410);
    expect(page.data).toMatchObject({ view: "gone", state: "expired", from: "Test admin" });
    expect((await accept(token)).status).toBe(410);
    expect(await userWithEmail(email)).toBeUndefined();
  });

  it("is a 410 once the administrator revokes it, and the invitation leaves the list", async () => {
    const email = "fortrudt@example.dk";
    await inviteToAssociation({ name: "For Trudt", email, role: "association" });
    const token = await tokenFromEmail(email);
    const { id } = await invitationFor(email);
    const outcome = await manage("revoke", id);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`${associationPath()}?tilbagekaldt=1`);
    expect((await openPage(token)).data).toMatchObject({ view: "gone", state: "revoked" });
    expect((await accept(token)).status).toBe(410);
    expect(await userWithEmail(email)).toBeUndefined();
    const page = await run(associationRoute.loader, await get(associationPath(), org.users.admin), { id: org.associationA });
    expect(page.data.invitations.map((i: { email: string }) => i.email)).not.toContain(email);
    const twice = await manage("revoke", id);
    expect(twice.status).toBe(409);
    expect(twice.data.error).toBe(messages.invitationClosed);
  });
});

describe("sending an invitation again", () => {
  it("mails a new link valid for 7 more days; the old link stops working", async () => {
    const email = "glemsom@example.dk";
    await inviteToAssociation({ name: "Glemsom Person", email, role: "association" });
    const oldToken = await tokenFromEmail(email);
    const { id } = await invitationFor(email);
    await db
      .updateTable("invitation")
      .set({ expires_at: new Date(Date.now() - 86_400_000).toISOString() })
      .where("id", "=", id)
      .execute();
    const outcome = await manage("resend", id);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`${associationPath()}?sendt-igen=1`);
    const emails = await db.selectFrom("outbox").select("text").where("recipient", "=", email).execute();
    expect(emails).toHaveLength(2);
    const newToken = emails.map((e) => /\/invitation\/([A-Za-z0-9_-]+)/.exec(e.text)![1]).find((t) => t !== oldToken)!;
    expect(newToken).toBeDefined();
    expect((await openPage(oldToken)).status).toBe(404);
    expect((await openPage(newToken)).status).toBe(200);
    const invitation = await invitationFor(email);
    expect(Date.parse(invitation.expires_at)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect((await accept(newToken, { name: "Glemsom Person" })).status).toBe(302);
    expect((await manage("resend", id)).status).toBe(409);
  });
});

describe("who can be invited", () => {
  it("refuses an email that already has a user, naming the field", async () => {
    const outcome = await inviteToAssociation({ name: "Dobbelt", email: org.users.coordinator.email, role: "association" });
    expect(outcome.status).toBe(409);
    expect(outcome.data.result.error.email).toEqual([messages.inviteEmailTaken]);
    expect(await db.selectFrom("invitation").select("id").where("email", "=", org.users.coordinator.email).execute()).toEqual([]);
  });

  it("refuses a second invitation while the first is waiting", async () => {
    const email = "to.gange@example.dk";
    expect((await inviteToAssociation({ name: "To Gange", email, role: "association" })).status).toBe(302);
    const again = await inviteToAssociation({ name: "To Gange", email, role: "bridge_builder" });
    expect(again.status).toBe(409);
    expect(again.data.result.error.email).toEqual([messages.inviteAlreadySent]);
  });

  it("says so and links to login when the email got a user after the invitation was sent", async () => {
    const email = "allerede.bruger@example.dk";
    await inviteToAssociation({ name: "Allerede Bruger", email, role: "association" });
    const token = await tokenFromEmail(email);
    await createUser(db, { email, name: "Allerede Bruger", role: "association", password: PASSWORD, associationId: org.associationB });
    const page = await openPage(token);
    expect(page.status).toBe(409);
    expect(page.data).toEqual({ view: "email-taken", email });
    expect((await accept(token)).status).toBe(409);
  });

  it("refuses roles that do not belong to an association on the association page", async () => {
    for (const role of ["admin", "volunteer", "coordinator", "superbruger"]) {
      const outcome = await inviteToAssociation({ name: "Rolle Test", email: `rolle-${role}@example.dk`, role });
      expect(outcome.status, role).toBe(400);
      expect(outcome.data.result.error.role).toEqual([messages.chooseRole]);
    }
  });
});

describe("inviting municipal staff", () => {
  it("creates a coordinator in the administrator's municipality, who lands on the front page", async () => {
    const email = "ny.koordinator@example.dk";
    const outcome = await run(
      staffRoute.action,
      await post("/admin/brugere", { intent: "invite", name: "Ny Koordinator", email, role: "coordinator" }, org.users.admin),
    );
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect((await lastEmailTo(email)).subject).toBe("Test Kommune har inviteret dig som fællesskabskoordinator i Fællesskabsbro");
    const staffPage = await run(staffRoute.loader, await get("/admin/brugere", org.users.admin));
    expect(staffPage.data.invitations.map((i: { email: string }) => i.email)).toEqual([email]);
    const accepted = await accept(await tokenFromEmail(email), { name: "Ny Koordinator" });
    expect(accepted.location).toBe("/");
    expect(await userWithEmail(email)).toMatchObject({ role: "coordinator", municipality_id: org.municipalityId, association_id: null });
    const after = await run(staffRoute.loader, await get("/admin/brugere", org.users.admin));
    expect(after.data.staff.map((u: { email: string }) => u.email)).toContain(email);
    expect(after.data.staff.map((u: { email: string }) => u.email)).not.toContain(org.users.association.email);
  });
});

describe("a volunteer invited to their own login", () => {
  const inviter = () => ({ id: org.users.association.id, name: "Test association", role: "association" as const, municipalityId: null, associationId: org.associationA });

  it("is linked to the volunteer profile when they accept", async () => {
    const volunteerId = await createVolunteerViaForm(org.users.association, { email: "frida.frivillig@example.dk", firstName: "Frida" });
    const outcome = await inviteUser(db, { invitedBy: inviter(), role: "volunteer", volunteerId });
    expect(outcome.status).toBe("invited");
    const mail = await lastEmailTo("frida.frivillig@example.dk");
    expect(mail.subject).toBe("Ældre Sagen Test har inviteret dig som frivillig i Fællesskabsbro");
    expect(mail.text).toContain("Hej Frida,");
    const accepted = await accept(await tokenFromEmail("frida.frivillig@example.dk"), { name: "Frida Frivilligsen" });
    expect(accepted.status).toBe(302);
    const user = await userWithEmail("frida.frivillig@example.dk");
    expect(user).toMatchObject({ role: "volunteer", association_id: org.associationA });
    const volunteer = await db.selectFrom("volunteer").select("user_id").where("id", "=", volunteerId).executeTakeFirstOrThrow();
    expect(volunteer.user_id).toBe(user!.id);
    expect(await inviteUser(db, { invitedBy: inviter(), role: "volunteer", volunteerId })).toEqual({ status: "already-linked" });
  });

  it("can only be invited by their own association's editor", async () => {
    const volunteerId = await createVolunteerViaForm(org.users.association, { email: "kun.a@example.dk" });
    const fromB = { id: org.users.otherAssociation.id, name: "B", role: "association" as const, municipalityId: null, associationId: org.associationB };
    expect(await inviteUser(db, { invitedBy: fromB, role: "volunteer", volunteerId })).toEqual({ status: "not-found" });
    const bridgeBuilder = { ...inviter(), id: org.users.bridge_builder.id, role: "bridge_builder" as const };
    expect(await inviteUser(db, { invitedBy: bridgeBuilder, role: "volunteer", volunteerId })).toEqual({ status: "not-allowed" });
    const admin = { id: org.users.admin.id, name: "Admin", role: "admin" as const, municipalityId: org.municipalityId, associationId: null };
    expect(await inviteUser(db, { invitedBy: admin, role: "volunteer", volunteerId })).toEqual({ status: "not-allowed" });
    expect(await db.selectFrom("invitation").select("id").where("volunteer_id", "=", volunteerId).execute()).toEqual([]);
  });
});

describe("another municipality's administrator", () => {
  it("cannot see, invite to or manage this municipality's associations and invitations", async () => {
    const email = "naboens.maal@example.dk";
    await inviteToAssociation({ name: "Naboens Mål", email, role: "association" });
    const { id } = await invitationFor(email);

    const page = await run(associationRoute.loader, await get(associationPath(), neighbourAdmin), { id: org.associationA });
    expect(page.status).toBe(404);
    const invite = await inviteToAssociation({ name: "Snyd", email: "snyd@example.dk", role: "association" }, neighbourAdmin);
    expect(invite.status).toBe(404);
    for (const intent of ["resend", "revoke"]) {
      const viaStaffPage = await run(staffRoute.action, await post("/admin/brugere", { intent, invitationId: id }, neighbourAdmin));
      expect(viaStaffPage.status, intent).toBe(404);
    }
    const staff = await run(staffRoute.loader, await get("/admin/brugere", neighbourAdmin));
    const staffEmails: string[] = staff.data.staff.map((u: { email: string }) => u.email);
    expect(staffEmails).toContain(neighbourAdmin.email);
    expect(staffEmails.every((e) => e.endsWith("@nabo.example.dk"))).toBe(true);
    expect(staff.data.invitations).toEqual([]);
    expect(await invitationFor(email)).toMatchObject({ revoked_at: null });
    expect(await db.selectFrom("invitation").select("id").where("email", "=", "snyd@example.dk").execute()).toEqual([]);
  });
});
