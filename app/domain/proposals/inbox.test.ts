import { describe, expect, it } from "vitest";
import { inboxGroup, mayConfirmFirstVisit } from "./inbox";

describe("the inbox groups", () => {
  it("puts undecided proposals under waiting for an answer", () => {
    expect(inboxGroup({ status: "proposed", answer: null, firstVisitOn: null })).toBe("waiting");
  });

  it("keeps an accepted proposal open until the first visit is confirmed", () => {
    expect(inboxGroup({ status: "accepted", answer: null, firstVisitOn: null })).toBe("first_visit_missing");
    expect(inboxGroup({ status: "accepted", answer: "yes", firstVisitOn: null })).toBe("first_visit_missing");
    expect(inboxGroup({ status: "accepted", answer: "yes", firstVisitOn: "2026-12-03" })).toBe("done");
  });

  it("closes declined proposals and those the citizen said no to", () => {
    expect(inboxGroup({ status: "declined", answer: null, firstVisitOn: null })).toBe("done");
    expect(inboxGroup({ status: "accepted", answer: "no", firstVisitOn: null })).toBe("done");
  });

  it("lets a first visit be confirmed only for accepted proposals the citizen did not refuse", () => {
    expect(mayConfirmFirstVisit({ status: "accepted", answer: "call", firstVisitOn: null })).toBe(true);
    expect(mayConfirmFirstVisit({ status: "accepted", answer: "no", firstVisitOn: null })).toBe(false);
    expect(mayConfirmFirstVisit({ status: "proposed", answer: null, firstVisitOn: null })).toBe(false);
  });
});
