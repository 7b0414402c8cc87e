import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  assertValidWeights,
  formatKm,
  languageName,
  roundScore,
  scoreActivity,
  scoreVolunteer,
  slotLabel,
  type ScoreWeights,
} from "./score";
import { HOME, activity as baseActivity, citizen, settings, volunteer as baseVolunteer } from "./test-fixtures";
import type { ActivityProfile, VolunteerProfile } from "./types";

// The shared fixtures with this file's defaults: candidates at the citizen's home (the
// distance is passed to the score functions), a venue with a hearing loop.
const volunteer = (overrides: Partial<VolunteerProfile> = {}) => baseVolunteer({ ...HOME, ...overrides });
const activity = (overrides: Partial<ActivityProfile> = {}) =>
  baseActivity({ ...HOME, hearingLoop: true, ...overrides });

describe("default weights", () => {
  it("sum to 1 and cover the six terms", () => {
    const sum = Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual(["distance", "format", "interest", "load", "time", "waiting"]);
  });

  it("refuse negative, non-finite or all-zero weights", () => {
    const zero: ScoreWeights = { interest: 0, distance: 0, time: 0, format: 0, load: 0, waiting: 0 };
    expect(() => assertValidWeights({ ...DEFAULT_WEIGHTS, interest: -0.1 })).toThrow(RangeError);
    expect(() => assertValidWeights({ ...DEFAULT_WEIGHTS, time: Number.NaN })).toThrow(RangeError);
    expect(() => assertValidWeights(zero)).toThrow(RangeError);
    expect(() => assertValidWeights(DEFAULT_WEIGHTS)).not.toThrow();
  });
});

describe("soft score", () => {
  it("combines the terms with the documented weights", () => {
    // interest 1/2, distance 0.5^(2.5/5), time 1/2, format 1 ("either"), load 1/2 free,
    // waiting 45 of 180 days.
    const result = scoreVolunteer(citizen({ waitingSince: "2026-10-09" }), volunteer(), 2.5, settings);
    expect(result.terms).toEqual({
      interest: 0.5,
      distance: expect.closeTo(Math.SQRT1_2, 12),
      time: 0.5,
      format: 1,
      load: 0.5,
      waiting: 0.25,
    });
    expect(result.score).toBeCloseTo(0.3 * 0.5 + 0.2 * Math.SQRT1_2 + 0.2 * 0.5 + 0.1 + 0.1 * 0.5 + 0.1 * 0.25, 12);
    expect(roundScore(result.score)).toBe(0.566);
  });

  it("gives 1 to a candidate that fits on every term", () => {
    const perfect = volunteer({
      interests: ["kortspil", "havearbejde", "fiskeri"],
      slots: ["tue-am", "thu-pm"],
      load: 0,
    });
    const result = scoreVolunteer(citizen({ format: "one_to_one" }), perfect, 0, settings);
    expect(result.score).toBe(1);
  });

  it("stays within 0 and 1 for a candidate that fits on nothing soft", () => {
    const result = scoreActivity(
      citizen({ interests: [], barriers: ["anxiety"] }),
      activity({ enrolled: 9, interests: ["skak"] }),
      40,
      settings,
    );
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(0.2);
  });

  it("halves the distance term every half of the municipality's maximum distance", () => {
    expect(scoreVolunteer(citizen(), volunteer(), 0, settings).terms.distance).toBe(1);
    expect(scoreVolunteer(citizen(), volunteer(), 5, settings).terms.distance).toBeCloseTo(0.5, 12);
    expect(scoreVolunteer(citizen(), volunteer(), 10, settings).terms.distance).toBeCloseTo(0.25, 12);
  });

  it("prefers the nearer of two otherwise equal candidates", () => {
    const near = scoreActivity(citizen(), activity(), 1, settings).score;
    const far = scoreActivity(citizen(), activity(), 3, settings).score;
    expect(near).toBeGreaterThan(far);
  });

  it("counts interest overlap as the share of the citizen's interests, ignoring case", () => {
    const c = citizen({ interests: ["Havearbejde", "kortspil", "gåture", "strik"] });
    const v = volunteer({ interests: ["havearbejde", "STRIK", "fodbold", "skak", "film"] });
    expect(scoreVolunteer(c, v, 1, settings).terms.interest).toBe(0.5);
  });

  it("prefers volunteers with more free capacity, to spread the work", () => {
    const idle = scoreVolunteer(citizen(), volunteer({ capacity: 4, load: 0 }), 1, settings);
    const busy = scoreVolunteer(citizen(), volunteer({ capacity: 4, load: 3 }), 1, settings);
    expect(idle.terms.load).toBe(1);
    expect(busy.terms.load).toBe(0.25);
    expect(idle.score).toBeGreaterThan(busy.score);
  });

  it("scores activities by their share of free places", () => {
    expect(scoreActivity(citizen(), activity({ capacity: 12, enrolled: 9 }), 1, settings).terms.load).toBe(0.25);
  });

  it("puts a 1:1 befriender before a group for anxious citizens open to both", () => {
    const anxious = citizen({ barriers: ["anxiety"] });
    expect(scoreVolunteer(anxious, volunteer(), 1, settings).terms.format).toBe(1);
    expect(scoreActivity(anxious, activity(), 1, settings).terms.format).toBe(0.5);
    expect(scoreActivity(citizen(), activity(), 1, settings).terms.format).toBe(1);
  });

  it("uses the weights it is given, normalised by their sum", () => {
    const onlyInterest = { interest: 2, distance: 0, time: 0, format: 0, load: 0, waiting: 0 };
    const result = scoreVolunteer(citizen(), volunteer(), 3, settings, onlyInterest);
    expect(result.score).toBe(0.5);
  });

  it("gives no reason for a term whose weight is zero", () => {
    const noInterest = { ...DEFAULT_WEIGHTS, interest: 0 };
    const result = scoreVolunteer(citizen(), volunteer(), 3, settings, noInterest);
    expect(result.reasons.some((r) => r.startsWith("Deler interesse"))).toBe(false);
  });
});

describe("waiting time", () => {
  // settings.today is 2026-11-23.
  const waitedDays = (days: number) => {
    const since = new Date(Date.UTC(2026, 10, 23 - days)).toISOString().slice(0, 10);
    return citizen({ waitingSince: since });
  };

  it("rises evenly with the days waited and is full after half a year", () => {
    const term = (days: number) => scoreVolunteer(waitedDays(days), volunteer(), 1, settings).terms.waiting;
    expect(term(0)).toBe(0);
    expect(term(45)).toBe(0.25);
    expect(term(90)).toBe(0.5);
    expect(term(180)).toBe(1);
    expect(term(400)).toBe(1);
  });

  it("counts a start in the future as no wait at all", () => {
    expect(scoreVolunteer(citizen({ waitingSince: "2027-01-01" }), volunteer(), 1, settings).terms.waiting).toBe(0);
  });

  it("scores the longer-waiting of two otherwise equal citizens higher", () => {
    const longer = scoreVolunteer(waitedDays(120), volunteer(), 1, settings).score;
    const shorter = scoreVolunteer(waitedDays(30), volunteer(), 1, settings).score;
    expect(longer - shorter).toBeCloseTo(0.1 * (90 / 180), 12);
  });

  it("says how long the citizen has waited, from a week on", () => {
    const reasons = (days: number) => scoreVolunteer(waitedDays(days), volunteer(), 1, settings).reasons;
    expect(reasons(63).at(-1)).toBe("Har ventet 9 uger");
    expect(reasons(10).at(-1)).toBe("Har ventet 10 dage");
    expect(reasons(3).some((r) => r.startsWith("Har ventet"))).toBe(false);
  });

  it("does not mention the wait when the municipality gives it no weight", () => {
    const reasons = scoreVolunteer(waitedDays(63), volunteer(), 1, settings, { ...DEFAULT_WEIGHTS, waiting: 0 }).reasons;
    expect(reasons.some((r) => r.startsWith("Har ventet"))).toBe(false);
  });

  it("leaves the term out, weight and all, when the waiting start is unknown", () => {
    const unknown = scoreVolunteer(citizen(), volunteer(), 1, settings);
    expect(unknown.terms.waiting).toBeUndefined();
    // The same as a municipality that does not weigh waiting: the other five decide.
    expect(unknown.score).toBe(scoreVolunteer(citizen(), volunteer(), 1, settings, { ...DEFAULT_WEIGHTS, waiting: 0 }).score);
    // Not the same as having just started to wait, which does pull the score down.
    expect(unknown.score).toBeGreaterThan(scoreVolunteer(waitedDays(0), volunteer(), 1, settings).score);
    expect(unknown.reasons.some((r) => r.startsWith("Har ventet"))).toBe(false);
  });

  it("gives 0 rather than failing when waiting is the only weight and the start is unknown", () => {
    const onlyWaiting = { interest: 0, distance: 0, time: 0, format: 0, load: 0, waiting: 1 };
    expect(scoreVolunteer(citizen(), volunteer(), 1, settings, onlyWaiting).score).toBe(0);
  });
});

describe("Danish reasons", () => {
  it("explains every contributing term in Danish", () => {
    const c = citizen({ format: "one_to_one", languages: ["da", "tr"], slots: ["tue-am", "thu-eve"] });
    const v = volunteer({
      interests: ["Kortspil", "havearbejde"],
      languages: ["tr", "da"],
      slots: ["thu-eve", "tue-am"],
      capacity: 3,
      load: 0,
    });
    expect(scoreVolunteer(c, v, 1.23, settings).reasons).toEqual([
      "Deler interesse: havearbejde, kortspil",
      "1,2 km væk",
      "Passer tirsdag formiddag og torsdag aften",
      "Begge taler tyrkisk",
      "Besøgsven 1:1 som ønsket",
      "Har plads til flere",
    ]);
  });

  it("does not mention Danish as a shared language, since nearly everyone shares it", () => {
    const reasons = scoreVolunteer(citizen(), volunteer({ languages: ["da", "en"] }), 1, settings).reasons;
    expect(reasons.some((r) => r.startsWith("Begge taler"))).toBe(false);
  });

  it("names several shared languages with og", () => {
    const c = citizen({ languages: ["ar", "da", "so"] });
    const v = volunteer({ languages: ["so", "ar"] });
    expect(scoreVolunteer(c, v, 1, settings).reasons).toContain("Begge taler arabisk og somali");
  });

  it("formats distances with a decimal comma and thousands dots", () => {
    expect(formatKm(1.2)).toBe("1,2 km");
    expect(formatKm(12)).toBe("12,0 km");
    expect(formatKm(1234.56)).toBe("1.234,6 km");
    expect(scoreActivity(citizen(), activity(), 7.25, settings).reasons).toContain("7,3 km væk");
    expect(scoreActivity(citizen(), activity(), 0.04, settings).reasons).toContain("Under 100 m væk");
  });

  it("says how much room a volunteer or an activity has", () => {
    expect(scoreVolunteer(citizen(), volunteer({ capacity: 2, load: 1 }), 1, settings).reasons).toContain(
      "Har plads til én borger mere",
    );
    expect(scoreActivity(citizen(), activity({ capacity: 12, enrolled: 5 }), 1, settings).reasons).toContain(
      "7 ledige pladser",
    );
    expect(scoreActivity(citizen(), activity({ capacity: 12, enrolled: 11 }), 1, settings).reasons).toContain(
      "1 ledig plads",
    );
  });

  it("names the accessibility an activity offers for the citizen's barriers", () => {
    const c = citizen({ barriers: ["wheelchair", "hearing", "economy", "transport"] });
    const reasons = scoreActivity(c, activity({ transport: true }), 1, settings).reasons;
    expect(reasons).toEqual(
      expect.arrayContaining([
        "Trinfri adgang",
        "Handicaptoilet",
        "Teleslynge",
        "Gratis",
        "Aktiviteten tilbyder transport",
      ]),
    );
  });

  it("does not praise accessibility the citizen does not need", () => {
    const reasons = scoreActivity(citizen(), activity(), 1, settings).reasons;
    expect(reasons).not.toContain("Trinfri adgang");
    expect(reasons).not.toContain("Teleslynge");
    expect(reasons).not.toContain("Gratis");
  });

  it("says when an escort brings a distant activity within reach", () => {
    expect(scoreActivity(citizen({ escort: true }), activity(), 14, settings).reasons).toContain(
      "Kan nås med ledsager",
    );
  });

  it("names the format the citizen asked for", () => {
    expect(scoreActivity(citizen({ format: "group" }), activity(), 1, settings).reasons).toContain(
      "Fællesskab i gruppe som ønsket",
    );
  });

  it("names slots as Danish weekday and time of day", () => {
    expect(slotLabel("mon-am")).toBe("mandag formiddag");
    expect(slotLabel("wed-pm")).toBe("onsdag eftermiddag");
    expect(slotLabel("sun-eve")).toBe("søndag aften");
  });

  it("names the languages of older citizens and volunteers in Danish", () => {
    const expected: Record<string, string> = {
      da: "dansk", en: "engelsk", de: "tysk", sv: "svensk", no: "norsk", pl: "polsk",
      tr: "tyrkisk", ar: "arabisk", ur: "urdu", fa: "persisk", so: "somali", ti: "tigrinya",
      uk: "ukrainsk", ru: "russisk", es: "spansk", fr: "fransk", it: "italiensk", bs: "bosnisk",
      sr: "serbisk", hr: "kroatisk", vi: "vietnamesisk", th: "thai", tl: "tagalog",
    };
    for (const [code, name] of Object.entries(expected)) expect(languageName(code)).toBe(name);
  });
});
