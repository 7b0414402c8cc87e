import { describe, expect, it } from "vitest";
import {
  ACTIVITY_REASONS,
  EXCLUSION_RULES,
  RULE_LABELS,
  VOLUNTEER_REASONS,
  checkActivity,
  checkVolunteer,
  isStraffeattestValid,
  subtractMonths,
} from "./rules";
import {
  activity as baseActivity,
  citizen as baseCitizen,
  north,
  settings,
  volunteer as baseVolunteer,
} from "./test-fixtures";
import type { ActivityProfile, CitizenProfile, VolunteerProfile } from "./types";

// The shared fixtures with this file's defaults: a citizen with one interest, a volunteer
// who also speaks English and has a car, a venue for 12 without step-free access or an
// accessible toilet.
const citizen = (overrides: Partial<CitizenProfile> = {}) => baseCitizen({ interests: ["havearbejde"], ...overrides });
const volunteer = (overrides: Partial<VolunteerProfile> = {}) =>
  baseVolunteer({ languages: ["da", "en"], car: true, ...overrides });
const activity = (overrides: Partial<ActivityProfile> = {}) =>
  baseActivity({ capacity: 12, stepFree: false, accessibleToilet: false, ...overrides });

const volunteerRule = (c: CitizenProfile, v: VolunteerProfile, s = settings) => {
  const verdict = checkVolunteer(c, v, s);
  return verdict.outcome === "excluded" ? verdict.rule : verdict.outcome;
};
const activityRule = (c: CitizenProfile, a: ActivityProfile, s = settings) => {
  const verdict = checkActivity(c, a, s);
  return verdict.outcome === "excluded" ? verdict.rule : verdict.outcome;
};
const reasonFor = (verdict: ReturnType<typeof checkActivity>) =>
  verdict.outcome === "excluded" ? verdict.reason : null;

describe("the fixtures", () => {
  it("start out as a volunteer and an activity that pass every rule", () => {
    expect(volunteerRule(citizen(), volunteer())).toBe("eligible");
    expect(activityRule(citizen(), activity())).toBe("eligible");
  });
});

describe("distance, checked before every other rule", () => {
  it("counts volunteers outside their travel radius as out of reach, not excluded", () => {
    expect(volunteerRule(citizen(), volunteer({ ...north(5.01), radiusKm: 5 }))).toBe("out-of-reach");
    expect(volunteerRule(citizen(), volunteer({ ...north(4.99), radiusKm: 5 }))).toBe("eligible");
  });

  it("lets volunteers travel as far as their own radius, beyond the activity limit", () => {
    expect(volunteerRule(citizen(), volunteer({ ...north(15), radiusKm: 20 }))).toBe("eligible");
  });

  it("does not extend a volunteer's radius because the citizen has an escort", () => {
    expect(volunteerRule(citizen({ escort: true }), volunteer({ ...north(6), radiusKm: 5 }))).toBe(
      "out-of-reach",
    );
  });

  it("counts activities beyond the maximum distance as out of reach", () => {
    expect(activityRule(citizen(), activity(north(10.01)))).toBe("out-of-reach");
    expect(activityRule(citizen(), activity(north(9.99)))).toBe("eligible");
  });

  it("brings distant activities within reach when the citizen has an escort", () => {
    expect(activityRule(citizen({ escort: true }), activity(north(30)))).toBe("eligible");
  });

  it("brings distant activities within reach when the activity offers transport", () => {
    expect(activityRule(citizen(), activity({ ...north(30), transport: true }))).toBe("eligible");
  });

  it("reports a candidate out of reach even when it also breaks another rule", () => {
    expect(volunteerRule(citizen(), volunteer({ ...north(8), status: "paused", load: 2 }))).toBe(
      "out-of-reach",
    );
    expect(activityRule(citizen({ format: "one_to_one" }), activity(north(12)))).toBe("out-of-reach");
  });

  it("returns the distance with the verdict", () => {
    expect(checkVolunteer(citizen(), volunteer(north(3)), settings).distanceKm).toBeCloseTo(3, 9);
  });
});

describe("format", () => {
  it("excludes activities for citizens who want a 1:1 befriender", () => {
    const verdict = checkActivity(citizen({ format: "one_to_one" }), activity(), settings);
    expect(verdict).toMatchObject({ outcome: "excluded", rule: "format" });
    expect(volunteerRule(citizen({ format: "one_to_one" }), volunteer())).toBe("eligible");
  });

  it("excludes volunteers for citizens who want a group", () => {
    expect(volunteerRule(citizen({ format: "group" }), volunteer())).toBe("format");
    expect(activityRule(citizen({ format: "group" }), activity())).toBe("eligible");
  });

  it("allows both kinds for citizens open to either", () => {
    expect(volunteerRule(citizen({ format: "either" }), volunteer())).toBe("eligible");
    expect(activityRule(citizen({ format: "either" }), activity())).toBe("eligible");
  });
});

describe("declined", () => {
  it("excludes volunteers and activities the citizen has said no to", () => {
    const c = citizen({ declined: ["v1", "a1"] });
    expect(volunteerRule(c, volunteer())).toBe("declined");
    expect(activityRule(c, activity())).toBe("declined");
    expect(reasonFor(checkVolunteer(c, volunteer(), settings))).toBe(
      "Borgeren har tidligere sagt nej tak til denne frivillige",
    );
  });

  it("keeps candidates the citizen has not declined", () => {
    const c = citizen({ declined: ["v7", "a9"] });
    expect(volunteerRule(c, volunteer())).toBe("eligible");
    expect(activityRule(c, activity())).toBe("eligible");
  });
});

describe("status", () => {
  it("excludes volunteers and activities that are not active", () => {
    expect(volunteerRule(citizen(), volunteer({ status: "paused" }))).toBe("inactive");
    expect(activityRule(citizen(), activity({ status: "cancelled" }))).toBe("inactive");
    expect(reasonFor(checkActivity(citizen(), activity({ status: "cancelled" }), settings))).toBe(
      "Aktiviteten er ikke aktiv (status: cancelled)",
    );
  });
});

describe("volunteer capacity", () => {
  it("excludes volunteers whose load has reached their capacity", () => {
    expect(volunteerRule(citizen(), volunteer({ capacity: 2, load: 2 }))).toBe("volunteer-full");
    expect(volunteerRule(citizen(), volunteer({ capacity: 0, load: 0 }))).toBe("volunteer-full");
    expect(volunteerRule(citizen(), volunteer({ capacity: 2, load: 3 }))).toBe("volunteer-full");
  });

  it("keeps volunteers with at least one free place", () => {
    expect(volunteerRule(citizen(), volunteer({ capacity: 2, load: 1 }))).toBe("eligible");
  });
});

describe("vetting", () => {
  it("excludes volunteers who have not signed a tavshedserklæring", () => {
    expect(volunteerRule(citizen(), volunteer({ tavshedserklaering: false }))).toBe("no-tavshedserklaering");
  });

  it("excludes volunteers without a straffeattest on file", () => {
    expect(volunteerRule(citizen(), volunteer({ straffeattestDate: null }))).toBe("straffeattest-expired");
    expect(volunteerRule(citizen(), volunteer({ straffeattestDate: undefined }))).toBe("straffeattest-expired");
    expect(reasonFor(checkVolunteer(citizen(), volunteer({ straffeattestDate: null }), settings))).toBe(
      "Der er ikke registreret en straffeattest for den frivillige",
    );
  });

  it("excludes volunteers whose straffeattest is older than the policy allows", () => {
    const verdict = checkVolunteer(citizen(), volunteer({ straffeattestDate: "2024-11-22" }), settings);
    expect(verdict).toMatchObject({
      outcome: "excluded",
      rule: "straffeattest-expired",
      reason: "Straffeattesten er fra 22. november 2024 og dermed ældre end 24 måneder",
    });
  });

  it("accepts a straffeattest exactly as old as the policy allows", () => {
    expect(volunteerRule(citizen(), volunteer({ straffeattestDate: "2024-11-23" }))).toBe("eligible");
  });

  it("counts calendar months, ending at the last day of a shorter month", () => {
    const endOfMarch = { ...settings, today: "2026-03-31", straffeattestMaxAgeMonths: 1 };
    expect(isStraffeattestValid("2026-02-28", endOfMarch)).toBe(true);
    expect(isStraffeattestValid("2026-02-27", endOfMarch)).toBe(false);
    expect(subtractMonths("2024-03-31", 1)).toBe("2024-02-29");
    expect(subtractMonths("2026-01-15", 1)).toBe("2025-12-15");
    expect(subtractMonths("2026-11-23", 24)).toBe("2024-11-23");
    expect(subtractMonths("2028-02-29", 12)).toBe("2027-02-28");
  });

  it("treats a zero-month policy as requiring a certificate dated today or later", () => {
    const strict = { ...settings, straffeattestMaxAgeMonths: 0 };
    expect(isStraffeattestValid("2026-11-23", strict)).toBe(true);
    expect(isStraffeattestValid("2026-11-22", strict)).toBe(false);
  });
});

describe("gender preference", () => {
  it("excludes volunteers of another gender than the one the citizen prefers", () => {
    const verdict = checkVolunteer(citizen({ genderPreference: "male" }), volunteer({ gender: "female" }), settings);
    expect(verdict).toMatchObject({
      outcome: "excluded",
      rule: "gender",
      reason: "Borgeren ønsker en mandlig frivillig",
    });
  });

  it("keeps volunteers of the preferred gender, and everyone without a preference", () => {
    expect(volunteerRule(citizen({ genderPreference: "female" }), volunteer({ gender: "female" }))).toBe("eligible");
    expect(volunteerRule(citizen({ genderPreference: null }), volunteer({ gender: "male" }))).toBe("eligible");
  });

  it("does not apply a gender preference to activities", () => {
    expect(activityRule(citizen({ genderPreference: "male" }), activity())).toBe("eligible");
  });
});

describe("activity capacity", () => {
  it("excludes activities that are fully booked", () => {
    expect(activityRule(citizen(), activity({ capacity: 12, enrolled: 12 }))).toBe("activity-full");
  });

  it("keeps activities with a free place", () => {
    expect(activityRule(citizen(), activity({ capacity: 12, enrolled: 11 }))).toBe("eligible");
  });
});

describe("accessibility", () => {
  it("excludes venues with steps for wheelchair users", () => {
    const verdict = checkActivity(citizen({ barriers: ["wheelchair"] }), activity({ stepFree: false }), settings);
    expect(verdict).toMatchObject({
      outcome: "excluded",
      rule: "not-step-free",
      reason: "Aktiviteten har ikke trinfri adgang, og borgeren bruger kørestol",
    });
  });

  it("excludes venues with steps for citizens with a walker", () => {
    const verdict = checkActivity(citizen({ barriers: ["walker"] }), activity({ stepFree: false }), settings);
    expect(verdict).toMatchObject({
      rule: "not-step-free",
      reason: "Aktiviteten har ikke trinfri adgang, og borgeren bruger rollator",
    });
  });

  it("keeps step-free venues for wheelchair users when the toilet is accessible too", () => {
    const c = citizen({ barriers: ["wheelchair"] });
    expect(activityRule(c, activity({ stepFree: true, accessibleToilet: true }))).toBe("eligible");
  });

  it("keeps venues with steps for citizens who walk unaided", () => {
    expect(activityRule(citizen({ barriers: ["sight"] }), activity({ stepFree: false }))).toBe("eligible");
  });

  it("excludes venues without an accessible toilet for wheelchair users", () => {
    const c = citizen({ barriers: ["wheelchair"] });
    expect(activityRule(c, activity({ stepFree: true, accessibleToilet: false }))).toBe("no-accessible-toilet");
  });

  it("does not require an accessible toilet for citizens with a walker", () => {
    const c = citizen({ barriers: ["walker"] });
    expect(activityRule(c, activity({ stepFree: true, accessibleToilet: false }))).toBe("eligible");
  });

  it("excludes activities without a hearing loop for hard-of-hearing citizens", () => {
    const c = citizen({ barriers: ["hearing"] });
    expect(activityRule(c, activity({ hearingLoop: false }))).toBe("no-hearing-loop");
    expect(activityRule(c, activity({ hearingLoop: true }))).toBe("eligible");
  });

  it("excludes activities that cost money for citizens for whom money is a barrier", () => {
    const c = citizen({ barriers: ["economy"] });
    const verdict = checkActivity(c, activity({ price: 25 }), settings);
    expect(verdict).toMatchObject({
      rule: "not-free",
      reason: "Aktiviteten koster 25 kr., og økonomien er en barriere for borgeren",
    });
    expect(activityRule(c, activity({ price: 0 }))).toBe("eligible");
    expect(activityRule(citizen(), activity({ price: 25 }))).toBe("eligible");
  });
});

describe("language and time", () => {
  it("excludes candidates who share no language with the citizen", () => {
    const c = citizen({ languages: ["ar"] });
    expect(volunteerRule(c, volunteer({ languages: ["da", "en"] }))).toBe("no-shared-language");
    const verdict = checkActivity(c, activity({ languages: ["da"] }), settings);
    expect(verdict).toMatchObject({
      rule: "no-shared-language",
      reason: "Intet fælles sprog (borgeren: arabisk; aktiviteten: dansk)",
    });
  });

  it("keeps candidates who share one language, whichever it is", () => {
    const c = citizen({ languages: ["ar", "tr"] });
    expect(volunteerRule(c, volunteer({ languages: ["en", "tr"] }))).toBe("eligible");
    expect(activityRule(c, activity({ languages: ["ar"] }))).toBe("eligible");
  });

  it("excludes candidates who share no time slot with the citizen", () => {
    const c = citizen({ slots: ["mon-am"] });
    expect(volunteerRule(c, volunteer({ slots: ["mon-pm"] }))).toBe("no-shared-slot");
    const verdict = checkActivity(c, activity({ slots: ["mon-eve", "tue-am"] }), settings);
    expect(verdict).toMatchObject({
      rule: "no-shared-slot",
      reason: "Intet fælles tidspunkt (borgeren: mandag formiddag; aktiviteten: mandag aften og tirsdag formiddag)",
    });
  });

  it("keeps candidates who share a time slot", () => {
    const c = citizen({ slots: ["mon-am", "fri-eve"] });
    expect(volunteerRule(c, volunteer({ slots: ["fri-eve"] }))).toBe("eligible");
    expect(activityRule(c, activity({ slots: ["mon-am"] }))).toBe("eligible");
  });
});

describe("rule order", () => {
  it("reports only the first broken rule", () => {
    const c = citizen({ format: "group", declined: ["v1"], languages: ["ar"] });
    expect(volunteerRule(c, volunteer({ status: "paused", load: 2 }))).toBe("format");
    expect(volunteerRule(citizen({ declined: ["v1"] }), volunteer({ status: "paused" }))).toBe("declined");
    expect(volunteerRule(citizen(), volunteer({ status: "paused", tavshedserklaering: false }))).toBe("inactive");
    expect(
      activityRule(citizen({ barriers: ["wheelchair", "hearing"], slots: [] }), activity({ enrolled: 12 })),
    ).toBe("activity-full");
    expect(activityRule(citizen({ barriers: ["wheelchair", "hearing"] }), activity())).toBe("not-step-free");
  });

  it("checks each kind's rules in the documented order", () => {
    // A candidate that breaks every rule of its kind, mended one rule at a time: each
    // time the next rule in EXCLUSION_RULES order is the one reported.
    const applying = (kind: "volunteer" | "activity") =>
      EXCLUSION_RULES.filter((r) => (r.appliesTo as readonly string[]).includes(kind)).map((r) => r.id);
    const mendVolunteer: Record<string, Partial<VolunteerProfile>> = {
      inactive: { status: "active" },
      "volunteer-full": { load: 0 },
      "no-tavshedserklaering": { tavshedserklaering: true },
      "straffeattest-expired": { straffeattestDate: "2026-01-01" },
      gender: { gender: "male" },
      "no-shared-language": { languages: ["da"] },
      "no-shared-slot": { slots: ["tue-am"] },
    };
    let c = citizen({ format: "group", declined: ["v1"], genderPreference: "male" });
    let v = volunteer({ status: "paused", load: 2, tavshedserklaering: false, straffeattestDate: null, gender: "female", languages: ["ar"], slots: ["sun-eve"] });
    const volunteerOrder: string[] = [];
    for (let rule = volunteerRule(c, v); rule !== "eligible"; rule = volunteerRule(c, v)) {
      volunteerOrder.push(rule);
      if (rule === "format") c = { ...c, format: "either" };
      else if (rule === "declined") c = { ...c, declined: [] };
      else v = { ...v, ...mendVolunteer[rule] };
      expect(volunteerOrder.length).toBeLessThanOrEqual(applying("volunteer").length);
    }
    expect(volunteerOrder).toEqual(applying("volunteer"));

    const mendActivity: Record<string, Partial<ActivityProfile>> = {
      inactive: { status: "active" },
      "activity-full": { enrolled: 0 },
      "not-step-free": { stepFree: true },
      "no-accessible-toilet": { accessibleToilet: true },
      "no-hearing-loop": { hearingLoop: true },
      "not-free": { price: 0 },
      "no-shared-language": { languages: ["da"] },
      "no-shared-slot": { slots: ["tue-am"] },
    };
    let d = citizen({ format: "one_to_one", declined: ["a1"], barriers: ["wheelchair", "hearing", "economy"] });
    let a = activity({ status: "draft", enrolled: 12, hearingLoop: false, price: 40, languages: ["ar"], slots: ["sun-eve"] });
    const activityOrder: string[] = [];
    for (let rule = activityRule(d, a); rule !== "eligible"; rule = activityRule(d, a)) {
      activityOrder.push(rule);
      if (rule === "format") d = { ...d, format: "either" };
      else if (rule === "declined") d = { ...d, declined: [] };
      else a = { ...a, ...mendActivity[rule] };
      expect(activityOrder.length).toBeLessThanOrEqual(applying("activity").length);
    }
    expect(activityOrder).toEqual(applying("activity"));

    expect(EXCLUSION_RULES.map((rule) => rule.id)).toEqual([
      "format",
      "declined",
      "inactive",
      "volunteer-full",
      "no-tavshedserklaering",
      "straffeattest-expired",
      "gender",
      "activity-full",
      "not-step-free",
      "no-accessible-toilet",
      "no-hearing-loop",
      "not-free",
      "no-shared-language",
      "no-shared-slot",
    ]);
  });

  it("words every rule of each kind", () => {
    const applying = (kind: "volunteer" | "activity") =>
      EXCLUSION_RULES.filter((r) => (r.appliesTo as readonly string[]).includes(kind)).map((r) => r.id).sort();
    expect(Object.keys(VOLUNTEER_REASONS).sort()).toEqual(applying("volunteer"));
    expect(Object.keys(ACTIVITY_REASONS).sort()).toEqual(applying("activity"));
  });

  it("has a Danish label for every rule id", () => {
    expect(RULE_LABELS["not-step-free"]).toBe("Ikke trinfri adgang");
    for (const rule of EXCLUSION_RULES) expect(RULE_LABELS[rule.id]).toMatch(/\S/);
  });
});
