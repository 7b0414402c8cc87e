/**
 * Denmark's time zone as an RFC 5545 VTIMEZONE, written out rather than generated:
 * since 1996 (EU rules) summer time starts on the last Sunday of March at 02:00 (+0100 →
 * +0200) and ends on the last Sunday of October at 03:00 (+0200 → +0100). Calendar
 * clients that know the IANA zone use their own data; the rest use this.
 */
export const COPENHAGEN = "Europe/Copenhagen";

export const copenhagenVtimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${COPENHAGEN}`,
  `X-LIC-LOCATION:${COPENHAGEN}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");
