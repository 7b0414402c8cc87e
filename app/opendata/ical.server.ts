import ical, { type ICalEventData, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { type OccurrenceChange, isPlannedDate, plannedDates } from "../domain/activities/occurrences";
import { describeSchedule } from "../domain/activities/schedule";
import { addDays } from "../domain/pathway/working-days";
import { formatPrice } from "../ui/format";
import { COPENHAGEN, copenhagenVtimezone } from "./copenhagen-vtimezone";
import type { PublishedActivity } from "./published-activity";

// Activities as RFC 5545 iCalendar. Every time is written as Danish local time with
// TZID=Europe/Copenhagen (plus the VTIMEZONE), built from luxon DateTimes in that zone,
// so the output never depends on the server's own time zone. The calendar itself has
// no default zone: ical-generator then writes DTSTAMP, CREATED and LAST-MODIFIED in UTC
// with "Z", as the RFC requires.

export interface FeedOptions {
  /** The calendar's name as subscribers see it. */
  name: string;
  description: string;
  /** Makes UIDs globally unique: "<activity id>@<domain>". */
  uidDomain: string;
  activityUrl: (id: string) => string;
}

const local = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: COPENHAGEN });
const asLocal = (dt: DateTime) => dt.toFormat("yyyyLLdd'T'HHmmss");
const asUtc = (dt: DateTime) => dt.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
const longDate = new Intl.DateTimeFormat("da-DK", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const dayName = (isoDate: string) => longDate.format(new Date(`${isoDate}T12:00:00Z`));

const ruleParts = (rrule: string) => rrule.split(";").filter((part) => part.length > 0);
const isOneOff = (rrule: string) => ruleParts(rrule).includes("COUNT=1");

/** The first date the rule plans, looked for within two years of the first date. */
function firstDate(a: PublishedActivity): string | undefined {
  return plannedDates(a, a.startsOn, addDays(a.startsOn, 731))[0];
}

/**
 * RRULE and EXDATE lines. A last date becomes UNTIL at the last occurrence's start in
 * UTC (RFC 5545 §3.3.10: with a TZID on DTSTART, UNTIL must be UTC), replacing any COUNT,
 * since the rule allows only one of them.
 */
function recurrence(a: PublishedActivity): string {
  let rule = ruleParts(a.rrule);
  if (a.endsOn) {
    const last = plannedDates(a, a.startsOn, a.endsOn).at(-1);
    rule = rule.filter((part) => !/^(COUNT|UNTIL)=/.test(part));
    if (last) rule.push(`UNTIL=${asUtc(local(last, a.startTime))}`);
  }
  const lines = [`RRULE:${rule.join(";")}`];
  const cancelled = a.changes
    .filter((c) => c.kind === "cancelled" && isPlannedDate(a, c.onDate))
    .map((c) => asLocal(local(c.onDate, a.startTime)));
  if (cancelled.length > 0) lines.push(`EXDATE;TZID=${COPENHAGEN}:${cancelled.join(",")}`);
  return lines.join("\r\n");
}

function description(a: PublishedActivity, lead: string | null): string {
  const facts = [
    a.stepFree ? "trinfri adgang" : null,
    a.hearingLoop ? "teleslynge" : null,
    a.accessibleToilet ? "handicaptoilet" : null,
    a.transport ? "kørsel kan arrangeres" : null,
  ].filter((fact): fact is string => fact !== null);
  return [
    lead,
    a.description,
    "",
    describeSchedule(a),
    `Pris: ${formatPrice(a.price)}`,
    facts.length > 0 ? `Praktisk: ${facts.join(", ")}` : null,
    `Arrangør: ${a.association.name}`,
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
}

/** "Aflyst: Påske", "Flyttet fra tirsdag 21. april: Salen er optaget". */
function changeNote(change: OccurrenceChange): string {
  const why = change.note ? `: ${change.note}` : "";
  return change.kind === "cancelled" ? `Aflyst${why}` : `Flyttet fra ${dayName(change.onDate)}${why}`;
}

function addActivity(calendar: ReturnType<typeof ical>, a: PublishedActivity, options: FeedOptions): void {
  const first = firstDate(a);
  if (!first) return;
  const cancelled = a.status === "cancelled";
  const common: Omit<ICalEventData, "start"> = {
    id: `${a.id}@${options.uidDomain}`,
    timezone: COPENHAGEN,
    // Without a METHOD, DTSTAMP is when the information was last revised (RFC 5545 §3.8.7.2).
    stamp: new Date(a.updatedAt),
    created: new Date(a.createdAt),
    lastModified: new Date(a.updatedAt),
    summary: cancelled ? `Aflyst: ${a.title}` : a.title,
    location: {
      title: `${a.address}, ${a.postcode} ${a.city}`,
      geo: { lat: a.lat, lon: a.lng },
    },
    url: cancelled ? null : options.activityUrl(a.id),
    categories: a.interests.map((name) => ({ name })),
    organizer: a.association.email ? { name: a.association.name, email: a.association.email } : null,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
  const lead = cancelled ? `Aflyst${a.cancelReason ? `: ${a.cancelReason}` : ""}` : null;

  // A one-off has no rule to except from: its single date is changed in place.
  if (isOneOff(a.rrule)) {
    const change = a.changes.find((c) => c.onDate === first);
    const on = change?.kind === "moved" && change.newDate ? change.newDate : first;
    const off = cancelled || change?.kind === "cancelled";
    calendar.createEvent({
      ...common,
      start: local(on, change?.newStartTime ?? a.startTime),
      end: local(on, change?.newEndTime ?? a.endTime),
      status: off ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: off ? `Aflyst: ${a.title}` : a.title,
      description: description(a, lead ?? (change ? changeNote(change) : null)),
    });
    return;
  }

  calendar.createEvent({
    ...common,
    start: local(first, a.startTime),
    end: local(first, a.endTime),
    repeating: recurrence(a),
    description: description(a, lead),
  });
  // A moved occurrence overrides the one the rule planned: same UID, RECURRENCE-ID at
  // the planned start, its own DTSTART/DTEND (RFC 5545 §3.8.4.4).
  for (const change of a.changes) {
    if (change.kind !== "moved" || !change.newDate || !isPlannedDate(a, change.onDate)) continue;
    calendar.createEvent({
      ...common,
      recurrenceId: local(change.onDate, a.startTime),
      start: local(change.newDate, change.newStartTime ?? a.startTime),
      end: local(change.newDate, change.newEndTime ?? a.endTime),
      description: description(a, lead ?? changeNote(change)),
    });
  }
}

/** An iCalendar document with one VEVENT per activity (plus one per moved occurrence). */
export function activityCalendar(activities: readonly PublishedActivity[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: "Fællesskabsbro", product: "Aktiviteter", language: "DA" },
    timezone: { name: null, generator: (zone) => (zone === COPENHAGEN ? copenhagenVtimezone : null) },
    ttl: 60 * 60,
  });
  for (const activity of activities) addActivity(calendar, activity, options);
  return calendar.toString();
}

// encodeURIComponent leaves ' ( ) * ! alone, which RFC 5987 does not allow unencoded.
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Response headers for a feed: a calendar type, an inline file name, open to any site. */
export function calendarHeaders(fileStem: string): HeadersInit {
  const ascii = fileStem
    .normalize("NFKD")
    .replace(/æ/gi, "ae")
    .replace(/ø/gi, "oe")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  const name = `${ascii || "kalender"}.ics`;
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${name}"; filename*=UTF-8''${rfc5987(`${fileStem}.ics`)}`,
    "Cache-Control": "public, max-age=900",
    "Access-Control-Allow-Origin": "*",
  };
}
