import type { Generated, Insertable, Selectable, Updateable } from "kysely";

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
  created_at: string;
}

export interface AssociationTable {
  id: string;
  municipality_id: string;
  name: string;
  description: string;
  email: string;
  phone: string;
  created_at: string;
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
  lat: number;
  lng: number;
  interests: string; // JSON string[]
  barriers: string; // JSON Barrier[]
  languages: string; // JSON string[]
  slots: string; // JSON Slot[]
  format: "one_to_one" | "group" | "either";
  gender_preference: "female" | "male" | null;
  escort: number;
  narrative: string;
  status: "referred" | "contacted" | "screened" | "in_progress" | "follow_up" | "closed";
  contact_person_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
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
}

export interface ReplyTokenTable {
  id: string;
  proposal_id: string;
  token_hash: string; // hex SHA-256 of the URL token
  code_hash: string; // hex SHA-256 of the normalised short code
  expires_at: string;
  created_at: string;
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
}

export interface LetterTable {
  id: string;
  proposal_id: string;
  citizen_id: string;
  pdf: Uint8Array;
  status: "pending" | "printed";
  created_at: string;
  printed_at: string | null;
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
  outbox: OutboxTable;
  letter: LetterTable;
  audit_log: AuditLogTable;
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
