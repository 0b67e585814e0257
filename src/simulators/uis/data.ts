import type { GeneratorInput } from '../dataset/generator.js';
import type { Rng } from '../dataset/prng.js';
import { generateCalls } from './data-calls.js';
import type { Account, CallRow, Employee, Tag } from './types.js';

export interface UisData {
  account: Account;
  /** The user the simulator's access key belongs to: manual tags set through the API name it. */
  apiUser: { id: number; login: string };
  employees: Employee[];
  tags: Tag[];
  /** Sorted by start_time, then id. */
  calls: CallRow[];
  callsById: Map<number, CallRow>;
  callsByCommunicationId: Map<number, CallRow>;
}

const FIRST = ['Anna', 'Maria', 'Olga', 'Elena', 'Irina', 'Ivan', 'Dmitry', 'Sergey', 'Alexey', 'Pavel', 'Nikita', 'Mikhail', 'Yulia', 'Tatiana'];
const LAST = ['Ivanov', 'Petrov', 'Sidorov', 'Fedorov', 'Egorov', 'Pavlov', 'Semenov', 'Golubev', 'Vinogradov', 'Bogdanov', 'Vorobiev'];
const PATRONYMIC = ['Ivanovich', 'Petrovich', 'Sergeevich', 'Alexandrovich', null];
const GROUPS = [
  { group_id: 301, group_name: 'Отдел продаж' },
  { group_id: 302, group_name: 'Поддержка' },
  { group_id: 303, group_name: 'Удержание' },
  { group_id: 304, group_name: 'Ночная смена' },
];
const STATUSES: Array<[string, number]> = [
  ['available', 1],
  ['available', 1],
  ['available', 1],
  ['break', 2],
  ['do_not_disturb', 3],
  ['not_at_workplace', 4],
  ['not_at_work', 5],
];
const TAG_NAMES = [
  'Целевой', 'Нецелевой', 'Спам', 'Повторный', 'Продажа', 'Консультация', 'Жалоба', 'Возврат',
  'Доставка', 'Оплата', 'Гарантия', 'VIP', 'Опт', 'Розница', 'Перезвонить', 'Не дозвонились',
  'Сервис', 'Партнёр', 'Реклама', 'Вакансия', 'Тендер', 'Счёт', 'Акция', 'Отзыв', 'Запись',
  'Отмена', 'Перенос', 'Новый клиент', 'Постоянный клиент', 'Ошибка номера',
];

/** ~40 employees, ~30 tags and ~6 000 calls at size=1; deterministic for the seed. */
export function generateUisData(input: GeneratorInput): UisData {
  const { rng, size } = input;
  const account: Account = { app_id: rng.int(10_000, 99_999), name: 'ООО «Свитчборд Демо»', timezone: 'Europe/Moscow' };
  const apiUser = { id: rng.int(100_000, 199_999), login: 'api.switchboard' };
  const employees = generateEmployees(rng, Math.max(5, Math.round(40 * Math.sqrt(size))));
  const tags = generateTags(rng, Math.max(5, Math.round(30 * Math.sqrt(size))));
  const calls = generateCalls({ ...input, rng: rng.fork(7) }, { zone: account.timezone, employees, tags, apiUser });
  return {
    account,
    apiUser,
    employees,
    tags,
    calls,
    callsById: new Map(calls.map((c) => [c.id, c])),
    callsByCommunicationId: new Map(calls.map((c) => [c.communication_id, c])),
  };
}

function generateEmployees(rng: Rng, count: number): Employee[] {
  const out: Employee[] = [];
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST);
    const female = /a$/.test(first);
    const lastBase = rng.pick(LAST);
    const last = female ? `${lastBase}a` : lastBase;
    const patronymicBase = rng.pick(PATRONYMIC);
    const patronymic = patronymicBase && female ? patronymicBase.replace(/ich$/, 'na') : patronymicBase;
    const id = 10_000 + i * 7 + rng.int(0, 6);
    const login = `${first[0]}.${last}${i}`.toLowerCase();
    const [status, statusId] = rng.pick(STATUSES);
    const ext = String(101 + i);
    const phones = [
      { phone_id: id * 10 + 1, phone_number: `79${rng.int(10, 99)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`, channels_count: 1, dial_time: 30, status: 'active' },
    ];
    if (rng.bool(0.4)) phones.push({ phone_id: id * 10 + 2, phone_number: `sip:${ext}@switchboard.uiscom.ru`, channels_count: rng.int(1, 3), dial_time: 60, status: rng.bool(0.8) ? 'active' : 'inactive' });
    const groups = rng.sample(GROUPS, rng.int(1, 2)).sort((a, b) => a.group_id - b.group_id);
    const operatorEnabled = rng.bool(0.3);
    out.push({
      id,
      login,
      first_name: first,
      last_name: last,
      patronymic,
      full_name: [last, first, patronymic].filter(Boolean).join(' '),
      status,
      status_id: statusId,
      calls_available: status === 'available',
      allowed_in_call_types: ['internal', 'external'],
      allowed_out_call_types: rng.bool(0.8) ? ['internal', 'external'] : ['internal'],
      in_external_allowed_call_directions: ['in', 'out'],
      in_internal_allowed_call_directions: ['in', 'out'],
      out_external_allowed_call_directions: rng.bool(0.8) ? ['in', 'out'] : ['in'],
      out_internal_allowed_call_directions: ['in', 'out'],
      email: rng.bool(0.9) ? `${login}@switchboard-demo.ru` : null,
      call_recording: rng.pick(['all', 'all', 'in', 'out', 'off']),
      schedule_id: rng.bool(0.7) ? 401 : 402,
      schedule_name: null,
      coach: i > 3 && rng.bool(0.15) ? { coach_id: out[0].id, coach_full_name: out[0].full_name, coach_always_enabled: rng.bool() } : null,
      groups,
      phone_numbers: phones,
      extension: { extension_phone_number: ext, extension_voice_mail_enabled: rng.bool(0.3), extension_queue_enabled: rng.bool(0.5) },
      operator: operatorEnabled
        ? {
            operator_login: login,
            operator_display_name: first,
            operator_position_id: 501,
            operator_position_name: 'Консультант',
            operator_offline_message_enabled: true,
            operator_invite_to_chat_enabled: rng.bool(),
            operator_chat_enabled: true,
            operator_chats_available: rng.bool(0.7),
            operator_sites: [{ site_id: 7001, site_domain_name: 'shop.switchboard-demo.ru' }],
          }
        : null,
    });
    out[out.length - 1].schedule_name = out[out.length - 1].schedule_id === 401 ? 'Будни 9–18' : 'Круглосуточно';
  }
  return out;
}

function generateTags(rng: Rng, count: number): Tag[] {
  const out: Tag[] = [];
  for (let i = 0; i < count; i++) {
    const base = TAG_NAMES[i % TAG_NAMES.length];
    const name = i < TAG_NAMES.length ? base : `${base} ${Math.floor(i / TAG_NAMES.length) + 1}`;
    // The first few are the platform's own tags, which cannot be deleted (§12.4).
    out.push({ id: 5_000 + i * 3 + rng.int(0, 2), name, is_system: i < 4 });
  }
  return out;
}
