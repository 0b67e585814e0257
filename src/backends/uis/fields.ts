/**
 * Per-method field metadata of the UIS Data API: which fields exist, their documented type, and
 * whether the method lets you filter (F) or sort (S) by them and returns them by default (D).
 * The gateway validates filters and builds `fields` lists from this; the simulator enforces it.
 *
 * get.calls_report flags are copied from the CM-RU page data_api/report/get_calls_report (the
 * Фильтрация / Сортировка / Ответ по умолчанию columns; seeds/002 is the UIS copy of that page).
 */

export type UisFieldType = 'number' | 'string' | 'boolean' | 'iso8601' | 'enum' | 'array' | 'object';

export interface UisFieldMeta {
  type: UisFieldType;
  filterable: boolean;
  sortable: boolean;
  /** Returned when the request has no `fields` (§9). */
  default: boolean;
  /**
   * For arrays of objects: the member `overlap`/`not_overlap` compares against (tags → tag_id).
   * How the real API matches array-of-object fields is undocumented (§6, §14): INFERRED.
   */
  itemKey?: string;
}

export type FieldTable = Readonly<Record<string, UisFieldMeta>>;

type Flags = '' | 'F' | 'S' | 'D' | 'FS' | 'FD' | 'SD' | 'FSD';

function f(type: UisFieldType, flags: Flags, itemKey?: string): UisFieldMeta {
  return { type, filterable: flags.includes('F'), sortable: flags.includes('S'), default: flags.includes('D'), itemKey };
}

export const CALLS_REPORT_FIELDS: FieldTable = Object.freeze({
  id: f('number', 'FD'),
  start_time: f('iso8601', 'SD'),
  finish_time: f('iso8601', 'D'),
  finish_reason: f('enum', 'FSD'),
  direction: f('enum', 'FSD'),
  cpn_region_id: f('number', 'FSD'),
  cpn_region_name: f('string', 'FSD'),
  cpn_country_name: f('string', 'FSD'),
  cpn_country_id: f('string', 'FSD'),
  properties: f('string', ''),
  scenario_operations: f('array', 'F', 'id'),
  source: f('enum', 'FSD'),
  is_lost: f('boolean', 'FSD'),
  communication_number: f('number', 'FS'),
  communication_page_url: f('string', ''),
  contact_phone_number: f('string', 'FD'),
  communication_id: f('number', 'FD'),
  communication_type: f('enum', 'D'),
  wait_duration: f('number', 'FD'),
  total_wait_duration: f('number', 'FD'),
  lost_call_processing_duration: f('number', 'FS'),
  talk_duration: f('number', 'FD'),
  clean_talk_duration: f('number', 'FD'),
  total_duration: f('number', 'FD'),
  postprocess_duration: f('number', 'F'),
  call_records: f('array', 'D'),
  wav_call_records: f('array', 'D'),
  full_record_file_link: f('string', 'D'),
  voice_mail_records: f('array', ''),
  virtual_phone_number: f('string', 'FSD'),
  ua_client_id: f('string', ''),
  ym_client_id: f('string', ''),
  sale_date: f('iso8601', 'FS'),
  sale_cost: f('number', 'FS'),
  is_transfer: f('boolean', 'FS'),
  search_query: f('string', 'F'),
  search_engine: f('string', 'F'),
  referrer_domain: f('string', 'F'),
  referrer: f('string', 'F'),
  entrance_page: f('string', 'F'),
  gclid: f('string', 'F'),
  yclid: f('string', 'F'),
  ymclid: f('string', ''),
  ef_id: f('string', 'F'),
  channel: f('enum', 'F'),
  // Only in the UIS copy of the page (seeds/002), not in CM-RU or CG-EN: decision 7, never rely on it.
  recognized_text: f('array', '', 'id'),
  tags: f('array', 'F', 'tag_id'),
  employees: f('array', 'F', 'employee_id'),
  last_answered_employee_id: f('number', 'F'),
  last_answered_employee_full_name: f('string', 'F'),
  last_answered_employee_rating: f('number', 'F'),
  first_answered_employee_id: f('number', 'F'),
  first_answered_employee_full_name: f('string', 'F'),
  last_talked_employee_id: f('number', 'F'),
  last_talked_employee_full_name: f('string', 'F'),
  first_talked_employee_id: f('number', 'F'),
  first_talked_employee_full_name: f('string', 'F'),
  operator_phone_number: f('string', 'F'),
  scenario_name: f('string', 'F'),
  scenario_id: f('number', 'FS'),
  site_domain_name: f('string', 'F'),
  site_id: f('number', 'FS'),
  campaign_name: f('string', 'F'),
  campaign_id: f('number', 'FS'),
  visit_other_campaign: f('boolean', ''),
  auto_call_campaign_name: f('string', 'FS'),
  visitor_id: f('number', 'FS'),
  person_id: f('number', 'F'),
  visitor_type: f('enum', 'FS'),
  visitor_session_id: f('number', 'F'),
  visits_count: f('number', 'F'),
  visitor_first_campaign_id: f('number', 'F'),
  visitor_first_campaign_name: f('string', 'F'),
  visitor_city: f('string', 'F'),
  visitor_region: f('string', 'F'),
  visitor_country: f('string', 'F'),
  visitor_device: f('enum', 'FS'),
  visitor_custom_properties: f('array', 'F', 'property_name'),
  segments: f('array', 'F', 'segment_id'),
  call_api_request_id: f('number', 'F'),
  call_api_external_id: f('string', 'F'),
  contact_id: f('number', 'F'),
  contact_full_name: f('string', 'F'),
  utm_source: f('string', 'F'),
  utm_medium: f('string', 'F'),
  utm_term: f('string', 'F'),
  utm_content: f('string', 'F'),
  utm_campaign: f('string', 'F'),
  openstat_ad: f('string', 'F'),
  openstat_campaign: f('string', 'F'),
  openstat_service: f('string', 'F'),
  openstat_source: f('string', 'F'),
  attributes: f('array', 'F'),
  eq_utm_source: f('string', 'F'),
  eq_utm_medium: f('string', 'F'),
  eq_utm_term: f('string', 'F'),
  eq_utm_content: f('string', 'F'),
  eq_utm_campaign: f('string', 'F'),
  eq_utm_referrer: f('string', 'F'),
  eq_utm_expid: f('string', 'F'),
  source_id: f('number', 'FS'),
  source_name: f('string', 'FS'),
  source_new: f('string', 'FS'),
  channel_new: f('string', 'FS'),
  channel_code: f('string', 'FS'),
  ext_id: f('string', 'FS'),
});

/**
 * get.employees (§12.3). The page has no default column: omitting `fields` returns all (INFERRED),
 * so every field is marked default here.
 */
export const EMPLOYEES_FIELDS: FieldTable = Object.freeze({
  id: f('number', 'FD'),
  login: f('string', 'FSD'),
  first_name: f('string', 'FSD'),
  last_name: f('string', 'FSD'),
  patronymic: f('string', 'SD'),
  full_name: f('string', 'FSD'),
  status: f('enum', 'FD'),
  status_id: f('number', 'FD'),
  calls_available: f('boolean', 'FSD'),
  allowed_in_call_types: f('array', 'FD'),
  allowed_out_call_types: f('array', 'FD'),
  in_external_allowed_call_directions: f('array', 'FD'),
  in_internal_allowed_call_directions: f('array', 'FD'),
  out_external_allowed_call_directions: f('array', 'FD'),
  out_internal_allowed_call_directions: f('array', 'FD'),
  email: f('string', 'FD'),
  call_recording: f('enum', 'FD'),
  schedule_id: f('number', 'FD'),
  schedule_name: f('string', 'FD'),
  coach: f('object', 'FD'),
  groups: f('array', 'FD', 'group_id'),
  phone_numbers: f('array', 'FD', 'phone_number'),
  extension: f('object', 'FD'),
  operator: f('object', 'D'),
});

/** get.tags (§12.4); no default column, so all are returned without `fields` (INFERRED). */
export const TAGS_FIELDS: FieldTable = Object.freeze({
  id: f('number', 'FD'),
  name: f('string', 'FSD'),
  is_system: f('boolean', 'FSD'),
});

/** The list methods that take filter / sort / fields, with their tables. */
export const LIST_METHOD_FIELDS = Object.freeze({
  'get.calls_report': CALLS_REPORT_FIELDS,
  'get.employees': EMPLOYEES_FIELDS,
  'get.tags': TAGS_FIELDS,
});

export type ListMethod = keyof typeof LIST_METHOD_FIELDS;

export function fieldNames(table: FieldTable): string[] {
  return Object.keys(table);
}

export function defaultFields(table: FieldTable): string[] {
  return Object.keys(table).filter((name) => table[name].default);
}

export function filterableFields(table: FieldTable): string[] {
  return Object.keys(table).filter((name) => table[name].filterable);
}

export function sortableFields(table: FieldTable): string[] {
  return Object.keys(table).filter((name) => table[name].sortable);
}

/**
 * Every documented calls_report field: what a client asks for when it wants the whole row.
 * `recognized_text` is left out: no current official page lists it (decision 7).
 */
export const ALL_CALLS_REPORT_FIELDS: readonly string[] = Object.freeze(
  fieldNames(CALLS_REPORT_FIELDS).filter((name) => name !== 'recognized_text'),
);
