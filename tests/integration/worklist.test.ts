// A coordinator opens the worklist every morning: what is due today or overdue for
// their citizens, new referrals and when they become late, follow-ups coming up, and
// matches nobody has answered. Filters and sorting live in the query string.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { createUser } from "../../app/data/users.server";
import {
  addDays,
  addWorkingDays,
  dateInDenmark,
  daysBetween,
  workingDaysBetween,
} from "../../app/domain/pathway/working-days";
import * as worklistRoute from "../../app/routes/arbejdsliste";
import { messages } from "../../app/ui/messages";
import type { CitizenRow } from "../../db/schema";
import { createVolunteerViaForm, insertReferredCitizen } from "./fixtures";
import { PASSWORD, type TestOrg, type TestUser, createTestOrg, get, run } from "./helpers";

type Item = {
  kind: string;
  citizenId: string;
  citizenName: string;
  what: string;
  due: string;
  urgency: string;
  daysOverdue: number;
  link: string;
};

let org: TestOrg;
let colleague: TestUser;
let volunteerId: string;
const today = dateInDenmark();
const at = (date: string) => `${date}T10:00:00.000Z`;

async function addCitizen(
  name: string,
  contact: TestUser,
  status: CitizenRow["status"] = "screened",
  municipalityId = org.municipalityId,
): Promise<string> {
  const [firstName = "", lastName = ""] = name.split(" ");
  const id = crypto.randomUUID();
  await insertReferredCitizen(org, {
    id,
    municipality_id: municipalityId,
    first_name: firstName,
    last_name: lastName,
    status,
    contact_person_id: contact.id,
    created_by: contact.id,
    created_at: at(addDays(today, -30)),
    updated_at: at(today),
    close_reason: status === "closed" ? "declined" : null,
    closed_at: status === "closed" ? at(today) : null,
  });
  return id;
}

async function addTask(citizenId: string, title: string, dueDate: string, done = false) {
  await db
    .insertInto("citizen_task")
    .values({
      id: crypto.randomUUID(),
      citizen_id: citizenId,
      title,
      owner: "",
      due_date: dueDate,
      done_at: done ? at(dueDate) : null,
      done_by: null,
      created_by: null,
      created_at: at(addDays(today, -20)),
    })
    .execute();
}

async function addReferral(citizenId: string, referredOn: string) {
  await db
    .insertInto("referral")
    .values({
      id: crypto.randomUUID(),
      citizen_id: citizenId,
      source: "gp",
      source_name: "Lægehuset",
      signs: '["Sidder meget alene"]',
      consent_to_contact: 1,
      detection_clip_minutes: null,
      note: "",
      referred_by: org.users.homecare.id,
      referred_at: at(referredOn),
    })
    .execute();
}

/** An accepted proposal's email is sent the day it is accepted. */
async function addProposal(
  citizenId: string,
  proposedOn: string,
  decided: { status: "accepted" | "declined"; on: string } | null = null,
) {
  const id = crypto.randomUUID();
  await db
    .insertInto("match_proposal")
    .values({
      id,
      citizen_id: citizenId,
      kind: "volunteer",
      volunteer_id: volunteerId,
      activity_id: null,
      association_id: org.associationA,
      score: 0.8,
      reasons: "[]",
      status: decided?.status ?? "proposed",
      proposed_by: org.users.coordinator.id,
      proposed_at: at(proposedOn),
      respond_by: addDays(proposedOn, 14),
      decided_by: decided ? org.users.bridge_builder.id : null,
      decided_at: decided ? at(decided.on) : null,
      decision_note: null,
      answer: null,
      answered_at: null,
    })
    .execute();
  if (decided?.status !== "accepted") return;
  await db
    .insertInto("outbox")
    .values({
      id: crypto.randomUUID(),
      proposal_id: id,
      recipient: "borger@example.dk",
      subject: "Et forslag til dig",
      html: "<p>Et forslag</p>",
      text: "Et forslag",
      message_id: `<${id}@localhost>`,
      kind: "match_suggestion",
      status: "sent",
      attempts: 1,
      next_attempt_at: at(decided.on),
      last_error: null,
      created_at: at(decided.on),
      sent_at: at(decided.on),
    })
    .execute();
}

/** The latest day from which `n` working days end on or before today. */
function latestStartFor(n: number, endingBefore = false): string {
  let day = today;
  while (endingBefore ? addWorkingDays(day, n) >= today : addWorkingDays(day, n) > today)
    day = addDays(day, -1);
  return day;
}

async function worklist(query = "", user: TestUser = org.users.coordinator) {
  return run(worklistRoute.loader, await get(`/arbejdsliste${query}`, user));
}
const itemsFor = async (query = "", user?: TestUser): Promise<Item[]> =>
  (await worklist(query, user)).data.items as Item[];
const whats = (items: Item[]) => items.map((i) => i.what);

const ids: Record<string, string> = {};

beforeAll(async () => {
  org = await createTestOrg();
  const email = "kollega@example.dk";
  const id = await createUser(db, {
    email,
    name: "Kollega Koordinator",
    role: "coordinator",
    password: PASSWORD,
    municipalityId: org.municipalityId,
  });
  colleague = { id, email, role: "coordinator" };
  volunteerId = await createVolunteerViaForm(org.users.association, {});

  ids.tasks = await addCitizen("Åse Ågård", org.users.coordinator);
  await addTask(ids.tasks, "Ring til banken", addDays(today, -3));
  await addTask(ids.tasks, "Bestil tid hos lægen", today);
  await addTask(ids.tasks, "Søg om rollator", addDays(today, 1));
  await addTask(ids.tasks, "Afsluttet opgave", addDays(today, -5), true);

  ids.guidance = await addCitizen("Bent Østergaard", org.users.coordinator, "in_progress");
  for (const [nextStep, due, done] of [
    ["Ring om caféen", addDays(today, -1), null],
    ["Besøg med datteren", addDays(today, 2), null],
    ["Sendt brev", addDays(today, -4), at(addDays(today, -4))],
  ] as const) {
    await db
      .insertInto("guidance_note")
      .values({
        id: crypto.randomUUID(),
        citizen_id: ids.guidance,
        on_date: addDays(today, -10),
        note: "Samtale",
        next_step: nextStep,
        next_step_due: due,
        next_step_done_at: done,
        written_by: null,
        created_at: at(addDays(today, -10)),
      })
      .execute();
  }

  ids.followUps = await addCitizen("Carl Andersen", org.users.coordinator, "follow_up");
  for (const [kind, due, doneOn] of [
    ["third_visit", addDays(today, -2), null],
    ["four_weeks", addDays(today, 7), null],
    ["three_months", addDays(today, 8), null],
    ["first_visit", addDays(today, -30), addDays(today, -30)],
  ] as const) {
    await db
      .insertInto("follow_up")
      .values({
        id: crypto.randomUUID(),
        citizen_id: ids.followUps,
        kind,
        due_date: due,
        done_on: doneOn,
        evaluation: "",
        wellbeing: null,
        outcome: null,
        recorded_by: null,
        created_at: at(addDays(today, -40)),
      })
      .execute();
  }

  // Referrals: one that waited a working week (calendar-wise longer, because of the
  // weekend) and is still on time, one more working day and it is late.
  ids.onTime = await addCitizen("Dora Holm", org.users.coordinator, "referred");
  await addReferral(ids.onTime, latestStartFor(5));
  ids.late = await addCitizen("Ejner Holm", org.users.coordinator, "referred");
  await addReferral(ids.late, latestStartFor(5, true));

  // Matches: decided on by the association? answered by the citizen?
  ids.matches = await addCitizen("Frida Bach", org.users.coordinator);
  await addProposal(ids.matches, latestStartFor(5)); // association silent 5 working days
  await addProposal(ids.matches, addDays(latestStartFor(5), 1)); // not yet
  await addProposal(ids.matches, addDays(today, -10), {
    status: "accepted",
    on: addDays(today, -7),
  });
  await addProposal(ids.matches, addDays(today, -8), {
    status: "accepted",
    on: addDays(today, -6),
  });
  await addProposal(ids.matches, addDays(today, -20), {
    status: "declined",
    on: addDays(today, -19),
  });

  ids.closed = await addCitizen("Gustav Lund", org.users.coordinator, "closed");
  await addTask(ids.closed, "Opgave for afsluttet borger", addDays(today, -2));

  ids.colleagues = await addCitizen("Hanne Kold", colleague);
  await addTask(ids.colleagues, "Kollegaens opgave", addDays(today, -1));

  // Another municipality's citizen, with the same contact person id by mistake.
  const other = crypto.randomUUID();
  await db
    .insertInto("municipality")
    .values({
      id: other,
      name: "Nabo Kommune",
      department: "Ældre",
      address_lines: "[]",
      phone: "96111111",
      max_distance_km: 10,
      straffeattest_max_age_months: 24,
      created_at: at(today),
    })
    .execute();
  ids.elsewhere = await addCitizen("Ib Nabo", org.users.coordinator, "screened", other);
  await addTask(ids.elsewhere, "Nabokommunens opgave", addDays(today, -1));
});

describe("what the worklist shows", () => {
  it("lists tasks due today or earlier that are not done, linking to the tasks tab", async () => {
    const tasks = (await itemsFor("?type=task")).filter((i) => i.citizenId === ids.tasks);
    expect(tasks.map((i) => [i.what, i.urgency, i.daysOverdue])).toEqual([
      ["Ring til banken", "overdue", 3],
      ["Bestil tid hos lægen", "today", 0],
    ]);
    expect(tasks[0]?.link).toBe(`/borgere/${ids.tasks}/opgaver`);
  });

  it("lists agreed next steps once due, not before and not when done", async () => {
    const steps = (await itemsFor()).filter((i) => i.citizenId === ids.guidance);
    expect(steps.map((i) => [i.kind, i.what, i.link])).toEqual([
      ["next_step", "Ring om caféen", `/borgere/${ids.guidance}/vejledning`],
    ]);
  });

  it("lists follow-ups overdue and within the coming week", async () => {
    const followUps = (await itemsFor()).filter((i) => i.citizenId === ids.followUps);
    expect(followUps.map((i) => [i.what, i.urgency])).toEqual([
      ["Opfølgning efter tredje besøg", "overdue"],
      ["Opfølgning efter fire uger", "upcoming"],
    ]);
    expect(followUps[0]?.link).toBe(`/borgere/${ids.followUps}/opfoelgning`);
  });

  it("makes a referral late after five working days, not five calendar days", async () => {
    const items = await itemsFor("?type=referral");
    const onTime = items.find((i) => i.citizenId === ids.onTime);
    const late = items.find((i) => i.citizenId === ids.late);
    expect(onTime?.urgency).not.toBe("overdue");
    expect(onTime?.what).toBe("Ny henvisning – kontakt borgeren");
    expect(late?.urgency).toBe("overdue");
    expect(late?.what).toContain("over 5 arbejdsdage");

    // The on-time referral has waited longer than five calendar days: a weekend (or
    // holiday) fell in between and was not counted.
    const referredOn = latestStartFor(5);
    expect(daysBetween(referredOn, today)).toBeGreaterThan(5);
    expect(workingDaysBetween(referredOn, today)).toBe(5);
  });

  it("lists matches the association has not decided on in five working days, and emails unanswered for a week", async () => {
    const matches = (await itemsFor("?type=match")).filter((i) => i.citizenId === ids.matches);
    expect(matches).toHaveLength(2);
    expect(matches.some((i) => i.what.startsWith("Ældre Sagen Test har ikke svaret"))).toBe(true);
    expect(matches.some((i) => i.what.includes("ring til borgeren") && i.due === today)).toBe(true);
  });

  it("leaves out closed citizens and other municipalities", async () => {
    const all = await itemsFor("?borgere=alle");
    expect(all.some((i) => i.citizenId === ids.closed)).toBe(false);
    expect(all.some((i) => i.citizenId === ids.elsewhere)).toBe(false);
  });
});

describe("Kun mine borgere", () => {
  it("shows a coordinator only their own citizens by default", async () => {
    const outcome = await worklist();
    expect(outcome.data.query.borgere).toBe("mine");
    expect(outcome.data.items.some((i: Item) => i.citizenId === ids.colleagues)).toBe(false);
    const colleagues = await itemsFor("", colleague);
    expect(whats(colleagues)).toEqual(["Kollegaens opgave"]);
  });

  it("shows everyone's citizens when asked, and to an administrator by default", async () => {
    expect(whats(await itemsFor("?borgere=alle"))).toContain("Kollegaens opgave");
    const admin = await worklist("", org.users.admin);
    expect(admin.data.query.borgere).toBe("alle");
    expect(whats(admin.data.items as Item[])).toContain("Kollegaens opgave");
  });
});

describe("filters and sorting", () => {
  it("filters by kind and urgency, and counts every kind regardless", async () => {
    const outcome = await worklist("?type=task&haster=overdue");
    expect(whats(outcome.data.items as Item[])).toEqual(["Ring til banken"]);
    expect(outcome.data.counts).toMatchObject({
      task: 2,
      next_step: 1,
      follow_up: 2,
      referral: 2,
      match: 2,
    });
  });

  it("puts the most overdue first by default", async () => {
    const dues = (await itemsFor()).map((i) => i.due);
    expect(dues).toEqual([...dues].sort());
  });

  it("sorts by citizen name in Danish order, both ways", async () => {
    const names = (items: Item[]) => [...new Set(items.map((i) => i.citizenName))];
    const ascending = names(await itemsFor("?sorter=name&retning=asc"));
    expect(ascending.at(-1)).toBe("Åse Ågård");
    expect(ascending.indexOf("Bent Østergaard")).toBeLessThan(ascending.indexOf("Frida Bach"));
    expect(names(await itemsFor("?sorter=name&retning=desc"))).toEqual([...ascending].reverse());
  });

  it("sorts by kind in pathway order", async () => {
    const kinds = (await itemsFor("?sorter=kind")).map((i) => i.kind);
    expect(kinds[0]).toBe("referral");
    expect(kinds.at(-1)).toBe("match");
  });

  it("treats empty selects as no filter", async () => {
    expect((await itemsFor("?type=&haster=&borgere=mine")).length).toBe((await itemsFor()).length);
  });

  it("refuses a filter it does not know with a Danish message", async () => {
    const outcome = await worklist("?type=alt&sorter=tilfaeldigt");
    expect(outcome.status).toBe(400);
    expect(outcome.data.message).toBe(messages.worklistFilterInvalid);
  });

  it("audits the search with its criteria", async () => {
    await worklist("?type=task&haster=today");
    const entry = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("user_id", "=", org.users.coordinator.id)
      .where("action", "=", "search")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.details)).toMatchObject({
      criteria: { type: "task", haster: "today", borgere: "mine" },
      results: 1,
    });
  });
});

describe("who may open it", () => {
  it.each(["homecare", "association", "bridge_builder", "volunteer"] as const)(
    "refuses %s",
    async (role) => {
      expect((await worklist("", org.users[role])).status).toBe(403);
    },
  );

  it("sends anonymous visitors to the login page", async () => {
    const outcome = await run(worklistRoute.loader, await get("/arbejdsliste?type=task"));
    expect(outcome.location).toBe("/login?redirectTo=%2Farbejdsliste%3Ftype%3Dtask");
  });
});
