// An association editor keeps the association's own activities up to date: recurring
// schedules, edits, copies, cancelling and reopening the whole activity, and single
// dates cancelled or moved. Another association can neither see nor change them.
import { beforeAll, describe, expect, it } from "vitest";
import { listOccurrenceChanges } from "../../app/data/activity-dates.server";
import { db } from "../../app/data/db.server";
import { firstFittingDate } from "../../app/domain/activities/first-date";
import { firstDateOn } from "../../app/domain/activities/schedule";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import * as cancelRoute from "../../app/routes/aktiviteter.$id.aflys";
import * as datesRoute from "../../app/routes/aktiviteter.$id.datoer";
import * as copyRoute from "../../app/routes/aktiviteter.$id.kopier";
import * as editRoute from "../../app/routes/aktiviteter.$id.rediger";
import * as activityRoute from "../../app/routes/aktiviteter.$id";
import * as catalogueRoute from "../../app/routes/aktiviteter._index";
import * as newActivityRoute from "../../app/routes/aktiviteter.ny";
import * as citizenRoute from "../../app/routes/borgere.$id";
import * as ownListRoute from "../../app/routes/forening.aktiviteter";
import { messages } from "../../app/ui/messages";
import { type Form, activityForm, idFromLocation, registerCitizen } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
let editor: TestUser;
const today = dateInDenmark();
// A Tuesday at least a week ahead, so every date the tests use lies ahead.
const firstTuesday = firstDateOn("tue", addDays(today, 7));

beforeAll(async () => {
  org = await createTestOrg();
  editor = org.users.association;
});

async function create(form: Form, user = editor): Promise<string> {
  const outcome = await run(newActivityRoute.action, await post("/aktiviteter/ny", form, user));
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  return idFromLocation(outcome.location, "/aktiviteter");
}

const row = (id: string) => db.selectFrom("activity").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const countActivities = async () =>
  Number((await db.selectFrom("activity").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

const ownList = async (user = editor) =>
  (await run(ownListRoute.loader, await get("/forening/aktiviteter", user))).data.activities as {
    id: string;
    title: string;
    status: string;
    schedule: string;
    nextDate: string | null;
    enrolled: number;
    capacity: number;
    cancelReason: string;
  }[];

const editForm = (id: string, form: Form, user = editor) =>
  post(`/aktiviteter/${id}/rediger`, form, user).then((r) => run(editRoute.action, r, { id }));
const datesPage = async (id: string, query = "", user = editor) =>
  run(datesRoute.loader, await get(`/aktiviteter/${id}/datoer${query}`, user), { id });
const datesAction = async (id: string, form: Form, user = editor) =>
  run(datesRoute.action, await post(`/aktiviteter/${id}/datoer`, form, user), { id });
const statusAction = async (id: string, form: Form, user = editor) =>
  run(cancelRoute.action, await post(`/aktiviteter/${id}/aflys`, form, user), { id });

describe("a recurring activity", () => {
  let id: string;
  beforeAll(async () => {
    id = await create(
      activityForm({
        title: "Strikkeklub hver anden tirsdag",
        repeat: "every-2-weeks",
        startsOn: firstTuesday,
        endsOn: addDays(firstTuesday, 26 * 7),
        seating: "on",
        parking: "on",
        targetGroup: "For alle, der kan lide at strikke",
        hostName: "Hanne Hansen",
        hostPhone: "20 30 40 50",
      }),
    );
  });

  it("is saved with the rule, the first and last date, and the weekday of the first date", async () => {
    const r = await row(id);
    expect(r.rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
    expect(r.weekday).toBe("tue");
    expect(r.starts_on).toBe(firstTuesday);
    expect(r.ends_on).toBe(addDays(firstTuesday, 26 * 7));
    expect([r.seating, r.parking]).toEqual([1, 1]);
    expect(r.target_group).toBe("For alle, der kan lide at strikke");
    expect([r.host_name, r.host_phone]).toEqual(["Hanne Hansen", "20304050"]);
  });

  it("is listed among the association's activities with its schedule in words, next date and places", async () => {
    const listed = (await ownList()).find((a) => a.id === id);
    expect(listed).toMatchObject({
      schedule: "Hver anden tirsdag kl. 14.00–16.00",
      nextDate: firstTuesday,
      enrolled: 0,
      capacity: 12,
      status: "active",
    });
  });

  it("shows the new facts on its public page", async () => {
    const page = await run(activityRoute.loader, await get(`/aktiviteter/${id}`), { id });
    expect(page.data.activity).toMatchObject({
      seating: true,
      parking: true,
      targetGroup: "For alle, der kan lide at strikke",
      hostName: "Hanne Hansen",
      startsOn: firstTuesday,
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    });
  });

  it("can meet on the first Monday of the month", async () => {
    const firstMonday = firstFittingDate("monthly-1", "mon", today);
    const monthly = await create(activityForm({ title: "Månedsmøde", repeat: "monthly-1", startsOn: firstMonday }));
    const listed = (await ownList()).find((a) => a.id === monthly);
    expect(listed?.schedule).toBe("Første mandag i måneden kl. 14.00–16.00");
    expect(listed?.nextDate).toBe(firstMonday);
  });
});

describe("bad input for a new activity", () => {
  const submit = async (form: Form) => run(newActivityRoute.action, await post("/aktiviteter/ny", form, editor));

  it.each<[string, Form, string, string]>([
    ["a first date in the past", { startsOn: addDays(today, -1) }, "startsOn", messages.firstDateInPast],
    [
      "a last date before the first",
      { startsOn: firstTuesday, endsOn: addDays(firstTuesday, -7) },
      "endsOn",
      messages.lastDateBeforeFirst,
    ],
    [
      "a first date that is not the first Monday, for 'first Monday of the month'",
      { repeat: "monthly-1", startsOn: addDays(firstFittingDate("monthly-1", "mon", today), 7) },
      "startsOn",
      messages.firstDateNotInRepeat("første", "mandag"),
    ],
    ["a date that is not a date", { startsOn: "næste tirsdag" }, "startsOn", messages.date],
    ["a repeat that does not exist", { repeat: "hver-dag" }, "repeat", messages.chooseRepeat],
    ["a host phone with too few digits", { hostPhone: "1234" }, "hostPhone", messages.phone],
  ])("%s is refused in Danish, keeps what was typed and saves nothing", async (_case, bad, field, message) => {
    const before = await countActivities();
    const form = activityForm({ title: "Sangaften", ...bad });
    const outcome = await submit(form);
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error[field]).toEqual([message]);
    expect(Object.keys(outcome.data.result.error)).toEqual([field]);
    expect(outcome.data.result.initialValue).toMatchObject({ title: "Sangaften", [field]: form[field] });
    expect(await countActivities()).toBe(before);
  });
});

describe("editing an activity", () => {
  let id: string;
  beforeAll(async () => {
    id = await create(activityForm({ title: "Kaffeklub", repeat: "weekly", startsOn: firstTuesday }));
  });

  it("opens the form filled with what is saved", async () => {
    const page = await run(editRoute.loader, await get(`/aktiviteter/${id}/rediger`, editor), { id });
    expect(page.status).toBe(200);
    expect(page.data.values).toMatchObject({
      title: "Kaffeklub",
      repeat: "weekly",
      startsOn: firstTuesday,
      startTime: "14:00",
      lat: "56,5674",
      stepFree: "on",
      capacity: "12",
    });
  });

  it("saves the changes, and moving the first date to a Wednesday moves the weekday with it", async () => {
    const wednesday = addDays(firstTuesday, 1);
    const outcome = await editForm(
      id,
      activityForm({ title: "Kaffeklub onsdag", repeat: "every-3-weeks", startsOn: wednesday, capacity: "20" }),
    );
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forening/aktiviteter?besked=gemt");
    const r = await row(id);
    expect(r.title).toBe("Kaffeklub onsdag");
    expect(r.weekday).toBe("wed");
    expect(r.rrule).toBe("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE");
    expect(r.capacity).toBe(20);
    expect(r.created_by).toBe(editor.id);
  });

  it("keeps a first date in the past, since the activity started long ago", async () => {
    const longAgo = firstDateOn("wed", addDays(today, -200));
    const outcome = await editForm(id, activityForm({ title: "Kaffeklub onsdag", startsOn: longAgo }));
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect((await row(id)).starts_on).toBe(longAgo);
  });

  it("refuses bad input with Danish messages, keeps what was typed and changes nothing", async () => {
    const before = await row(id);
    const outcome = await editForm(id, activityForm({ title: "Ny titel", startTime: "16:00", endTime: "15:00", postcode: "7" }));
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error).toEqual({ endTime: [messages.endAfterStart], postcode: [messages.postcode] });
    expect(outcome.data.result.initialValue).toMatchObject({ title: "Ny titel", endTime: "15:00", postcode: "7" });
    expect(await row(id)).toEqual(before);
  });

  it("drops a cancelled date that the new schedule no longer plans", async () => {
    const weekly = await create(activityForm({ title: "Gåtur", repeat: "weekly", startsOn: firstTuesday }));
    const second = addDays(firstTuesday, 7);
    expect((await datesAction(weekly, { intent: "cancel-date", onDate: second, note: "Ferie" })).status).toBe(302);
    const third = addDays(firstTuesday, 14);
    expect((await datesAction(weekly, { intent: "cancel-date", onDate: third, note: "Påske" })).status).toBe(302);
    // Every other week from the first Tuesday plans the third Tuesday but not the second.
    await editForm(weekly, activityForm({ title: "Gåtur", repeat: "every-2-weeks", startsOn: firstTuesday }));
    const changes = (await listOccurrenceChanges(db, [weekly])).get(weekly) ?? [];
    expect(changes.map((c) => c.onDate)).toEqual([third]);
  });
});

describe("copying an activity", () => {
  let original: string;
  beforeAll(async () => {
    original = await create(activityForm({ title: "Fællessang", repeat: "every-2-weeks", startsOn: firstTuesday }));
    // The original has run for a while.
    await db.updateTable("activity").set({ starts_on: firstDateOn("tue", addDays(today, -100)) }).where("id", "=", original).execute();
  });

  it("opens the new-activity form filled from the original, titled as a copy and starting on a coming date", async () => {
    const page = await run(copyRoute.loader, await get(`/aktiviteter/${original}/kopier`, editor), { id: original });
    expect(page.status).toBe(200);
    expect(page.data.values).toMatchObject({
      title: "Fællessang (kopi)",
      repeat: "every-2-weeks",
      startTime: "14:00",
      address: "Østergade 12",
      startsOn: firstDateOn("tue", today),
    });
  });

  it("saving creates a new activity and leaves the original as it was", async () => {
    const before = await row(original);
    const form = activityForm({ title: "Fællessang (kopi)", repeat: "every-2-weeks", startsOn: firstTuesday, capacity: "30" });
    const outcome = await run(copyRoute.action, await post(`/aktiviteter/${original}/kopier`, form, editor), { id: original });
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    const copy = idFromLocation(outcome.location, "/aktiviteter");
    expect(copy).not.toBe(original);
    expect(await row(copy)).toMatchObject({
      title: "Fællessang (kopi)",
      capacity: 30,
      association_id: org.associationA,
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    });
    expect(await row(original)).toEqual(before);
  });

  it("a copy may not start in the past either", async () => {
    const form = activityForm({ title: "Fællessang (kopi)", startsOn: addDays(today, -7) });
    const outcome = await run(copyRoute.action, await post(`/aktiviteter/${original}/kopier`, form, editor), { id: original });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.startsOn).toEqual([messages.firstDateInPast]);
  });
});

describe("cancelling the whole activity", () => {
  let id: string;
  let citizenId: string;
  const candidateIds = async () =>
    ((await run(citizenRoute.loader, await get(`/borgere/${citizenId}`, org.users.coordinator), { id: citizenId })).data
      .candidates as { id: string }[]).map((c) => c.id);
  const catalogueIds = async () =>
    ((await run(catalogueRoute.loader, await get("/aktiviteter"))).data.results as { activity: { id: string } }[]).map(
      (r) => r.activity.id,
    );

  beforeAll(async () => {
    id = await create(activityForm({ title: "Kortklub torsdag", startsOn: firstDateOn("thu", addDays(today, 1)) }));
    citizenId = await registerCitizen(org.users.coordinator, { interests: ["kortspil"], slots: ["thu-pm"] });
  });

  it("is offered in the catalogue and to matching while active", async () => {
    expect(await catalogueIds()).toContain(id);
    expect(await candidateIds()).toContain(id);
  });

  it("needs a reason", async () => {
    const outcome = await statusAction(id, { intent: "cancel", reason: "" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.reason).toEqual([messages.cancelReasonRequired]);
    expect((await row(id)).status).toBe("active");
  });

  it("with a reason it leaves the catalogue and matching, its public page says so, and stays on the association's list", async () => {
    const outcome = await statusAction(id, { intent: "cancel", reason: "Lokalet er lukket for ombygning" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forening/aktiviteter?besked=aflyst");
    const r = await row(id);
    expect(r.status).toBe("cancelled");
    expect(r.cancel_reason).toBe("Lokalet er lukket for ombygning");
    expect(r.cancelled_at).not.toBeNull();
    expect(await catalogueIds()).not.toContain(id);
    // The public page stays, so links in letters and calendars say "aflyst" rather than break.
    const page = await run(activityRoute.loader, await get(`/aktiviteter/${id}`), { id });
    expect(page.status).toBe(200);
    expect(page.data.activity).toMatchObject({ status: "cancelled", cancelReason: expect.any(String) });
    expect(page.data.dates).toEqual([]);
    expect(await candidateIds()).not.toContain(id);
    expect((await ownList()).find((a) => a.id === id)).toMatchObject({
      status: "cancelled",
      cancelReason: "Lokalet er lukket for ombygning",
      nextDate: null,
    });
  });

  it("its single dates cannot be changed while it is cancelled", async () => {
    const onDate = (await row(id)).starts_on;
    const outcome = await datesAction(id, { intent: "cancel-date", onDate, note: "Jul" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error[""]).toEqual([messages.activityCancelled]);
  });

  it("can be reopened, and is offered again", async () => {
    const outcome = await statusAction(id, { intent: "reopen" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/forening/aktiviteter?besked=genaabnet");
    const r = await row(id);
    expect([r.status, r.cancel_reason, r.cancelled_at]).toEqual(["active", "", null]);
    expect(await catalogueIds()).toContain(id);
    expect(await candidateIds()).toContain(id);
  });
});

describe("single dates", () => {
  let id: string;
  const dateAt = (n: number) => addDays(firstTuesday, 14 * n);
  beforeAll(async () => {
    id = await create(activityForm({ title: "Banko", repeat: "every-2-weeks", startsOn: firstTuesday }));
  });

  it("lists the next twelve dates the rule plans", async () => {
    const page = await datesPage(id);
    expect(page.status).toBe(200);
    expect(page.data.occurrences.map((o: { date: string }) => o.date)).toEqual(
      Array.from({ length: 12 }, (_, n) => dateAt(n)),
    );
    expect(page.data.schedule).toBe("Hver anden tirsdag kl. 14.00–16.00");
  });

  it("one date is cancelled with a note, and the catalogue's repository sees it", async () => {
    const outcome = await datesAction(id, { intent: "cancel-date", onDate: dateAt(1), note: "Påske" });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/aktiviteter/${id}/datoer?besked=aflyst`);
    const page = await datesPage(id);
    expect(page.data.occurrences[1]).toMatchObject({ date: dateAt(1), status: "cancelled", note: "Påske" });
    expect((await listOccurrenceChanges(db, [id])).get(id)).toEqual([
      { onDate: dateAt(1), kind: "cancelled", newDate: null, newStartTime: null, newEndTime: null, note: "Påske" },
    ]);
  });

  it("one date is moved to another day and time", async () => {
    const outcome = await datesAction(id, {
      intent: "move-date",
      onDate: dateAt(2),
      newDate: addDays(dateAt(2), 1),
      newStartTime: "10:00",
      newEndTime: "12:00",
      note: "I den store sal",
    });
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    const moved = (await datesPage(id)).data.occurrences[2];
    expect(moved).toMatchObject({
      date: addDays(dateAt(2), 1),
      startTime: "10:00",
      endTime: "12:00",
      plannedDate: dateAt(2),
      status: "moved",
      note: "I den store sal",
    });
  });

  it("the page for one date opens with the move filled in as it is", async () => {
    const page = await datesPage(id, `?dato=${dateAt(2)}`);
    expect(page.data.chosen).toMatchObject({ onDate: dateAt(2), change: { kind: "moved", newDate: addDays(dateAt(2), 1) } });
    expect(page.data.chosenRefusal).toBeNull();
  });

  it("a cancelled date is put back with Gendan", async () => {
    const outcome = await datesAction(id, { intent: "restore", onDate: dateAt(1) });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/aktiviteter/${id}/datoer?besked=gendannet`);
    expect((await datesPage(id)).data.occurrences[1]).toMatchObject({ date: dateAt(1), status: "planned" });
  });

  it("a date the rule does not plan is refused, in the list and when posted", async () => {
    const between = addDays(firstTuesday, 7);
    expect((await datesPage(id, `?dato=${between}`)).data).toMatchObject({
      chosen: null,
      chosenRefusal: messages.dateNotPlanned,
    });
    const outcome = await datesAction(id, { intent: "cancel-date", onDate: between, note: "Ferie" });
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error.onDate).toEqual([messages.dateNotPlanned]);
    const onDates = ((await listOccurrenceChanges(db, [id])).get(id) ?? []).map((c) => c.onDate);
    expect(onDates).not.toContain(between);
  });

  it("a move that changes nothing, or to a past day, is refused and keeps what was typed", async () => {
    const same = await datesAction(id, {
      intent: "move-date",
      onDate: dateAt(3),
      newDate: dateAt(3),
      newStartTime: "14:00",
      newEndTime: "16:00",
      note: "",
    });
    expect(same.status).toBe(400);
    expect(same.data.result.error.newDate).toEqual([messages.moveChangesNothing]);

    const past = await datesAction(id, {
      intent: "move-date",
      onDate: dateAt(3),
      newDate: addDays(today, -1),
      newStartTime: "14:00",
      newEndTime: "13:00",
      note: "Tidligere",
    });
    expect(past.status).toBe(400);
    expect(past.data.result.error).toEqual({ newDate: [messages.moveToPast], newEndTime: [messages.endAfterStart] });
    expect(past.data.result.initialValue).toMatchObject({ note: "Tidligere", newEndTime: "13:00" });
  });
});

describe("another association", () => {
  let id: string;
  const other = () => org.users.otherAssociation;
  beforeAll(async () => {
    id = await create(activityForm({ title: "Ældre Sagens egen klub", startsOn: firstTuesday }));
  });

  it("does not see the activity on its own list", async () => {
    expect((await ownList(other())).map((a) => a.id)).not.toContain(id);
    expect((await ownList()).map((a) => a.id)).toContain(id);
  });

  it.each([
    ["rediger", editRoute],
    ["kopier", copyRoute],
    ["aflys", cancelRoute],
    ["datoer", datesRoute],
  ] as const)("gets 404 from /aktiviteter/:id/%s, reading and posting, and changes nothing", async (page, mod) => {
    const before = await row(id);
    const count = await countActivities();
    const read = await run(mod.loader, await get(`/aktiviteter/${id}/${page}`, other()), { id });
    expect(read.status).toBe(404);
    const forms: Record<typeof page, Form> = {
      rediger: activityForm({ title: "Overtaget" }),
      kopier: activityForm({ title: "Kopieret" }),
      aflys: { intent: "cancel", reason: "Fordi vi kan" },
      datoer: { intent: "cancel-date", onDate: firstTuesday, note: "Nej" },
    };
    const write = await run(mod.action, await post(`/aktiviteter/${id}/${page}`, forms[page], other()), { id });
    expect(write.status).toBe(404);
    expect(await row(id)).toEqual(before);
    expect(await countActivities()).toBe(count);
    expect((await listOccurrenceChanges(db, [id])).get(id)).toBeUndefined();
  });

  it("a coordinator may not use the association's pages at all", async () => {
    const outcome = await run(editRoute.loader, await get(`/aktiviteter/${id}/rediger`, org.users.coordinator), { id });
    expect(outcome.status).toBe(403);
  });
});
