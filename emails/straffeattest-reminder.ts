// The reminder to an association's editor that volunteers' straffeattester run out:
// who, and until when each is valid, with a link to the filtered volunteer list.
// Inline styles and plain structure, as in the citizen email, for every mail client.
import { FONT, escapeHtml, type RenderedEmail } from "./layout";

export interface ExpiringAttest {
  name: string;
  /** "gyldig til og med 21. januar 2027" or "udløb 22. november 2026". */
  when: string;
}

export interface StraffeattestReminder {
  editorName: string;
  associationName: string;
  volunteers: readonly ExpiringAttest[];
  listUrl: string;
}

export function straffeattestReminderEmail(r: StraffeattestReminder): RenderedEmail {
  const count = r.volunteers.length;
  const who = count === 1 ? "1 frivillig" : `${count} frivillige`;
  const subject = `Straffeattest skal fornyes for ${who} i ${r.associationName}`.replace(/\s+/g, " ").trim();
  const intro =
    count === 1
      ? "Straffeattesten for denne frivillige udløber snart eller er udløbet:"
      : "Straffeattesterne for disse frivillige udløber snart eller er udløbet:";
  const after =
    "Når en straffeattest er udløbet, kan den frivillige ikke foreslås til nye borgere. " +
    "Bed om en ny straffeattest, og skriv den nye dato på den frivilliges profil.";
  const greeting = `Kære ${r.editorName}`;
  const e = escapeHtml;
  const p = (html: string) => `<p style="margin:0 0 18px;">${html}</p>`;
  const html = `<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px;font-family:${FONT};font-size:18px;line-height:1.5;color:#1a1a1a;">
${p(`${e(greeting)},`)}
${p(e(intro))}
<ul style="margin:0 0 18px;padding-left:24px;">
${r.volunteers.map((v) => `<li><strong>${e(v.name)}</strong> – ${e(v.when)}</li>`).join("\n")}
</ul>
${p(e(after))}
${p(`<a href="${e(r.listUrl)}" style="color:#0059b3;font-weight:bold;">Se de frivillige i Fællesskabsbro</a>`)}
${p("Venlig hilsen<br>Fællesskabsbro")}
</body>
</html>
`;
  const text = [
    `${greeting},`,
    "",
    intro,
    "",
    ...r.volunteers.map((v) => `- ${v.name} – ${v.when}`),
    "",
    after,
    "",
    r.listUrl,
    "",
    "Venlig hilsen",
    "Fællesskabsbro",
    "",
  ].join("\n");
  return { subject, html, text };
}
