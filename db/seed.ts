// The fictional demo: Demo Kommune around Skive, two associations, their activities
// and volunteers, older citizens at every step of the pathway, and a handful of
// proposals (open, accepted with a real letter or outbox email, answered).
//
// Run automatically by `npm start` on an empty database and by `npm run seed`;
// `npx tsx db/seed.ts` also works. Seeding twice is harmless: when a municipality
// exists, nothing is touched.
//
// Rows go through the app's own repository functions, so the demo data looks exactly
// like data entered in the app, and proposals go through the matching rules and the
// bridge-builder's decision (decideAndNotify), so their letters, emails and reply
// links are real.
import { dateInDenmark } from "../app/domain/pathway/working-days";
import { pathToFileURL } from "node:url";
import type { SessionUser } from "../app/auth/sessions.server";
import { decideAndNotify } from "../app/comms/deliver-suggestion.server";
import { createActivity, getActivity } from "../app/data/activities.server";
import { saveOccurrenceChange } from "../app/data/activity-dates.server";
import { firstFittingDate } from "../app/domain/activities/first-date";
import { plannedDates } from "../app/domain/activities/occurrences";
import { saveCpr } from "../app/data/citizen-cpr.server";
import { createScreenedCitizen, getCitizen } from "../app/data/citizens.server";
import type { Executor } from "../app/data/executor";
import { associationOfCandidate, proposeCandidate, suggestionsFor } from "../app/data/matching-pool.server";
import { answerReply } from "../app/data/reply-answers.server";
import { createUser } from "../app/data/users.server";
import { createVolunteer } from "../app/data/volunteers.server";
import type { Database } from "./database";
import * as demo from "./demo-data";
import { seedUndeliverableEmail } from "./seed-outbox";
import { seedPathway } from "./seed-pathway";
import type { Role } from "./schema";
import { mulberry32 } from "../app/domain/random";

export { DEMO_PASSWORD } from "./demo-data";

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  name: string;
  note: string;
}

/** Every demo login, one shared password; README lists them. */
export const demoLogins: readonly DemoLogin[] = demo.users.map((u) => ({
  role: u.role,
  email: u.email,
  password: demo.DEMO_PASSWORD,
  name: u.name,
  note: u.note,
}));

// ---------------------------------------------------------------------------------
// Determinism: every fresh seed draws the same "random" phone numbers, homes and
// vetting dates. Dates are relative to the day of seeding, so a demo seeded next
// year still has vetted volunteers (and the same few with an expired straffeattest).

const SEED = 20261123;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date `days` before `today` (both YYYY-MM-DD). */
function dateBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T12:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly [T, ...T[]]): T {
    return items[this.int(0, items.length - 1)] ?? items[0];
  }
  /** A home near the town's point, at 5 decimals (about 1 m). */
  near(town: demo.Town): { lat: number; lng: number } {
    const jitter = (spread: number) => (this.next() * 2 - 1) * spread;
    const round = (n: number) => Math.round(n * 1e5) / 1e5;
    return {
      lat: round(town.lat + jitter(town.spread.lat)),
      lng: round(town.lng + jitter(town.spread.lng)),
    };
  }
  /** A made-up CPR number for someone born in `year` (1900s: the seventh digit is 0–3). */
  cpr(year: number): string {
    const two = (n: number) => String(n).padStart(2, "0");
    return `${two(this.int(1, 28))}${two(this.int(1, 12))}${two(year % 100)}${this.int(0, 3)}${String(this.int(0, 999)).padStart(3, "0")}`;
  }
  /** A Danish 8-digit number: mostly mobile, some local landlines (97/96). */
  phone(): string {
    const prefix = this.pick([
      "20",
      "22",
      "23",
      "26",
      "28",
      "30",
      "40",
      "41",
      "42",
      "51",
      "60",
      "61",
      "96",
      "97",
      "97",
    ]);
    return prefix + String(this.int(0, 999_999)).padStart(6, "0");
  }
}

/** firstname.lastname@example.dk, with æ/ø/å written the usual ASCII way. */
function exampleEmail(firstName: string, lastName: string): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replaceAll("æ", "ae")
      .replaceAll("ø", "oe")
      .replaceAll("å", "aa")
      .replaceAll("ü", "ue")
      .replaceAll("ö", "oe")
      .replaceAll("ä", "ae")
      .replace(/[^a-z]+/g, "-")
      .replace(/^-|-$/g, "");
  return `${ascii(firstName)}.${ascii(lastName)}@example.dk`;
}

function vettingDates(
  dice: Dice,
  today: string,
  vetting: demo.Vetting,
): { tavshedserklaeringSignedOn?: string; straffeattestDate?: string } {
  switch (vetting) {
    case "vetted": // straffeattest at most ~21 months old: valid under the 24-month policy
      return {
        tavshedserklaeringSignedOn: dateBefore(today, dice.int(30, 540)),
        straffeattestDate: dateBefore(today, dice.int(20, 640)),
      };
    case "straffeattest-expired": // 26–38 months old
      return {
        tavshedserklaeringSignedOn: dateBefore(today, dice.int(800, 1100)),
        straffeattestDate: dateBefore(today, dice.int(800, 1160)),
      };
    case "no-straffeattest":
      return { tavshedserklaeringSignedOn: dateBefore(today, dice.int(7, 40)) };
    case "no-tavshedserklaering":
      return { straffeattestDate: dateBefore(today, dice.int(10, 90)) };
  }
}

// ---------------------------------------------------------------------------------
// Seeding

interface Seeded {
  associationIds: Record<demo.AssociationKey, string>;
  userIds: Record<string, string>;
  citizenIds: Map<string, string>;
}

/** Cancels the activity's first meeting in the coming Christmas week (24 December – 1 January). */
async function cancelChristmasMeeting(trx: Executor, activityId: string, note: string, today: string) {
  const activity = await getActivity(trx, activityId);
  if (!activity) throw new Error(`demo: activity ${activityId} is missing`);
  const year = Number(today.slice(0, 4)) - (today.slice(5) < "01-02" ? 1 : 0);
  const [onDate] = plannedDates(activity, `${year}-12-24`, `${year + 1}-01-01`);
  if (!onDate) return;
  await saveOccurrenceChange(
    trx,
    activityId,
    { onDate, kind: "cancelled", newDate: null, newStartTime: null, newEndTime: null, note },
    null,
  );
}

/**
 * Seeds the demo into an empty database. Does nothing and returns `{ seeded: false }`
 * when a municipality already exists, so it is safe to call on every start.
 */
export async function seedDemoData(db: Database): Promise<{ seeded: boolean }> {
  const now = new Date();
  const today = dateInDenmark(now);
  const dice = new Dice(SEED);

  // Organisations, people and activities in one transaction: either all or nothing.
  const seeded = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("municipality").select("id").executeTakeFirst();
    if (existing) return null;
    return insertBaseData(trx, dice, now, today);
  });
  if (!seeded) return { seeded: false };

  // Proposals run through the matching rules and decideAndNotify, which opens its
  // own transactions (letters, outbox, reply tokens), so they follow the commit.
  await insertProposals(db, seeded);
  await seedUndeliverableEmail(db, now);
  return { seeded: true };
}

async function insertBaseData(
  trx: Executor,
  dice: Dice,
  now: Date,
  today: string,
): Promise<Seeded> {
  const isoDaysAgo = (days: number, hour = 10) =>
    new Date(
      Date.parse(`${dateBefore(today, days)}T${String(hour).padStart(2, "0")}:00:00Z`),
    ).toISOString();
  const createdAt = now.toISOString();

  const municipalityId = crypto.randomUUID();
  await trx
    .insertInto("municipality")
    .values({
      id: municipalityId,
      name: demo.municipality.name,
      department: demo.municipality.department,
      address_lines: JSON.stringify(demo.municipality.addressLines),
      phone: demo.municipality.phone,
      cvr: demo.municipality.cvr,
      max_distance_km: demo.municipality.maxDistanceKm,
      straffeattest_max_age_months: demo.municipality.straffeattestMaxAgeMonths,
      created_at: createdAt,
    })
    .execute();

  const associationIds = {} as Record<demo.AssociationKey, string>;
  for (const [key, a] of Object.entries(demo.associations) as [
    demo.AssociationKey,
    (typeof demo.associations)[demo.AssociationKey],
  ][]) {
    const id = crypto.randomUUID();
    associationIds[key] = id;
    await trx
      .insertInto("association")
      .values({
        id,
        municipality_id: municipalityId,
        name: a.name,
        description: a.description,
        email: a.email,
        phone: a.phone,
        contact_name: a.contactName,
        area: a.area,
        website: a.website,
        created_at: createdAt,
      })
      .execute();
  }

  const userIds: Record<string, string> = {};
  for (const u of demo.users) {
    const municipalSide = u.role === "admin" || u.role === "coordinator" || u.role === "homecare";
    userIds[u.key] = await createUser(trx, {
      email: u.email,
      name: u.name,
      phone: u.phone,
      role: u.role,
      password: demo.DEMO_PASSWORD,
      municipalityId: municipalSide ? municipalityId : null,
      associationId: u.association ? associationIds[u.association] : null,
    });
  }
  const userId = (key: string) => {
    const id = userIds[key];
    if (!id) throw new Error(`demo user ${key} is missing`);
    return id;
  };

  for (const a of demo.activities) {
    const town = demo.towns[a.town];
    const { association, town: _town, street, weekday, christmasBreak, ...input } = a;
    const repeat = a.repeat ?? "weekly";
    const activityId = await createActivity(trx, associationIds[association], userId(`association_${association}`), {
      ...input,
      repeat,
      startsOn: firstFittingDate(repeat, weekday, dateBefore(today, 365)),
      seating: a.seating ?? false,
      parking: a.parking ?? false,
      address: demo.streetAddress(town, street),
      postcode: town.postcode,
      city: town.city,
    });
    if (christmasBreak) await cancelChristmasMeeting(trx, activityId, christmasBreak, today);
  }

  for (const v of demo.volunteers) {
    const town = demo.towns[v.town];
    const { association, town: _town, email, vetting, paused, ...input } = v;
    const id = await createVolunteer(trx, associationIds[association], {
      ...input,
      email: email ?? exampleEmail(v.firstName, v.lastName),
      phone: dice.phone(),
      area: town.name,
      ...dice.near(town),
      ...vettingDates(dice, today, vetting),
    });
    if (paused) {
      await trx.updateTable("volunteer").set({ status: "paused" }).where("id", "=", id).execute();
    }
  }
  // The demo volunteer login opens the profile with the same email (/min-side).
  for (const u of demo.users.filter((x) => x.role === "volunteer")) {
    await trx
      .updateTable("volunteer")
      .set({ user_id: userId(u.key) })
      .where("email", "=", u.email)
      .execute();
  }

  const citizenIds = new Map<string, string>();
  // CPR numbers from dice of their own, so adding them changed no other demo value.
  const cprDice = new Dice(SEED + 1);
  for (const c of demo.citizens) {
    const town = demo.towns[c.town];
    const {
      town: _town,
      street,
      email,
      consent,
      status,
      contact,
      referredByHomecare,
      daysAgo,
      withoutCpr,
      ...input
    } = c;
    const id = await createScreenedCitizen(trx, municipalityId, userId(contact), {
      ...input,
      phone: dice.phone(),
      email,
      contactChannel: email ? "email" : "letter",
      address: demo.streetAddress(town, street),
      postcode: town.postcode,
      city: town.city,
      ...dice.near(town),
      consentToShare: consent,
    });
    if (!email && !withoutCpr && input.birthYear) {
      await saveCpr(trx, id, cprDice.cpr(input.birthYear), userId(contact));
    }
    // createScreenedCitizen starts every pathway at "screened", today; move each one
    // to its own step and back to the day it began, so lists and waiting times vary.
    const began = isoDaysAgo(daysAgo, 8 + (daysAgo % 7));
    await trx
      .updateTable("citizen")
      .set({
        status,
        created_at: began,
        updated_at: isoDaysAgo(Math.floor(daysAgo / 3), 13),
        created_by: referredByHomecare ? userId("homecare") : userId(contact),
      })
      .where("id", "=", id)
      .execute();
    if (consent) {
      await trx
        .updateTable("consent")
        .set({ given_at: isoDaysAgo(Math.max(daysAgo - 2, 0), 11) })
        .where("citizen_id", "=", id)
        .execute();
    }
    citizenIds.set(`${c.firstName} ${c.lastName}`, id);
  }

  await seedPathway(trx, { today, roll: (min, max) => dice.int(min, max), userId, citizenIds });
  return { associationIds, userIds, citizenIds };
}

async function insertProposals(db: Database, seeded: Seeded): Promise<void> {
  const users = await db
    .selectFrom("app_user")
    .select(["id", "email", "name", "role", "municipality_id", "association_id"])
    .where("role", "=", "bridge_builder")
    .execute();
  const bridgeBuilderFor = (associationId: string): SessionUser => {
    const u = users.find((x) => x.association_id === associationId);
    if (!u) throw new Error(`no bridge-builder for association ${associationId}`);
    return {
      id: u.id,
      sessionId: "seed",
      email: u.email,
      name: u.name,
      role: u.role,
      municipalityId: u.municipality_id,
      associationId: u.association_id,
    };
  };

  // The bridge-builder's decision and the citizen's answer, as they would give them.
  const decide = async (plan: demo.DemoProposal, proposalId: string, associationId: string) => {
    const decision = plan.outcome === "declined" ? "decline" : "accept";
    const outcome = await decideAndNotify(
      db,
      bridgeBuilderFor(associationId),
      proposalId,
      decision,
      plan.note ?? null,
    );
    if (outcome !== (decision === "accept" ? "accepted" : "declined")) {
      throw new Error(`demo proposal for ${plan.citizen}: decision ended as ${outcome}`);
    }
    if (plan.outcome === "yes" || plan.outcome === "call") {
      // Through the reply page's own path, so the history and the call-back task exist.
      await answerReply(db, { proposalId, via: "code" }, plan.outcome);
    }
  };

  for (const plan of demo.proposals) {
    const citizenId = seeded.citizenIds.get(plan.citizen);
    const citizen = citizenId ? await getCitizen(db, citizenId, null) : undefined;
    if (!citizen?.contactPersonId) throw new Error(`demo proposal: no citizen ${plan.citizen}`);

    // The best candidate of the wanted kind that passes every matching rule now,
    // exactly as a coordinator would pick it on the citizen's page.
    const match = await suggestionsFor(db, citizen, Number.MAX_SAFE_INTEGER);
    const candidate = match.suggestions.candidates.find((c) => c.kind === plan.kind);
    if (!candidate) throw new Error(`demo proposal: no ${plan.kind} candidate for ${plan.citizen}`);
    const associationId = associationOfCandidate(match, candidate);
    if (!associationId)
      throw new Error(`demo proposal: candidate ${candidate.id} has no association`);
    const proposalId = await proposeCandidate(
      db,
      citizen.id,
      candidate,
      associationId,
      citizen.contactPersonId,
    );

    if (plan.outcome !== "open") await decide(plan, proposalId, associationId);
    if (plan.daysAgo) {
      // Back-dated so the worklist has proposals nobody has answered for a while: the
      // suggestion went out the day it was accepted, the answer came the day after.
      const proposedAt = new Date(Date.now() - plan.daysAgo * DAY_MS);
      const decidedAt = new Date(proposedAt.getTime() + DAY_MS).toISOString();
      const answeredAt = new Date(proposedAt.getTime() + 2 * DAY_MS).toISOString();
      const answered = plan.outcome === "yes" || plan.outcome === "call";
      await db
        .updateTable("match_proposal")
        .set({
          proposed_at: proposedAt.toISOString(),
          ...(plan.outcome === "open" ? {} : { decided_at: decidedAt }),
          ...(answered ? { answered_at: answeredAt } : {}),
        })
        .where("id", "=", proposalId)
        .execute();
      await db
        .updateTable("letter")
        .set({ status: "printed", printed_at: decidedAt })
        .where("proposal_id", "=", proposalId)
        .execute();
      await db
        .updateTable("outbox")
        .set({ status: "sent", sent_at: decidedAt })
        .where("proposal_id", "=", proposalId)
        .execute();
      await db
        .updateTable("reply_answer")
        .set({ answered_at: answeredAt })
        .where("proposal_id", "=", proposalId)
        .execute();
    }
  }
}

// ---------------------------------------------------------------------------------
// `npx tsx db/seed.ts`: migrate and seed the database named by DATABASE_URL.

async function main(): Promise<void> {
  const [{ env }, { openDatabase }, { migrateToLatest }] = await Promise.all([
    import("../app/env.server"),
    import("./database"),
    import("./migrate"),
  ]);
  const db = openDatabase(env.DATABASE_URL);
  try {
    await migrateToLatest(db);
    const { seeded } = await seedDemoData(db);
    console.log(seeded ? "Demo data seeded." : "Database already has data; nothing seeded.");
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
