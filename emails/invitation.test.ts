import { describe, expect, it } from "vitest";
import { invitationEmail, type InvitationMessage } from "./invitation";

const message: InvitationMessage = {
  name: "Karin Bech",
  role: "association",
  organisation: "Ældre Sagen Skive",
  inviterName: "Birgitte Holm",
  url: "https://faellesskabsbro.demo.dk/invitation/q3N8xZk2LmP0vR7tYw4AbC9dEfq3N8xZk2LmP0vR7tY",
  expiresAt: new Date("2026-11-30T10:00:00Z"),
};

describe("invitation email", () => {
  it("says who invites the reader to what, in the subject and the heading", () => {
    const { subject, html } = invitationEmail(message);
    expect(subject).toBe("Ældre Sagen Skive har inviteret dig som foreningsredaktør i Fællesskabsbro");
    expect(html).toContain("<h1");
    expect(html).toContain("Ældre Sagen Skive har inviteret dig som foreningsredaktør</h1>");
  });

  it("greets by first name and names the person who invited", () => {
    const { text } = invitationEmail(message);
    expect(text).toContain("Hej Karin,");
    expect(text).toContain("Birgitte Holm fra Ældre Sagen Skive har inviteret dig");
  });

  it("has exactly one button to the link, and the link in the plain text", () => {
    const { html, text } = invitationEmail(message);
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
    expect(links.map(([, href, label]) => [href, label])).toEqual([[message.url, "Tag imod invitationen"]]);
    expect(text.split("\n")).toContain(message.url);
  });

  it("tells when the link stops working and that it works once", () => {
    expect(invitationEmail(message).text).toContain(
      "Linket virker til og med mandag den 30. november 2026 og kan kun bruges én gang.",
    );
  });

  it("escapes names and keeps the subject on one line", () => {
    const { html, subject } = invitationEmail({ ...message, organisation: "<b>Klub</b>\r\nBcc: x@example.com" });
    expect(html).not.toContain("<b>Klub</b>");
    expect(html).toContain("&lt;b&gt;Klub&lt;/b&gt;");
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => invitationEmail({ ...message, url: "javascript:alert(1)" })).toThrow();
  });
});
