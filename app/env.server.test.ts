import { describe, expect, it } from "vitest";
import { mailboxAddress, parseEnv } from "./env.server";

describe("mail settings in the environment", () => {
  it("accepts smtp:// and smtps:// URLs, with or without a login", () => {
    expect(parseEnv({ SMTP_URL: "smtp://bruger:hemmelig@mail.kommune.dk:587" }).SMTP_URL).toBe(
      "smtp://bruger:hemmelig@mail.kommune.dk:587",
    );
    expect(parseEnv({ SMTP_URL: "smtps://mail.kommune.dk" }).SMTP_URL).toBe("smtps://mail.kommune.dk");
  });

  it("treats an empty SMTP_URL as unset, so mail goes to files", () => {
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("refuses another scheme or a bare host name, saying what to write and not echoing the value", () => {
    for (const value of ["http://mail.kommune.dk", "mail.kommune.dk", "smtp//mail"]) {
      expect(() => parseEnv({ SMTP_URL: value })).toThrow(
        "Invalid environment: SMTP_URL: use smtp://user:password@host:587 or smtps://user:password@host:465",
      );
    }
    expect(() => parseEnv({ SMTP_URL: "ftp://bruger:hemmelig@x" })).not.toThrow(/hemmelig/);
  });

  it("accepts a sender as an address or a name with an address", () => {
    expect(parseEnv({}).MAIL_FROM).toBe("Fællesskabsbro <ikke-svar@demo-kommune.dk>");
    expect(mailboxAddress("Fællesskabsbro <ikke-svar@skive.dk>")).toBe("ikke-svar@skive.dk");
    expect(mailboxAddress('"Skive Kommune, Ældre" <ikke-svar@skive.dk>')).toBe("ikke-svar@skive.dk");
    expect(mailboxAddress("ikke-svar@skive.dk")).toBe("ikke-svar@skive.dk");
  });

  it("refuses a sender without a valid address", () => {
    for (const value of ["Fællesskabsbro", "ikke-svar@", "Fællesskabsbro <ikke-svar>", "a@b c@d"]) {
      expect(mailboxAddress(value)).toBeNull();
      expect(() => parseEnv({ MAIL_FROM: value })).toThrow(/^Invalid environment: MAIL_FROM: use an email address/);
    }
  });
});
