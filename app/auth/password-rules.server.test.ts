import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, users } from "../../db/demo-data";
import { isBreachedPassword, newPasswordRefusal } from "./password-rules.server";

describe("the bundled breached-password list", () => {
  it("holds the common passwords, compared without regard to case", () => {
    expect(isBreachedPassword("123456")).toBe(true);
    expect(isBreachedPassword("Password")).toBe(true);
    expect(isBreachedPassword("TRUSTNO1")).toBe(true);
    expect(isBreachedPassword("kaffe på kirkepladsen")).toBe(false);
  });

  it("refuses a long breached password with a Danish reason", () => {
    expect(newPasswordRefusal("PolniyPizdec0211", { email: "a@example.dk", name: "A B" })).toMatch(/lækkede adgangskoder/);
  });
});

describe("the demo password", () => {
  it.each(users.map((u) => [u.email, u.name]))("passes the rules for %s", (email, name) => {
    expect(newPasswordRefusal(DEMO_PASSWORD, { email, name })).toBeNull();
  });
});
