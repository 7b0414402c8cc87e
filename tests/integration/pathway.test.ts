// The coordinator runs a citizen through Struer's six steps on the overview page:
// one button per allowed next step, closing with a reason, reopening, and a
// history that never forgets a "no thank you".
import { beforeAll, describe, expect, it } from "vitest";
import type { PathwayStatus } from "../../db/schema";
import { db } from "../../app/data/db.server";
import { recordPathwayEvent } from "../../app/data/pathway.server";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as citizensRoute from "../../app/routes/borgere._index";
import * as referralRoute from "../../app/routes/henvisning";
import * as worklistRoute from "../../app/routes/arbejdsliste";
import { messages, pathwayRefusalMessage } from "../../app/ui/messages";
import { createOtherMunicipality, insertReferredCitizen, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let otherCoordinator: TestUser;

beforeAll(async () => {
  org = await createTestOrg();
  otherCoordinator = (await createOtherMunicipality()).coordinator;
});

/** A referral as home care files it: an address, no screening, no position. */
async function referredCitizen(lastName: string): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await insertReferredCitizen(org, { id, last_name: lastName, created_at: now, updated_at: now });
  await recordPathwayEvent(db, { citizenId: id, from: null, to: "referred", byUser: org.users.homecare.id, at: now });
  return id;
}

const page = async (id: string, user: TestUser = org.users.coordinator) =>
  run(citizenRoute.loader, await get(`/borgere/${id}`, user), { id });

const move = async (
  id: string,
  expected: PathwayStatus,
  to: PathwayStatus,
  extra: Record<string, string> = {},
  user: TestUser = org.users.coordinator,
) => run(citizenRoute.action, await post(`/borgere/${id}`, { intent: "move", expected, to, ...extra }, user), { id });

const statusOf = async (id: string) =>
  (await db.selectFrom("citizen").select(["status", "close_reason"]).where("id", "=", id).executeTakeFirstOrThrow());

const eventCount = async (id: string) =>
  (await db.selectFrom("pathway_event").select("id").where("citizen_id", "=", id).execute()).length;

type Event = { fromStatus: string | null; toStatus: string; closeReason: string | null; note: string; byName: string };

describe("moving a citizen along the pathway", () => {
  it("takes a referral through every step to closed, with the reason and note in the history", async () => {
    const id = await referredCitizen("Hele-Vejen");
    const walk: [PathwayStatus, PathwayStatus][] = [
      ["referred", "contacted"],
      ["contacted", "screened"],
      ["screened", "in_progress"],
      ["in_progress", "follow_up"],
    ];
    for (const [from, to] of walk) {
      expect((await page(id)).data.steps).toContain(to);
      const outcome = await move(id, from, to);
      expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
      expect(outcome.location).toBe(`/borgere/${id}?trin=${to}`);
      expect((await statusOf(id)).status).toBe(to);
    }
    const closed = await move(id, "follow_up", "closed", { closeReason: "matched_thriving", note: "Går til kortklub hver torsdag." });
    expect(closed.status).toBe(302);
    expect(await statusOf(id)).toEqual({ status: "closed", close_reason: "matched_thriving" });

    const view = await page(id);
    expect(view.data.citizen.closeReason).toBe("matched_thriving");
    expect(view.data.steps).toEqual(["contacted"]);
    const events: Event[] = view.data.events;
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "referred"],
      ["referred", "contacted"],
      ["contacted", "screened"],
      ["screened", "in_progress"],
      ["in_progress", "follow_up"],
      ["follow_up", "closed"],
    ]);
    expect(events.at(-1)).toMatchObject({
      closeReason: "matched_thriving",
      note: "Går til kortklub hver torsdag.",
      byName: "Test coordinator",
    });
  });

  it("offers the coordinator only the steps the rules allow from where the citizen is", async () => {
    const id = await referredCitizen("Knapper");
    expect((await page(id)).data.steps).toEqual(["contacted", "screened", "closed"]);
  });

  it("refuses a step the pathway does not allow, in Danish, and changes nothing", async () => {
    const id = await referredCitizen("Springer");
    const before = await eventCount(id);
    const outcome = await move(id, "referred", "in_progress");
    expect(outcome.status).toBe(400);
    expect(outcome.data.error).toBe(pathwayRefusalMessage({ code: "not_allowed", from: "referred", to: "in_progress" }));
    expect(outcome.data.error).toBe("Et forløb kan ikke gå fra »Henvist« til »I forløb«.");
    expect((await statusOf(id)).status).toBe("referred");
    expect(await eventCount(id)).toBe(before);
  });

  it("refuses a step from a page that is out of date with 409", async () => {
    const id = await referredCitizen("Forældet");
    expect((await move(id, "referred", "contacted")).status).toBe(302);
    const stale = await move(id, "referred", "contacted");
    expect(stale.status).toBe(409);
    expect(stale.data.error).toBe(messages.pathwayStepChanged);
    expect(await eventCount(id)).toBe(2);
  });

  it("needs a close reason, and keeps the note that was typed", async () => {
    const id = await referredCitizen("Uden-Grund");
    const outcome = await move(id, "referred", "closed", { note: "Ville ikke snakke i telefonen." });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.closeReason).toEqual([messages.closeReasonRequired]);
    expect(outcome.data.result.initialValue).toMatchObject({ note: "Ville ikke snakke i telefonen." });
    expect((await statusOf(id)).status).toBe("referred");
  });

  it("lets an administrator close a pathway but not move it forward", async () => {
    const id = await referredCitizen("Administreret");
    expect((await page(id, org.users.admin)).data.steps).toEqual(["closed"]);
    const forward = await move(id, "referred", "contacted", {}, org.users.admin);
    expect(forward.status).toBe(403);
    expect(forward.data.error).toBe("Din rolle kan ikke flytte forløbet til »Kontaktet«.");
    expect((await statusOf(id)).status).toBe("referred");
    const close = await move(id, "referred", "closed", { closeReason: "moved" }, org.users.admin);
    expect(close.status).toBe(302);
    expect(await statusOf(id)).toEqual({ status: "closed", close_reason: "moved" });
  });

  it("keeps home care and associations out, and other municipalities' coordinators see nothing", async () => {
    const id = await referredCitizen("Lukket-Land");
    for (const user of [org.users.homecare, org.users.association]) {
      expect((await page(id, user)).status).toBe(403);
      expect((await move(id, "referred", "contacted", {}, user)).status).toBe(403);
    }
    expect((await page(id, otherCoordinator)).status).toBe(404);
    expect((await move(id, "referred", "contacted", {}, otherCoordinator)).status).toBe(404);
    expect((await statusOf(id)).status).toBe("referred");
  });
});

describe("reopening and declines", () => {
  it("reopens a closed pathway and keeps the earlier close in the history", async () => {
    const id = await referredCitizen("Fortryder");
    await move(id, "referred", "closed", { closeReason: "declined", note: "Har nok i familien." });
    const closedView = await page(id);
    expect(closedView.data.steps).toEqual(["contacted"]);
    const reopened = await move(id, "closed", "contacted");
    expect(reopened.status).toBe(302);
    expect(await statusOf(id)).toEqual({ status: "contacted", close_reason: null });
    const events: Event[] = (await page(id)).data.events;
    expect(events.map((e) => e.toStatus)).toEqual(["referred", "closed", "contacted"]);
    expect(events[1]).toMatchObject({ closeReason: "declined", note: "Har nok i familien." });
  });

  it("counts every recorded decline on the citizen list, also a second one after reopening", async () => {
    const declinesNow = async () => (await run(citizensRoute.loader, await get("/borgere", org.users.coordinator))).data.counts.declines;
    const before = await declinesNow();
    const twice = await referredCitizen("To-Gange-Nej");
    await move(twice, "referred", "closed", { closeReason: "declined" });
    await move(twice, "closed", "contacted");
    await move(twice, "contacted", "closed", { closeReason: "declined" });
    const once = await referredCitizen("En-Gang-Nej");
    await move(once, "referred", "closed", { closeReason: "declined" });
    const moved = await referredCitizen("Flyttet");
    await move(moved, "referred", "closed", { closeReason: "moved" });
    expect(await declinesNow()).toBe(before + 3);
    const other = await run(citizensRoute.loader, await get("/borgere", otherCoordinator));
    expect(other.data.counts.declines).toBe(0);
  });

  it("filters the citizen list by step and counts the citizens at each step", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Filtreret" });
    const all = await run(citizensRoute.loader, await get("/borgere", org.users.coordinator));
    const screened = await run(citizensRoute.loader, await get("/borgere?trin=screened", org.users.coordinator));
    expect(screened.status).toBe(200);
    const ids = screened.data.citizens.map((c: { id: string }) => c.id);
    expect(ids).toContain(id);
    expect(screened.data.citizens.every((c: { status: string }) => c.status === "screened")).toBe(true);
    expect(screened.data.citizens).toHaveLength(all.data.counts.byStep.screened);
    const counted = Object.values(all.data.counts.byStep as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counted).toBe(all.data.citizens.length);
    const unknown = await run(citizensRoute.loader, await get("/borgere?trin=forsvundet", org.users.coordinator));
    expect(unknown.status).toBe(400);
    expect(unknown.data.message).toBe(messages.unknownStep);
  });
});

describe("match suggestions follow the pathway", () => {
  it("explains instead of suggesting when the citizen is not screened yet", async () => {
    const id = await referredCitizen("Uscreenet");
    const view = await page(id);
    expect(view.data.notMatchable).toBe("Borgeren skal screenes, før der kan foreslås match.");
    expect(view.data.candidates).toEqual([]);
  });

  it("suggests for a screened citizen", async () => {
    const id = await registerCitizen(org.users.coordinator, { lastName: "Screenet" });
    expect((await page(id)).data.notMatchable).toBeNull();
  });
});

describe("taking a referral from home care", () => {
  it("makes the coordinator who first contacts the citizen their fixed contact person, and it shows in their worklist until then", async () => {
    const filed = await run(
      referralRoute.action,
      await post(
        "/henvisning",
        {
          fullName: "Elna Uplukket",
          address: "Kastanievej 9, 7600 Struer",
          source: "homecare",
          signs: ["rarely_out"],
          consentToContact: "yes",
        },
        org.users.homecare,
      ),
    );
    expect(filed.status).toBe(302);
    const { id } = await db
      .selectFrom("citizen")
      .select(["id", "contact_person_id"])
      .where("last_name", "=", "Uplukket")
      .executeTakeFirstOrThrow()
      .then((row) => {
        expect(row.contact_person_id).toBeNull();
        return row;
      });

    // The coordinator reads what home care saw before calling.
    const overview = await page(id);
    expect(overview.data.referrals).toMatchObject([
      { source: "homecare", signs: ["rarely_out"], consentToContact: true, referredByName: "Test homecare" },
    ]);

    // Nobody owns it yet, so it is on every coordinator's "mine" list.
    const worklist = await run(worklistRoute.loader, await get("/arbejdsliste", org.users.coordinator));
    expect(worklist.data.items.map((i: { citizenId: string }) => i.citizenId)).toContain(id);

    expect((await move(id, "referred", "contacted")).status).toBe(302);
    const after = await db.selectFrom("citizen").select("contact_person_id").where("id", "=", id).executeTakeFirstOrThrow();
    expect(after.contact_person_id).toBe(org.users.coordinator.id);
  });
});
