import type { GeneratorInput } from '../dataset/generator.js';
import type { Rng } from '../dataset/prng.js';
import type { CallEmployee, CallRow, CallTag, Employee, RecognizedPhrase, Tag } from './types.js';
import { formatWireDate } from './wire-dates.js';

export interface Refs {
  /** The account's zone (get.account): every wire date is written in it (§10). */
  zone: string;
  employees: Employee[];
  tags: Tag[];
  apiUser: { id: number; login: string };
}

const DAY = 86_400_000;
const VIRTUAL_NUMBERS = ['74951504010', '74951504011', '74951504012', '78005553535', '74952212233', '78123097788'];
const REGIONS: Array<[number, string]> = [
  [77, 'Москва'], [50, 'Московская область'], [78, 'Санкт-Петербург'], [16, 'Республика Татарстан'],
  [66, 'Свердловская область'], [54, 'Новосибирская область'], [23, 'Краснодарский край'],
];
const SCENARIOS: Array<[number, string]> = [[801, 'Основной входящий'], [802, 'Ночной'], [803, 'Выходные'], [804, 'Исходящий обзвон'], [805, 'IVR меню']];
const OPERATIONS = [{ id: 9001, name: 'Приветствие' }, { id: 9002, name: 'Голосовое меню' }, { id: 9003, name: 'Очередь' }, { id: 9004, name: 'Переадресация на группу' }, { id: 9005, name: 'Голосовая почта' }];
const SITES: Array<[number, string]> = [[7001, 'shop.switchboard-demo.ru'], [7002, 'switchboard-demo.ru'], [7003, 'promo.switchboard-demo.ru']];
/** [id, name, utm_source, utm_medium, channel, source_new, channel_code] */
const CAMPAIGNS: Array<[number, string, string | null, string | null, string, string, string]> = [
  [6101, 'Яндекс Директ — бренд', 'yandex', 'cpc', 'paid', 'Контекстная реклама', 'yandex_direct'],
  [6102, 'Яндекс Директ — общие', 'yandex', 'cpc', 'paid', 'Контекстная реклама', 'yandex_direct'],
  [6103, 'Google Ads', 'google', 'cpc', 'paid', 'Контекстная реклама', 'google_ads'],
  [6104, 'SEO', null, null, 'organic', 'Поисковые системы', 'organic'],
  [6105, 'ВКонтакте', 'vk', 'social', 'social', 'Социальные сети', 'vk'],
  [6106, 'Прямые заходы', null, null, 'direct', 'Прямые заходы', 'direct'],
  [6107, 'Email рассылка', 'mailing', 'email', 'email', 'Email', 'email'],
  [6108, 'Партнёры', 'partner', 'referral', 'referral', 'Сайты-партнёры', 'referral'],
];
const TRACKING_SOURCES = ['call_tracking', 'dynamic_call_tracking', 'sitephone', 'callback'];
const IN_SOURCES = ['va', 'va', 'va', 'call_tracking', 'dynamic_call_tracking', 'dynamic_call_tracking', 'sitephone', 'callback', 'sip_trunk'];
const OUT_SOURCES = ['va', 'va', 'callapi', 'auto_out_calls', 'sip', 'amocrm'];
const CITIES: Array<[string, string]> = [['Москва', 'Москва'], ['Химки', 'Московская область'], ['Санкт-Петербург', 'Санкт-Петербург'], ['Казань', 'Республика Татарстан']];

/** ~6 000 calls per size unit over the 180 days before the anchor. */
export function generateCalls(input: GeneratorInput, refs: Refs): CallRow[] {
  const { rng, people, size, anchor } = input;
  const count = Math.max(50, Math.round(6_000 * size));
  const end = anchor.getTime() - 60_000;
  const starts: number[] = [];
  for (let i = 0; i < count; i++) starts.push(Math.floor((end - rng.next() * 180 * DAY) / 1000) * 1000);
  starts.sort((a, b) => a - b);

  const ordinals = new Map<string, number>();
  const calls: CallRow[] = [];
  let id = 1_480_000_000 + rng.int(0, 99_999);
  let communicationId = 310_000_000 + rng.int(0, 99_999);
  for (const start of starts) {
    id += rng.int(1, 40);
    communicationId += rng.int(1, 25);
    const person = rng.bool(0.85) ? rng.pick(people) : undefined;
    const phone = person ? person.phoneDigits : `7495${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const ordinal = (ordinals.get(phone) ?? 0) + 1;
    ordinals.set(phone, ordinal);
    calls.push(makeCall(rng, refs, { id, communicationId, start, end, phone, ordinal, person }));
  }
  return calls;
}

export interface Seed {
  id: number;
  communicationId: number;
  start: number;
  end: number;
  phone: string;
  ordinal: number;
  person?: GeneratorInput['people'][number];
}

export function makeCall(rng: Rng, refs: Refs, s: Seed): CallRow {
  const direction = rng.bool(0.75) ? 'in' : 'out';
  const source = rng.pick(direction === 'in' ? IN_SOURCES : OUT_SOURCES);
  const tracked = TRACKING_SOURCES.includes(source);
  const isLost = rng.bool(direction === 'in' ? 0.2 : 0.3);
  const staff = rng.sample(refs.employees, isLost ? rng.int(1, 3) : rng.int(1, 2));
  const employees: CallEmployee[] = staff.map((e, i) => {
    const talked = !isLost && i === staff.length - 1;
    return { employee_id: e.id, employee_full_name: e.full_name, is_answered: talked || (!isLost && rng.bool(0.2)), is_talked: talked };
  });
  const answered = employees.filter((e) => e.is_answered);
  const talked = employees.filter((e) => e.is_talked);
  const wait = rng.int(0, isLost ? 90 : 40);
  const talk = isLost ? 0 : rng.int(15, 900);
  const transfer = !isLost && staff.length > 1 && rng.bool(0.5);
  const totalWait = wait + (transfer ? rng.int(5, 40) : 0);
  const total = totalWait + talk;
  const finish = Math.min(s.start + total * 1000, s.end);
  const record = isLost ? null : rng.hex(32);
  const campaign = tracked ? rng.pick(CAMPAIGNS) : null;
  const site = tracked ? rng.pick(SITES) : null;
  const scenario = direction === 'in' ? rng.pick(SCENARIOS) : source === 'auto_out_calls' ? SCENARIOS[3] : null;
  const region = s.phone.startsWith('7495') ? REGIONS[0] : REGIONS[s.ordinal % REGIONS.length];
  const city = tracked ? rng.pick(CITIES) : null;
  const paid = campaign?.[4] === 'paid';
  const utm = (v: string | null) => (campaign && campaign[2] ? v : null);
  const visitorId = tracked ? 20_000_000 + (s.person ? s.person.index * 13 : rng.int(0, 9_999_999)) : null;
  const lead = staff[staff.length - 1];
  const sold = !isLost && rng.bool(0.08);
  const withContact = !!s.person && rng.bool(0.6);
  const tagged = rng.bool(0.3) ? rng.sample(refs.tags, rng.int(1, 2)) : [];
  const tags: CallTag[] = tagged.map((t) => {
    const manual = rng.bool(0.6);
    const by = rng.pick(refs.employees);
    return {
      tag_id: t.id,
      tag_name: t.name,
      tag_type: manual ? 'manual' : 'auto',
      tag_change_time: formatWireDate(Math.min(finish + rng.int(1, 3_600) * 1000, s.end), refs.zone),
      tag_user_id: manual ? refs.apiUser.id + 1 + (by.id % 7) : null,
      tag_user_login: manual ? by.login : null,
      tag_employee_id: manual ? by.id : null,
      tag_employee_full_name: manual ? by.full_name : null,
    };
  });
  return {
    id: s.id,
    start_time: formatWireDate(s.start, refs.zone),
    finish_time: formatWireDate(finish, refs.zone),
    finish_reason: finishReason(rng, direction, isLost),
    direction,
    cpn_region_id: region[0],
    cpn_region_name: region[1],
    cpn_country_name: 'Россия',
    cpn_country_id: 'RU',
    properties: source === 'callback' && rng.bool(0.5) ? 'Перезвоните после 18:00' : null,
    scenario_operations: scenario ? rng.sample(OPERATIONS, rng.int(1, 3)).sort((a, b) => a.id - b.id) : [],
    source,
    is_lost: isLost,
    communication_number: source === 'va' ? null : s.ordinal,
    communication_page_url: site ? `https://${site[1]}/${rng.pick(['', 'catalog', 'contacts', 'delivery'])}` : null,
    contact_phone_number: s.phone,
    communication_id: s.communicationId,
    communication_type: 'call',
    wait_duration: wait,
    total_wait_duration: totalWait,
    lost_call_processing_duration: isLost && rng.bool(0.5) ? rng.int(60, 7_200) : null,
    talk_duration: talk,
    clean_talk_duration: isLost ? 0 : Math.max(0, talk - rng.int(0, Math.floor(talk / 10))),
    total_duration: total,
    postprocess_duration: isLost ? null : rng.int(0, 60),
    // Recording links: the CoMagic docs give app.comagic.ru; the UIS host is INFERRED (§12.10).
    call_records: record ? [record] : [],
    wav_call_records: record && rng.bool(0.3) ? [rng.hex(32)] : [],
    full_record_file_link: record ? `https://media.uiscom.ru/${s.communicationId}/${record}` : null,
    voice_mail_records: isLost && direction === 'in' && rng.bool(0.15) ? [rng.hex(32)] : [],
    virtual_phone_number: rng.pick(VIRTUAL_NUMBERS),
    ua_client_id: tracked ? `${rng.int(100_000_000, 999_999_999)}.${Math.floor(s.start / 1000) - 86_400}` : null,
    ym_client_id: tracked ? `${Math.floor(s.start / 1000)}${rng.int(100_000, 999_999)}` : null,
    sale_date: sold ? formatWireDate(Math.min(s.start + rng.int(1, 7) * DAY, s.end), refs.zone) : null,
    sale_cost: sold ? rng.int(10, 500) * 100 : null,
    is_transfer: transfer,
    search_query: campaign?.[4] === 'organic' || paid ? rng.pick(['купить телефон', 'доставка техники', 'switchboard отзывы']) : null,
    search_engine: paid || campaign?.[4] === 'organic' ? (campaign?.[2] === 'google' ? 'google' : 'yandex') : null,
    referrer_domain: campaign?.[4] === 'referral' ? 'partner.example.ru' : paid ? `${campaign![2]}.ru` : null,
    referrer: campaign?.[4] === 'referral' ? 'https://partner.example.ru/links' : null,
    entrance_page: site ? `https://${site[1]}/` : null,
    gclid: campaign?.[2] === 'google' ? rng.hex(24) : null,
    yclid: campaign?.[2] === 'yandex' ? String(rng.int(1e9, 9e9)) : null,
    ymclid: null,
    ef_id: null,
    channel: campaign ? campaign[4] : null,
    recognized_text: record && rng.bool(0.05) ? phrases(rng, s.start, refs.zone) : null,
    tags,
    employees,
    last_answered_employee_id: answered.at(-1)?.employee_id ?? null,
    last_answered_employee_full_name: answered.at(-1)?.employee_full_name ?? null,
    last_answered_employee_rating: answered.length && rng.bool(0.2) ? rng.int(1, 5) : null,
    first_answered_employee_id: answered[0]?.employee_id ?? null,
    first_answered_employee_full_name: answered[0]?.employee_full_name ?? null,
    last_talked_employee_id: talked.at(-1)?.employee_id ?? null,
    last_talked_employee_full_name: talked.at(-1)?.employee_full_name ?? null,
    first_talked_employee_id: talked[0]?.employee_id ?? null,
    first_talked_employee_full_name: talked[0]?.employee_full_name ?? null,
    operator_phone_number: isLost ? null : lead.phone_numbers[0].phone_number,
    scenario_name: scenario?.[1] ?? null,
    scenario_id: scenario?.[0] ?? null,
    site_domain_name: site?.[1] ?? null,
    site_id: site?.[0] ?? null,
    campaign_name: campaign?.[1] ?? null,
    campaign_id: campaign?.[0] ?? null,
    visit_other_campaign: tracked ? rng.bool(0.2) : null,
    auto_call_campaign_name: source === 'auto_out_calls' ? 'Обзвон: продление договора' : null,
    visitor_id: visitorId,
    person_id: visitorId ? visitorId + 1_000_000 : null,
    visitor_type: tracked ? (s.ordinal > 1 ? 'returning' : 'new') : null,
    visitor_session_id: tracked ? 900_000_000 + rng.int(0, 99_999_999) : null,
    visits_count: tracked ? s.ordinal + rng.int(0, 5) : null,
    visitor_first_campaign_id: campaign?.[0] ?? null,
    visitor_first_campaign_name: campaign?.[1] ?? null,
    visitor_city: city?.[0] ?? null,
    visitor_region: city?.[1] ?? null,
    visitor_country: city ? 'Россия' : null,
    visitor_device: tracked ? rng.pick(['desktop', 'mobile', 'mobile', 'tablet']) : null,
    visitor_custom_properties: tracked && rng.bool(0.2) ? [{ property_name: 'client_type', property_value: rng.pick(['vip', 'b2b', 'retail']) }] : [],
    segments: tracked && rng.bool(0.3) ? [{ segment_id: 4401, segment_name: 'Интересовались доставкой' }] : [],
    call_api_request_id: source === 'callapi' ? rng.int(1_000_000, 9_999_999) : null,
    call_api_external_id: source === 'callapi' ? `crm-call-${rng.hex(8)}` : null,
    contact_id: withContact ? 70_000 + s.person!.index : null,
    contact_full_name: withContact ? `${s.person!.lastName} ${s.person!.firstName}` : null,
    utm_source: utm(campaign?.[2] ?? null),
    utm_medium: utm(campaign?.[3] ?? null),
    utm_term: paid ? rng.pick(['телефон', 'доставка', 'switchboard']) : null,
    utm_content: paid ? `ad${rng.int(1, 9)}` : null,
    utm_campaign: utm(campaign ? `camp_${campaign[0]}` : null),
    openstat_ad: null,
    openstat_campaign: null,
    openstat_service: null,
    openstat_source: null,
    attributes: direction === 'in' ? attributes(rng, s.ordinal, isLost) : [],
    eq_utm_source: campaign ? (campaign[2] ?? '(direct)') : null,
    eq_utm_medium: campaign ? (campaign[3] ?? '(none)') : null,
    eq_utm_term: paid ? '<не указано>' : null,
    eq_utm_content: paid ? '<не указано>' : null,
    eq_utm_campaign: campaign ? `camp_${campaign[0]}` : null,
    eq_utm_referrer: null,
    eq_utm_expid: null,
    source_id: campaign ? campaign[0] - 6000 : null,
    source_name: campaign ? campaign[1] : null,
    source_new: campaign ? campaign[5] : null,
    channel_new: campaign ? campaign[4] : null,
    channel_code: campaign ? campaign[6] : null,
    ext_id: rng.bool(0.05) ? `crm-${rng.hex(10)}` : null,
  };
}

function finishReason(rng: Rng, direction: string, isLost: boolean): string {
  if (!isLost) return rng.pick(['subscriber_disconnects', 'operator_disconnects', 'subscriber_disconnects']);
  if (direction === 'out') return rng.pick(['subscriber_busy', 'subscriber_not_responsible', 'no_success_subscriber_call']);
  return rng.pick(['subscriber_disconnects', 'timeout', 'no_success_operator_call', 'operator_busy', 'employee_busy']);
}

function attributes(rng: Rng, ordinal: number, isLost: boolean): string[] {
  const out = [ordinal === 1 ? 'primary' : 'secondary'];
  if (isLost) out.push('lost');
  else if (rng.bool(0.7)) out.push('target', 'quality');
  return out;
}

function phrases(rng: Rng, start: number, zone: string): RecognizedPhrase[] {
  const lines = ['Здравствуйте, компания Свитчборд', 'Добрый день, хочу узнать про доставку', 'Подскажите номер заказа', 'Спасибо, до свидания'];
  return lines.map((phrase, i) => ({
    id: rng.int(1, 1e9),
    phrase,
    start_time: formatWireDate(start + i * 5_000, zone),
    is_operator: i % 2 === 0,
    edited_phrase: null,
  }));
}
