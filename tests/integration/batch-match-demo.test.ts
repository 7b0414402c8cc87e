// The batch for Demo Kommune's waiting list, as a coordinator opening the page after a
// first `npm start` sees it. The pairs below are the ones the page gave when every
// citizen's candidates were still read from the database one citizen at a time (reading
// the pool once must not change a single pair); the scores are those of the default
// weights with waiting time (30/20/20/10/10/10), the seed's dates being relative to today.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { decideProposal, recordAnswer } from "../../app/data/proposals.server";
import { findUserByEmail } from "../../app/data/users.server";
import * as batchRoute from "../../app/routes/borgere.samlet-match";
import { seedDemoData } from "../../db/seed";
import { type TestUser, get, post, run } from "./helpers";

let coordinator: TestUser;

beforeAll(async () => {
  await seedDemoData(db);
  const email = "koordinator@demo-kommune.dk";
  const user = await findUserByEmail(db, email);
  coordinator = { id: user!.id, email, role: "coordinator" };
}, 120_000);

interface Preview {
  pairs: {
    citizenId: string;
    citizenName: string;
    targetName: string;
    declinedBefore: { note: string | null } | null;
    candidate: { kind: string; id: string; score: number; reasons: string[] };
  }[];
  unmatched: { citizenId: string; citizenName: string; fitting: number; nearMisses: unknown[]; outOfReach: number }[];
  objective: number;
}

const preview = async () =>
  ((await run(batchRoute.loader, await get("/borgere/samlet-match", coordinator))).data as { preview: Preview }).preview;

const pairOf = (p: Preview, citizenName: string) => p.pairs.find((pair) => pair.citizenName === citizenName);

describe("the batch for the demo waiting list", () => {
  it("matches every waiting citizen, with the known pairs and total", async () => {
    const p = await preview();
    expect(p.pairs).toHaveLength(22);
    expect(p.unmatched).toEqual([]);
    expect(p.objective).toBeCloseTo(17.683, 3);
    // The total is the sum of the scores shown beside the pairs.
    expect(p.objective).toBeCloseTo(
      p.pairs.reduce((sum, pair) => sum + pair.candidate.score, 0),
      9,
    );
    const shown = (name: string) => {
      const pair = pairOf(p, name);
      return pair && { kind: pair.candidate.kind, target: pair.targetName, score: pair.candidate.score };
    };
    expect(shown("Ahmad Haddad")).toEqual({ kind: "volunteer", target: "Omar Khalil", score: 0.885 });
    expect(shown("Halina Kowalska")).toEqual({ kind: "volunteer", target: "Katarzyna Nowak", score: 0.856 });
    expect(shown("Anna Lykke")).toEqual({ kind: "activity", target: "Strikkecafé i Højslev", score: 0.907 });
    expect(shown("Ruth Kjeldgaard")).toEqual({ kind: "activity", target: "Kortklub i Medborgerhuset", score: 0.685 });
    // The association already said no to Svend Aage with Niels Overgaard: the
    // rules allow asking again, but the coordinator is told and decides.
    expect(pairOf(p, "Svend Aage Pedersen")).toMatchObject({
      targetName: "Niels Overgaard",
      declinedBefore: { note: expect.stringContaining("optaget resten af måneden") },
    });
    expect(p.pairs.filter((pair) => pair.declinedBefore !== null)).toHaveLength(1);
    expect(pairOf(p, "Ahmad Haddad")!.candidate.reasons).toEqual([
      "Deler interesse: gåture, kaffe og snak, sport",
      "1,0 km væk",
      "Passer tirsdag eftermiddag, torsdag eftermiddag og lørdag formiddag",
      "Begge taler arabisk",
      "Besøgsven 1:1 som ønsket",
      "Har plads til flere",
      "Den frivillige har bil",
      "Har ventet 3 uger",
    ]);
  });

  it("never pairs a citizen again with a volunteer they said no to", async () => {
    const ahmad = pairOf(await preview(), "Ahmad Haddad")!;
    const omar = ahmad.candidate.id;
    const sent = await run(
      batchRoute.action,
      await post("/borgere/samlet-match", { pair: [`${ahmad.citizenId}:volunteer:${omar}`] }, coordinator),
    );
    expect(sent.location).toBe("/borgere/samlet-match?sendt=1&sprunget=0");
    // The association accepts; Ahmad answers "Nej tak".
    const proposal = await db
      .selectFrom("match_proposal")
      .select("id")
      .where("citizen_id", "=", ahmad.citizenId)
      .where("volunteer_id", "=", omar)
      .executeTakeFirstOrThrow();
    expect(await decideProposal(db, proposal.id, { decision: "accepted", decidedBy: coordinator.id, note: null })).toBe(true);
    await recordAnswer(db, proposal.id, "no");

    const after = await preview();
    // Ahmad waits again, but Omar was the only one who fitted him, and the page says so.
    expect(pairOf(after, "Ahmad Haddad")).toBeUndefined();
    expect(after.unmatched).toEqual([
      {
        citizenId: ahmad.citizenId,
        citizenName: "Ahmad Haddad",
        fitting: 0,
        nearMisses: expect.arrayContaining([{ rule: "declined", label: "Borgeren har sagt nej tak", count: 1 }]),
        outOfReach: expect.any(Number),
      },
    ]);
    expect(after.pairs).toHaveLength(22 - 1);
  });
});
