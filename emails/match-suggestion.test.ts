import { describe, expect, it } from "vitest";
import type { SuggestionMessage } from "../app/comms/suggestion";
import { escapeHtml } from "./layout";
import { matchSuggestionEmail } from "./match-suggestion";

const message: SuggestionMessage = {
  citizen: { firstName: "Karen", fullName: "Karen Østergaard Mikkelsen", addressLines: ["Søndergårdsvej 14", "7800 Skive"] },
  sender: { municipality: "Demo Kommune", department: "Ældre og Sundhed", addressLines: ["Torvegade 3", "7800 Skive"] },
  contact: { name: "Hanne Jensen", phone: "+45 97102041", hours: "Mandag–fredag kl. 9.00–12.00" },
  suggestion: { kind: "volunteer", volunteerFirstName: "Birthe", associationName: "Ældre Sagen Demo", interests: ["Havearbejde"] },
  reply: {
    url: "https://faellesskabsbro.demo.dk/svar/q3N8xZk2LmP0vR7tYw4AbC9dEf",
    shortCode: "K7MQ-4PXA",
    codeUrl: "https://faellesskabsbro.demo.dk/svar",
    expiresOn: new Date("2026-12-07T22:59:00Z"),
  },
  date: new Date("2026-11-23T09:00:00Z"),
};

// What a reader sees: line and block breaks become spaces, inline tags vanish.
const textOf = (html: string) =>
  html
    .replace(/<br>|<\/(p|h1|h2|td|title)>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ");

describe("match suggestion email", () => {
  it("has a subject that names the municipality and the suggestion", () => {
    expect(matchSuggestionEmail(message).subject).toBe("Demo Kommune: Vi har fundet en besøgsven til dig");
    const activity = matchSuggestionEmail({
      ...message,
      suggestion: { kind: "activity", title: "Strikkecafé", associationName: "Ældre Sagen Demo", when: "tirsdage kl. 10", place: "Biblioteket" },
    });
    expect(activity.subject).toBe("Demo Kommune: Vi har fundet en aktivitet til dig");
    expect(activity.text).toContain("Hvornår: tirsdage kl. 10");
  });

  it("keeps a subject on one line whatever the data contains", () => {
    const { subject } = matchSuggestionEmail({ ...message, sender: { ...message.sender, municipality: "Demo\r\nBcc: x@example.com" } });
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it("is a Danish HTML document with one big reply link and no images", () => {
    const { html } = matchSuggestionEmail(message);
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="da">/);
    expect(html).toContain('<meta charset="utf-8">');
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
    const action = links.find(([, , label]) => label === "Svar på forslaget");
    expect(action?.[1]).toBe(message.reply.url);
    expect(links.filter(([, href]) => href === message.reply.url)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<style|<link|<script/i);
  });

  it("uses large text throughout", () => {
    const { html } = matchSuggestionEmail(message);
    const sizes = [...html.matchAll(/font-size:(\d+)px/g)].map(([, px]) => Number(px));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  });

  it("explains the three answers, the deadline and how to reach the contact person", () => {
    const { html, text } = matchSuggestionEmail(message);
    for (const body of [textOf(html), text.replace(/\s+/g, " ")]) {
      expect(body).toContain("Kære Karen");
      expect(body).toContain("Besøgsvennen hedder Birthe og kommer fra Ældre Sagen Demo.");
      expect(body).toContain("Ja tak – så hjælper vi jer");
      expect(body).toMatch(/Nej tak\W+det er helt i orden/);
      expect(body).toMatch(/Ring til mig\W+så ringer Hanne Jensen til dig/);
      expect(body).toContain("Svar senest mandag den 7. december 2026.");
      expect(body).toContain("Du kan også ringe til Hanne Jensen på 97 10 20 41.");
      expect(body).toContain("Telefontid: mandag–fredag kl. 9.00–12.00.");
      expect(body).toContain("K7MQ-4PXA");
    }
    expect(html).toContain('href="tel:+4597102041"');
  });

  it("puts the reply URL on its own line in the plain-text version", () => {
    const { text } = matchSuggestionEmail(message);
    expect(text.split("\n")).toContain(message.reply.url);
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("escapes every value taken from data", () => {
    const hostile: SuggestionMessage = {
      ...message,
      citizen: { ...message.citizen, firstName: "<script>alert(1)</script>" },
      contact: { ...message.contact, name: 'Hanne "onmouseover=alert(1)' },
      suggestion: { ...message.suggestion, kind: "volunteer", volunteerFirstName: "<b>Birthe</b>", associationName: "A & B", interests: [] },
      reply: { ...message.reply, url: 'https://faellesskabsbro.demo.dk/svar/a"b<c' },
    };
    const { html, text } = matchSuggestionEmail(hostile);
    expect(html).not.toContain("<script");
    expect(html).toContain("Kære &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<b>Birthe</b>");
    expect(html).toContain("A &amp; B");
    expect(html).toContain("Hanne &quot;onmouseover=alert(1)");
    expect(html).toContain('href="https://faellesskabsbro.demo.dk/svar/a&quot;b&lt;c"');
    // The plain-text part is not HTML, so it shows the values as they are.
    expect(text).toContain("Kære <script>alert(1)</script>");
  });

  it("refuses a reply link that is not a web address", () => {
    expect(() => matchSuggestionEmail({ ...message, reply: { ...message.reply, url: "javascript:alert(1)" } })).toThrow();
  });

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
