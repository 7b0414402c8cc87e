import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { CloseReason, PathwayStatus } from "../app/domain/pathway/states";

// One interface per table. SQLite has no boolean or array types: flags are 0/1
// integers and lists are JSON text; the repositories in app/data translate.
// Timestamps are ISO-8601 UTC strings, calendar dates are YYYY-MM-DD.

export const roles = [
  "admin",
  "coordinator",
  "homecare",
  "bridge_builder",
  "association",
  "volunteer",
] as const;
export type Role = (typeof roles)[number];

export interface MunicipalityTable {
  id: string;
  name: string;
  department: string;
  address_lines: string; // JSON string[]
  phone: string;
  max_distance_km: number;
  straffeattest_max_age_months: number;
  /** How many working days a new referral may wait before it is overdue. */
  response_target_working_days: Generated<number>;
  clip_budget_month_dkk: Generated<number>;
  /** What an hour of home-care time costs, to price escort and detection clips. */
  clip_hour_cost_dkk: Generated<number>;
  /** Days a bridge-builder has to answer a proposed match before the coordinator is alerted. */
  proposal_response_days: Generated<number>;
  /** The soft score's weights in per cent (interest, distance, time, format, volunteer load, waiting time). */
  weight_interest: Generated<number>;
  weight_distance: Generated<number>;
  weight_time: Generated<number>;
  weight_format: Generated<number>;
  weight_load: Generated<number>;
  weight_waiting: Generated<number>;
  created_at: string;
  /** The municipality's CVR number, the sender of its Digital Post. */
  cvr: string | null;
}

export interface AssociationTable {
  id: string;
  municipality_id: string;
  name: string;
  description: string;
  email: string;
  phone: string;
  created_at: string;
  website: Generated<string>;
  /** The person citizens and the municipality may ask for. */
  contact_name: Generated<string>;
  /** Where the association works, e.g. "Skive by og Fursø-egnen". */
  area: Generated<string>;
  logo: Uint8Array | null;
  logo_type: "image/jpeg" | "image/png" | null;
  updated_at: string | null;
}

/** A user invited by email link; the link's token is stored hashed, once used it is spent. */
export interface InvitationTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipality_id: string;
  association_id: string | null;
  /** Set when a volunteer is invited to log in to their own profile. */
  volunteer_id: string | null;
  token_hash: string; // hex SHA-256 of the URL token
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  user_id: string | null;
}

export interface AppUserTable {
  id: string;
  email: string;
  name: string;
  phone: string;
  role: Role;
  password_hash: string;
  municipality_id: string | null;
  association_id: string | null;
  created_at: string;
  password_changed_at: string;
  /** For the contact card left in the citizen's home, e.g. "Hverdage kl. 8–15". */
  contact_hours: Generated<string>;
  photo: Uint8Array | null;
  photo_type: "image/jpeg" | "image/png" | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  secret_hash: Uint8Array;
  created_at: string;
  last_verified_at: string;
}

export interface ActivityTable {
  id: string;
  association_id: string;
  title: string;
  description: string;
  interests: string; // JSON string[]
  languages: string; // JSON string[]
  weekday: string; // mon..sun
  start_time: string; // HH:MM
  end_time: string; // HH:MM
  address: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
  step_free: number;
  hearing_loop: number;
  accessible_toilet: number;
  transport: number;
  price: number; // whole DKK
  capacity: number;
  status: "active" | "cancelled";
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** RFC 5545 RRULE without DTSTART, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"; weekday agrees. */
  rrule: Generated<string>;
  /** The first date (YYYY-MM-DD); the rule counts from here. */
  starts_on: string;
  ends_on: string | null;
  seating: Generated<number>;
  parking: Generated<number>;
  /** Who the activity is for, in the association's words. */
  target_group: Generated<string>;
  /** The named host ("modtagerven") who welcomes newcomers. */
  host_name: Generated<string>;
  host_phone: Generated<string>;
  cancel_reason: Generated<string>;
  cancelled_at: string | null;
}

/** One occurrence of a recurring activity cancelled or moved; keyed by its planned date. */
export interface ActivityOccurrenceChangeTable {
  id: string;
  activity_id: string;
  on_date: string;
  kind: "cancelled" | "moved";
  new_date: string | null;
  new_start_time: string | null;
  new_end_time: string | null;
  note: string;
  changed_by: string | null;
  created_at: string;
}

export interface VolunteerTable {
  id: string;
  association_id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  gender: "female" | "male" | "other";
  interests: string; // JSON string[]
  languages: string; // JSON string[]
  slots: string; // JSON Slot[]
  area: string;
  lat: number;
  lng: number;
  radius_km: number;
  capacity: number;
  car: number;
  status: "active" | "paused" | "ended";
  tavshedserklaering_signed_on: string | null;
  straffeattest_date: string | null;
  created_at: string;
  updated_at: string;
  /** The volunteer's own login, if they have one. */
  user_id: string | null;
  note: Generated<string>;
  /** When the association was last reminded that the straffeattest runs out. */
  straffeattest_reminded_at: string | null;
}

export interface CitizenTable {
  id: string;
  municipality_id: string;
  first_name: string;
  last_name: string;
  birth_year: number | null;
  phone: string;
  email: string | null;
  contact_channel: "email" | "letter";
  address: string;
  postcode: string;
  city: string;
  /** Null until screening: a referral has an address, not a position. */
  lat: number | null;
  lng: number | null;
  interests: string; // JSON string[]
  barriers: string; // JSON Barrier[]
  languages: string; // JSON string[]
  slots: string; // JSON Slot[]
  format: "one_to_one" | "group" | "either";
  gender_preference: "female" | "male" | null;
  escort: number;
  narrative: string; // the life story, in the citizen's own words
  status: PathwayStatus;
  contact_person_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  network: Generated<string>;
  daily_life: Generated<string>;
  wishes: Generated<string>;
  close_reason: CloseReason | null;
  closed_at: string | null;
}

export type { CloseReason, PathwayStatus };

export type ReferralSource = "homecare" | "gp" | "relative" | "staff" | "self" | "other";

export interface ReferralTable {
  id: string;
  citizen_id: string;
  source: ReferralSource;
  /** Who referred on the citizen's behalf, e.g. the GP's or relative's name. */
  source_name: string;
  signs: string; // JSON string[] of observed signs of loneliness
  consent_to_contact: number;
  /** Minutes of a home-care detection clip (opsporingsklip) used, if any. */
  detection_clip_minutes: number | null;
  note: string;
  referred_by: string;
  referred_at: string;
}

/** Every pathway transition, never deleted: declines are counted from here. */
export interface PathwayEventTable {
  id: string;
  citizen_id: string;
  from_status: PathwayStatus | null;
  to_status: PathwayStatus;
  close_reason: CloseReason | null;
  note: string;
  by_user: string | null;
  at: string;
}

export interface ScreeningDraftTable {
  citizen_id: string;
  user_id: string;
  data: string; // JSON of the screening form as typed
  saved_at: string;
}

/** "First handle" problems (bills, pain, sleep…) as tasks with an owner. */
export interface CitizenTaskTable {
  id: string;
  citizen_id: string;
  title: string;
  owner: string;
  due_date: string | null;
  done_at: string | null;
  done_by: string | null;
  created_by: string | null;
  created_at: string;
}

/** UCLA-3 / T-ILS: three items scored 1–3, total 3–9, 7 or more is severe loneliness. */
export interface LonelinessScoreTable {
  id: string;
  citizen_id: string;
  item_1: number;
  item_2: number;
  item_3: number;
  total: number;
  measured_on: string;
  context: "screening" | "follow_up" | "other";
  recorded_by: string | null;
  created_at: string;
}

export interface GuidanceNoteTable {
  id: string;
  citizen_id: string;
  on_date: string;
  note: string;
  next_step: string;
  next_step_due: string | null;
  next_step_done_at: string | null;
  written_by: string | null;
  created_at: string;
}

/** An escort-clip grant: clips accrue per period, unused ones are saved up to a cap. */
export interface ClipGrantTable {
  id: string;
  citizen_id: string;
  clips_per_period: number;
  period: "week" | "month";
  minutes_per_clip: number;
  purpose: string; // printed for home care
  start_date: string;
  expiry_date: string;
  saved_cap: number;
  granted_by: string | null;
  created_at: string;
}

export interface ClipUseTable {
  id: string;
  grant_id: string;
  used_on: string;
  minutes: number;
  clips: number;
  used_by: string; // the home-care worker who escorted
  what_for: string;
  recorded_by: string | null;
  created_at: string;
}

export interface ActivityEnrolmentTable {
  id: string;
  citizen_id: string;
  activity_id: string;
  status: "active" | "ended";
  enrolled_on: string;
  ended_on: string | null;
  enrolled_by: string | null;
  created_at: string;
}

export interface AttendanceTable {
  id: string;
  enrolment_id: string;
  on_date: string;
  attended: number;
  note: string;
  recorded_by: string | null;
  created_at: string;
}

export type FollowUpKind = "first_visit" | "third_visit" | "four_weeks" | "three_months" | "custom";

export interface FollowUpTable {
  id: string;
  citizen_id: string;
  kind: FollowUpKind;
  due_date: string;
  done_on: string | null;
  /** The citizen's own evaluation, in their words. */
  evaluation: string;
  /** The citizen's own rating of how it goes, 1 (badly) to 5 (very well). */
  wellbeing: number | null;
  outcome: "continue" | "close" | null;
  recorded_by: string | null;
  created_at: string;
}

export interface ConsentTable {
  id: string;
  citizen_id: string;
  scope: "share_with_associations";
  purpose: string;
  text_version: string;
  given_at: string;
  given_by: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

export interface MatchProposalTable {
  id: string;
  citizen_id: string;
  kind: "volunteer" | "activity";
  volunteer_id: string | null;
  activity_id: string | null;
  association_id: string;
  score: number;
  reasons: string; // JSON string[]
  status: "proposed" | "accepted" | "declined";
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  answer: "yes" | "no" | "call" | null;
  answered_at: string | null;
  /** The date the bridge-builder should answer by; after it the coordinator is alerted. */
  respond_by: string;
  overdue_alerted_at: string | null;
  decline_reason: string | null;
  first_visit_on: string | null;
  first_visit_confirmed_by: string | null;
}

/** An association offers a volunteer for a citizen on the shared waiting list. */
export interface WaitingOfferTable {
  id: string;
  citizen_id: string;
  association_id: string;
  volunteer_id: string | null;
  note: string;
  status: "open" | "accepted" | "withdrawn" | "declined";
  offered_by: string | null;
  offered_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface ReplyTokenTable {
  id: string;
  proposal_id: string;
  token_hash: string; // hex SHA-256 of the URL token
  code_hash: string; // hex SHA-256 of the normalised short code
  expires_at: string;
  created_at: string;
}

/** One answer the citizen gave on the reply page; the proposal keeps the latest. */
export interface ReplyAnswerTable {
  id: string;
  proposal_id: string;
  answer: "yes" | "no" | "call";
  /** How the citizen reached the page: the link (email, QR code) or the letter's short code. */
  via: "link" | "code";
  answered_at: string;
  /** The contact person's call-back task, for "Ring til mig". */
  task_id: string | null;
  /** When a coordinator marked the answer as seen; unseen answers stay on the worklist. */
  seen_at: string | null;
  seen_by: string | null;
}

/** A short code that matched nothing, kept for an hour to stop guessing. */
export type FailedAttemptKind = "reply-code" | "login-account" | "login-network";

/** A wrong reply code or a failed login, kept only as long as its limit's window. */
export interface FailedAttemptTable {
  id: Generated<number>;
  kind: FailedAttemptKind;
  /** SHA-256 of the kind and the key (client network, login email), never the key itself. */
  key_hash: string;
  failed_at: string;
}

export interface OutboxTable {
  id: string;
  proposal_id: string | null;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  message_id: string;
  status: "pending" | "sent" | "dead";
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The citizen the message concerns, so their coordinator sees it if it cannot be sent. */
  citizen_id: string | null;
  kind: EmailKind;
}

export const emailKinds = [
  "match_suggestion",
  "proposal_overdue",
  "invitation",
  "straffeattest_reminder",
  "other",
] as const;
export type EmailKind = (typeof emailKinds)[number];

/** One try at handing an outbox message to the SMTP server. */
export interface OutboxAttemptTable {
  id: Generated<number>;
  outbox_id: string;
  /** 1, 2, … per message, counted across resends. */
  attempt: number;
  started_at: string;
  finished_at: string | null;
  /** Null while running; "interrupted" when the worker died before it could say. */
  outcome: "sent" | "failed" | "interrupted" | null;
  failure: SendFailure | null;
  error: string | null;
  /** The server's last reply line, e.g. "250 2.0.0 Ok: queued as 4F2" or "550 5.1.1 …". */
  smtp_response: string | null;
}

export const sendFailures = ["recipient", "rejected", "temporary", "unreachable", "auth", "unknown"] as const;
export type SendFailure = (typeof sendFailures)[number];

export interface LetterTable {
  id: string;
  proposal_id: string;
  citizen_id: string;
  pdf: Uint8Array;
  /** printed: in a batch export (print.pdf and MeMo files); digital_post: sent through the gateway. */
  status: "pending" | "printed" | "digital_post";
  created_at: string;
  printed_at: string | null;
  /** The SuggestionMessage as JSON (app/comms/stored-suggestion.ts); null for letters made before batches. */
  message: string | null;
  export_id: string | null;
  digital_post_sent_at: string | null;
  /** The gateway's last refusal, in Danish, shown to the coordinator. */
  digital_post_error: string | null;
}

/** A citizen's CPR number, kept apart from `citizen` and read only to address Digital Post. */
export interface CitizenCprTable {
  citizen_id: string;
  cpr: string;
  recorded_by: string | null;
  recorded_at: string;
}

/** One batch of letters exported for printing and Digital Post. */
export interface LetterExportTable {
  id: string;
  municipality_id: string | null;
  created_at: string;
  created_by: string | null;
  created_by_name: string;
  via: "app" | "cli";
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: "read" | "search" | "create" | "update" | "export" | "delete";
  entity: string;
  entity_id: string | null;
  purpose: string;
  details: string; // JSON object
}

export interface DB {
  municipality: MunicipalityTable;
  association: AssociationTable;
  app_user: AppUserTable;
  session: SessionTable;
  activity: ActivityTable;
  volunteer: VolunteerTable;
  citizen: CitizenTable;
  consent: ConsentTable;
  match_proposal: MatchProposalTable;
  reply_token: ReplyTokenTable;
  reply_answer: ReplyAnswerTable;
  failed_attempt: FailedAttemptTable;
  outbox: OutboxTable;
  outbox_attempt: OutboxAttemptTable;
  letter: LetterTable;
  letter_export: LetterExportTable;
  citizen_cpr: CitizenCprTable;
  audit_log: AuditLogTable;
  referral: ReferralTable;
  pathway_event: PathwayEventTable;
  screening_draft: ScreeningDraftTable;
  citizen_task: CitizenTaskTable;
  loneliness_score: LonelinessScoreTable;
  guidance_note: GuidanceNoteTable;
  clip_grant: ClipGrantTable;
  clip_use: ClipUseTable;
  activity_enrolment: ActivityEnrolmentTable;
  attendance: AttendanceTable;
  follow_up: FollowUpTable;
  invitation: InvitationTable;
  activity_occurrence_change: ActivityOccurrenceChangeTable;
  waiting_offer: WaitingOfferTable;
}

export type Municipality = Selectable<MunicipalityTable>;
export type Association = Selectable<AssociationTable>;
export type AppUser = Selectable<AppUserTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type NewActivityRow = Insertable<ActivityTable>;
export type VolunteerRow = Selectable<VolunteerTable>;
export type NewVolunteerRow = Insertable<VolunteerTable>;
export type CitizenRow = Selectable<CitizenTable>;
export type NewCitizenRow = Insertable<CitizenTable>;
export type CitizenUpdate = Updateable<CitizenTable>;
export type MatchProposalRow = Selectable<MatchProposalTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type OutboxAttemptRow = Selectable<OutboxAttemptTable>;
