// The pathway part of the demo (db/seed.ts): every citizen's referral and step
// history, and for those further along their tasks, guidance, loneliness scores,
// escort clips, activities and follow-ups. Written straight into the tables with
// Kysely so the rows look as the pathway pages will write them.
import type { Executor } from "../app/data/executor";
import { recordPathwayEvent } from "../app/data/pathway.server";
import { defaultFollowUps } from "../app/domain/pathway/follow-ups";
import type { PathwayStatus } from "../app/domain/pathway/states";
import { addDays } from "../app/domain/pathway/working-days";
import * as demo from "./demo-data";

export interface PathwaySeedContext {
  today: string;
  /** Whole number in [min, max] from the seed's deterministic dice. */
  roll: (min: number, max: number) => number;
  userId: (key: string) => string;
  citizenIds: ReadonlyMap<string, string>;
}

const HOMECARE_WORKER = "Dorthe Kvist";

const isoAt = (date: string, hour: number) => `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`;
const id = () => crypto.randomUUID();

// Referrals without a story of their own in demo-data.ts.
const plainReferrals: readonly demo.DemoReferral[] = [
  {
    source: "gp",
    sourceName: "Lægehuset på Torvet",
    signs: ["sad", "few_visitors"],
    note: "Har sagt ja til at blive ringet op.",
  },
  {
    source: "relative",
    sourceName: "En datter",
    signs: ["few_visitors", "talks_about_loneliness"],
    note: "Familien bor langt væk og er bekymret.",
  },
  {
    source: "self",
    sourceName: "",
    signs: ["talks_about_loneliness"],
    note: "Ringede selv efter at have set en plakat på biblioteket.",
  },
  {
    source: "staff",
    sourceName: "Træningscentret",
    signs: ["rarely_out", "sad"],
    note: "Fysioterapeuten har talt med borgeren om henvisningen.",
  },
];

const homecareReferral: demo.DemoReferral = {
  source: "homecare",
  sourceName: `${HOMECARE_WORKER}, hjemmeplejen`,
  signs: ["few_visitors", "talks_about_loneliness"],
  detectionClipMinutes: 10,
  note: "Opsporingssamtale taget under et besøg.",
};

/** The steps a citizen has been through to reach their current one. */
function stepsTo(c: demo.DemoCitizen, skipContacted: boolean): PathwayStatus[] {
  const early: PathwayStatus[] = skipContacted ? ["referred"] : ["referred", "contacted"];
  switch (c.status) {
    case "referred":
      return ["referred"];
    case "contacted":
      return ["referred", "contacted"];
    case "screened":
      return [...early, "screened"];
    case "in_progress":
      return [...early, "screened", "in_progress"];
    case "follow_up":
      return [...early, "screened", "in_progress", "follow_up"];
    case "closed": {
      // A citizen who never consented to sharing was never matched.
      const matched: PathwayStatus[] = c.consent ? ["in_progress"] : [];
      const thriving: PathwayStatus[] = c.closeReason === "matched_thriving" ? ["follow_up"] : [];
      return [...early, "screened", ...matched, ...thriving, "closed"];
    }
  }
}

export async function seedPathway(trx: Executor, ctx: PathwaySeedContext): Promise<void> {
  const { today } = ctx;
  const daysAgo = (days: number) => addDays(today, -days);

  for (const u of demo.users) {
    if (u.contactHours) {
      await trx
        .updateTable("app_user")
        .set({ contact_hours: u.contactHours })
        .where("id", "=", ctx.userId(u.key))
        .execute();
    }
  }

  const activityIds = new Map(
    (await trx.selectFrom("activity").select(["id", "title"]).execute()).map((a) => [
      a.title,
      a.id,
    ]),
  );

  for (const c of demo.citizens) {
    const name = `${c.firstName} ${c.lastName}`;
    const citizenId = ctx.citizenIds.get(name);
    if (!citizenId) throw new Error(`demo pathway: no citizen ${name}`);
    const contact = ctx.userId(c.contact);
    const referrer = c.referredByHomecare ? ctx.userId("homecare") : contact;

    // The history replaces the single "screened" event the citizen was created with,
    // spread from the day the pathway began towards today.
    await trx.deleteFrom("pathway_event").where("citizen_id", "=", citizenId).execute();
    const steps = stepsTo(c, ctx.roll(0, 3) === 0);
    let previous: PathwayStatus | null = null;
    let lastAt = "";
    let startedOn: string | null = null;
    for (const [i, step] of steps.entries()) {
      lastAt = isoAt(daysAgo(c.daysAgo - Math.floor((c.daysAgo * i) / steps.length)), 9 + i);
      await recordPathwayEvent(trx, {
        citizenId,
        from: previous,
        to: step,
        closeReason: step === "closed" ? (c.closeReason ?? "other") : null,
        byUser: i === 0 ? referrer : contact,
        at: lastAt,
      });
      if (step === "in_progress") startedOn = lastAt.slice(0, 10);
      previous = step;
    }
    if (c.status === "closed") {
      await trx
        .updateTable("citizen")
        .set({ close_reason: c.closeReason ?? "other", closed_at: lastAt })
        .where("id", "=", citizenId)
        .execute();
    }
    // A referral has an address, not a position: that comes with screening.
    if (c.status === "referred" || c.status === "contacted") {
      await trx
        .updateTable("citizen")
        .set({ lat: null, lng: null })
        .where("id", "=", citizenId)
        .execute();
    }

    const referral =
      demo.referrals[name] ??
      (c.referredByHomecare
        ? homecareReferral
        : (plainReferrals[ctx.roll(0, plainReferrals.length - 1)] ?? homecareReferral));
    await trx
      .insertInto("referral")
      .values({
        id: id(),
        citizen_id: citizenId,
        source: referral.source,
        source_name: referral.sourceName,
        signs: JSON.stringify(referral.signs),
        consent_to_contact: 1,
        detection_clip_minutes: referral.detectionClipMinutes ?? null,
        note: referral.note,
        referred_by: referrer,
        referred_at: isoAt(daysAgo(c.daysAgo), 9),
      })
      .execute();

    const plan = demo.pathwayPlans[name];
    if (plan) await seedPlan(trx, ctx, activityIds, citizenId, contact, plan);
    // The app plans the four default follow-ups when a pathway starts; the ones still
    // ahead are planned here too, unless the demo plan tells that follow-up itself.
    if (startedOn && c.status !== "closed") {
      const told = new Set((plan?.followUps ?? []).map((f) => f.kind));
      for (const f of defaultFollowUps(startedOn)) {
        if (told.has(f.kind) || f.due < today) continue;
        await trx
          .insertInto("follow_up")
          .values({
            id: id(),
            citizen_id: citizenId,
            kind: f.kind,
            due_date: f.due,
            done_on: null,
            evaluation: "",
            wellbeing: null,
            outcome: null,
            recorded_by: null,
            created_at: isoAt(startedOn, 10),
          })
          .execute();
      }
    }
  }
}

async function seedPlan(
  db: Executor,
  ctx: PathwaySeedContext,
  activityIds: ReadonlyMap<string, string>,
  citizenId: string,
  contact: string,
  plan: demo.DemoPathwayPlan,
): Promise<void> {
  const { today } = ctx;
  const daysAgo = (days: number) => addDays(today, -days);
  const dueIn = (days: number) => addDays(today, days);
  for (const t of plan.tasks ?? []) {
    const due = dueIn(t.dueIn);
    await db
      .insertInto("citizen_task")
      .values({
        id: id(),
        citizen_id: citizenId,
        title: t.title,
        owner: t.owner,
        due_date: due,
        done_at: t.done ? isoAt(due, 12) : null,
        done_by: t.done ? contact : null,
        created_by: contact,
        created_at: isoAt(addDays(due, -14), 10),
      })
      .execute();
  }
  for (const g of plan.guidance ?? []) {
    const due = dueIn(g.dueIn);
    await db
      .insertInto("guidance_note")
      .values({
        id: id(),
        citizen_id: citizenId,
        on_date: daysAgo(g.daysAgo),
        note: g.note,
        next_step: g.nextStep,
        next_step_due: due,
        next_step_done_at: g.done ? isoAt(due, 11) : null,
        written_by: contact,
        created_at: isoAt(daysAgo(g.daysAgo), 14),
      })
      .execute();
  }
  for (const [i, score] of (plan.scores ?? []).entries()) {
    const [item1, item2, item3] = score.items;
    await db
      .insertInto("loneliness_score")
      .values({
        id: id(),
        citizen_id: citizenId,
        item_1: item1,
        item_2: item2,
        item_3: item3,
        total: item1 + item2 + item3,
        measured_on: daysAgo(score.daysAgo),
        context: i === 0 ? "screening" : "follow_up",
        recorded_by: contact,
        created_at: isoAt(daysAgo(score.daysAgo), 13),
      })
      .execute();
  }
  if (plan.clips) {
    const grant = plan.clips;
    const grantId = id();
    const start = daysAgo(grant.startedDaysAgo);
    await db
      .insertInto("clip_grant")
      .values({
        id: grantId,
        citizen_id: citizenId,
        clips_per_period: grant.clipsPerPeriod,
        period: grant.period,
        minutes_per_clip: grant.minutesPerClip,
        purpose: grant.purpose,
        start_date: start,
        expiry_date: addDays(start, 182),
        saved_cap: grant.clipsPerPeriod * 2,
        granted_by: contact,
        created_at: isoAt(start, 10),
      })
      .execute();
    for (const use of grant.uses) {
      await db
        .insertInto("clip_use")
        .values({
          id: id(),
          grant_id: grantId,
          used_on: daysAgo(use.daysAgo),
          minutes: grant.minutesPerClip,
          clips: 1,
          used_by: HOMECARE_WORKER,
          what_for: use.whatFor,
          recorded_by: ctx.userId("homecare"),
          created_at: isoAt(daysAgo(use.daysAgo), 15),
        })
        .execute();
    }
  }
  if (plan.enrolment) {
    const e = plan.enrolment;
    const activityId = activityIds.get(e.activity);
    const activity = demo.activities.find((a) => a.title === e.activity);
    if (!activityId || !activity) throw new Error(`demo pathway: no activity ${e.activity}`);
    const enrolmentId = id();
    await db
      .insertInto("activity_enrolment")
      .values({
        id: enrolmentId,
        citizen_id: citizenId,
        activity_id: activityId,
        status: "active",
        enrolled_on: daysAgo(e.daysAgo),
        ended_on: null,
        enrolled_by: contact,
        created_at: isoAt(daysAgo(e.daysAgo), 10),
      })
      .execute();
    // The latest meetings on the activity's weekday, oldest first.
    const weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    let last = addDays(today, -1);
    while (weekdays[new Date(`${last}T12:00:00Z`).getUTCDay()] !== activity.weekday)
      last = addDays(last, -1);
    for (const [i, attended] of e.attended.entries()) {
      const onDate = addDays(last, -7 * (e.attended.length - 1 - i));
      await db
        .insertInto("attendance")
        .values({
          id: id(),
          enrolment_id: enrolmentId,
          on_date: onDate,
          attended: attended ? 1 : 0,
          note: attended ? "" : "Meldt afbud",
          recorded_by: contact,
          created_at: isoAt(onDate, 16),
        })
        .execute();
    }
  }
  for (const f of plan.followUps ?? []) {
    const due = dueIn(f.dueIn);
    await db
      .insertInto("follow_up")
      .values({
        id: id(),
        citizen_id: citizenId,
        kind: f.kind,
        due_date: due,
        done_on: f.held ? due : null,
        evaluation: f.held?.evaluation ?? "",
        wellbeing: f.held?.wellbeing ?? null,
        outcome: f.held?.outcome ?? null,
        recorded_by: f.held ? contact : null,
        created_at: isoAt(addDays(due, -28), 10),
      })
      .execute();
  }
}
