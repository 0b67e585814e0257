import { builder } from '../builder.js';
import type { UisCall } from '../../backends/uis/shapes.js';
import type { CallsReportRow } from '../../backends/uis/types-calls.js';
import { READ } from '../type-scopes.js';

/**
 * The grouped parts of a Call: region, recordings, scenario, site, campaign, visitor, attribution,
 * sale, contact. Each resolves from the same report row (parent = the UisCall); call-fields.ts asks
 * UIS for a group's columns whenever the group is selected.
 */

type Row = CallsReportRow;
const str = (key: keyof Row) => (c: UisCall) => (c.row[key] ?? null) as string | null;
const num = (key: keyof Row) => (c: UisCall) => (c.row[key] ?? null) as number | null;

export const CallRegionRef = builder.objectRef<UisCall>('CallRegion').implement({
  ...READ,
  description: 'Where the client’s number is registered, by the number plan.',
  fields: (t) => ({
    regionId: t.int({ description: 'UIS region id.', resolve: num('cpn_region_id') }),
    regionName: t.string({ description: 'Region name.', resolve: str('cpn_region_name') }),
    countryId: t.string({ description: 'Country code (e.g. `RU`).', resolve: str('cpn_country_id') }),
    countryName: t.string({ description: 'Country name.', resolve: str('cpn_country_name') }),
  }),
});

export interface Recording {
  id: string;
  kind: 'TALK' | 'WAV' | 'VOICE_MAIL';
  url: string;
}

export const CallRecordingKindEnum = builder.enumType('CallRecordingKind', {
  description: 'What a recording holds.',
  values: {
    TALK: { description: 'The conversation (`call_records`).' },
    WAV: { description: 'The conversation in WAV (`wav_call_records`).' },
    VOICE_MAIL: { description: 'A voice-mail message (`voice_mail_records`).' },
  },
});

export const CallRecordingRef = builder.objectRef<Recording>('CallRecording').implement({
  ...READ,
  description: 'One recording of a call.',
  fields: (t) => ({
    recordId: t.exposeString('id', { nullable: false, description: 'UIS record id.' }),
    kind: t.field({ type: CallRecordingKindEnum, nullable: false, description: 'What it holds.', resolve: (r) => r.kind }),
    url: t.exposeString('url', {
      nullable: false,
      description:
        'Link in the documented media template `https://app.<brand>/system/media/<talk|wav|voice_mail>/{communication_id}/{record_id}/` (the UIS host is INFERRED from the API host).',
    }),
  }),
});

/** app.<brand> for the API host (dataapi.uiscom.ru → app.uiscom.ru); app.uiscom.ru otherwise. */
export function mediaHost(apiUrl: string): string {
  try {
    const host = new URL(apiUrl).hostname;
    return host.startsWith('dataapi.') ? `app.${host.slice('dataapi.'.length)}` : 'app.uiscom.ru';
  } catch {
    return 'app.uiscom.ru';
  }
}

export function recordingsOf(c: UisCall, apiUrl: string): Recording[] {
  const host = mediaHost(apiUrl);
  const comm = c.row.communication_id;
  const make = (ids: string[] | undefined, kind: Recording['kind'], path: string) =>
    (ids ?? []).map((id) => ({ id, kind, url: `https://${host}/system/media/${path}/${comm}/${id}/` }));
  return [...make(c.row.call_records, 'TALK', 'talk'), ...make(c.row.wav_call_records, 'WAV', 'wav'), ...make(c.row.voice_mail_records, 'VOICE_MAIL', 'voice_mail')];
}

const Operation = builder.objectRef<{ id: number; name: string }>('CallScenarioOperation').implement({
  ...READ,
  description: 'A step of the call-processing scenario the call went through.',
  fields: (t) => ({
    operationId: t.exposeInt('id', { description: 'Operation id.' }),
    name: t.exposeString('name', { description: 'Operation name.' }),
  }),
});

export const CallScenarioRef = builder.objectRef<UisCall>('CallScenario').implement({
  ...READ,
  description: 'The call-processing scenario that handled the call.',
  fields: (t) => ({
    scenarioId: t.int({ description: 'Scenario id.', resolve: num('scenario_id') }),
    name: t.string({ description: 'Scenario name.', resolve: str('scenario_name') }),
    operations: t.field({ type: [Operation], description: 'Scenario steps the call passed.', resolve: (c) => c.row.scenario_operations ?? [] }),
  }),
});

export const CallSiteRef = builder.objectRef<UisCall>('CallSite').implement({
  ...READ,
  description: 'The site the call is attributed to (call tracking).',
  fields: (t) => ({
    siteId: t.int({ description: 'Site id.', resolve: num('site_id') }),
    domainName: t.string({ description: 'Site domain.', resolve: str('site_domain_name') }),
  }),
});

export const CallCampaignRef = builder.objectRef<UisCall>('CallCampaign').implement({
  ...READ,
  description: 'The advertising campaign the call is attributed to.',
  fields: (t) => ({
    campaignId: t.int({ description: 'Campaign id.', resolve: num('campaign_id') }),
    name: t.string({ description: 'Campaign name.', resolve: str('campaign_name') }),
    visitOtherCampaign: t.boolean({ description: 'The visitor also came through another campaign.', resolve: (c) => c.row.visit_other_campaign ?? null }),
  }),
});

const NameValue = builder.objectRef<{ property_name: string; property_value: string }>('CallVisitorProperty').implement({
  ...READ,
  description: 'A custom property of the site visitor.',
  fields: (t) => ({
    name: t.exposeString('property_name', { description: 'Property name.' }),
    value: t.exposeString('property_value', { description: 'Property value.' }),
  }),
});

const Segment = builder.objectRef<{ segment_id: number; segment_name: string }>('CallVisitorSegment').implement({
  ...READ,
  description: 'An audience segment the visitor is in.',
  fields: (t) => ({
    segmentId: t.exposeInt('segment_id', { description: 'Segment id.' }),
    name: t.exposeString('segment_name', { description: 'Segment name.' }),
  }),
});

export const CallVisitorRef = builder.objectRef<UisCall>('CallVisitor').implement({
  ...READ,
  description: 'The site visitor behind a tracked call.',
  fields: (t) => ({
    visitorId: t.int({ description: 'Visitor id.', resolve: num('visitor_id') }),
    personId: t.int({ description: 'Person id (joins visitors across devices).', resolve: num('person_id') }),
    type: t.string({ description: '`new`, `returning` or `unknown` (INFERRED wire values; others pass through).', resolve: str('visitor_type') }),
    sessionId: t.field({ type: 'Long', description: 'Visit (session) id.', resolve: num('visitor_session_id') }),
    visitsCount: t.int({ description: 'Visits so far.', resolve: num('visits_count') }),
    firstCampaignId: t.int({ description: 'Campaign of the first visit.', resolve: num('visitor_first_campaign_id') }),
    firstCampaignName: t.string({ description: 'Name of that campaign.', resolve: str('visitor_first_campaign_name') }),
    city: t.string({ description: 'City by IP.', resolve: str('visitor_city') }),
    region: t.string({ description: 'Region by IP.', resolve: str('visitor_region') }),
    country: t.string({ description: 'Country by IP.', resolve: str('visitor_country') }),
    device: t.string({ description: '`desktop`, `mobile`, `tablet` or `other`.', resolve: str('visitor_device') }),
    customProperties: t.field({ type: [NameValue], description: 'Custom properties.', resolve: (c) => c.row.visitor_custom_properties ?? [] }),
    segments: t.field({ type: [Segment], description: 'Audience segments.', resolve: (c) => c.row.segments ?? [] }),
    uaClientId: t.string({ description: 'Google Analytics client id.', resolve: str('ua_client_id') }),
    ymClientId: t.string({ description: 'Yandex Metrica client id.', resolve: str('ym_client_id') }),
  }),
});

const ATTRIBUTION: Array<[string, keyof Row, string]> = [
  ['utmSource', 'utm_source', 'utm_source'], ['utmMedium', 'utm_medium', 'utm_medium'], ['utmTerm', 'utm_term', 'utm_term'],
  ['utmContent', 'utm_content', 'utm_content'], ['utmCampaign', 'utm_campaign', 'utm_campaign'],
  ['openstatAd', 'openstat_ad', 'OpenStat ad'], ['openstatCampaign', 'openstat_campaign', 'OpenStat campaign'],
  ['openstatService', 'openstat_service', 'OpenStat service'], ['openstatSource', 'openstat_source', 'OpenStat source'],
  ['eqUtmSource', 'eq_utm_source', 'Extended utm_source (filled from other data when the tag is missing)'],
  ['eqUtmMedium', 'eq_utm_medium', 'Extended utm_medium'], ['eqUtmTerm', 'eq_utm_term', 'Extended utm_term'],
  ['eqUtmContent', 'eq_utm_content', 'Extended utm_content'], ['eqUtmCampaign', 'eq_utm_campaign', 'Extended utm_campaign'],
  ['eqUtmReferrer', 'eq_utm_referrer', 'Extended utm_referrer'], ['eqUtmExpid', 'eq_utm_expid', 'Extended utm_expid'],
  ['searchQuery', 'search_query', 'Search query'], ['searchEngine', 'search_engine', 'Search engine'],
  ['referrerDomain', 'referrer_domain', 'Referrer domain'], ['referrer', 'referrer', 'Referrer URL'],
  ['entrancePage', 'entrance_page', 'Landing page'], ['gclid', 'gclid', 'Google click id'], ['yclid', 'yclid', 'Yandex click id'],
  ['ymclid', 'ymclid', 'Yandex Market click id'], ['efId', 'ef_id', 'Adobe ef_id'],
  ['channel', 'channel', 'Traffic channel (`paid`, `organic`, `social`, `direct`…)'],
  ['sourceName', 'source_name', 'Traffic source name'], ['sourceNew', 'source_new', 'Traffic source (new classification)'],
  ['channelNew', 'channel_new', 'Channel (new classification)'], ['channelCode', 'channel_code', 'Channel code'],
];

export const CallAttributionRef = builder.objectRef<UisCall>('CallAttribution').implement({
  ...READ,
  description: 'Marketing attribution of a tracked call: UTM and OpenStat tags, search and referral data, channel.',
  fields: (t) => ({
    ...Object.fromEntries(ATTRIBUTION.map(([name, key, what]) => [name, t.string({ description: `${what}.`, resolve: str(key) })])),
    sourceId: t.int({ description: 'Traffic source id.', resolve: num('source_id') }),
    attributes: t.stringList({ description: 'Attribution attributes (`first`, `primary`, `lost`, `target`…).', resolve: (c) => c.row.attributes ?? [] }),
  }),
});

export const CallSaleRef = builder.objectRef<UisCall>('CallSale').implement({
  ...READ,
  description: 'A sale recorded against the call.',
  fields: (t) => ({
    date: t.field({ type: 'DateTime', description: 'When the sale happened.', resolve: (c) => c.date(c.row.sale_date) }),
    cost: t.float({ description: 'Sale amount.', resolve: num('sale_cost') }),
  }),
});

export const CallContactRef = builder.objectRef<UisCall>('CallContact').implement({
  ...READ,
  description: 'The UIS address-book contact of the caller.',
  fields: (t) => ({
    contactId: t.int({ description: 'Contact id.', resolve: num('contact_id') }),
    fullName: t.string({ description: 'Contact name.', resolve: str('contact_full_name') }),
  }),
});
