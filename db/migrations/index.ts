import type { Migration } from "kysely";
import * as foundation from "./2026-11-23T0900_foundation";
import * as pathway from "./2026-11-23T1200_pathway";
import * as associations from "./2026-11-23T1500_associations";
import * as matchingSettings from "./2026-11-23T1700_matching_settings";
import * as waitingWeight from "./2026-11-23T1800_waiting_weight";
import * as lettersDigitalPost from "./2026-11-23T1900_letters_digital_post";
import * as replyAnswers from "./2026-11-23T2000_reply_answers";
import * as outboxAttempts from "./2026-11-23T2100_outbox_attempts";
import * as failedAttempts from "./2026-11-23T2200_failed_attempts";

// Listed statically rather than read from disk so migrations ship inside the
// server bundle and run the same from `npm start`, the CLIs and the tests.
export const migrations: Record<string, Migration> = {
  "2026-11-23T0900_foundation": foundation,
  "2026-11-23T1200_pathway": pathway,
  "2026-11-23T1500_associations": associations,
  "2026-11-23T1700_matching_settings": matchingSettings,
  "2026-11-23T1800_waiting_weight": waitingWeight,
  "2026-11-23T1900_letters_digital_post": lettersDigitalPost,
  "2026-11-23T2000_reply_answers": replyAnswers,
  "2026-11-23T2100_outbox_attempts": outboxAttempts,
  "2026-11-23T2200_failed_attempts": failedAttempts,
};
