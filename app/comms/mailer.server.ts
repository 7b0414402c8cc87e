import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { OutboxRow } from "../../db/schema";

export interface OutgoingMail {
  from: string;
  row: OutboxRow;
}

/** Sends one stored message; throws when the receiving side did not accept it. */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

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

export function smtpSender(smtpUrl: string): MailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail(toMessage(mail));
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
  };
}
