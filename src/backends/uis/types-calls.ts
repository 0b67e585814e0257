import type { ListParams, UisDateTime } from './types.js';

/**
 * get.calls_report wire shapes (uis-data-api.md §12.13; the CM-RU page
 * data_api/report/get_calls_report; seeds/002 is its UIS copy), in the upstream's spelling.
 * Kept apart from types.ts only for size; the method map in types-methods.ts refers to these.
 */

export interface CallsReportParams extends ListParams {
  date_from: UisDateTime;
  date_till: UisDateTime;
  include_ongoing_calls?: boolean;
  /** Required by the client (§9: defaults leave out tags, employees, contact, site, UTM). */
  fields: string[];
}

export interface CallTag {
  tag_id: number;
  tag_name: string;
  /** auto | manual */
  tag_type: string;
  tag_change_time: UisDateTime;
  tag_user_id: number | null;
  tag_user_login: string | null;
  tag_employee_id: number | null;
  tag_employee_full_name: string | null;
}

export interface CallEmployee {
  employee_id: number;
  employee_full_name: string;
  is_answered: boolean;
  is_talked: boolean;
}

export interface RecognizedPhrase {
  id: number;
  phrase: string;
  start_time: UisDateTime;
  is_operator: boolean;
  edited_phrase: string | null;
}

/**
 * One call session. Every field is optional because `fields` selects which ones come back (§9);
 * a selected field that has no value is `null` (§4).
 */
export interface CallsReportRow {
  id?: number;
  start_time?: UisDateTime;
  finish_time?: UisDateTime;
  finish_reason?: string;
  /** in | out */
  direction?: string;
  cpn_region_id?: number | null;
  cpn_region_name?: string | null;
  cpn_country_name?: string | null;
  cpn_country_id?: string | null;
  properties?: string | null;
  scenario_operations?: Array<{ id: number; name: string }>;
  source?: string;
  is_lost?: boolean;
  communication_number?: number | null;
  communication_page_url?: string | null;
  contact_phone_number?: string | null;
  communication_id?: number;
  /** Always `call` here. */
  communication_type?: string;
  wait_duration?: number;
  total_wait_duration?: number;
  lost_call_processing_duration?: number | null;
  talk_duration?: number;
  clean_talk_duration?: number;
  total_duration?: number;
  postprocess_duration?: number | null;
  call_records?: string[];
  wav_call_records?: string[];
  full_record_file_link?: string | null;
  voice_mail_records?: string[];
  virtual_phone_number?: string | null;
  ua_client_id?: string | null;
  ym_client_id?: string | null;
  sale_date?: UisDateTime | null;
  sale_cost?: number | null;
  is_transfer?: boolean;
  search_query?: string | null;
  search_engine?: string | null;
  referrer_domain?: string | null;
  referrer?: string | null;
  entrance_page?: string | null;
  gclid?: string | null;
  yclid?: string | null;
  ymclid?: string | null;
  ef_id?: string | null;
  channel?: string | null;
  /** In the UIS copy of the docs only; never rely on it (specs/README.md decision 7). */
  recognized_text?: RecognizedPhrase[] | null;
  tags?: CallTag[];
  employees?: CallEmployee[];
  last_answered_employee_id?: number | null;
  last_answered_employee_full_name?: string | null;
  last_answered_employee_rating?: number | null;
  first_answered_employee_id?: number | null;
  first_answered_employee_full_name?: string | null;
  last_talked_employee_id?: number | null;
  last_talked_employee_full_name?: string | null;
  first_talked_employee_id?: number | null;
  first_talked_employee_full_name?: string | null;
  operator_phone_number?: string | null;
  scenario_name?: string | null;
  scenario_id?: number | null;
  site_domain_name?: string | null;
  site_id?: number | null;
  campaign_name?: string | null;
  campaign_id?: number | null;
  visit_other_campaign?: boolean | null;
  auto_call_campaign_name?: string | null;
  visitor_id?: number | null;
  person_id?: number | null;
  visitor_type?: string | null;
  visitor_session_id?: number | null;
  visits_count?: number | null;
  visitor_first_campaign_id?: number | null;
  visitor_first_campaign_name?: string | null;
  visitor_city?: string | null;
  visitor_region?: string | null;
  visitor_country?: string | null;
  visitor_device?: string | null;
  visitor_custom_properties?: Array<{ property_name: string; property_value: string }>;
  segments?: Array<{ segment_id: number; segment_name: string }>;
  call_api_request_id?: number | null;
  call_api_external_id?: string | null;
  contact_id?: number | null;
  contact_full_name?: string | null;
  utm_source?: string | null;
  utm_medium?: string | null;
  utm_term?: string | null;
  utm_content?: string | null;
  utm_campaign?: string | null;
  openstat_ad?: string | null;
  openstat_campaign?: string | null;
  openstat_service?: string | null;
  openstat_source?: string | null;
  attributes?: string[];
  eq_utm_source?: string | null;
  eq_utm_medium?: string | null;
  eq_utm_term?: string | null;
  eq_utm_content?: string | null;
  eq_utm_campaign?: string | null;
  eq_utm_referrer?: string | null;
  eq_utm_expid?: string | null;
  source_id?: number | null;
  source_name?: string | null;
  source_new?: string | null;
  channel_new?: string | null;
  channel_code?: string | null;
  ext_id?: string | null;
}
