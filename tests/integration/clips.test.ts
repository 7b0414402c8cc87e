// A coordinator grants escort clips, prints the purpose for home care, logs what
// home care used, and follows the municipality's monthly clip budget; an
// administrator sets the budget.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as clipCardRoute from "../../app/routes/borgere.$id.klippekort";
import * as purposeRoute from "../../app/routes/borgere.$id.klippekort.formaal";
import * as budgetPageRoute from "../../app/routes/klippekort";
import * as budgetRoute from "../../app/routes/klippekort.budget";
import { formatDate } from "../../app/ui/format";
import { messages } from "../../app/ui/messages";
import { type Form, createOtherMunicipality, daysAgo, daysAhead, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

const purpose = "Ledsagelse til strikkecaféen på biblioteket om tirsdagen, så Inger kommer sikkert frem og hjem.";

const grantForm = (overrides: Form = {}): Form => ({
  intent: "grant",
  clipsPerPeriod: "4",
  period: "month",
  minutesPerClip: "30",
  purpose,
  startDate: daysAgo(0),
  expiryDate: daysAhead(90),
  savedCap: "2",
  ...overrides,
});

const clipUseForm = (overrides: Form = {}): Form => ({
  intent: "use",
  usedOn: daysAgo(0),
  minutes: "45",
  usedBy: "Lone fra hjemmeplejen",
  whatFor: "Strikkecafé på biblioteket",
  ...overrides,
});

const postClips = async (citizenId: string, form: Form, user: TestUser = org.users.coordinator) =>
  run(clipCardRoute.action, await post(`/borgere/${citizenId}/klippekort`, form, user), { id: citizenId });

const loadClips = async (citizenId: string, user: TestUser = org.users.coordinator) =>
  run(clipCardRoute.loader, await get(`/borgere/${citizenId}/klippekort`, user), { id: citizenId });

const usesOf = (citizenId: string) =>
  db
    .selectFrom("clip_use")
    .innerJoin("clip_grant", "clip_grant.id", "clip_use.grant_id")
    .select(["clip_use.used_on", "clip_use.minutes", "clip_use.clips", "clip_use.used_by", "clip_use.recorded_by"])
    .where("clip_grant.citizen_id", "=", citizenId)
    .execute();

describe("a citizen's clip card", () => {
  let citizenId: string;
  beforeAll(async () => {
    citizenId = await registerCitizen(org.users.coordinator, { firstName: "Inger", lastName: "Klipsen" });
  });

  it("has no grant until the coordinator grants clips", async () => {
    const page = await loadClips(citizenId);
    expect(page.status).toBe(200);
    expect(page.data.grant).toBeNull();
    expect(page.data.canEdit).toBe(true);
  });

  it("refuses a grant without a purpose for home care and keeps what was typed", async () => {
    const outcome = await postClips(citizenId, grantForm({ purpose: "" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.intent).toBe("grant");
    expect(outcome.data.result.error.purpose).toEqual([messages.required]);
    expect(outcome.data.result.initialValue.clipsPerPeriod).toBe("4");
    expect(await db.selectFrom("clip_grant").select("id").where("citizen_id", "=", citizenId).execute()).toEqual([]);
  });

  it("refuses an expiry before the start", async () => {
    const outcome = await postClips(citizenId, grantForm({ expiryDate: daysAgo(1) }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.expiryDate).toEqual([messages.expiryAfterStart]);
  });

  it("saves the grant, audits it and shows the period's clips as the balance", async () => {
    const outcome = await postClips(citizenId, grantForm());
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/borgere/${citizenId}/klippekort?gemt=bevilling`);
    const page = await loadClips(citizenId);
    expect(page.data.grant).toMatchObject({ clipsPerPeriod: 4, period: "month", minutesPerClip: 30, purpose, savedCap: 2 });
    expect(page.data.balance).toBe(4);
    expect(page.data.statement).toHaveLength(1);
    const audited = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", citizenId)
      .where("purpose", "=", "Klippekort bevilget")
      .execute();
    expect(audited).toEqual([{ action: "create" }]);
  });

  it("logs a use as whole clips and lowers the balance", async () => {
    const outcome = await postClips(citizenId, clipUseForm());
    expect(outcome.status).toBe(302);
    expect(await usesOf(citizenId)).toEqual([
      { used_on: daysAgo(0), minutes: 45, clips: 2, used_by: "Lone fra hjemmeplejen", recorded_by: org.users.coordinator.id },
    ]);
    const page = await loadClips(citizenId);
    expect(page.data.balance).toBe(2);
    expect(page.data.uses).toMatchObject([{ minutes: 45, clips: 2, whatFor: "Strikkecafé på biblioteket" }]);
  });

  it("refuses a use larger than the balance, in Danish, saves nothing and keeps the form", async () => {
    const outcome = await postClips(citizenId, clipUseForm({ minutes: "90" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.intent).toBe("use");
    expect(outcome.data.result.error.minutes).toEqual(["Der er kun 2 klip tilbage på datoen"]);
    expect(outcome.data.result.initialValue.usedBy).toBe("Lone fra hjemmeplejen");
    expect(await usesOf(citizenId)).toHaveLength(1);
  });

  it("refuses a use in the future", async () => {
    const outcome = await postClips(citizenId, clipUseForm({ usedOn: daysAhead(3) }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.usedOn).toEqual([messages.dateNotInFuture]);
  });

  it("refuses new terms that no longer cover the clips already used", async () => {
    const outcome = await postClips(citizenId, grantForm({ clipsPerPeriod: "1" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error[""]).toEqual([messages.clipGrantDoesNotCoverUses]);
    const grant = await db.selectFrom("clip_grant").select("clips_per_period").where("citizen_id", "=", citizenId).execute();
    expect(grant).toEqual([{ clips_per_period: 4 }]);
  });

  it("replaces the terms of the grant and keeps the usage log", async () => {
    const outcome = await postClips(citizenId, grantForm({ clipsPerPeriod: "6" }));
    expect(outcome.status).toBe(302);
    const page = await loadClips(citizenId);
    expect(page.data.balance).toBe(4);
    expect(page.data.uses).toHaveLength(1);
    expect(await db.selectFrom("clip_grant").select("id").where("citizen_id", "=", citizenId).execute()).toHaveLength(1);
  });

  it("lets an administrator read the clip card but not change it", async () => {
    const page = await loadClips(citizenId, org.users.admin);
    expect(page.status).toBe(200);
    expect(page.data.canEdit).toBe(false);
    const outcome = await postClips(citizenId, clipUseForm({ minutes: "10" }), org.users.admin);
    expect(outcome.status).toBe(403);
    expect(await usesOf(citizenId)).toHaveLength(1);
  });

  it("is closed to home care and to other municipalities", async () => {
    expect((await loadClips(citizenId, org.users.homecare)).status).toBe(403);
    expect((await postClips(citizenId, clipUseForm(), org.users.homecare)).status).toBe(403);
    expect((await loadClips(citizenId, otherCoordinator)).status).toBe(404);
    expect((await postClips(citizenId, clipUseForm({ minutes: "10" }), otherCoordinator)).status).toBe(404);
    expect(await usesOf(citizenId)).toHaveLength(1);
  });

  it("prints the purpose for home care as a PDF and audits the export", async () => {
    const outcome = await run(
      purposeRoute.loader,
      await get(`/borgere/${citizenId}/klippekort/formaal`, org.users.coordinator),
      { id: citizenId },
    );
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("Content-Type")).toBe("application/pdf");
    expect(outcome.headers.get("Content-Disposition")).toBe(`inline; filename="klippekort-formaal-${citizenId}.pdf"`);
    const response = (await purposeRoute.loader({
      request: await get(`/borgere/${citizenId}/klippekort/formaal`, org.users.coordinator),
      params: { id: citizenId },
      context: {},
    } as never)) as Response;
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(purpose);
    expect(text).toContain("Inger Klipsen");
    expect(text).toContain("6 klip om måneden à 30 minutter");
    expect(text).toContain(`Test coordinator`);
    expect(text).toContain("Telefon 20 30 40 50");
    expect(text).toContain("Registrér brugte klip hos fællesskabskoordinatoren");
    const exports = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", citizenId)
      .where("action", "=", "export")
      .execute();
    expect(exports).toHaveLength(2);
  });

  it("has no purpose sheet for a citizen without a grant, and none for home care", async () => {
    const other = await registerCitizen(org.users.coordinator, { lastName: "Udenklip" });
    const none = await run(purposeRoute.loader, await get(`/borgere/${other}/klippekort/formaal`, org.users.coordinator), { id: other });
    expect(none.status).toBe(404);
    const homecare = await run(
      purposeRoute.loader,
      await get(`/borgere/${citizenId}/klippekort/formaal`, org.users.homecare),
      { id: citizenId },
    );
    expect(homecare.status).toBe(403);
  });
});

describe("an expired grant", () => {
  let citizenId: string;
  beforeAll(async () => {
    citizenId = await registerCitizen(org.users.coordinator, { lastName: "Udløbsen" });
    const granted = await postClips(
      citizenId,
      grantForm({ period: "week", clipsPerPeriod: "2", startDate: daysAgo(60), expiryDate: daysAgo(10), savedCap: "10" }),
    );
    expect(granted.status).toBe(302);
  });

  it("has no clips left, whatever was saved", async () => {
    expect((await loadClips(citizenId)).data.balance).toBe(0);
  });

  it("refuses a use after expiry, but takes one from while it ran", async () => {
    const late = await postClips(citizenId, clipUseForm({ usedOn: daysAgo(5), minutes: "30" }));
    expect(late.status).toBe(400);
    expect(late.data.result.error.usedOn).toEqual([messages.clipsExpired(formatDate(daysAgo(10)))]);
    const inTime = await postClips(citizenId, clipUseForm({ usedOn: daysAgo(20), minutes: "30" }));
    expect(inTime.status).toBe(302);
    expect(await usesOf(citizenId)).toHaveLength(1);
  });
});

describe("the municipality's clip budget", () => {
  // A month that is over, so the forecast is what was used.
  const month = "2025-03";
  let citizenId: string;

  beforeAll(async () => {
    citizenId = await registerCitizen(org.users.coordinator, { lastName: "Budgetsen" });
    const granted = await postClips(
      citizenId,
      grantForm({ clipsPerPeriod: "8", minutesPerClip: "60", startDate: "2025-03-01", expiryDate: "2025-04-30" }),
    );
    expect(granted.status).toBe(302);
    for (const [usedOn, minutes] of [["2025-03-05", "90"], ["2025-03-20", "60"], ["2025-04-02", "60"]]) {
      expect((await postClips(citizenId, clipUseForm({ usedOn: usedOn!, minutes: minutes! }))).status).toBe(302);
    }
    // Detection clips from home care's referrals, by their Danish date.
    const referral = (referredAt: string, minutes: number | null) => ({
      id: crypto.randomUUID(),
      citizen_id: citizenId,
      source: "homecare" as const,
      source_name: "",
      signs: "[]",
      consent_to_contact: 1,
      detection_clip_minutes: minutes,
      note: "",
      referred_by: org.users.homecare.id,
      referred_at: referredAt,
    });
    await db
      .insertInto("referral")
      .values([
        referral("2025-03-10T09:00:00.000Z", 10),
        referral("2025-02-28T23:30:00.000Z", 10), // 1 March, 00.30 in Denmark
        referral("2025-03-31T22:30:00.000Z", 10), // 1 April, 00.30 in Denmark (summer time)
        referral("2025-03-12T09:00:00.000Z", null),
      ])
      .execute();
  });

  const setBudget = async (form: Form, user: TestUser) =>
    run(budgetRoute.action, await post("/klippekort/budget", form, user));

  const loadBudget = async (query: string, user: TestUser = org.users.coordinator) =>
    run(budgetPageRoute.loader, await get(`/klippekort${query}`, user));

  it("lets an administrator set the budget and the hour cost", async () => {
    const outcome = await setBudget({ budgetDkk: "25000", hourCostDkk: "400", maaned: month }, org.users.admin);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/klippekort?maaned=${month}&gemt=1`);
    const row = await db
      .selectFrom("municipality")
      .select(["clip_budget_month_dkk", "clip_hour_cost_dkk"])
      .where("id", "=", org.municipalityId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ clip_budget_month_dkk: 25000, clip_hour_cost_dkk: 400 });
  });

  it("refuses a budget that is not a whole number, in Danish", async () => {
    const outcome = await setBudget({ budgetDkk: "mange", hourCostDkk: "400" }, org.users.admin);
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.budgetDkk).toEqual([messages.wholeNumber(0, 10_000_000)]);
    expect(outcome.data.result.initialValue.budgetDkk).toBe("mange");
  });

  it("does not let a coordinator change the budget", async () => {
    const outcome = await setBudget({ budgetDkk: "1", hourCostDkk: "1" }, org.users.coordinator);
    expect(outcome.status).toBe(403);
    const page = await loadBudget(`?maaned=${month}`);
    expect(page.data.budget).toEqual({ budgetDkk: 25000, hourCostDkk: 400 });
    expect(page.data.canEditBudget).toBe(false);
  });

  it("adds the month's escort and detection clips and prices them at the hour cost", async () => {
    const page = await loadBudget(`?maaned=${month}`);
    expect(page.status).toBe(200);
    expect(page.data.used.escort).toEqual({ minutes: 150, dkk: 1000 });
    expect(page.data.used.detection).toEqual({ minutes: 20, dkk: 133 });
    expect(page.data.used.dkk).toBe(1133);
    expect(page.data.forecastDkk).toBe(1133);
    expect(page.data.remainingDkk).toBe(25000 - 1133);
  });

  it("counts each use and referral in its own month", async () => {
    const page = await loadBudget("?maaned=2025-04");
    expect(page.data.used.escort.minutes).toBe(60);
    expect(page.data.used.detection.minutes).toBe(10);
    expect(page.data.forecastDkk).toBe(page.data.used.dkk);
  });

  it("lists the active clip cards with today's balance", async () => {
    const page = await loadBudget("");
    const names = page.data.active.map((g: { citizenName: string }) => g.citizenName);
    expect(names).toContain("Inger Klipsen");
    // Its grant ran out in 2025.
    expect(names.some((n: string) => n.includes("Budgetsen"))).toBe(false);
    expect(page.data.active.find((g: { citizenName: string }) => g.citizenName === "Inger Klipsen")).toMatchObject({
      clips: "6 klip om måneden à 30 minutter",
      balance: 4,
    });
  });

  it("refuses a month it cannot read", async () => {
    expect((await loadBudget("?maaned=2025-13")).status).toBe(400);
  });

  it("is closed to home care", async () => {
    expect((await loadBudget("", org.users.homecare)).status).toBe(403);
  });
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items
    .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
    .join("")
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ");
}
