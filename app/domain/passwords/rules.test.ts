import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "./rules";

const breachedList = new Set(["password", "iloveyou", "love", "dragon", "123456789"]);
const isBreached = (candidate: string) => breachedList.has(candidate.toLowerCase());
const karin = { email: "karin.bech@aeldresagen.dk", name: "Karin Bech" };
const problem = (password: string) => passwordProblem(password, karin, isBreached);

describe("choosing a password", () => {
  it("takes a sentence of several words, with no demand for digits or capitals", () => {
    expect(problem("kaffe på kirkepladsen hver torsdag")).toBeNull();
    expect(problem("rødgrød med fløde")).toBeNull();
  });

  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters and counts each Unicode character once`, () => {
    expect(problem("kort sætning")).toBe("too-short");
    expect(problem("a".repeat(PASSWORD_MIN_LENGTH - 1).replace(/a/g, "æ"))).toBe("too-short");
    // 15 emoji are 30 UTF-16 units but 15 characters: long enough.
    expect(problem("🌻🍰☕🌻🍰☕🌻🍰☕🌻🍰☕🌻🍰☕🎉")).toBeNull();
  });

  it("accepts far more than 64 characters, and refuses only absurd lengths", () => {
    expect(problem("en lang historie om haven ".repeat(4))).toBeNull();
    expect(problem("x".repeat(300))).toBe("too-long");
  });

  it("normalises before counting and comparing, so a full-width breached password is still caught", () => {
    expect(problem("ｐａｓｓｗｏｒｄ１２３４５６７８")).toBe("guessable");
  });

  it("refuses a breached password in any letter case, and one padded with digits or signs", () => {
    expect(problem("PASSWORD12345678")).toBe("guessable");
    expect(problem("!!!iloveyou2026!!!")).toBe("guessable");
    expect(problem("dragon 1234567890")).toBe("guessable");
  });

  it("refuses one short piece repeated", () => {
    expect(problem("passwordpassword")).toBe("guessable");
    expect(problem("abcabcabcabcabcabc")).toBe("guessable");
    expect(problem("aaaaaaaaaaaaaaaa")).toBe("guessable");
  });

  it("refuses the owner's name or email with only a little added", () => {
    expect(problem("KarinBech2026!!!!")).toBe("personal");
    expect(problem("karin.bech@aeldresagen.dk")).toBe("personal");
    expect(problem("bech-karin-123456789")).toBe("personal");
    expect(problem("fællesskabsbro2026!")).toBe("personal");
  });

  it("allows a sentence that merely contains part of the name", () => {
    expect(problem("karin drikker kaffe i haven")).toBeNull();
  });
});
