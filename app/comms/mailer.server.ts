import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { OutboxRow } from "../../db/schema";

export interface OutgoingMail {
  from: string;
  row: OutboxRow;
}

/** What the receiving side said when it took the message. */
export interface SendReceipt {
  /** The SMTP server's reply, e.g. "250 2.0.0 Ok: queued as 4F2"; null for a file. */
  response: string | null;
}

/** Sends one stored message; throws (with nodemailer's error fields) when it was not accepted. */
export type MailSender = (mail: OutgoingMail) => Promise<SendReceipt>;

const toMessage = ({ from, row }: OutgoingMail) => ({
  from,
  to: row.recipient,
  subject: row.subject,
  html: row.html,
  text: row.text,
  // Fixed per outbox row: a retry after a crash is the same message, so
  // receiving systems can recognise the duplicate.
  messageId: row.message_id,
});

// Well inside the worker's five-minute lease, so a hanging server cannot keep one
// worker sending while another claims the same message.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export function smtpSender(smtpUrl: string): MailSender {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS });
  return async (mail) => {
    const info = await transport.sendMail(toMessage(mail));
    // A message to several addresses goes when one is accepted; the refused are noted.
    const rejected = info.rejected.length > 0 ? ` (afvist: ${info.rejected.map(String).join(", ")})` : "";
    return { response: `${info.response}${rejected}` };
  };
}

/**
 * Development: writes each message as an .eml file instead of sending it, so no
 * mail leaves the machine; the app shows the same messages on /admin/udbakke.
 */
export function fileSender(dir: string): MailSender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return async (mail) => {
    const info = await transport.sendMail(toMessage(mail));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${mail.row.id}.eml`), info.message as Buffer);
    return { response: null };
  };
}
