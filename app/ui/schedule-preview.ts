import { type Repeat, describeSchedule, repeats, rruleFor, weekdayOf } from "../domain/activities/schedule";
import { formatDate } from "./format";

// The schedule read back in Danish while an association fills in the activity form,
// from the raw field values (anything may be half typed).

// A real calendar date: 2026-02-31 does not survive the round trip.
const isDate = (value: unknown): value is string =>
  typeof value === "string" &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) &&
  new Date(`${value}T12:00:00Z`).toISOString().slice(0, 10) === value;
const isTime = (value: unknown): value is string => typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** The schedule in words while the user fills in the fields, or null until it can be read. */
export function schedulePreview(values: {
  repeat: unknown;
  startsOn: unknown;
  endsOn: unknown;
  startTime: unknown;
  endTime: unknown;
}): string | null {
  const repeat = repeats.includes(values.repeat as Repeat) ? (values.repeat as Repeat) : null;
  if (!repeat || !isDate(values.startsOn) || !isTime(values.startTime) || !isTime(values.endTime)) return null;
  const weekday = weekdayOf(values.startsOn);
  const schedule = describeSchedule({
    rrule: rruleFor(repeat, weekday),
    weekday,
    startsOn: values.startsOn,
    startTime: values.startTime,
    endTime: values.endTime,
  });
  if (repeat === "once") return schedule;
  const first = `første gang ${formatDate(values.startsOn)}`;
  const last = isDate(values.endsOn) ? `, sidste gang ${formatDate(values.endsOn)}` : "";
  return `${schedule}, ${first}${last}`;
}
