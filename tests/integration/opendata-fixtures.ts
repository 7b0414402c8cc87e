// Activities with the schedules associations use, written straight to the database
// (the form that sets repeats and last dates is another page's business).
import { db } from "../../app/data/db.server";
import { rruleFor } from "../../app/domain/activities/schedule";
import type { NewActivityRow } from "../../db/schema";

export async function insertActivity(associationId: string, overrides: Partial<NewActivityRow> = {}): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto("activity")
    .values({
      id,
      association_id: associationId,
      title: "Kortklub",
      description: "Vi spiller whist og drikker kaffe.",
      interests: JSON.stringify(["kortspil"]),
      languages: JSON.stringify(["da"]),
      weekday: "thu",
      start_time: "14:00",
      end_time: "16:00",
      address: "Østergade 12",
      postcode: "7600",
      city: "Struer",
      lat: 56.4907,
      lng: 8.5912,
      step_free: 1,
      hearing_loop: 0,
      accessible_toilet: 1,
      transport: 0,
      price: 0,
      capacity: 12,
      rrule: rruleFor("weekly", "thu"),
      starts_on: "2027-01-07",
      status: "active",
      created_by: null,
      created_at: now,
      updated_at: now,
      ...overrides,
    })
    .execute();
  return id;
}

export async function changeOccurrence(
  activityId: string,
  change: { onDate: string; kind: "cancelled" | "moved"; newDate?: string; newStartTime?: string; newEndTime?: string; note?: string },
): Promise<void> {
  await db
    .insertInto("activity_occurrence_change")
    .values({
      id: crypto.randomUUID(),
      activity_id: activityId,
      on_date: change.onDate,
      kind: change.kind,
      new_date: change.newDate ?? null,
      new_start_time: change.newStartTime ?? null,
      new_end_time: change.newEndTime ?? null,
      note: change.note ?? "",
      changed_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** The realistic set: weekly, every other week, first Monday, a one-off, one with a last date, one cancelled. */
export async function seedSchedules(associationA: string, associationB: string) {
  const weekly = await insertActivity(associationA, {
    title: "Kortklub i Medborgerhuset",
    languages: JSON.stringify(["da", "en"]),
    price: 20,
  });
  const everyOtherWeek = await insertActivity(associationA, {
    title: "Strikkecafé, kaffe & snak",
    weekday: "tue",
    rrule: rruleFor("every-2-weeks", "tue"),
    starts_on: "2027-03-16",
    start_time: "10:00",
    end_time: "12:00",
    hearing_loop: 1,
    seating: 1,
    target_group: "Ældre, der har lyst til håndarbejde",
  });
  const firstMonday = await insertActivity(associationB, {
    title: "Fællesspisning",
    weekday: "mon",
    rrule: rruleFor("monthly-1", "mon"),
    starts_on: "2027-01-04",
    start_time: "17:30",
    end_time: "19:30",
    price: 45,
  });
  const once = await insertActivity(associationB, {
    title: "Udflugt til Limfjordsmuseet",
    weekday: "sat",
    rrule: rruleFor("once", "sat"),
    starts_on: "2027-06-12",
    start_time: "09:00",
    end_time: "15:00",
    transport: 1,
    parking: 1,
  });
  const withLastDate = await insertActivity(associationA, {
    title: "Gåtur ved fjorden",
    weekday: "wed",
    rrule: rruleFor("weekly", "wed"),
    starts_on: "2027-04-07",
    ends_on: "2027-06-30",
    start_time: "09:30",
    end_time: "10:30",
  });
  const cancelled = await insertActivity(associationA, {
    title: "Billard (aflyst)",
    status: "cancelled",
    cancel_reason: "Lokalet er solgt",
    cancelled_at: new Date().toISOString(),
  });
  await changeOccurrence(everyOtherWeek, { onDate: "2027-03-30", kind: "cancelled", note: "Påske" });
  await changeOccurrence(everyOtherWeek, {
    onDate: "2027-04-13",
    kind: "moved",
    newDate: "2027-04-15",
    newStartTime: "13:00",
    newEndTime: "15:00",
    note: "Salen er optaget",
  });
  return { weekly, everyOtherWeek, firstMonday, once, withLastDate, cancelled };
}
