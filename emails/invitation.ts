// The invitation email: who invites, to what, one button, when the link stops
// working. Plain and short, because the reader is often a volunteer who has never
// heard of the platform.
import type { Role } from "../db/schema";
import { assertWebUrl, formatDanishDeadline } from "../app/comms/suggestion";
import { invitationHeadline, roleIntroductions } from "../app/domain/associations/invitations";
import { ACTION, FONT, INK, type RenderedEmail, emailPage, escapeHtml, oneLine } from "./layout";

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
  const p = (html: string, extra = "") => `<p style="margin:0 0 20px;${extra}">${html}</p>`;
  const html = emailPage(
    subject,
    `<h1 style="margin:0 0 24px;font-family:${FONT};font-size:28px;line-height:1.25;font-weight:600;color:${INK};">${e(headline)}</h1>
${p(`${e(greeting)},`)}
${p(e(invited))}
${p(e(intro))}
${p(e(steps), "margin-bottom:14px;")}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px;">
<tr><td style="background-color:${ACTION};border-radius:6px;">
<a href="${e(url)}" style="display:inline-block;padding:18px 32px;font-family:${FONT};font-size:22px;line-height:1.2;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">Tag imod invitationen</a>
</td></tr>
</table>
${p(`<strong>${e(deadline)}</strong>`)}
${p(`Virker knappen ikke? Kopiér dette link ind i din browser:<br><span style="word-break:break-all;">${e(url)}</span>`, "font-size:17px;")}
${p(e(unexpected), "font-size:17px;color:#4a4a4a;")}`,
  );

  const text = [headline, "", `${greeting},`, "", invited, "", intro, "", steps, "", url, "", deadline, "", unexpected, ""].join(
    "\n",
  );
  return { subject, html, text };
}
