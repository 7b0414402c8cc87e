// The demo seed is what a first `npm start` shows, so it is tested as a user of the
// demo would meet it: enough people at every step, logins that work, and matching
// that finds real candidates and explains real exclusions. The integration setup
// gives this file its own freshly migrated database, which the seed fills.
import { REFERRAL_SIGNS } from "../../app/domain/pathway/referral-signs";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../app/auth/password.server";
import { getCitizen, hasSharingConsent } from "../../app/data/citizens.server";
import { isValidCvr, parseCpr } from "../../app/domain/digital-post/identifiers";
import { listPendingLetters } from "../../app/data/letters.server";
import { db } from "../../app/data/db.server";
import { listDeadLetters } from "../../app/data/dead-letters.server";
import { suggestionsFor } from "../../app/data/matching-pool.server";
import { listPathwayEvents } from "../../app/data/pathway.server";
import { worklistFor } from "../../app/data/worklist.server";
import { TRANSITIONS } from "../../app/domain/pathway/states";
import { dateInDenmark } from "../../app/domain/pathway/working-days";
import { WORKLIST_KINDS } from "../../app/domain/pathway/worklist";
import { findUserByEmail } from "../../app/data/users.server";
import { listVolunteers } from "../../app/data/volunteers.server";
import { activityForm } from "../../app/forms/activity";
import { listOccurrenceChanges } from "../../app/data/activity-dates.server";
import { getActivity } from "../../app/data/activities.server";
import { describeSchedule, repeatOf, weekdayOf } from "../../app/domain/activities/schedule";
import { citizenForm } from "../../app/forms/citizen";
import { volunteerForm } from "../../app/forms/volunteer";
import { roles } from "../../db/schema";
import { demoLogins, seedDemoData } from "../../db/seed";

let firstRun: { seeded: boolean };

beforeAll(async () => {
  firstRun = await seedDemoData(db);
}, 120_000);

const list = (json: string): string[] => JSON.parse(json) as string[];

async function countRows(
  table:
    | "municipality"
    | "association"
    | "activity"
    | "volunteer"
    | "citizen"
    | "app_user"
    | "match_proposal"
    | "letter"
    | "outbox"
    | "reply_token"
    | "consent",
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("demo seed", () => {
  it("seeds an empty database", () => {
    expect(firstRun).toEqual({ seeded: true });
  });

  it("creates Demo Kommune with its two associations", async () => {
    const municipality = await db.selectFrom("municipality").selectAll().executeTakeFirstOrThrow();
    expect(municipality).toMatchObject({
      name: "Demo Kommune",
      department: "Fællesskab og Aktivitet",
      max_distance_km: 10,
      straffeattest_max_age_months: 24,
    });
    expect(list(municipality.address_lines).length).toBeGreaterThan(0);
    const names = (await db.selectFrom("association").select("name").execute()).map((a) => a.name);
    expect(names.sort()).toEqual(
      ["Røde Kors Demo Afdeling", "Ældre Sagen Demo Lokalafdeling"].sort(),
    );
  });

  it("has at least one user per role, tied to the right organisation", async () => {
    const users = await db.selectFrom("app_user").selectAll().execute();
    for (const role of roles)
      expect(users.filter((u) => u.role === role).length, role).toBeGreaterThan(0);

    const coordinators = users.filter((u) => u.role === "coordinator");
    expect(coordinators).toHaveLength(2);
    for (const c of coordinators) {
      expect(c.municipality_id).not.toBeNull();
      expect(c.phone).toMatch(/^\d{8}$/);
    }
    for (const u of users.filter((x) => ["bridge_builder", "association"].includes(x.role))) {
      expect(u.association_id, u.email).not.toBeNull();
    }
    const bridgeBuilders = users.filter((u) => u.role === "bridge_builder");
    expect(new Set(bridgeBuilders.map((u) => u.association_id)).size).toBe(2);
  });

  it("lets every documented demo login sign in with the shared password", async () => {
    expect(new Set(demoLogins.map((l) => l.role))).toEqual(new Set(roles));
    expect(new Set(demoLogins.map((l) => l.password)).size).toBe(1);
    for (const login of demoLogins) {
      const user = await findUserByEmail(db, login.email);
      expect(user, login.email).toBeDefined();
      expect(await verifyPassword(user!.password_hash, login.password), login.email).toBe(true);
      expect(await verifyPassword(user!.password_hash, "forkert-adgangskode")).toBe(false);
    }
  });

  it("publishes at least 12 varied activities split between the associations", async () => {
    const activities = await db.selectFrom("activity").selectAll().execute();
    expect(activities.length).toBeGreaterThanOrEqual(12);
    const perAssociation = new Map<string, number>();
    for (const a of activities)
      perAssociation.set(a.association_id, (perAssociation.get(a.association_id) ?? 0) + 1);
    expect([...perAssociation.values()].every((n) => n >= 5)).toBe(true);

    expect(activities.some((a) => a.step_free && a.accessible_toilet)).toBe(true);
    expect(activities.some((a) => a.hearing_loop)).toBe(true);
    expect(activities.some((a) => !a.step_free && !a.hearing_loop && !a.accessible_toilet)).toBe(
      true,
    );
    expect(activities.some((a) => a.transport)).toBe(true);
    expect(activities.filter((a) => a.price > 0).length).toBeGreaterThanOrEqual(2);
    expect(new Set(activities.map((a) => a.weekday)).size).toBeGreaterThanOrEqual(5);
    for (const a of activities) {
      expect(a.capacity).toBeGreaterThanOrEqual(8);
      expect(a.capacity).toBeLessThanOrEqual(40);
    }
  });

  it("meets on realistic repeats, with one meeting cancelled at Christmas", async () => {
    const activities = await db.selectFrom("activity").selectAll().execute();
    const repeatsUsed = activities.map((a) => repeatOf(a.rrule));
    expect(repeatsUsed.filter((r) => r === "every-2-weeks").length).toBeGreaterThanOrEqual(2);
    const monthly = await getActivity(db, activities.find((a) => repeatOf(a.rrule) === "monthly-1")?.id ?? "");
    expect(monthly && describeSchedule(monthly)).toMatch(/^Første mandag i måneden kl\. /);
    const changes = [...(await listOccurrenceChanges(db, activities.map((a) => a.id))).values()].flat();
    expect(changes).toEqual([expect.objectContaining({ kind: "cancelled", note: "Juleferie" })]);
    const monthAndDay = changes[0]!.onDate.slice(5);
    expect(monthAndDay >= "12-24" || monthAndDay === "01-01", changes[0]!.onDate).toBe(true);
  });

  it("has at least 25 volunteers, mostly vetted, some paused or not vetted", async () => {
    const volunteers = await listVolunteers(db, null);
    expect(volunteers.length).toBeGreaterThanOrEqual(25);
    expect(new Set(volunteers.map((v) => v.associationId)).size).toBe(2);
    expect(new Set(volunteers.map((v) => v.gender))).toEqual(new Set(["female", "male", "other"]));
    expect(volunteers.some((v) => v.languages.some((l) => l !== "da"))).toBe(true);
    expect(volunteers.filter((v) => v.status === "paused").length).toBeGreaterThanOrEqual(1);
    expect(volunteers.some((v) => v.tavshedserklaeringSignedOn === null)).toBe(true);
    for (const v of volunteers) {
      expect(v.radiusKm).toBeGreaterThanOrEqual(3);
      expect(v.radiusKm).toBeLessThanOrEqual(20);
      expect(v.capacity).toBeGreaterThanOrEqual(1);
      expect(v.capacity).toBeLessThanOrEqual(3);
      // Proposals never overbook a volunteer.
      expect(v.load, `${v.firstName} ${v.lastName}`).toBeLessThanOrEqual(v.capacity);
    }
  });

  it("has at least 40 citizens spread over the steps of the pathway", async () => {
    const citizens = await db.selectFrom("citizen").selectAll().execute();
    expect(citizens.length).toBeGreaterThanOrEqual(40);
    const byStatus = new Map<string, number>();
    for (const c of citizens) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
    expect(byStatus.size).toBeGreaterThanOrEqual(4);
    expect(byStatus.get("screened") ?? 0).toBeGreaterThan(citizens.length / 2);

    const coordinatorIds = new Set(
      (
        await db.selectFrom("app_user").select("id").where("role", "=", "coordinator").execute()
      ).map((u) => u.id),
    );
    for (const c of citizens) {
      expect(coordinatorIds.has(c.contact_person_id ?? ""), c.first_name).toBe(true);
      expect(c.birth_year).toBeGreaterThanOrEqual(1930);
      expect(c.birth_year).toBeLessThanOrEqual(1955);
      if (c.email) expect(c.email).toMatch(/@example\.dk$/);
    }
    expect(citizens.some((c) => c.contact_channel === "email")).toBe(true);
    expect(citizens.filter((c) => c.contact_channel === "letter").length).toBeGreaterThan(
      citizens.length / 2,
    );
    expect(citizens.some((c) => !list(c.languages).includes("da"))).toBe(true);
    expect(await countRows("consent")).toBeLessThan(citizens.length);
  });

  it("stores only data the app's own forms would accept", async () => {
    for (const a of await db.selectFrom("activity").selectAll().execute()) {
      const parsed = activityForm.safeParse({
        title: a.title,
        description: a.description,
        interests: list(a.interests),
        languages: list(a.languages),
        repeat: repeatOf(a.rrule),
        startsOn: a.starts_on,
        endsOn: a.ends_on ?? undefined,
        startTime: a.start_time,
        endTime: a.end_time,
        address: a.address,
        postcode: a.postcode,
        city: a.city,
        lat: a.lat,
        lng: a.lng,
        stepFree: a.step_free === 1,
        hearingLoop: a.hearing_loop === 1,
        accessibleToilet: a.accessible_toilet === 1,
        transport: a.transport === 1,
        seating: a.seating === 1,
        parking: a.parking === 1,
        price: a.price,
        capacity: a.capacity,
        targetGroup: a.target_group,
        hostName: a.host_name,
        hostPhone: a.host_phone || undefined,
      });
      expect(parsed.error?.issues, a.title).toBeUndefined();
      // The weekday matching uses is the weekday of the first date.
      expect(a.weekday, a.title).toBe(weekdayOf(a.starts_on));
    }
    for (const v of await db.selectFrom("volunteer").selectAll().execute()) {
      const parsed = volunteerForm.safeParse({
        firstName: v.first_name,
        lastName: v.last_name,
        email: v.email,
        phone: v.phone,
        gender: v.gender,
        interests: list(v.interests),
        languages: list(v.languages),
        area: v.area,
        lat: v.lat,
        lng: v.lng,
        radiusKm: v.radius_km,
        slots: list(v.slots),
        capacity: v.capacity,
        car: v.car === 1,
        tavshedserklaeringSignedOn: v.tavshedserklaering_signed_on ?? undefined,
        straffeattestDate: v.straffeattest_date ?? undefined,
      });
      expect(parsed.error?.issues, v.first_name).toBeUndefined();
    }
    // Before screening there are no interests or times yet; from screening on, a
    // citizen's record is a complete screening form.
    const screenedOrLater = await db
      .selectFrom("citizen")
      .selectAll()
      .where("status", "not in", ["referred", "contacted"])
      .execute();
    for (const c of screenedOrLater) {
      const parsed = citizenForm.safeParse({
        firstName: c.first_name,
        lastName: c.last_name,
        birthYear: c.birth_year ?? undefined,
        phone: c.phone,
        email: c.email ?? undefined,
        contactChannel: c.contact_channel,
        address: c.address,
        postcode: c.postcode,
        city: c.city,
        lat: c.lat,
        lng: c.lng,
        interests: list(c.interests),
        barriers: list(c.barriers),
        languages: list(c.languages),
        slots: list(c.slots),
        format: c.format,
        genderPreference: c.gender_preference ?? undefined,
        escort: c.escort === 1,
        narrative: c.narrative,
        consentToShare: true,
      });
      expect(parsed.error?.issues, c.first_name).toBeUndefined();
    }
  });

  it("places everyone in and around Skive", async () => {
    const points = [
      ...(await db.selectFrom("activity").select(["lat", "lng"]).execute()),
      ...(await db.selectFrom("volunteer").select(["lat", "lng"]).execute()),
      ...(await db
        .selectFrom("citizen")
        .select(["lat", "lng"])
        .where("status", "not in", ["referred", "contacted"])
        .execute()),
    ];
    for (const p of points) {
      expect(p.lat).toBeGreaterThan(56.45);
      expect(p.lat).toBeLessThan(56.78);
      expect(p.lng).toBeGreaterThan(8.74);
      expect(p.lng).toBeLessThan(9.2);
    }
    const postcodes = new Set(
      (await db.selectFrom("citizen").select("postcode").execute()).map((c) => c.postcode),
    );
    expect(postcodes.size).toBeGreaterThanOrEqual(5);
  });

  it("gives referred and contacted citizens no position until they are screened", async () => {
    const early = await db
      .selectFrom("citizen")
      .select(["lat", "lng"])
      .where("status", "in", ["referred", "contacted"])
      .execute();
    expect(early.length).toBeGreaterThanOrEqual(5);
    for (const c of early) expect([c.lat, c.lng]).toEqual([null, null]);
  });

  it("logs a step history for every citizen that ends in their current step", async () => {
    const citizens = await db.selectFrom("citizen").select(["id", "status", "close_reason", "created_at"]).execute();
    for (const c of citizens) {
      const events = await listPathwayEvents(db, c.id);
      expect(events[0]?.fromStatus, c.id).toBeNull();
      expect(events[0]?.toStatus).toBe("referred");
      expect(events.at(-1)?.toStatus, c.id).toBe(c.status);
      // Each step follows from the one before, as the state machine allows.
      for (const [i, e] of events.entries()) {
        if (i === 0) continue;
        expect(e.fromStatus).toBe(events[i - 1]?.toStatus);
        expect(TRANSITIONS.some((t) => t.from === e.fromStatus && t.to === e.toStatus)).toBe(true);
        expect(e.at >= (events[i - 1]?.at ?? "")).toBe(true);
      }
      if (c.status === "closed") expect(c.close_reason).toBe(events.at(-1)?.closeReason);
    }
    const reasons = citizens.filter((c) => c.status === "closed").map((c) => c.close_reason);
    expect(reasons.filter((r) => r === "declined").length).toBeGreaterThanOrEqual(2);
    expect(new Set(reasons).size).toBeGreaterThanOrEqual(3);
  });

  it("records how every citizen was referred, from several sources", async () => {
    const referrals = await db.selectFrom("referral").selectAll().execute();
    expect(new Set(referrals.map((r) => r.citizen_id)).size).toBe(await countRows("citizen"));
    expect(new Set(referrals.map((r) => r.source)).size).toBeGreaterThanOrEqual(4);
    expect(referrals.some((r) => r.detection_clip_minutes !== null)).toBe(true);
    // Every running pathway has its follow-ups planned, as the app plans them.
    const running = await db
      .selectFrom("citizen")
      .select("id")
      .where("status", "in", ["in_progress", "follow_up"])
      .execute();
    const withFollowUps = new Set(
      (await db.selectFrom("follow_up").select("citizen_id").where("done_on", "is", null).execute()).map(
        (f) => f.citizen_id,
      ),
    );
    for (const c of running) expect(withFollowUps.has(c.id), c.id).toBe(true);

    // Signs are the referral form's own choices, so the citizen page can name them.
    for (const r of referrals) {
      expect(list(r.signs).length).toBeGreaterThan(0);
      for (const sign of list(r.signs)) expect(REFERRAL_SIGNS).toContain(sign);
    }
  });

  it("fills the later steps: tasks, guidance, repeated scores, clips, attendance, follow-ups", async () => {
    const scores = await db.selectFrom("loneliness_score").selectAll().execute();
    for (const s of scores) {
      expect(s.total).toBe(s.item_1 + s.item_2 + s.item_3);
      expect(s.total).toBeGreaterThanOrEqual(3);
      expect(s.total).toBeLessThanOrEqual(9);
    }
    const measured = new Map<string, number>();
    for (const s of scores) measured.set(s.citizen_id, (measured.get(s.citizen_id) ?? 0) + 1);
    expect([...measured.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);

    const uses = await db.selectFrom("clip_use").innerJoin("clip_grant", "clip_grant.id", "clip_use.grant_id").select("clip_grant.citizen_id").execute();
    expect(new Set(uses.map((u) => u.citizen_id)).size).toBeGreaterThanOrEqual(2);
    const attendance = await db.selectFrom("attendance").select("attended").execute();
    expect(attendance.some((a) => a.attended === 1) && attendance.some((a) => a.attended === 0)).toBe(true);
    const guidance = await db.selectFrom("guidance_note").selectAll().execute();
    expect(guidance.length).toBeGreaterThanOrEqual(3);

    // Only citizens past screening have this kind of data.
    const early = (
      await db.selectFrom("citizen").select("id").where("status", "in", ["referred", "contacted"]).execute()
    ).map((c) => c.id);
    for (const table of ["citizen_task", "loneliness_score", "guidance_note", "follow_up"] as const) {
      const rows = await db.selectFrom(table).select("citizen_id").execute();
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) expect(early).not.toContain(r.citizen_id);
    }
  });

  it("gives the coordinators contact hours for the contact card", async () => {
    const coordinators = await db.selectFrom("app_user").select("contact_hours").where("role", "=", "coordinator").execute();
    for (const c of coordinators) expect(c.contact_hours).toMatch(/kl\. \d/);
  });

  it("gives the coordinators' worklists something overdue of every kind", async () => {
    const municipality = await db.selectFrom("municipality").select("id").executeTakeFirstOrThrow();
    const items = await worklistFor(db, {
      municipalityId: municipality.id,
      contactPersonId: null,
      today: dateInDenmark(),
    });
    for (const kind of WORKLIST_KINDS) {
      expect(items.some((i) => i.kind === kind && i.urgency === "overdue"), kind).toBe(true);
    }
    expect(items.some((i) => i.kind === "referral" && i.urgency === "upcoming")).toBe(true);
    expect(items.some((i) => i.kind === "follow_up" && i.urgency === "upcoming")).toBe(true);
    const coordinators = await db.selectFrom("app_user").select("id").where("role", "=", "coordinator").execute();
    for (const c of coordinators) {
      const own = await worklistFor(db, { municipalityId: municipality.id, contactPersonId: c.id, today: dateInDenmark() });
      expect(own.filter((i) => i.urgency === "overdue").length).toBeGreaterThanOrEqual(2);
    }
  });

  it("finds candidates for screened citizens with consent, and explains real exclusions", async () => {
    const screened = await db
      .selectFrom("citizen")
      .select("id")
      .where("status", "=", "screened")
      .execute();
    let withCandidates = 0;
    let withConsent = 0;
    const rules = new Set<string>();
    for (const { id } of screened) {
      const citizen = await getCitizen(db, id, null);
      if (!citizen || !(await hasSharingConsent(db, id))) continue;
      withConsent += 1;
      const match = await suggestionsFor(db, citizen);
      if (match.suggestions.candidates.length > 0) withCandidates += 1;
      for (const e of match.suggestions.excluded) rules.add(e.rule);
    }
    expect(withCandidates).toBeGreaterThanOrEqual(1);
    // Nearly everyone ready to match has somebody to be matched with.
    expect(withCandidates).toBeGreaterThanOrEqual(withConsent - 2);
    for (const rule of [
      "inactive",
      "no-tavshedserklaering",
      "straffeattest-expired",
      "gender",
      "not-step-free",
      "no-hearing-loop",
      "not-free",
      "no-shared-language",
      "no-shared-slot",
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });

  it("has open, accepted and answered proposals with letters, emails and reply links", async () => {
    const proposals = await db.selectFrom("match_proposal").selectAll().execute();
    const accepted = proposals.filter((p) => p.status === "accepted");
    expect(proposals.filter((p) => p.status === "proposed").length).toBeGreaterThanOrEqual(2);
    expect(accepted.length).toBeGreaterThanOrEqual(2);
    expect(new Set(proposals.map((p) => p.kind))).toEqual(new Set(["volunteer", "activity"]));
    expect(proposals.filter((p) => p.answer !== null).map((p) => p.answer)).toEqual(
      expect.arrayContaining(["yes", "call"]),
    );

    // Every accepted proposal reached the citizen one way or the other.
    expect(await countRows("reply_token")).toBe(accepted.length);
    const letters = await countRows("letter");
    const emails = await countRows("outbox");
    expect(letters).toBeGreaterThanOrEqual(1);
    expect(emails).toBeGreaterThanOrEqual(1);
    expect(letters + emails).toBe(accepted.length);

    // Proposals only ever go to citizens who consented to sharing.
    for (const p of proposals) expect(await hasSharingConsent(db, p.citizen_id)).toBe(true);
  });

  it("has letters waiting to be printed or sent by Digital Post, one of them to a citizen without a CPR number", async () => {
    const municipality = await db.selectFrom("municipality").select("cvr").executeTakeFirstOrThrow();
    expect(isValidCvr(municipality.cvr ?? "")).toBe(true);
    const pending = await listPendingLetters(db);
    // Letters of older, back-dated proposals were printed back then; the recent ones wait.
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(pending.filter((l) => l.has_cpr).length).toBeGreaterThanOrEqual(1);
    expect(pending.filter((l) => !l.has_cpr).length).toBeGreaterThanOrEqual(1);
    const cprs = await db.selectFrom("citizen_cpr").select("cpr").execute();
    for (const { cpr } of cprs) expect(parseCpr(cpr)).toBe(cpr);
    // Only citizens who get letters have one.
    const withEmail = await db
      .selectFrom("citizen_cpr")
      .innerJoin("citizen", "citizen.id", "citizen_cpr.citizen_id")
      .select("citizen.id")
      .where("citizen.contact_channel", "=", "email")
      .execute();
    expect(withEmail).toEqual([]);
  });

  it("shows the coordinator one suggestion email whose address the mail server did not know", async () => {
    const municipality = await db.selectFrom("municipality").select("id").executeTakeFirstOrThrow();
    const letters = await listDeadLetters(db, municipality.id);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: "match_suggestion", lastAttempt: { failure: "recipient" } });
    expect(letters[0]!.recipient).toBe(letters[0]!.citizen.email);
  });

  it("seeds nothing the second time", async () => {
    const tables = [
      "municipality",
      "association",
      "app_user",
      "activity",
      "volunteer",
      "citizen",
      "match_proposal",
      "letter",
      "outbox",
    ] as const;
    const before = await Promise.all(tables.map(countRows));
    expect(await seedDemoData(db)).toEqual({ seeded: false });
    expect(await Promise.all(tables.map(countRows))).toEqual(before);
  });
});
