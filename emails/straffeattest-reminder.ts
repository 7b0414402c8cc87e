// The reminder to an association's editor that volunteers' straffeattester run out:
// who, and until when each is valid, with one button to the filtered volunteer list.
// The same card, type and button as every other email.
import { type RenderedEmail, actionButton, emailHeading, emailPage, escapeHtml, oneLine, paragraph } from "./layout";

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
  const subject = oneLine(`Straffeattest skal fornyes for ${who} i ${r.associationName}`);
  const headline = `Straffeattest skal fornyes for ${who}`;
  const intro =
    count === 1
      ? "Straffeattesten for denne frivillige udløber snart eller er udløbet:"
      : "Straffeattesterne for disse frivillige udløber snart eller er udløbet:";
  const after =
    "Når en straffeattest er udløbet, kan den frivillige ikke foreslås til nye borgere. " +
    "Bed om en ny straffeattest, og skriv den nye dato på den frivilliges profil.";
  const greeting = `Kære ${oneLine(r.editorName)}`;
  const e = escapeHtml;
  const html = emailPage(
    subject,
    `${emailHeading(headline)}
${paragraph(`${e(greeting)},`)}
${paragraph(e(intro), "margin-bottom:12px;")}
<ul style="margin:0 0 20px;padding-left:24px;">
${r.volunteers.map((v) => `<li style="margin:0 0 8px;"><strong>${e(v.name)}</strong> – ${e(v.when)}</li>`).join("\n")}
</ul>
${paragraph(e(after))}
${actionButton(r.listUrl, "Se de frivillige")}
${paragraph(`Venlig hilsen<br>Fællesskabsbro`)}`,
  );
  const text = [
    headline,
    "",
    `${greeting},`,
    "",
    intro,
    "",
    ...r.volunteers.map((v) => `- ${v.name} – ${v.when}`),
    "",
    after,
    "",
    "Se de frivillige:",
    r.listUrl,
    "",
    "Venlig hilsen",
    "Fællesskabsbro",
    "",
  ].join("\n");
  return { subject, html, text };
}
