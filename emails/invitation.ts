// The invitation email: who invites, to what, one button, when the link stops
// working. Plain and short, because the reader is often a volunteer who has never
// heard of the platform.
import type { Role } from "../db/schema";
import { assertWebUrl, formatDanishDeadline } from "../app/comms/suggestion";
import { invitationHeadline, roleIntroductions } from "../app/domain/associations/invitations";
import { type RenderedEmail, actionButton, emailHeading, emailPage, escapeHtml, oneLine, paragraph } from "./layout";

export interface InvitationMessage {
  /** The invited person's name as the inviter typed it. */
  name: string;
  role: Role;
  /** The association or municipality the user joins. */
  organisation: string;
  inviterName: string | null;
  url: string;
  expiresAt: Date;
}

export function invitationEmail(msg: InvitationMessage): RenderedEmail {
  const url = assertWebUrl(msg.url);
  const headline = invitationHeadline(oneLine(msg.organisation), msg.role);
  const subject = oneLine(`${headline} i Fællesskabsbro`);
  const firstName = oneLine(msg.name).split(" ")[0] ?? "";
  const greeting = firstName ? `Hej ${firstName}` : "Hej";
  const who = msg.inviterName ? `${oneLine(msg.inviterName)} fra ${oneLine(msg.organisation)}` : oneLine(msg.organisation);
  const invited = `${who} har inviteret dig til Fællesskabsbro, hvor kommunen og foreningerne sammen bygger bro til ældre, der savner fællesskab.`;
  const intro = roleIntroductions[msg.role];
  const steps = "Tryk på knappen, skriv dit navn og vælg en adgangskode. Så er du i gang.";
  const deadline = `Linket virker til og med ${formatDanishDeadline(msg.expiresAt)} og kan kun bruges én gang.`;
  const unexpected = "Har du ikke ventet denne e-mail, kan du bare slette den.";

  const e = escapeHtml;
  const p = paragraph;
  const html = emailPage(
    subject,
    `${emailHeading(headline)}
${p(`${e(greeting)},`)}
${p(e(invited))}
${p(e(intro))}
${p(e(steps), "margin-bottom:14px;")}
${actionButton(url, "Tag imod invitationen")}
${p(`<strong>${e(deadline)}</strong>`)}
${p(`Virker knappen ikke? Kopiér dette link ind i din browser:<br><span style="word-break:break-all;">${e(url)}</span>`, "font-size:17px;")}
${p(e(unexpected), "font-size:17px;color:#4a4a4a;")}`,
  );

  const text = [headline, "", `${greeting},`, "", invited, "", intro, "", steps, "", url, "", deadline, "", unexpected, ""].join(
    "\n",
  );
  return { subject, html, text };
}
