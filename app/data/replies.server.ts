import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { type Executor, nowIso } from "./executor";

// The reply link carries a 160-bit token; the letter also prints a short code for
// people who type rather than scan. Only hashes are stored.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
/**
 * How long a reply link and code work: a constant for every municipality, long enough
 * for a letter to arrive, be read aloud by a relative and answered.
 */
export const REPLY_VALID_DAYS = 30;

export interface ReplyCredentials {
  token: string;
  shortCode: string; // formatted "ABCD-EFGH"
  expiresAt: Date;
}

export function newReplyCredentials(now = new Date()): ReplyCredentials {
  const tokenBytes = new Uint8Array(20);
  crypto.getRandomValues(tokenBytes);
  const codeBytes = new Uint8Array(8);
  crypto.getRandomValues(codeBytes);
  const code = Array.from(codeBytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
  return {
    token: encodeBase32LowerCaseNoPadding(tokenBytes),
    shortCode: `${code.slice(0, 4)}-${code.slice(4)}`,
    expiresAt: new Date(now.getTime() + REPLY_VALID_DAYS * 24 * 60 * 60 * 1000),
  };
}

const hash = (value: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(value)));

/** Codes are forgiving about case, spaces and dashes; returns null when it cannot be a code. */
export function normaliseShortCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return /^[A-HJ-NP-Z2-9]{8}$/.test(code) ? code : null;
}

export async function saveReplyCredentials(
  db: Executor,
  proposalId: string,
  credentials: ReplyCredentials,
): Promise<void> {
  await db
    .insertInto("reply_token")
    .values({
      id: crypto.randomUUID(),
      proposal_id: proposalId,
      token_hash: hash(credentials.token),
      code_hash: hash(normaliseShortCode(credentials.shortCode) as string),
      expires_at: credentials.expiresAt.toISOString(),
      created_at: nowIso(),
    })
    .execute();
}

export interface ReplyTarget {
  proposalId: string;
  /** The citizen reached the page by the letter's short code rather than the link. */
  via: "link" | "code";
  expiresAt: string;
  kind: "volunteer" | "activity";
  volunteerFirstName: string | null;
  activityTitle: string | null;
  activityWhen: { weekday: string; startTime: string; endTime: string } | null;
  answer: "yes" | "no" | "call" | null;
}

/** Looks up an unexpired reply by URL token or short code. */
export async function findReply(db: Executor, tokenOrCode: string): Promise<ReplyTarget | null> {
  const code = normaliseShortCode(tokenOrCode);
  const row = await db
    .selectFrom("reply_token")
    .innerJoin("match_proposal", "match_proposal.id", "reply_token.proposal_id")
    .leftJoin("volunteer", "volunteer.id", "match_proposal.volunteer_id")
    .leftJoin("activity", "activity.id", "match_proposal.activity_id")
    .select([
      "reply_token.proposal_id",
      "reply_token.expires_at",
      "match_proposal.kind",
      "match_proposal.answer",
      "volunteer.first_name as volunteer_first_name",
      "activity.title as activity_title",
      "activity.weekday",
      "activity.start_time",
      "activity.end_time",
    ])
    .where(code ? "reply_token.code_hash" : "reply_token.token_hash", "=", hash(code ?? tokenOrCode))
    .executeTakeFirst();
  if (!row || Date.parse(row.expires_at) <= Date.now()) return null;
  return {
    proposalId: row.proposal_id,
    via: code ? "code" : "link",
    expiresAt: row.expires_at,
    kind: row.kind,
    volunteerFirstName: row.volunteer_first_name,
    activityTitle: row.activity_title,
    activityWhen:
      row.weekday && row.start_time && row.end_time
        ? { weekday: row.weekday, startTime: row.start_time, endTime: row.end_time }
        : null,
    answer: row.answer,
  };
}
