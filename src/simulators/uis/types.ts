import type { CALLS_REPORT_COLUMNS, WireType } from './fields.js';

/**
 * The Data API shapes this simulator sends, written from ../shared/specs/uis-data-api.md (section
 * in each comment) and the CM-RU get.calls_report page, not from the gateway's client: the two
 * sides meet only on the wire. The simulator fills every documented field of a row; an empty value
 * is `null`, an empty array `[]` (§4 "Empty values come back as null").
 */

/** §5 `metadata.limits`; `{}` when the account has no limits applied. */
export interface UisLimits {
  day_limit?: number;
  day_remaining?: number;
  day_reset?: number;
  minute_limit?: number;
  minute_remaining?: number;
  minute_reset?: number;
}

/** §5 `metadata` of get.* answers (and of their errors, under `error.data.metadata`). */
export interface UisMetadata {
  total_items?: number;
  limits?: UisLimits;
}

/** §11.1 the JSON-RPC error object; `data.mnemonic` is the unique key. */
export interface RpcErrorObject {
  code: number;
  message: string;
  data: {
    mnemonic: string;
    field?: string;
    value?: unknown;
    params?: Record<string, unknown>;
    extended_helper?: string;
    metadata?: UisMetadata;
  };
}

/** §12.1 get.account. */
export interface Account {
  app_id: number;
  name: string;
  /** IANA zone; report dates are in it (§10, INFERRED). */
  timezone: string;
}

/** §12.3 get.employees, every field present. */
export interface Employee {
  id: number;
  login: string;
  first_name: string;
  last_name: string;
  patronymic: string | null;
  full_name: string;
  /** Deprecated; available, break, do_not_disturb, not_at_workplace, not_at_work, auto_out_call, unknown. */
  status: string | null;
  status_id: number | null;
  calls_available: boolean;
  allowed_in_call_types: string[];
  allowed_out_call_types: string[];
  in_external_allowed_call_directions: string[];
  in_internal_allowed_call_directions: string[];
  out_external_allowed_call_directions: string[];
  out_internal_allowed_call_directions: string[];
  email: string | null;
  /** all | in | out | off */
  call_recording: string;
  schedule_id: number | null;
  schedule_name: string | null;
  coach: { coach_id: number; coach_full_name: string; coach_always_enabled: boolean } | null;
  groups: Array<{ group_id: number; group_name: string }>;
  /** Up to 10, in dialling priority; `status` active | inactive. */
  phone_numbers: Array<{ phone_id: number; phone_number: string; channels_count: number; dial_time: number; status: string }>;
  extension: { extension_phone_number: string; extension_voice_mail_enabled: boolean; extension_queue_enabled: boolean } | null;
  operator: {
    operator_login: string;
    operator_display_name: string;
    operator_position_id: number | null;
    operator_position_name: string | null;
    operator_offline_message_enabled: boolean;
    operator_invite_to_chat_enabled: boolean;
    operator_chat_enabled: boolean;
    operator_chats_available: boolean;
    operator_sites: Array<{ site_id: number; site_domain_name: string }>;
  } | null;
}

/** §12.4 get.tags. */
export interface Tag {
  id: number;
  name: string;
  is_system: boolean;
}

/** get.calls_report `tags[]` (§12.9 lists the same eight members; the CM-RU calls page agrees). */
export interface CallTag {
  tag_id: number;
  tag_name: string;
  /** auto | manual */
  tag_type: string;
  tag_change_time: string;
  tag_user_id: number | null;
  tag_user_login: string | null;
  tag_employee_id: number | null;
  tag_employee_full_name: string | null;
}

/** get.calls_report `employees[]` (§12.13: `is_talked` included). */
export interface CallEmployee {
  employee_id: number;
  employee_full_name: string;
  is_answered: boolean;
  is_talked: boolean;
}

/** One phrase of `recognized_text` (seeds/002 only; its members as §12.13's `speech_phrases`). */
export interface RecognizedPhrase {
  id: number;
  phrase: string;
  start_time: string;
  is_operator: boolean;
  edited_phrase: string | null;
}

type Scalar<T extends WireType> = T extends 'number' ? number : T extends 'boolean' ? boolean : T extends 'array' ? unknown[] : string;
type Columns = typeof CALLS_REPORT_COLUMNS;

/** Fields every simulated call has a value for (the call's own facts, never empty). */
interface CallFacts {
  id: number;
  start_time: string;
  finish_time: string;
  finish_reason: string;
  direction: string;
  source: string;
  is_lost: boolean;
  is_transfer: boolean;
  contact_phone_number: string;
  communication_id: number;
  communication_type: string;
  wait_duration: number;
  total_wait_duration: number;
  talk_duration: number;
  clean_talk_duration: number;
  total_duration: number;
  virtual_phone_number: string;
}

/** Arrays of objects, typed by their members; plain arrays hold strings. */
interface CallArrays {
  tags: CallTag[];
  employees: CallEmployee[];
  scenario_operations: Array<{ id: number; name: string }>;
  visitor_custom_properties: Array<{ property_name: string; property_value: string }>;
  segments: Array<{ segment_id: number; segment_name: string }>;
  recognized_text: RecognizedPhrase[] | null;
  call_records: string[];
  wav_call_records: string[];
  voice_mail_records: string[];
  attributes: string[];
}

/** A whole get.calls_report row: one member per column of the field table, typed by its doc type. */
export type CallRow = Omit<{ [K in keyof Columns]: Scalar<Columns[K][0]> | null }, keyof CallFacts | keyof CallArrays> &
  CallFacts &
  CallArrays;
