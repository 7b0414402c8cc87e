// What every email template shares. Email clients ignore <style> blocks and external
// CSS unevenly, so every style is inline and the layout uses tables; there are no
// images because many clients block them and a reader should never miss content.

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export const FONT = "'IBM Plex Sans', Arial, Helvetica, sans-serif";
export const INK = "#1a1a1a";
// DKFDS primary blue; white on it has a contrast ratio of about 7:1.
export const ACTION = "#0059b3";

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Subjects are a header: a stray newline from data must never reach it.
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The page around a letter-like email: a grey background and one white card of large type. */
export function emailPage(subject: string, card: string): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:620px;background-color:#ffffff;border:1px solid #d6d6d6;border-radius:6px;">
<tr><td style="padding:32px 32px 12px;font-family:${FONT};font-size:19px;line-height:1.55;color:${INK};">
${card}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** The page's heading, as large as the reader's eye needs to find where to start. */
export function emailHeading(text: string): string {
  return `<h1 style="margin:0 0 24px;font-family:${FONT};font-size:28px;line-height:1.25;font-weight:600;color:${INK};">${escapeHtml(text)}</h1>`;
}

/** The one thing the reader should do: a big button that is a plain link underneath. */
export function actionButton(url: string, label: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px;">
<tr><td style="background-color:${ACTION};border-radius:6px;">
<a href="${escapeHtml(url)}" style="display:inline-block;padding:18px 32px;font-family:${FONT};font-size:22px;line-height:1.2;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a>
</td></tr>
</table>`;
}

/** A paragraph with the card's spacing; `html` is already escaped. */
export function paragraph(html: string, extraStyle = ""): string {
  return `<p style="margin:0 0 20px;${extraStyle}">${html}</p>`;
}
