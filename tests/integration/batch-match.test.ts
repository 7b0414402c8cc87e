// The coordinator's batch for the waiting list: the assignment matches as many
// citizens as possible (not greedily the best pair first), within every capacity,
// and only the ticked pairs are sent, each checked again by the rules.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { firstDateOn } from "../../app/domain/activities/schedule";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import * as batchRoute from "../../app/routes/borgere.samlet-match";
import { messages } from "../../app/ui/messages";
import { activityForm, createVolunteerViaForm, daysAhead, idFromLocation, registerCitizen } from "./fixtures";
import { type TestOrg, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let anna: string; // wants a visiting friend only
let bent: string; // either; the volunteer suits him best, but so does the activity
let volunteer: string;
let activity: string;

beforeAll(async () => {
  org = await createTestOrg();
  anna = await registerCitizen(org.users.coordinator, { firstName: "Anna", format: "one_to_one", interests: ["havearbejde"] });
  bent = await registerCitizen(org.users.coordinator, {
    firstName: "Bent",
    format: "either",
    interests: ["kortspil", "havearbejde", "kaffe og snak"],
  });
  volunteer = await createVolunteerViaForm(org.users.association, {
    capacity: "1",
    interests: ["kortspil", "havearbejde", "kaffe og snak"],
  });
  const outcome = await run(
    newActivityRoute.action,
    await post(
      "/aktiviteter/ny",
      activityForm({ startsOn: firstDateOn("tue", daysAhead(1)), startTime: "10:00", endTime: "11:30", interests: ["kortspil"] }),
      org.users.association,
    ),
  );
  activity = idFromLocation(outcome.location, "/aktiviteter");
});

type Pair = { citizenId: string; candidate: { kind: string; id: string; score: number; reasons: string[] } };

const preview = async (user = org.users.coordinator) =>
  (await run(batchRoute.loader, await get("/borgere/samlet-match", user))).data as {
    preview: { pairs: Pair[]; unmatched: { citizenId: string }[] };
  };

describe("the batch for the waiting list", () => {
  it("matches both citizens: the only volunteer goes to the one who can only have a visitor", async () => {
    const { preview: p } = await preview();
    const byCitizen = new Map(p.pairs.map((pair) => [pair.citizenId, pair.candidate]));
    expect(byCitizen.get(anna)).toMatchObject({ kind: "volunteer", id: volunteer });
    expect(byCitizen.get(bent)).toMatchObject({ kind: "activity", id: activity });
    expect(p.unmatched).toEqual([]);
    // Each pair says why, in the rules' own words.
    expect(byCitizen.get(anna)!.reasons.length).toBeGreaterThan(0);
  });

  it("sends only the ticked pairs, and then those citizens no longer wait", async () => {
    const outcome = await run(
      batchRoute.action,
      await post("/borgere/samlet-match", { pair: [`${anna}:volunteer:${volunteer}`] }, org.users.coordinator),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/borgere/samlet-match?sendt=1&sprunget=0");
    const proposals = await db
      .selectFrom("match_proposal")
      .select(["citizen_id", "volunteer_id", "status"])
      .where("citizen_id", "in", [anna, bent])
      .execute();
    expect(proposals).toEqual([{ citizen_id: anna, volunteer_id: volunteer, status: "proposed" }]);
    const { preview: p } = await preview();
    expect(p.pairs.map((pair) => pair.citizenId)).toEqual([bent]);
  });

  it("skips a pair the rules no longer allow instead of sending it", async () => {
    // The volunteer's one place is taken by Anna's open proposal.
    const outcome = await run(
      batchRoute.action,
      await post("/borgere/samlet-match", { pair: [`${bent}:volunteer:${volunteer}`] }, org.users.coordinator),
    );
    expect(outcome.location).toBe("/borgere/samlet-match?sendt=0&sprunget=1");
  });

  it("checks each pair against what the pairs sent before it took, so a volunteer is never over-booked", async () => {
    // A form from two stale previews at once: both citizens paired with a volunteer
    // who has one place left.
    const single = await createVolunteerViaForm(org.users.association, {
      email: "en.plads@example.dk",
      capacity: "1",
      interests: ["havearbejde"],
    });
    const carl = await registerCitizen(org.users.coordinator, { firstName: "Carl", format: "one_to_one", interests: ["havearbejde"] });
    const dora = await registerCitizen(org.users.coordinator, { firstName: "Dora", format: "one_to_one", interests: ["havearbejde"] });
    const outcome = await run(
      batchRoute.action,
      await post(
        "/borgere/samlet-match",
        { pair: [`${carl}:volunteer:${single}`, `${dora}:volunteer:${single}`] },
        org.users.coordinator,
      ),
    );
    expect(outcome.location).toBe("/borgere/samlet-match?sendt=1&sprunget=1");
    const proposals = await db.selectFrom("match_proposal").select("citizen_id").where("volunteer_id", "=", single).execute();
    expect(proposals).toEqual([{ citizen_id: carl }]);
  });

  it("refuses an empty or made-up selection with a Danish message", async () => {
    const empty = await run(batchRoute.action, await post("/borgere/samlet-match", {}, org.users.coordinator));
    expect(empty.status).toBe(400);
    expect(empty.data).toEqual({ error: messages.choosePairs });
    const madeUp = await run(batchRoute.action, await post("/borgere/samlet-match", { pair: "x:y:z" }, org.users.coordinator));
    expect(madeUp.status).toBe(400);
  });

  it("lets an administrator look but not send", async () => {
    expect((await preview(org.users.admin)).preview).toBeDefined();
    const outcome = await run(
      batchRoute.action,
      await post("/borgere/samlet-match", { pair: [`${bent}:activity:${activity}`] }, org.users.admin),
    );
    expect(outcome.status).toBe(403);
  });
});

describe("the batch when two citizens want the same last volunteer", () => {
  let karen: string; // registered first
  let lis: string; // registered later, but referred four months ago

  beforeAll(async () => {
    const same = { format: "one_to_one", interests: ["havearbejde"] };
    karen = await registerCitizen(org.users.coordinator, { ...same, firstName: "Karen" });
    lis = await registerCitizen(org.users.coordinator, { ...same, firstName: "Lis" });
    await db
      .insertInto("referral")
      .values({
        id: crypto.randomUUID(),
        citizen_id: lis,
        source: "homecare",
        source_name: "",
        signs: "[]",
        consent_to_contact: 1,
        detection_clip_minutes: null,
        note: "",
        referred_by: org.users.homecare.id,
        referred_at: `${addDays(dateInDenmark(), -120)}T09:00:00.000Z`,
      })
      .execute();
    await createVolunteerViaForm(org.users.association, { capacity: "1", interests: ["havearbejde"] });
  });

  it("gives the volunteer to the citizen who has waited longest, and says so", async () => {
    const { preview: p } = (await run(batchRoute.loader, await get("/borgere/samlet-match", org.users.coordinator)))
      .data as { preview: { pairs: Pair[]; unmatched: { citizenId: string; fitting: number }[] } };
    // Bent from the batch above still waits too, for the activity; only these two compete.
    const pairs = p.pairs.filter((pair) => [karen, lis].includes(pair.citizenId));
    expect(pairs.map((pair) => pair.citizenId)).toEqual([lis]);
    expect(pairs[0]!.candidate.reasons).toContain("Har ventet 17 uger");
    expect(p.unmatched.filter((u) => [karen, lis].includes(u.citizenId))).toEqual([
      expect.objectContaining({ citizenId: karen, fitting: 1 }),
    ]);
  });
});
