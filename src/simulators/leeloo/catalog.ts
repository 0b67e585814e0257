import type { Rng } from '../dataset/prng.js';
import { DAY_MS, objectId } from './ids.js';
import type { LeelooTemplate, LeelooTemplateCategory, LeelooUser } from './types.js';

/** A tag of the tenant's registry: reads show `name`, writes take `id` (§5.5). */
export interface LeelooTagRecord {
  id: string;
  name: string;
}

export interface LeelooTemplateCategoryRecord extends LeelooTemplateCategory {
  templates: LeelooTemplate[];
}

/** What `POST /orders` refers to by id (§5.8): an offer and a connected payment method. */
export interface LeelooOfferRecord {
  id: string;
  name: string;
  price: number;
  currency: string;
}

export interface LeelooPaymentCreditsRecord {
  id: string;
  /** Shown as the order's `paymentMethod` (§5.2: `ASSET_PAYMENT`, `YANDEX_MONEY`, open set). */
  paymentMethod: string;
}

export interface LeelooCatalog {
  users: LeelooUser[];
  tags: LeelooTagRecord[];
  templateCategories: LeelooTemplateCategoryRecord[];
  offers: LeelooOfferRecord[];
  paymentCredits: LeelooPaymentCreditsRecord[];
}

const OPERATORS = [
  'Robert', 'Анна Смирнова', 'Дмитрий Орлов', 'Olga K.', 'Максим', 'Екатерина Белова',
  'Support Bot Admin', 'Ирина', 'Сергей Волков', 'Alina', 'Павел (продажи)', 'Мария Лебедева',
];
/** Tag names as operators type them: Latin, Cyrillic, digits, spaces; never commas (the filter splits on them). */
export const TAG_NAMES = ['vip', 'lead', 'hot', 'cold', 'paid', 'newsletter', 'Клиент', 'тест-драйв', '68187', 'вебинар 2024'];
const CATEGORIES: Array<[string, string[]]> = [
  ['Приветствия', ['Приветствие нового подписчика', 'Welcome back']],
  ['Рассылки', ['Анонс вебинара', 'Напоминание за час', 'Запись вебинара']],
  ['Оплата', ['Ссылка на оплату', 'Оплата получена', 'Напоминание об оплате', 'Счёт для юрлица']],
];
const OFFERS: Array<[string, number, string]> = [
  ['Курс «Старт»', 4900, 'RUB'],
  ['Курс «Профи»', 14900, 'RUB'],
  ['Консультация', 1500, 'UAH'],
  ['Mentoring month', 99, 'USD'],
  ['Workshop ticket', 45, 'EUR'],
];
const PAYMENT_METHODS = ['ASSET_PAYMENT', 'YANDEX_MONEY', 'STRIPE'];

/** Reference data of one tenant; it predates every account (created 2–4 years before `anchor`). */
export function generateCatalog(rng: Rng, anchorMs: number, size: number): LeelooCatalog {
  const userCount = Math.min(60, Math.max(4, Math.round(OPERATORS.length * size)));
  const users: LeelooUser[] = [];
  for (let i = 0; i < userCount; i++) {
    const created = anchorMs - rng.int(730, 1460) * DAY_MS - rng.int(0, DAY_MS);
    const updated = created + rng.int(1, 700) * DAY_MS;
    const name = i < OPERATORS.length ? OPERATORS[i] : `${OPERATORS[i % OPERATORS.length]} ${Math.floor(i / OPERATORS.length) + 1}`;
    users.push({ id: objectId(rng, created), name, createdAt: iso(created), updatedAt: iso(Math.min(updated, anchorMs - 1000)) });
  }
  const at = () => anchorMs - rng.int(800, 1400) * DAY_MS;
  const tags = TAG_NAMES.map((name) => ({ id: objectId(rng, at()), name }));
  const templateCategories = CATEGORIES.map(([name, templates]) => ({
    id: objectId(rng, at()),
    name,
    templates: templates.map((message_name) => ({ id: objectId(rng, at()), message_name })),
  }));
  const offers = OFFERS.map(([name, price, currency]) => ({ id: objectId(rng, at()), name, price, currency }));
  const paymentCredits = PAYMENT_METHODS.map((paymentMethod) => ({ id: objectId(rng, at()), paymentMethod }));
  return { users, tags, templateCategories, offers, paymentCredits };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
