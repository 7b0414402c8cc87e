import { describe, expect, it } from "vitest";
import { readStoredSuggestion, storeSuggestion } from "./stored-suggestion";
import type { SuggestionMessage } from "./suggestion";

const message: SuggestionMessage = {
  citizen: { firstName: "Ove", fullName: "Ove Æbelø", addressLines: ["Ågade 3", "7790 Thyholm"] },
  sender: { municipality: "Demo Kommune", department: "Ældre og Sundhed", addressLines: ["Torvegade 3", "7800 Skive"] },
  contact: { name: "Hanne Jensen", phone: "97102041" },
  suggestion: { kind: "activity", title: "Strikkecafé", associationName: "Ældre Sagen", when: "tirsdage", place: "Biblioteket" },
  reply: {
    url: "https://demo.dk/svar/abc",
    shortCode: "K7MQ-4PXA",
    codeUrl: "https://demo.dk/svar",
    expiresOn: new Date("2026-12-07T22:59:00Z"),
  },
  date: new Date("2026-11-23T09:00:00Z"),
};

describe("stored suggestion", () => {
  it("reads back the same message, dates as dates", () => {
    expect(readStoredSuggestion(storeSuggestion(message))).toEqual(message);
  });

  it("refuses text that is not a suggestion", () => {
    expect(() => readStoredSuggestion(JSON.stringify({ ...message, date: "i går" }))).toThrow();
    expect(() => readStoredSuggestion("{")).toThrow();
  });
});
