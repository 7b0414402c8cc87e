// The suggestion email: the same words as the letter, one big action, large type.
import {
  answerOptions,
  assertWebUrl,
  contactHoursText,
  deadlineText,
  displayUrl,
  formatDanishPhone,
  greeting,
  suggestionHeadline,
  suggestionText,
  telHref,
  type SuggestionMessage,
} from "../app/comms/suggestion";
import { ACTION, FONT, INK, type RenderedEmail, emailPage, escapeHtml, oneLine } from "./layout";

export function matchSuggestionEmail(msg: SuggestionMessage): RenderedEmail {
  const url = assertWebUrl(msg.reply.url);
  const headline = suggestionHeadline(msg);
  const subject = oneLine(`${msg.sender.municipality}: ${headline}`);
  const { sentences, facts } = suggestionText(msg);
  const options = answerOptions(msg);
  const deadline = deadlineText(msg);
  const phone = formatDanishPhone(msg.contact.phone);
  const hours = contactHoursText(msg);
  const contactName = msg.contact.name.trim();
  const signature = [contactName, `${msg.sender.municipality}, ${msg.sender.department}`, ...msg.sender.addressLines];

  const e = escapeHtml;
  const p = (html: string, extra = "") => `<p style="margin:0 0 20px;${extra}">${html}</p>`;
  const h2 = (text: string) =>
    `<h2 style="margin:32px 0 12px;font-family:${FONT};font-size:23px;line-height:1.3;font-weight:600;color:${INK};">${e(text)}</h2>`;

  const factsHtml = facts.map((f) => `<strong>${e(f.label)}:</strong> ${e(f.value)}`).join("<br>");
  const optionsHtml = options
    .map(
      (o) =>
        `<tr><td style="padding:0 0 14px;font-family:${FONT};font-size:19px;line-height:1.5;color:${INK};">` +
        `<strong>${e(o.answer)}</strong> – ${e(o.meaning)}</td></tr>`,
    )
    .join("");

  const html = emailPage(
    subject,
    `${p(`${e(msg.sender.municipality)} · ${e(msg.sender.department)}`, "font-size:18px;color:#4a4a4a;")}
<h1 style="margin:0 0 24px;font-family:${FONT};font-size:30px;line-height:1.25;font-weight:600;color:${INK};">${e(headline)}</h1>
${p(e(greeting(msg)))}
${p(e(sentences))}
${factsHtml ? p(factsHtml) : ""}
${h2("Sådan svarer du")}
${p("Tryk på knappen og vælg et af de tre svar:", "margin-bottom:14px;")}
<table role="presentation" cellpadding="0" cellspacing="0" border="0">${optionsHtml}</table>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px;">
<tr><td style="background-color:${ACTION};border-radius:6px;">
<a href="${e(url)}" style="display:inline-block;padding:18px 32px;font-family:${FONT};font-size:22px;line-height:1.2;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">Svar på forslaget</a>
</td></tr>
</table>
${p(`<strong>${e(deadline)}</strong>`)}
${p(
  `Virker knappen ikke? Gå ind på <a href="${e(msg.reply.codeUrl)}" style="color:${ACTION};">${e(displayUrl(msg.reply.codeUrl))}</a> ` +
    `og skriv koden <strong style="letter-spacing:1px;white-space:nowrap;">${e(msg.reply.shortCode)}</strong>.`,
  "font-size:18px;",
)}
${h2("Vil du hellere tale med nogen?")}
${p(
  `Du kan også ringe til ${e(contactName)} på ` +
    `<a href="${e(telHref(msg.contact.phone))}" style="color:${ACTION};white-space:nowrap;font-weight:bold;">${e(phone)}</a>` +
    "." +
    (hours ? `<br>${e(hours)}` : ""),
)}
${p(`Venlig hilsen<br>${signature.map(e).join("<br>")}`, "margin-top:32px;")}`,
  );

  const text = [
    headline,
    "",
    greeting(msg),
    "",
    sentences,
    ...(facts.length > 0 ? ["", ...facts.map((f) => `${f.label}: ${f.value}`)] : []),
    "",
    "SÅDAN SVARER DU",
    "Åbn linket herunder og vælg et af de tre svar:",
    "",
    ...options.map((o) => `- ${o.answer} – ${o.meaning}`),
    "",
    url,
    "",
    deadline,
    "",
    `Virker linket ikke? Gå ind på ${displayUrl(msg.reply.codeUrl)} og skriv koden ${msg.reply.shortCode}.`,
    "",
    `Du kan også ringe til ${contactName} på ${phone}.`,
    ...(hours ? [hours] : []),
    "",
    "Venlig hilsen",
    ...signature,
    "",
  ].join("\n");

  return { subject, html, text };
}
