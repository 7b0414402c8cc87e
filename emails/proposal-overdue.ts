// To the citizen's contact person (or every coordinator) when an association has not
// answered a proposed match by its deadline. Staff read it at work, often on a phone
// between visits: what happened in the heading, who to call, and one button into the
// app. It carries the citizen's first name and nothing more about the citizen.
import { formatDanishPhone, telHref } from "../app/comms/suggestion";
import { ACTION, type RenderedEmail, actionButton, emailHeading, emailPage, escapeHtml, oneLine, paragraph } from "./layout";

export interface OverdueMessage {
  associationName: string;
  associationPhone: string;
  associationEmail: string;
  citizenFirstName: string;
  /** Who or what was proposed, e.g. "besøgsvennen Birthe Hansen". */
  proposed: string;
  /** "7. december 2026". */
  deadline: string;
  citizenUrl: string;
}

export function proposalOverdueEmail(msg: OverdueMessage): RenderedEmail {
  const association = oneLine(msg.associationName);
  const firstName = oneLine(msg.citizenFirstName);
  const subject = oneLine(`${association} har ikke svaret på forslaget til ${firstName} inden fristen`);
  const headline = `${association} har ikke svaret om ${firstName}`;
  const what = `Foreningen skulle have svaret senest ${msg.deadline} på forslaget om ${msg.proposed} til ${firstName}, men har ikke svaret endnu.`;
  const next = "Ring til foreningen, eller find en anden løsning til borgeren.";
  const phone = formatDanishPhone(msg.associationPhone);
  const email = msg.associationEmail.trim();
  const action = `Åbn ${firstName} i Fællesskabsbro`;

  const e = escapeHtml;
  const link = (href: string, text: string) =>
    `<a href="${e(href)}" style="color:${ACTION};font-weight:bold;white-space:nowrap;">${e(text)}</a>`;
  const html = emailPage(
    subject,
    `${emailHeading(headline)}
${paragraph(e(what))}
${paragraph(e(next))}
${paragraph(
  [
    `<strong>${e(association)}</strong>`,
    ...(phone ? [`Telefon ${link(telHref(msg.associationPhone), phone)}`] : []),
    ...(email ? [`E-mail ${link(`mailto:${email}`, email)}`] : []),
  ].join("<br>"),
)}
${actionButton(msg.citizenUrl, action)}`,
  );
  const text = [
    headline,
    "",
    what,
    "",
    next,
    "",
    association,
    ...(phone ? [`Telefon ${phone}`] : []),
    ...(email ? [`E-mail ${email}`] : []),
    "",
    `${action}:`,
    msg.citizenUrl,
    "",
  ].join("\n");
  return { subject, html, text };
}
