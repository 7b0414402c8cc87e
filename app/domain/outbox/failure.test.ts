import { describe, expect, it } from "vitest";
import { classifySendFailure, isPermanent } from "./failure";

// The error fields below are what nodemailer reported against a real smtp-server.
describe("classifying a failed delivery", () => {
  it("calls a rejected address a recipient problem, which is not retried", () => {
    const failure = classifySendFailure({
      message: "Can't send mail - all recipients were rejected: 550 5.1.1 Mailbox unknown",
      code: "EENVELOPE",
      command: "RCPT TO",
      responseCode: 550,
      response: "550 5.1.1 Mailbox unknown",
    });
    expect(failure).toBe("recipient");
    expect(isPermanent(failure)).toBe(true);
  });

  it("calls an address that cannot be parsed a recipient problem", () => {
    expect(classifySendFailure({ message: "No recipients defined", code: "EENVELOPE", command: "API" })).toBe("recipient");
  });

  it("retries a full mailbox or any other 4xx reply", () => {
    const failure = classifySendFailure({
      message: "Can't send mail - all recipients were rejected: 452 4.2.2 Mailbox full",
      code: "EENVELOPE",
      command: "RCPT TO",
      responseCode: 452,
    });
    expect(failure).toBe("temporary");
    expect(isPermanent(failure)).toBe(false);
  });

  it("calls a message refused after DATA rejected, which is not retried", () => {
    const failure = classifySendFailure({ message: "Message failed", code: "EMESSAGE", command: "DATA", responseCode: 554 });
    expect(failure).toBe("rejected");
    expect(isPermanent(failure)).toBe(true);
  });

  it("retries when the server cannot be reached or its name is unknown", () => {
    for (const error of [
      { message: "connect ECONNREFUSED 127.0.0.1:1", code: "ESOCKET", command: "CONN" },
      { message: "getaddrinfo ENOTFOUND mail.invalid", code: "EDNS", command: "CONN" },
      { message: "Connection timeout", code: "ETIMEDOUT", command: "CONN" },
    ]) {
      expect(classifySendFailure(error)).toBe("unreachable");
    }
    expect(isPermanent("unreachable")).toBe(false);
  });

  it("retries a refused login, a setting the administrator can fix", () => {
    const failure = classifySendFailure({ message: "Invalid login", code: "EAUTH", command: "AUTH PLAIN", responseCode: 535 });
    expect(failure).toBe("auth");
    expect(isPermanent(failure)).toBe(false);
  });

  it("retries what it does not recognise", () => {
    expect(classifySendFailure({ message: "something odd" })).toBe("unknown");
    expect(isPermanent("unknown")).toBe(false);
  });
});
