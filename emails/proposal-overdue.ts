// To the citizen's contact person (or every coordinator) when an association has not
// answered a proposed match by its deadline. Staff read it at work; it carries the
// citizen's first name and a link into the app, nothing more about the citizen.
import { escapeHtml, oneLine, type RenderedEmail } from "./layout";

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
  const subject = oneLine(
    `${msg.associationName} har ikke svaret på forslaget til ${msg.citizenFirstName} inden fristen`,
  );
  const lines = [
    `${msg.associationName} skulle have svaret senest ${msg.deadline} på forslaget om ${msg.proposed} til ${msg.citizenFirstName}, men har ikke svaret endnu.`,
    `Kontakt foreningen på telefon ${msg.associationPhone} eller ${msg.associationEmail}, eller find en anden løsning til borgeren.`,
  ];
  const e = escapeHtml;
  const html = `<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family:'IBM Plex Sans', Arial, sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;">
<h1 style="font-size:22px;">${e(subject)}</h1>
${lines.map((l) => `<p>${e(l)}</p>`).join("\n")}
<p><a href="${e(msg.citizenUrl)}" style="color:#0059b3;font-weight:bold;">Åbn borgeren i Fællesskabsbro</a></p>
</body>
</html>
`;
  const text = [subject, "", ...lines, "", `Åbn borgeren: ${msg.citizenUrl}`, ""].join("\n");
  return { subject, html, text };
}
