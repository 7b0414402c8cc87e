import type { SendFailure } from "../../../db/schema";

/** What an SMTP client reports when a message is not accepted (nodemailer's error fields). */
export interface SendError {
  message: string;
  /** nodemailer's error class: ESOCKET, EDNS, ETIMEDOUT, EAUTH, EENVELOPE, EMESSAGE, … */
  code?: string;
  /** The SMTP command that failed: CONN, RCPT TO, DATA, … */
  command?: string;
  responseCode?: number;
  /** The server's reply line, e.g. "550 5.1.1 Mailbox unknown". */
  response?: string;
}

const UNREACHABLE = new Set(["ESOCKET", "ECONNECTION", "ETIMEDOUT", "EDNS", "ETLS", "ECONNREFUSED"]);

/**
 * Sorts a failed delivery by what should happen next. Only the SMTP reply tells a
 * wrong address from a server that is down, so the reply code decides where there is
 * one: 4xx means "try later", 5xx on RCPT TO means this address will never work.
 */
export function classifySendFailure(error: SendError): SendFailure {
  const status = error.responseCode;
  if (status !== undefined && status >= 400 && status < 500) return "temporary";
  if (error.code === "EAUTH") return "auth";
  if (status !== undefined && status >= 500 && status < 600) {
    return error.command === "RCPT TO" || error.code === "EENVELOPE" ? "recipient" : "rejected";
  }
  // No reply at all but an envelope error: the address could not even be parsed.
  if (error.code === "EENVELOPE") return "recipient";
  if ((error.code && UNREACHABLE.has(error.code)) || error.command === "CONN") return "unreachable";
  return "unknown";
}

/**
 * A wrong address or a refused message will be refused again: retrying for a day
 * would only keep the coordinator from hearing about it. Everything else (an outage,
 * a full mailbox, a login problem the administrator fixes) is worth retrying.
 */
export function isPermanent(failure: SendFailure): boolean {
  return failure === "recipient" || failure === "rejected";
}
