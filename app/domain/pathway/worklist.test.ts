import { describe, expect, it } from "vitest";
import {
  type WorklistInputs,
  buildWorklist,
  countByKind,
  filterWorklist,
  sortWorklist,
} from "./worklist";

// Monday 23 November 2026.
const TODAY = "2026-11-23";

const empty: WorklistInputs = {
  today: TODAY,
  responseTargetWorkingDays: 5,
  tasks: [],
  nextSteps: [],
  referrals: [],
  followUps: [],
  proposals: [],
  answers: [],
};
const inge = { citizenId: "c1", citizenName: "Inge Østergaard" };
const anders = { citizenId: "c2", citizenName: "Anders Andersen" };
const aase = { citizenId: "c3", citizenName: "Aase Ågesen" };

describe("tasks and next steps", () => {
  it("lists tasks due today or earlier, not later ones", () => {
    const items = buildWorklist({
      ...empty,
      tasks: [
        { ...inge, id: "t1", title: "Ring til banken", owner: "Lene", dueDate: "2026-11-20" },
        { ...inge, id: "t2", title: "Bestil tid hos lægen", owner: "", dueDate: TODAY },
        { ...inge, id: "t3", title: "Søg om hjælpemiddel", owner: "", dueDate: "2026-11-24" },
      ],
    });
    expect(items.map((i) => [i.what, i.urgency, i.daysOverdue])).toEqual([
      ["Ring til banken (ansvarlig: Lene)", "overdue", 3],
      ["Bestil tid hos lægen", "today", 0],
    ]);
    expect(items[0]?.link).toBe("/borgere/c1/opgaver");
  });

  it("lists agreed next steps that are due, linking to the guidance tab", () => {
    const items = buildWorklist({
      ...empty,
      nextSteps: [
        { ...anders, id: "g1", nextStep: "Ringe og høre om caféen", dueDate: "2026-11-22" },
        { ...anders, id: "g2", nextStep: "Besøg sammen med datteren", dueDate: "2026-12-01" },
      ],
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "next_step",
      what: "Ringe og høre om caféen",
      urgency: "overdue",
      link: "/borgere/c2/vejledning",
    });
  });
});

describe("referrals", () => {
  it("shows a new referral as upcoming until the response target has passed", () => {
    // Referred Tuesday 17 November: five working days run to Tuesday 24 November.
    const [item] = buildWorklist({ ...empty, referrals: [{ ...inge, referredOn: "2026-11-17" }] });
    expect(item).toMatchObject({
      kind: "referral",
      urgency: "upcoming",
      due: "2026-11-24",
      since: "2026-11-17",
      what: "Ny henvisning – kontakt borgeren",
      link: "/borgere/c1",
    });
  });

  it("is overdue once more than five working days have passed, counting across the weekend", () => {
    // Friday 13 November + 5 working days = Friday 20 November; Monday is late.
    const [item] = buildWorklist({ ...empty, referrals: [{ ...inge, referredOn: "2026-11-13" }] });
    expect(item).toMatchObject({ urgency: "overdue", due: "2026-11-20", daysOverdue: 3 });
    expect(item?.what).toContain("over 5 arbejdsdage");
  });

  it("follows the municipality's own response target", () => {
    const [item] = buildWorklist({
      ...empty,
      responseTargetWorkingDays: 10,
      referrals: [{ ...inge, referredOn: "2026-11-13" }],
    });
    expect(item?.urgency).toBe("upcoming");
  });

  it("does not count Easter 2027 against the target", () => {
    // Wednesday 24 March 2027: Thursday 25 to Monday 29 March are days off.
    const [item] = buildWorklist({
      ...empty,
      today: "2027-03-31",
      referrals: [{ ...inge, referredOn: "2027-03-24" }],
    });
    expect(item?.urgency).toBe("upcoming");
    // Working days: 30 and 31 March, 1, 2 and 5 April.
    expect(item?.due).toBe("2027-04-05");
  });
});

describe("follow-ups", () => {
  it("lists overdue, today's and the coming week's follow-ups, not later ones", () => {
    const items = buildWorklist({
      ...empty,
      followUps: [
        { ...inge, id: "f1", kind: "third_visit", dueDate: "2026-11-16" },
        { ...inge, id: "f2", kind: "four_weeks", dueDate: TODAY },
        { ...inge, id: "f3", kind: "three_months", dueDate: "2026-11-30" },
        { ...inge, id: "f4", kind: "custom", dueDate: "2026-12-01" },
      ],
    });
    expect(items.map((i) => [i.what, i.urgency])).toEqual([
      ["Opfølgning efter tredje besøg", "overdue"],
      ["Opfølgning efter fire uger", "today"],
      ["Opfølgning efter tre måneder", "upcoming"],
    ]);
    expect(items[0]?.link).toBe("/borgere/c1/opfoelgning");
  });
});

describe("matches with no reply", () => {
  const proposal = (id: string, proposedOn: string, respondBy: string) => ({
    ...aase,
    id,
    status: "proposed" as const,
    associationName: "Ældre Sagen",
    proposedOn,
    respondBy,
    sent: null,
  });

  it("reminds of an undecided proposal after five working days, due on the association's deadline", () => {
    const items = buildWorklist({
      ...empty,
      proposals: [proposal("p1", "2026-11-16", "2026-11-30"), proposal("p2", "2026-11-17", "2026-12-01")],
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "match", urgency: "upcoming", due: "2026-11-30", since: "2026-11-16" });
    expect(items[0]?.what).toBe("Ældre Sagen har ikke svaret på forslaget endnu (frist 30. november 2026)");
  });

  it("marks a proposal past its deadline as overdue, in words and urgency", () => {
    const items = buildWorklist({ ...empty, proposals: [proposal("p1", "2026-11-05", "2026-11-19")] });
    expect(items[0]).toMatchObject({ urgency: "overdue", daysOverdue: 4 });
    expect(items[0]?.what).toBe("Ældre Sagen har ikke svaret inden fristen 19. november 2026 – rykker foreningen");
  });

  it("follows a deadline shorter than the five working days", () => {
    const items = buildWorklist({ ...empty, proposals: [proposal("p1", "2026-11-19", "2026-11-22")] });
    expect(items[0]).toMatchObject({ urgency: "overdue", due: "2026-11-22" });
  });

  const accepted = (id: string, sent: { on: string; by: "letter" | "email" } | null) => ({
    ...aase,
    id,
    status: "accepted" as const,
    associationName: "Røde Kors",
    proposedOn: "2026-11-02",
    respondBy: "2026-11-16",
    sent,
  });

  it("asks the coordinator to call a citizen who has not answered seven days after the letter was sent", () => {
    const items = buildWorklist({
      ...empty,
      proposals: [
        accepted("p1", { on: "2026-11-10", by: "letter" }),
        accepted("p2", { on: "2026-11-16", by: "email" }),
        accepted("p3", { on: "2026-11-17", by: "email" }),
      ],
    });
    expect(items.map((i) => [i.key, i.due, i.since, i.urgency])).toEqual([
      ["match:p1", "2026-11-17", "2026-11-10", "overdue"],
      ["match:p2", "2026-11-23", "2026-11-16", "today"],
    ]);
    expect(items[0]?.what).toBe("Borgeren har ikke svaret på brevet fra 10. november 2026 – ring til borgeren");
    expect(items[1]?.what).toBe("Borgeren har ikke svaret på e-mailen fra 16. november 2026 – ring til borgeren");
  });

  it("starts counting only when the letter or email has gone out", () => {
    expect(buildWorklist({ ...empty, proposals: [accepted("p1", null)] })).toEqual([]);
  });
});

describe("answers from citizens", () => {
  const answer = (answerGiven: "yes" | "no", changed = false) => ({
    ...inge,
    proposalId: "p1",
    answer: answerGiven,
    answeredOn: "2026-11-22",
    targetName: "Karen Lund",
    changed,
  });

  it("shows a new answer from the day it was given, with what the citizen said", () => {
    const items = buildWorklist({ ...empty, answers: [answer("yes")] });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "answer", due: "2026-11-22", link: "/borgere/c1" });
    expect(items[0]?.what).toBe("Borgeren har svaret »Ja tak« til Karen Lund");
  });

  it("says so when the citizen changed their mind", () => {
    const items = buildWorklist({ ...empty, answers: [answer("no", true)] });
    expect(items[0]?.what).toBe("Borgeren har ændret sit svar til »Nej tak« til Karen Lund");
  });
});

describe("sorting, filtering and counting", () => {
  const items = buildWorklist({
    ...empty,
    tasks: [
      { ...inge, id: "t1", title: "Ring til banken", owner: "", dueDate: "2026-11-20" },
      { ...anders, id: "t2", title: "Tjek medicin", owner: "", dueDate: TODAY },
    ],
    followUps: [{ ...aase, id: "f1", kind: "four_weeks", dueDate: "2026-11-02" }],
    referrals: [{ ...anders, referredOn: "2026-11-20" }],
  });

  it("puts the most overdue first by default", () => {
    expect(sortWorklist(items).map((i) => i.due)).toEqual([
      "2026-11-02",
      "2026-11-20",
      TODAY,
      "2026-11-27",
    ]);
  });

  it("sorts names the Danish way, Æ, Ø and Å last, both ways", () => {
    const names = (list: typeof items) => [...new Set(list.map((i) => i.citizenName))];
    expect(names(sortWorklist(items, "name"))).toEqual([
      "Anders Andersen",
      "Inge Østergaard",
      "Aase Ågesen",
    ]);
    expect(names(sortWorklist(items, "name", "desc"))).toEqual([
      "Aase Ågesen",
      "Inge Østergaard",
      "Anders Andersen",
    ]);
  });

  it("groups by kind in pathway order", () => {
    expect(sortWorklist(items, "kind").map((i) => i.kind)).toEqual([
      "referral",
      "task",
      "task",
      "follow_up",
    ]);
  });

  it("filters by kind and urgency and counts per kind", () => {
    expect(filterWorklist(items, { kind: "task" })).toHaveLength(2);
    expect(
      filterWorklist(items, { urgency: "overdue" })
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["follow_up", "task"]);
    expect(filterWorklist(items, { kind: "task", urgency: "today" })).toHaveLength(1);
    expect(countByKind(items)).toEqual({
      referral: 1,
      task: 2,
      next_step: 0,
      follow_up: 1,
      match: 0,
      answer: 0,
    });
  });
});
