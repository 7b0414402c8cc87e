import { describe, expect, it } from "vitest";
import { answerEffect } from "./answers";

describe("a citizen's answer", () => {
  it("records a first answer; only 'Ring til mig' asks for a call", () => {
    expect(answerEffect("yes", { latest: null, openCallTask: false })).toEqual({ record: true, callTask: false });
    expect(answerEffect("no", { latest: null, openCallTask: false })).toEqual({ record: true, callTask: false });
    expect(answerEffect("call", { latest: null, openCallTask: false })).toEqual({ record: true, callTask: true });
  });

  it("records a change of mind", () => {
    expect(answerEffect("no", { latest: "yes", openCallTask: false })).toEqual({ record: true, callTask: false });
  });

  it("records the same answer only once", () => {
    expect(answerEffect("call", { latest: "call", openCallTask: true })).toEqual({ record: false, callTask: false });
    expect(answerEffect("yes", { latest: "yes", openCallTask: false })).toEqual({ record: false, callTask: false });
  });

  it("does not give the contact person a second call task while the first is open", () => {
    expect(answerEffect("call", { latest: "yes", openCallTask: true })).toEqual({ record: true, callTask: false });
    expect(answerEffect("call", { latest: "yes", openCallTask: false })).toEqual({ record: true, callTask: true });
  });
});
