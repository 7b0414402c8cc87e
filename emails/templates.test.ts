// What every email shares, whoever reads it: a Danish HTML document and a plain-text
// part, large type, no images or styles a mail client could drop, and exactly one
// button whose absolute link is also on a line of its own in the text.
import { describe, expect, it } from "vitest";
import type { SuggestionMessage } from "../app/comms/suggestion";
import { invitationEmail } from "./invitation";
import type { RenderedEmail } from "./layout";
import { matchSuggestionEmail } from "./match-suggestion";
import { proposalOverdueEmail } from "./proposal-overdue";
import { straffeattestReminderEmail } from "./straffeattest-reminder";

const APP = "https://faellesskabsbro.demo-kommune.dk";
const suggestion: SuggestionMessage = {
  citizen: { firstName: "Karen", fullName: "Karen Østergaard", addressLines: ["Søndergårdsvej 14", "7800 Skive"] },
  sender: { municipality: "Demo Kommune", department: "Ældre og Sundhed", addressLines: ["Torvegade 3", "7800 Skive"] },
  contact: { name: "Lene Dalgaard", phone: "97102041", hours: "hverdage kl. 9–12" },
  suggestion: { kind: "volunteer", volunteerFirstName: "Birthe", associationName: "Ældre Sagen Skive", interests: [] },
  reply: { url: `${APP}/svar/q3N8xZk2LmP0vR7t`, shortCode: "K7MQ-4PXA", codeUrl: `${APP}/svar`, expiresOn: new Date("2026-12-23T12:00:00Z") },
  date: new Date("2026-11-23T09:00:00Z"),
};

const templates: Record<string, { email: RenderedEmail; action: [string, string] }> = {
  "match suggestion": { email: matchSuggestionEmail(suggestion), action: [suggestion.reply.url, "Svar på forslaget"] },
  invitation: {
    email: invitationEmail({
      name: "Karin Bech",
      role: "association",
      organisation: "Ældre Sagen Skive",
      inviterName: "Birgitte Holm",
      url: `${APP}/invitation/abc`,
      expiresAt: new Date("2026-11-30T10:00:00Z"),
    }),
    action: [`${APP}/invitation/abc`, "Tag imod invitationen"],
  },
  "proposal overdue": {
    email: proposalOverdueEmail({
      associationName: "Ældre Sagen Skive",
      associationPhone: "97521010",
      associationEmail: "skive@example.dk",
      citizenFirstName: "Karen",
      proposed: "besøgsvennen Birthe Hansen",
      deadline: "7. december 2026",
      citizenUrl: `${APP}/borgere/7b1c0c2e-7a53-4b61-9d55-2f4a8f0e9a11`,
    }),
    action: [`${APP}/borgere/7b1c0c2e-7a53-4b61-9d55-2f4a8f0e9a11`, "Åbn Karen i Fællesskabsbro"],
  },
  "straffeattest reminder": {
    email: straffeattestReminderEmail({
      editorName: "Karin Bech",
      associationName: "Ældre Sagen Skive",
      volunteers: [{ name: "Jørgen Ravn", when: "udløb 22. november 2026" }],
      listUrl: `${APP}/frivillige?attest=udloeber`,
    }),
    action: [`${APP}/frivillige?attest=udloeber`, "Se de frivillige"],
  },
};

const buttons = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" style="display:inline-block[^"]*">([^<]*)<\/a>/g)].map(([, href, label]) => [
    href!.replace(/&amp;/g, "&"),
    label,
  ]);

describe.each(Object.entries(templates))("the %s email", (_name, { email, action }) => {
  it("is a Danish HTML document with the subject as its title", () => {
    expect(email.html).toMatch(/^<!DOCTYPE html>\s*<html lang="da">/);
    expect(email.html).toContain('<meta charset="utf-8">');
    expect(email.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(email.html).toContain(`<title>${email.subject.replace(/&/g, "&amp;")}</title>`);
    expect(email.html).not.toMatch(/<img|<style|<link|<script/i);
  });

  it("has one button, to an absolute address, also on its own line in the text", () => {
    expect(buttons(email.html)).toEqual([action]);
    expect(new URL(action[0]).origin).toBe(APP);
    expect(email.text.split("\n")).toContain(action[0]);
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it("uses large type: body 19 px, nothing under 17 px", () => {
    expect(email.html).toContain("font-size:19px");
    const sizes = [...email.html.matchAll(/font-size:(\d+)px/g)].map(([, px]) => Number(px));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(17);
  });
});

describe("the proposal overdue email", () => {
  const { email } = templates["proposal overdue"]!;

  it("says in the heading who has not answered about whom, and how to reach them", () => {
    expect(email.subject).toBe("Ældre Sagen Skive har ikke svaret på forslaget til Karen inden fristen");
    expect(email.html).toContain(">Ældre Sagen Skive har ikke svaret om Karen</h1>");
    expect(email.text).toContain(
      "Foreningen skulle have svaret senest 7. december 2026 på forslaget om besøgsvennen Birthe Hansen til Karen, men har ikke svaret endnu.",
    );
    expect(email.text).toContain("Telefon 97 52 10 10");
    expect(email.html).toContain('href="tel:+4597521010"');
    expect(email.html).toContain('href="mailto:skive@example.dk"');
  });

  it("leaves out a phone or email the association has not given", () => {
    const { html, text } = proposalOverdueEmail({
      associationName: "Klubben",
      associationPhone: "",
      associationEmail: "",
      citizenFirstName: "Karen",
      proposed: "aktiviteten Kortspil",
      deadline: "7. december 2026",
      citizenUrl: `${APP}/borgere/x`,
    });
    expect(html).not.toContain("tel:");
    expect(html).not.toContain("mailto:");
    expect(text).not.toMatch(/Telefon|E-mail/);
  });

  it("escapes names from data", () => {
    const { html, subject } = proposalOverdueEmail({
      associationName: "<b>Klub</b>\r\nBcc: x@example.com",
      associationPhone: "97521010",
      associationEmail: "a@example.dk",
      citizenFirstName: "Karen",
      proposed: "aktiviteten Kortspil",
      deadline: "7. december 2026",
      citizenUrl: `${APP}/borgere/x`,
    });
    expect(html).not.toContain("<b>Klub</b>");
    expect(subject).not.toMatch(/[\r\n]/);
  });
});
