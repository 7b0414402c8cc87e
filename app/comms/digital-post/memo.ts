// One letter as a MeMo 1.2 message, the format Digital Post takes (Digitaliseringsstyrelsen,
// "MeMo – Meddelelsesmodel", digitaliser.dk/digital-post/vejledninger/memo).
//
// What we fill in is the minimum the model requires for a letter to a citizen, in the
// schema's element order:
//   Message (memoVersion="1.2"; 1.2 dropped the memoSchVersion attribute)
//     MessageHeader: messageType DIGITALPOST, messageUUID (a v4 UUID), label,
//       mandatory, legalNotification, Sender (senderID, idType CVR, label),
//       Recipient (recipientID, idType CPR, label)
//     MessageBody: createdDateTime (UTC, "Z"), MainDocument (label, File:
//       encodingFormat, filename, language, content as base64)
// A suggestion is neither mandatory post nor a legal notification, and the citizen
// answers on the reply page, not by replying in Digital Post.

export const MEMO_NAMESPACE = "https://DigitalPost.dk/MeMo-1";
export const MEMO_VERSION = "1.2";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const MAX_TEXT = 256; // every free-text element of the header

export interface MemoLetter {
  /** Stable per letter, so a message sent twice is recognised as one. */
  messageUuid: string;
  /** The title the citizen sees in the inbox. */
  label: string;
  sender: { cvr: string; name: string };
  recipient: { cpr: string; name: string };
  createdAt: Date;
  document: { label: string; filename: string; pdf: Uint8Array };
}

export function memoMessageXml(letter: MemoLetter): string {
  if (!UUID_V4.test(letter.messageUuid)) throw new RangeError(`messageUUID must be a v4 UUID: ${letter.messageUuid}`);
  if (!/^\d{8}$/.test(letter.sender.cvr)) throw new RangeError("senderID must be a CVR number of 8 digits");
  if (!/^\d{10}$/.test(letter.recipient.cpr)) throw new RangeError("recipientID must be a CPR number of 10 digits");

  const el = (name: string, value: string) => `<memo:${name}>${escapeXml(value)}</memo:${name}>`;
  const text = (name: string, value: string) => el(name, value.trim().slice(0, MAX_TEXT));
  const created = letter.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const base64 = Buffer.from(letter.document.pdf).toString("base64");

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<memo:Message xmlns:memo="${MEMO_NAMESPACE}" memoVersion="${MEMO_VERSION}">`,
    `  <memo:MessageHeader>`,
    `    ${el("messageType", "DIGITALPOST")}`,
    `    ${el("messageUUID", letter.messageUuid.toLowerCase())}`,
    `    ${text("label", letter.label)}`,
    `    ${el("mandatory", "false")}`,
    `    ${el("legalNotification", "false")}`,
    `    <memo:Sender>`,
    `      ${el("senderID", letter.sender.cvr)}`,
    `      ${el("idType", "CVR")}`,
    `      ${text("label", letter.sender.name)}`,
    `    </memo:Sender>`,
    `    <memo:Recipient>`,
    `      ${el("recipientID", letter.recipient.cpr)}`,
    `      ${el("idType", "CPR")}`,
    `      ${text("label", letter.recipient.name)}`,
    `    </memo:Recipient>`,
    `  </memo:MessageHeader>`,
    `  <memo:MessageBody>`,
    `    ${el("createdDateTime", created)}`,
    `    <memo:MainDocument>`,
    `      ${text("label", letter.document.label)}`,
    `      <memo:File>`,
    `        ${el("encodingFormat", "application/pdf")}`,
    `        ${text("filename", letter.document.filename)}`,
    `        ${el("language", "da")}`,
    `        ${el("content", base64)}`,
    `      </memo:File>`,
    `    </memo:MainDocument>`,
    `  </memo:MessageBody>`,
    `</memo:Message>`,
    ``,
  ].join("\n");
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
