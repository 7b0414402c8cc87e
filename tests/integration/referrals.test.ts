// A home-care worker refers a lonely citizen from a phone; the citizen enters the
// pathway at "referred", and the worker can follow only the coarse status of their
// own referrals as the coordinator moves the citizen along.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { moveCitizen } from "../../app/data/pathway.server";
import { createUser } from "../../app/data/users.server";
import { listReferralsForCitizen } from "../../app/data/referrals.server";
import type { PathwayStatus } from "../../app/domain/pathway/states";
import * as referralRoute from "../../app/routes/henvisning";
import * as ownReferralsRoute from "../../app/routes/henvisninger";
import { messages } from "../../app/ui/messages";
import { PASSWORD, type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;

beforeAll(async () => {
  org = await createTestOrg();
});

const referral = (overrides: Record<string, string | string[]> = {}) => ({
  fullName: "Anna Marie Testholm",
  address: "Vestergade 12, 7800 Skive",
  source: "homecare",
  signs: ["sad", "rarely_out"],
  consentToContact: "yes",
  ...overrides,
});

async function fileReferral(user: TestUser, form: Record<string, string | string[]>) {
  return run(referralRoute.action, await post("/henvisning", form, user));
}

async function citizenNamed(firstName: string, lastName: string) {
  return db
    .selectFrom("citizen")
    .selectAll()
    .where("first_name", "=", firstName)
    .where("last_name", "=", lastName)
    .executeTakeFirstOrThrow();
}

async function ownReferrals(user: TestUser) {
  const outcome = await run(ownReferralsRoute.loader, await get("/henvisninger", user));
  expect(outcome.status).toBe(200);
  return outcome.data.referrals as { id: string; citizen: string; referredAt: string; status: string }[];
}

describe("filing a referral", () => {
  it("puts the citizen in the pathway at 'referred', with the referral, a logged step and an audit entry", async () => {
    const homecare = org.users.homecare;
    const outcome = await fileReferral(
      homecare,
      referral({ phone: "20 30 40 50", note: "Sidder meget alene om aftenen", detectionClip: "on" }),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/henvisninger?sendt=1");

    const citizen = await citizenNamed("Anna Marie", "Testholm");
    expect(citizen).toMatchObject({
      status: "referred",
      municipality_id: org.municipalityId,
      address: "Vestergade 12",
      postcode: "7800",
      city: "Skive",
      phone: "20304050",
      lat: null,
      lng: null,
      contact_channel: "letter",
      created_by: homecare.id,
    });

    const [saved] = await listReferralsForCitizen(db, citizen.id);
    expect(saved).toMatchObject({
      source: "homecare",
      signs: ["sad", "rarely_out"],
      consentToContact: true,
      detectionClipMinutes: 10,
      note: "Sidder meget alene om aftenen",
      referredByName: "Test homecare",
    });

    const events = await db.selectFrom("pathway_event").selectAll().where("citizen_id", "=", citizen.id).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ from_status: null, to_status: "referred", by_user: homecare.id });

    const audits = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", citizen.id)
      .where("action", "=", "create")
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ user_id: homecare.id, entity: "citizen" });
  });

  it("saves a referral without consent to contact, and without a clip when none was used", async () => {
    const outcome = await fileReferral(
      org.users.coordinator,
      referral({ fullName: "Karl Udensamtykke", source: "gp", sourceName: "Læge Testsen", consentToContact: "no" }),
    );
    expect(outcome.status).toBe(302);
    const citizen = await citizenNamed("Karl", "Udensamtykke");
    expect(citizen.status).toBe("referred");
    expect(await listReferralsForCitizen(db, citizen.id)).toEqual([
      expect.objectContaining({
        source: "gp",
        sourceName: "Læge Testsen",
        consentToContact: false,
        detectionClipMinutes: null,
        referredByName: "Test coordinator",
      }),
    ]);
  });

  it.each([
    ["a name of one word", { fullName: "Anna" }, "fullName", messages.fullName],
    ["an address without postcode", { address: "Vestergade 12 Skive" }, "address", messages.oneLineAddress],
    ["a three-digit postcode", { address: "Vestergade 12, 780 Skive" }, "address", messages.oneLineAddress],
    ["no observed signs", { signs: [] }, "signs", messages.chooseAtLeastOne],
    ["no answer on consent", { consentToContact: [] }, "consentToContact", messages.consentToContact],
    ["no source", { source: [] }, "source", messages.referralSource],
    ["a short phone number", { phone: "1234" }, "phone", messages.phone],
  ])("with %s answers 400 in Danish and keeps what was typed", async (_case, change, field, message) => {
    const form = referral({ fullName: "Bodil Fejlsen", ...change });
    const before = await db.selectFrom("citizen").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const outcome = await fileReferral(org.users.homecare, form);
    expect(outcome.status).toBe(400);
    const { error, initialValue } = outcome.data.result;
    expect(error[field]).toEqual([message]);
    expect(Object.keys(error)).toEqual([field]);
    for (const key of ["fullName", "address", "source", "consentToContact"] as const) {
      if (key !== field) expect(initialValue[key]).toBe(form[key]);
    }
    if (field !== "signs") expect(initialValue.signs).toEqual(form.signs);
    const after = await db.selectFrom("citizen").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("offers home care 'Hjemmeplejen' as the source, and lets a coordinator choose", async () => {
    const homecare = await run(referralRoute.loader, await get("/henvisning", org.users.homecare));
    expect(homecare.data).toEqual({ defaultSource: "homecare" });
    const coordinator = await run(referralRoute.loader, await get("/henvisning", org.users.coordinator));
    expect(coordinator.data).toEqual({ defaultSource: undefined });
  });
});

describe("following one's own referrals", () => {
  let referrer: TestUser;
  let colleague: TestUser;

  beforeAll(async () => {
    // Two fresh home-care users in the same municipality, so other tests' referrals do not count.
    const make = async (name: string) => {
      const email = `${name}@example.dk`;
      const id = await createUser(db, {
        email,
        name,
        role: "homecare",
        password: PASSWORD,
        municipalityId: org.municipalityId,
      });
      return { id, email, role: "homecare" as const };
    };
    referrer = await make("hjemmepleje-en");
    colleague = await make("hjemmepleje-to");
  });

  async function move(citizenId: string, expected: PathwayStatus, to: PathwayStatus) {
    const result = await db.transaction().execute((trx) =>
      moveCitizen(trx, {
        citizenId,
        expected,
        to,
        role: "coordinator",
        userId: org.users.coordinator.id,
        closeReason: to === "closed" ? "matched_thriving" : null,
      }),
    );
    expect(result.ok).toBe(true);
  }

  it("shows only the referrer's own referrals, newest first, with first name, initial, date and coarse status", async () => {
    expect(await ownReferrals(referrer)).toEqual([]);
    await fileReferral(referrer, referral({ fullName: "Første Egenhenvist" }));
    // Timestamps have millisecond precision: let the second referral be later.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await fileReferral(referrer, referral({ fullName: "Anden Egenhenvist" }));
    await fileReferral(colleague, referral({ fullName: "Kollegas Borger" }));

    const list = await ownReferrals(referrer);
    expect(list.map((r) => r.citizen)).toEqual(["Anden E.", "Første E."]);
    expect(list.every((r) => r.status === "received")).toBe(true);
    // Nothing beyond the minimum: no full name, address, signs or notes.
    for (const r of list) expect(Object.keys(r).sort()).toEqual(["citizen", "id", "referredAt", "status"]);
    expect(list[0]!.referredAt >= list[1]!.referredAt).toBe(true);

    expect((await ownReferrals(colleague)).map((r) => r.citizen)).toEqual(["Kollegas B."]);
  });

  it("follows the citizen's step in four coarse statuses", async () => {
    const citizen = await citizenNamed("Første", "Egenhenvist");
    const statusOf = async () => (await ownReferrals(referrer)).find((r) => r.citizen === "Første E.")!.status;

    await move(citizen.id, "referred", "contacted");
    expect(await statusOf()).toBe("contacted");
    await move(citizen.id, "contacted", "screened");
    expect(await statusOf()).toBe("in_progress");
    await move(citizen.id, "screened", "in_progress");
    expect(await statusOf()).toBe("in_progress");
    await move(citizen.id, "in_progress", "closed");
    expect(await statusOf()).toBe("closed");
  });
});

describe("who may refer", () => {
  it.each(["association", "bridge_builder", "volunteer", "admin"] as const)(
    "refuses the %s role with 403, on the form, the action and the list",
    async (role) => {
      const user = org.users[role];
      expect((await run(referralRoute.loader, await get("/henvisning", user))).status).toBe(403);
      expect((await fileReferral(user, referral({ fullName: "Ingen Adgang" }))).status).toBe(403);
      expect((await run(ownReferralsRoute.loader, await get("/henvisninger", user))).status).toBe(403);
      expect(await db.selectFrom("citizen").select("id").where("last_name", "=", "Adgang").execute()).toEqual([]);
    },
  );

  it("sends anonymous visitors to the login page and back", async () => {
    const form = await run(referralRoute.loader, await get("/henvisning"));
    expect(form.status).toBe(302);
    expect(form.location).toBe(`/login?redirectTo=${encodeURIComponent("/henvisning")}`);
    const filed = await run(referralRoute.action, await post("/henvisning", referral()));
    expect(filed.status).toBe(302);
    expect(filed.location).toMatch(/^\/login\?/);
    const list = await run(ownReferralsRoute.loader, await get("/henvisninger"));
    expect(list.location).toBe(`/login?redirectTo=${encodeURIComponent("/henvisninger")}`);
  });
});
