/**
 * Which get.calls_report fields each GraphQL field of `Call` needs. get.calls_report is always sent
 * with an explicit `fields` list built from the selection (§9: tags, employees, site, UTM and more
 * are not default fields), so this table is the one place that ties the two namings together.
 * Grouped objects (scenario, visitor, attribution…) ask for their whole group: a handful of
 * columns, and no second walk of the selection.
 */
export const CALL_FIELD_MAP: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // The global ID carries the session id and its start time (shapes.ts callKey).
  id: ['id', 'start_time'],
  callSessionId: ['id'],
  communicationId: ['communication_id'],
  communicationType: ['communication_type'],
  communicationNumber: ['communication_number'],
  communicationPageUrl: ['communication_page_url'],
  startTime: ['start_time'],
  finishTime: ['finish_time'],
  direction: ['direction'],
  directionRaw: ['direction'],
  finishReason: ['finish_reason'],
  isLost: ['is_lost'],
  isTransfer: ['is_transfer'],
  waitDuration: ['wait_duration'],
  totalWaitDuration: ['total_wait_duration'],
  talkDuration: ['talk_duration'],
  cleanTalkDuration: ['clean_talk_duration'],
  totalDuration: ['total_duration'],
  postprocessDuration: ['postprocess_duration'],
  lostCallProcessingDuration: ['lost_call_processing_duration'],
  contactPhoneNumber: ['contact_phone_number'],
  virtualPhoneNumber: ['virtual_phone_number'],
  operatorPhoneNumber: ['operator_phone_number'],
  region: ['cpn_region_id', 'cpn_region_name', 'cpn_country_id', 'cpn_country_name'],
  // Recording URLs are built from communication_id and the record ids (§12.13 URL templates).
  recordings: ['communication_id', 'call_records', 'wav_call_records', 'voice_mail_records'],
  fullRecordFileLink: ['full_record_file_link'],
  source: ['source'],
  scenario: ['scenario_id', 'scenario_name', 'scenario_operations'],
  site: ['site_id', 'site_domain_name'],
  campaign: ['campaign_id', 'campaign_name', 'visit_other_campaign'],
  autoCallCampaignName: ['auto_call_campaign_name'],
  visitor: [
    'visitor_id', 'person_id', 'visitor_type', 'visitor_session_id', 'visits_count', 'visitor_first_campaign_id',
    'visitor_first_campaign_name', 'visitor_city', 'visitor_region', 'visitor_country', 'visitor_device',
    'visitor_custom_properties', 'segments', 'ua_client_id', 'ym_client_id',
  ],
  attribution: [
    'utm_source', 'utm_medium', 'utm_term', 'utm_content', 'utm_campaign', 'openstat_ad', 'openstat_campaign',
    'openstat_service', 'openstat_source', 'eq_utm_source', 'eq_utm_medium', 'eq_utm_term', 'eq_utm_content',
    'eq_utm_campaign', 'eq_utm_referrer', 'eq_utm_expid', 'search_query', 'search_engine', 'referrer_domain', 'referrer',
    'entrance_page', 'gclid', 'yclid', 'ymclid', 'ef_id', 'channel', 'source_id', 'source_name', 'source_new',
    'channel_new', 'channel_code', 'attributes',
  ],
  sale: ['sale_date', 'sale_cost'],
  contact: ['contact_id', 'contact_full_name'],
  extId: ['ext_id'],
  callApiRequestId: ['call_api_request_id'],
  callApiExternalId: ['call_api_external_id'],
  properties: ['properties'],
  employees: ['employees'],
  tags: ['tags'],
  firstAnsweredEmployee: ['first_answered_employee_id', 'first_answered_employee_full_name'],
  lastAnsweredEmployee: ['last_answered_employee_id', 'last_answered_employee_full_name'],
  lastAnsweredEmployeeRating: ['last_answered_employee_rating'],
  firstTalkedEmployee: ['first_talked_employee_id', 'first_talked_employee_full_name'],
  lastTalkedEmployee: ['last_talked_employee_id', 'last_talked_employee_full_name'],
  // recognizedText is deliberately absent: it is fetched apart so that an account whose API rejects
  // the undocumented field fails only that field (decision 7; see schema/uis/call-transcript.ts).
});

/** Always requested: the global ID and the date conversions need them whatever the selection. */
export const ALWAYS_CALL_FIELDS: readonly string[] = ['id', 'start_time'];

/** The explicit `fields` list for a set of selected Call field names (unknown names are ignored). */
export function callFieldsFor(selected: Iterable<string>): string[] {
  const out = new Set<string>(ALWAYS_CALL_FIELDS);
  for (const name of selected) for (const f of CALL_FIELD_MAP[name] ?? []) out.add(f);
  return [...out];
}
