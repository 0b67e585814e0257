import type { GeneratorInput } from '../dataset/generator.js';
import { formatPhoneForLeeloo, type Person } from '../dataset/people.js';
import type { Rng } from '../dataset/prng.js';
import { generateCatalog, iso, type LeelooCatalog } from './catalog.js';
import { generateChat } from './chat.js';
import { DAY_MS, objectId } from './ids.js';
import type { LeelooAccountDetails, LeelooChatMessage, LeelooSubscription } from './types.js';

/** One order as the simulator stores it; `included.orders[]` shows a subset (§5.2). */
export interface LeelooOrderRecord {
  id: string;
  accountId: string;
  price: number;
  currency: string;
  paymentMethod: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  offerId: string;
  paymentCreditsId: string;
  transactionDate?: string;
}

/**
 * One account (= one messenger channel of a person, §7) in wire spelling, plus what the server
 * needs to build `links`, `included` and chat pages.
 */
export interface LeelooAccountRecord extends Omit<LeelooAccountDetails, 'links' | 'subscribeHistory'> {
  /** From the list item (§5.1): `person_id`, and `lastMessageTime` when the account ever wrote. */
  person_id: string;
  lastMessageTime?: string;
  subscribeHistory: LeelooSubscription[];
  /** Operators who wrote YOUR_MESSAGEs here, first contact first (`links.contactedUsers`). */
  contactedUserIds: string[];
  /** Newest first, as in the doc example's `links.orders`. */
  orderIds: string[];
  /** §5.2: the doc example's included orders have no `id`; half the accounts answer like that. */
  includedOrdersHaveId: boolean;
  /** Index of the shared Person behind this channel (the phone join key to UIS). */
  personIndex: number;
  /** Oldest first; served newest first. */
  chat: LeelooChatMessage[];
}

export interface LeelooData extends LeelooCatalog {
  accounts: LeelooAccountRecord[];
  orders: LeelooOrderRecord[];
}

const SOURCES: Array<[string, number]> = [
  ['TELEGRAM', 0.3], ['FACEBOOK', 0.2], ['VIBER', 0.15], ['WHATSAPP', 0.15], ['VK', 0.1], ['MANUAL', 0.1],
];
const TUNNELS = ['Воронка вебинара', 'TunnelName_1', 'Продажа курса', 'Реактивация'];
const LGTS = ['LGT_1', 'Лид-магнит PDF', 'Кнопка на сайте', 'QR на упаковке'];
const TRAFFIC = ['Default traffic source', 'Instagram ads', 'TrafficSource_1', 'Партнёры'];
const CITIES = ['Москва', 'Казань', 'Новосибирск', 'Киев', 'Минск'];
const ORDER_STATUSES = ['SUCCESS', 'SUCCESS', 'SUCCESS', 'RESOLVED', 'REJECTED', 'PENDING'];

/**
 * The Leeloo tenant at scale `size`: ~400 accounts at size 1 bound to shared people (~10% of
 * them with a second channel sharing the phone), 12 operators, 10 tags, chats of 0–60 messages.
 * Timestamps lie before `anchor`. Chats are generated eagerly: ~12 000 small objects are cheap,
 * and it keeps `lastMessageTime` and `links.contactedUsers` consistent with the chat.
 */
export function generateLeelooData({ rng, people, size, anchor }: GeneratorInput): LeelooData {
  const anchorMs = anchor.getTime();
  const catalog = generateCatalog(rng.fork(1), anchorMs, size);
  const target = Math.max(4, Math.round(400 * size));
  // More people than needed: the loop stops at `target` accounts, whatever the share of doubles.
  const persons = rng.sample(people, Math.min(people.length, target));
  const accounts: LeelooAccountRecord[] = [];
  const orders: LeelooOrderRecord[] = [];
  for (const person of persons) {
    if (accounts.length >= target) break;
    const personId = objectId(rng, anchorMs - rng.int(30, 900) * DAY_MS);
    const first = pickSource(rng);
    const channels = rng.bool(0.1) && accounts.length + 1 < target ? [first, otherSource(rng, first)] : [first];
    // Two channels of one person carry the same phone (§7), each typed in its own format.
    const sharedPhone = channels.length > 1 || hasPhone(rng, first);
    for (const from of channels) {
      const account = makeAccount(rng.fork(accounts.length + 7), { person, personId, from, withPhone: sharedPhone, anchorMs, catalog });
      const own = makeOrders(rng, account, catalog, anchorMs);
      orders.push(...own);
      account.chat = generateChat({
        rng: rng.fork(accounts.length + 100_003),
        createdAtMs: Date.parse(account.createdAt),
        endMs: anchorMs - 60_000,
        operatorIds: rng.bool(0.6) ? rng.sample(catalog.users, rng.int(1, 2)).map((u) => u.id) : [],
        orderTimesMs: own.map((o) => Date.parse(o.createdAt)),
        count: rng.int(0, 60 - account.orderIds.length),
      });
      finishFromChat(account);
      accounts.push(account);
    }
  }
  return { ...catalog, accounts, orders };
}

interface AccountInput {
  person: Person;
  personId: string;
  from: string;
  withPhone: boolean;
  anchorMs: number;
  catalog: LeelooCatalog;
}

function makeAccount(rng: Rng, { person, personId, from, withPhone, anchorMs, catalog }: AccountInput): LeelooAccountRecord {
  const createdMs = anchorMs - rng.int(1, 700) * DAY_MS - rng.int(0, DAY_MS - 1);
  const fullName = `${person.firstName} ${person.lastName}`;
  const name = from === 'TELEGRAM' && rng.bool(0.4) ? person.username : from === 'VIBER' || from === 'WHATSAPP' ? person.firstName : fullName;
  const account: LeelooAccountRecord = {
    id: objectId(rng, createdMs),
    person_id: personId,
    name,
    tags: rng.sample(catalog.tags, rng.bool(0.35) ? 0 : rng.int(1, 3)).map((t) => t.name),
    from,
    botStatus: rng.bool(0.15) ? 'ADMIN' : 'BOT',
    subscribeHistory: [],
    createdAt: iso(createdMs),
    updatedAt: iso(createdMs),
    contactedUserIds: [],
    orderIds: [],
    includedOrdersHaveId: rng.bool(0.5),
    personIndex: person.index,
    chat: [],
  };
  // §5.2: gender comes from Facebook only; locale only where the messenger tells it.
  if (from === 'FACEBOOK') account.gender = person.gender;
  if (withPhone) account.phone = formatPhoneForLeeloo(person.phoneDigits, rng.int(0, 3));
  if (from === 'FACEBOOK' || from === 'MANUAL') account.email = person.email ?? 'NOT_DEFINED';
  else if (rng.bool(0.5)) account.email = rng.bool(0.3) && person.email ? person.email : 'NOT_DEFINED';
  if (from === 'FACEBOOK' || from === 'TELEGRAM' || (from === 'VK' && rng.bool(0.5))) account.locale = person.locale;
  if (from !== 'MANUAL') {
    for (let i = rng.int(1, 2); i > 0; i--) {
      account.subscribeHistory.push({ tunnelName: rng.pick(TUNNELS), leadgentoolName: rng.pick(LGTS), trafficSource: rng.pick(TRAFFIC) });
    }
  }
  if (rng.bool(0.4)) account.custom_fields = customFields(rng, person, createdMs);
  return account;
}

/** §5.2: keys are UI display names, often Cyrillic or with spaces; values are strings. */
function customFields(rng: Rng, person: Person, createdMs: number): Record<string, string> {
  const fields: Record<string, string> = { Город: rng.pick(CITIES) };
  if (rng.bool(0.5)) fields['дата рождения'] = iso(createdMs - rng.int(18 * 365, 60 * 365) * DAY_MS);
  if (rng.bool(0.4)) fields['номер телефона'] = formatPhoneForLeeloo(person.phoneDigits, rng.int(0, 3));
  if (rng.bool(0.3) && person.email) fields['Email work'] = person.email.replace('@example.com', '@work.example.com');
  if (rng.bool(0.3)) fields['приветственное сообщение'] = 'привет';
  return fields;
}

function makeOrders(rng: Rng, account: LeelooAccountRecord, catalog: LeelooCatalog, anchorMs: number): LeelooOrderRecord[] {
  if (!rng.bool(0.25)) return [];
  const createdMs = Date.parse(account.createdAt);
  const out: LeelooOrderRecord[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const at = createdMs + Math.floor(rng.next() * (anchorMs - 120_000 - createdMs));
    const offer = rng.pick(catalog.offers);
    const credits = rng.pick(catalog.paymentCredits);
    const updated = Math.min(at + rng.int(0, 3 * DAY_MS), anchorMs - 60_000);
    out.push({
      id: objectId(rng, at),
      accountId: account.id,
      price: offer.price,
      currency: offer.currency,
      paymentMethod: credits.paymentMethod,
      status: rng.pick(ORDER_STATUSES),
      createdAt: iso(at),
      updatedAt: iso(updated),
      offerId: offer.id,
      paymentCreditsId: credits.id,
    });
  }
  out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  account.orderIds = out.map((o) => o.id);
  return out;
}

/** `lastMessageTime` = the subscriber's last message (absent when silent, GUESS §5.1). */
function finishFromChat(account: LeelooAccountRecord): void {
  const seen = new Set<string>();
  for (const m of account.chat) {
    const by = m.links?.createdBy?.id;
    if (by && !seen.has(by)) {
      seen.add(by);
      account.contactedUserIds.push(by);
    }
    if (m.type === 'FRIEND_MESSAGE') account.lastMessageTime = m.createdAt;
  }
  const last = account.chat.at(-1);
  if (last && last.createdAt > account.updatedAt) account.updatedAt = last.createdAt;
}

function pickSource(rng: Rng): string {
  let roll = rng.next();
  for (const [source, weight] of SOURCES) {
    if ((roll -= weight) < 0) return source;
  }
  return 'TELEGRAM';
}

function otherSource(rng: Rng, not: string): string {
  const options = SOURCES.map(([s]) => s).filter((s) => s !== not && s !== 'MANUAL');
  return rng.pick(options);
}

/** Phone-based messengers always know the number; others only when the subscriber shared it. */
function hasPhone(rng: Rng, from: string): boolean {
  if (from === 'MANUAL' || from === 'VIBER' || from === 'WHATSAPP') return true;
  return rng.bool(from === 'TELEGRAM' ? 0.5 : 0.25);
}
