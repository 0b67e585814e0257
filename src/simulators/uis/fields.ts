/**
 * Per-method field tables of the simulated Data API: each field's documented type and whether the
 * method filters (F), sorts (S) and returns it by default (D) — the three «Фильтрация / Сортировка /
 * Ответ по умолчанию» columns of the docs, written as three positions ('F.D' = filter, no sort,
 * default). The simulator enforces them (§6 filter_prohibited, §7 sort_prohibited, §9 defaults).
 *
 * get.calls_report is taken from the CM-RU page data_api/report/get_calls_report («Параметры
 * ответа», comagic.github.io at f43e2b4, the commit uis-data-api.md §0 cites), the others from
 * uis-data-api.md §12.3 and §12.4. `itemKey` names the member of an array of objects that the
 * array operators (`overlap`, `in`, …) compare: how the real API matches those is undocumented
 * (§6, §14), so that part is INFERRED.
 */

export type WireType = 'number' | 'string' | 'boolean' | 'iso8601' | 'enum' | 'array' | 'object';
type Flags = `${'F' | '.'}${'S' | '.'}${'D' | '.'}`;
type Column = readonly [WireType, Flags, string?];

export interface FieldMeta {
  type: WireType;
  filterable: boolean;
  sortable: boolean;
  /** Returned when the request names no `fields` (§9). */
  default: boolean;
  itemKey?: string;
}

export type FieldTable = Readonly<Record<string, FieldMeta>>;

function table(columns: Readonly<Record<string, Column>>): FieldTable {
  const out: Record<string, FieldMeta> = {};
  for (const [name, [type, flags, itemKey]] of Object.entries(columns)) {
    out[name] = { type, filterable: flags[0] === 'F', sortable: flags[1] === 'S', default: flags[2] === 'D', itemKey };
  }
  return Object.freeze(out);
}

/** get.calls_report, in the page's order. */
export const CALLS_REPORT_COLUMNS = {
  id: ['number', 'F.D'],
  start_time: ['iso8601', '.SD'],
  finish_time: ['iso8601', '..D'],
  finish_reason: ['enum', 'FSD'],
  direction: ['enum', 'FSD'],
  cpn_region_id: ['number', 'FSD'],
  cpn_region_name: ['string', 'FSD'],
  cpn_country_name: ['string', 'FSD'],
  cpn_country_id: ['string', 'FSD'],
  properties: ['string', '...'],
  scenario_operations: ['array', 'F..', 'id'],
  source: ['enum', 'FSD'],
  is_lost: ['boolean', 'FSD'],
  communication_number: ['number', 'FS.'],
  communication_page_url: ['string', '...'],
  contact_phone_number: ['string', 'F.D'],
  communication_id: ['number', 'F.D'],
  communication_type: ['enum', '..D'],
  wait_duration: ['number', 'F.D'],
  total_wait_duration: ['number', 'F.D'],
  lost_call_processing_duration: ['number', 'FS.'],
  talk_duration: ['number', 'F.D'],
  clean_talk_duration: ['number', 'F.D'],
  total_duration: ['number', 'F.D'],
  postprocess_duration: ['number', 'F..'],
  call_records: ['array', '..D'],
  wav_call_records: ['array', '..D'],
  full_record_file_link: ['string', '..D'],
  voice_mail_records: ['array', '...'],
  virtual_phone_number: ['string', 'FSD'],
  ua_client_id: ['string', '...'],
  ym_client_id: ['string', '...'],
  sale_date: ['iso8601', 'FS.'],
  sale_cost: ['number', 'FS.'],
  is_transfer: ['boolean', 'FS.'],
  search_query: ['string', 'F..'],
  search_engine: ['string', 'F..'],
  referrer_domain: ['string', 'F..'],
  referrer: ['string', 'F..'],
  entrance_page: ['string', 'F..'],
  gclid: ['string', 'F..'],
  yclid: ['string', 'F..'],
  ymclid: ['string', '...'],
  ef_id: ['string', 'F..'],
  channel: ['enum', 'F..'],
  // Not on the CM-RU page: only the UIS copy (seeds/002) lists it; decision 7 of specs/README.md.
  recognized_text: ['array', '...', 'id'],
  tags: ['array', 'F..', 'tag_id'],
  employees: ['array', 'F..', 'employee_id'],
  last_answered_employee_id: ['number', 'F..'],
  last_answered_employee_full_name: ['string', 'F..'],
  last_answered_employee_rating: ['number', 'F..'],
  first_answered_employee_id: ['number', 'F..'],
  first_answered_employee_full_name: ['string', 'F..'],
  last_talked_employee_id: ['number', 'F..'],
  last_talked_employee_full_name: ['string', 'F..'],
  first_talked_employee_id: ['number', 'F..'],
  first_talked_employee_full_name: ['string', 'F..'],
  operator_phone_number: ['string', 'F..'],
  scenario_name: ['string', 'F..'],
  scenario_id: ['number', 'FS.'],
  site_domain_name: ['string', 'F..'],
  site_id: ['number', 'FS.'],
  campaign_name: ['string', 'F..'],
  campaign_id: ['number', 'FS.'],
  visit_other_campaign: ['boolean', '...'],
  auto_call_campaign_name: ['string', 'FS.'],
  visitor_id: ['number', 'FS.'],
  person_id: ['number', 'F..'],
  visitor_type: ['enum', 'FS.'],
  visitor_session_id: ['number', 'F..'],
  visits_count: ['number', 'F..'],
  visitor_first_campaign_id: ['number', 'F..'],
  visitor_first_campaign_name: ['string', 'F..'],
  visitor_city: ['string', 'F..'],
  visitor_region: ['string', 'F..'],
  visitor_country: ['string', 'F..'],
  visitor_device: ['enum', 'FS.'],
  visitor_custom_properties: ['array', 'F..', 'property_name'],
  segments: ['array', 'F..', 'segment_id'],
  call_api_request_id: ['number', 'F..'],
  call_api_external_id: ['string', 'F..'],
  contact_id: ['number', 'F..'],
  contact_full_name: ['string', 'F..'],
  utm_source: ['string', 'F..'],
  utm_medium: ['string', 'F..'],
  utm_term: ['string', 'F..'],
  utm_content: ['string', 'F..'],
  utm_campaign: ['string', 'F..'],
  openstat_ad: ['string', 'F..'],
  openstat_campaign: ['string', 'F..'],
  openstat_service: ['string', 'F..'],
  openstat_source: ['string', 'F..'],
  attributes: ['array', 'F..'],
  eq_utm_source: ['string', 'F..'],
  eq_utm_medium: ['string', 'F..'],
  eq_utm_term: ['string', 'F..'],
  eq_utm_content: ['string', 'F..'],
  eq_utm_campaign: ['string', 'F..'],
  eq_utm_referrer: ['string', 'F..'],
  eq_utm_expid: ['string', 'F..'],
  source_id: ['number', 'FS.'],
  source_name: ['string', 'FS.'],
  source_new: ['string', 'FS.'],
  channel_new: ['string', 'FS.'],
  channel_code: ['string', 'FS.'],
  ext_id: ['string', 'FS.'],
} as const satisfies Record<string, Column>;

/**
 * get.employees (§12.3). The page has no default column: without `fields` every field comes back
 * (INFERRED), so all are marked default.
 */
const EMPLOYEES_COLUMNS = {
  id: ['number', 'F.D'],
  login: ['string', 'FSD'],
  first_name: ['string', 'FSD'],
  last_name: ['string', 'FSD'],
  patronymic: ['string', '.SD'],
  full_name: ['string', 'FSD'],
  status: ['enum', 'F.D'],
  status_id: ['number', 'F.D'],
  calls_available: ['boolean', 'FSD'],
  allowed_in_call_types: ['array', 'F.D'],
  allowed_out_call_types: ['array', 'F.D'],
  in_external_allowed_call_directions: ['array', 'F.D'],
  in_internal_allowed_call_directions: ['array', 'F.D'],
  out_external_allowed_call_directions: ['array', 'F.D'],
  out_internal_allowed_call_directions: ['array', 'F.D'],
  email: ['string', 'F.D'],
  call_recording: ['enum', 'F.D'],
  schedule_id: ['number', 'F.D'],
  schedule_name: ['string', 'F.D'],
  coach: ['object', 'F.D'],
  groups: ['array', 'F.D', 'group_id'],
  phone_numbers: ['array', 'F.D', 'phone_number'],
  extension: ['object', 'F.D'],
  operator: ['object', '..D'],
} as const satisfies Record<string, Column>;

/** get.tags (§12.4); no default column either, so all are returned without `fields` (INFERRED). */
const TAGS_COLUMNS = {
  id: ['number', 'F.D'],
  name: ['string', 'FSD'],
  is_system: ['boolean', 'FSD'],
} as const satisfies Record<string, Column>;

export const CALLS_REPORT_FIELDS = table(CALLS_REPORT_COLUMNS);
export const EMPLOYEES_FIELDS = table(EMPLOYEES_COLUMNS);
export const TAGS_FIELDS = table(TAGS_COLUMNS);

export function defaultFields(fields: FieldTable): string[] {
  return Object.keys(fields).filter((name) => fields[name].default);
}
