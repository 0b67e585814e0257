/**
 * UIS Data API v2.0 wire shapes, in the upstream's own spelling (uis-data-api.md §3–§12).
 * Enums are open strings: the two doc generations disagree on spellings (§14), so a value we do
 * not know must still type-check and pass through.
 */

/** `YYYY-MM-DD hh:mm:ss` in the account's time zone (§10; specs/README.md decision 5). */
export type UisDateTime = string;

// ---------------------------------------------------------------------------------------------
// Envelope (§3, §4, §11)

export interface RpcRequest<P = Record<string, unknown>> {
  jsonrpc: '2.0';
  id: string | number;
  method: string;
  params: P;
}

/** §5. `limits` may be `{}` when the account has no limits applied. */
export interface UisLimits {
  day_limit?: number;
  day_remaining?: number;
  day_reset?: number;
  minute_limit?: number;
  minute_remaining?: number;
  minute_reset?: number;
}

export interface UisMetadata {
  total_items?: number;
  limits?: UisLimits;
  /** Undocumented key seen in an example response (§5): always null there. */
  version?: unknown;
  /** Only when the called API version is deprecated (§5). */
  api_version?: { current_version_deprecated: boolean; current_version: string; latest_version: string };
}

export interface RpcErrorData {
  /** The unique error key; handle errors by this, not by `code` (§11.1). */
  mnemonic: string;
  field?: string;
  value?: unknown;
  params?: Record<string, unknown>;
  extended_helper?: string;
  metadata?: UisMetadata;
}

export interface RpcErrorObject {
  code: number;
  message: string;
  data?: RpcErrorData;
}

export interface RpcSuccess<R> {
  jsonrpc: '2.0';
  id: string | number | null;
  result: R;
}

export interface RpcFailure {
  jsonrpc: '2.0';
  id: string | number | null;
  error: RpcErrorObject;
}

export type RpcResponse<R> = RpcSuccess<R> | RpcFailure;

/** `get.*` results (§4). */
export interface ListResult<T> {
  metadata?: UisMetadata;
  data: T[];
}

// ---------------------------------------------------------------------------------------------
// Filters and sorting (§6, §7)

/** Operators of §6. CG-EN documents only the first eleven; the rest are CM-RU only. */
export type FilterOperator =
  | '='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'like'
  | 'ilike'
  | 'not_like'
  | 'not_ilike'
  | 'regexp'
  | 'jsquery'
  | 'in'
  | 'not_in'
  | 'overlap'
  | 'not_overlap'
  | 'is_null'
  | 'is_not_null';

export type FilterValue = string | number | boolean | null | ReadonlyArray<string | number | boolean>;

export interface SimpleFilter {
  field: string;
  operator: FilterOperator;
  /** Optional on the wire: a missing value is treated as empty (§6). */
  value?: FilterValue;
}

/** Nested trees are allowed; always send `condition` (§6: every official example does). */
export interface FilterTree {
  filters: Array<SimpleFilter | FilterTree>;
  condition: 'and' | 'or';
}

export type UisFilter = SimpleFilter | FilterTree;

export interface SortItem {
  field: string;
  /** @default 'asc' */
  order?: 'asc' | 'desc';
}

/** Common params of list methods (§3). `access_token` is added by the client. */
export interface ListParams {
  user_id?: number;
  /** @default 1000, max 10 000 (§8) */
  limit?: number;
  /** @default 0, max 100 000 (§8) */
  offset?: number;
  filter?: UisFilter;
  sort?: SortItem[];
  fields?: string[];
}

// ---------------------------------------------------------------------------------------------
// get.employees (§12.3)

export interface EmployeePhoneNumber {
  phone_id: number;
  phone_number: string;
  channels_count: number;
  dial_time: number;
  /** active | inactive */
  status: string;
}

export interface Employee {
  id?: number;
  login?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  patronymic?: string | null;
  full_name?: string;
  /** Deprecated (§12.3): available, break, do_not_disturb, not_at_workplace, not_at_work, auto_out_call, unknown. */
  status?: string | null;
  status_id?: number | null;
  calls_available?: boolean;
  allowed_in_call_types?: string[];
  allowed_out_call_types?: string[];
  in_external_allowed_call_directions?: string[];
  in_internal_allowed_call_directions?: string[];
  out_external_allowed_call_directions?: string[];
  out_internal_allowed_call_directions?: string[];
  email?: string | null;
  /** all | in | out | off */
  call_recording?: string;
  schedule_id?: number | null;
  schedule_name?: string | null;
  coach?: { coach_id: number; coach_full_name: string; coach_always_enabled: boolean } | null;
  groups?: Array<{ group_id: number; group_name: string }>;
  phone_numbers?: EmployeePhoneNumber[];
  extension?: {
    extension_phone_number: string;
    extension_voice_mail_enabled: boolean;
    extension_queue_enabled: boolean;
  } | null;
  operator?: {
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

// ---------------------------------------------------------------------------------------------
// get.tags (§12.4), get.account (§12.1), tagging (§12.5, §12.6)

export interface Tag {
  id?: number;
  name?: string;
  is_system?: boolean;
}

export interface Account {
  app_id: number;
  name: string;
  /** IANA zone, e.g. `Europe/Moscow`; report dates are in it (§10, INFERRED). */
  timezone: string;
}

/** chat | call | goal | offline_message */
export type CommunicationType = 'call' | 'chat' | 'goal' | 'offline_message' | (string & {});

export interface TagCommunicationParams {
  user_id?: number;
  /** Required unless `communication_ext_id` is given; for calls this is `communication_id`, not `id` (decision 8). */
  communication_id?: number;
  communication_ext_id?: string;
  communication_type: CommunicationType;
  tag_id: number;
}
