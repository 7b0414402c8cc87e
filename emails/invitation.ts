// The invitation email: who invites, to what, one button, when the link stops
// working. Plain and short, because the reader is often a volunteer who has never
// heard of the platform. Inline styles and tables, no images, as in match-suggestion.
import type { Role } from "../db/schema";
import { assertWebUrl, formatDanishDeadline } from "../app/comms/suggestion";
import { invitationHeadline, roleIntroductions } from "../app/domain/associations/invitations";
import { type RenderedEmail, escapeHtml } from "./match-suggestion";

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

const FONT = "'IBM Plex Sans', Arial, Helvetica, sans-serif";
const INK = "#1a1a1a";
const ACTION = "#0059b3";

const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

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
  const html = `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:620px;background-color:#ffffff;border:1px solid #d6d6d6;border-radius:6px;">
<tr><td style="padding:32px 32px 12px;font-family:${FONT};font-size:19px;line-height:1.55;color:${INK};">
<h1 style="margin:0 0 24px;font-family:${FONT};font-size:28px;line-height:1.25;font-weight:600;color:${INK};">${e(headline)}</h1>
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
${p(e(unexpected), "font-size:17px;color:#4a4a4a;")}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  const text = [headline, "", `${greeting},`, "", invited, "", intro, "", steps, "", url, "", deadline, "", unexpected, ""].join(
    "\n",
  );
  return { subject, html, text };
}
