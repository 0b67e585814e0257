import { describe, expect, it } from 'vitest';
import { normaliseLeelooPhone } from '../../../src/backends/leeloo/phone.js';
import { ANCHOR, leelooFixture } from './fixture.js';

const { people, data } = leelooFixture();
const HEX24 = /^[0-9a-f]{24}$/;

describe('Leeloo dataset', () => {
  it('is the same for the same seed and differs for another seed', () => {
    expect(JSON.stringify(leelooFixture(42).data)).toBe(JSON.stringify(data));
    expect(leelooFixture(43).data.accounts[0].id).not.toBe(data.accounts[0].id);
  });

  it('is generated in well under 500 ms at size 1', () => {
    const started = performance.now();
    leelooFixture(7);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('has ~400 accounts, 12 operators, 10 tags, template categories, offers and payment methods at size 1', () => {
    expect(data.accounts).toHaveLength(400);
    expect(data.users).toHaveLength(12);
    expect(data.tags).toHaveLength(10);
    expect(new Set(data.tags.map((t) => t.name)).size).toBe(10);
    expect(data.templateCategories.every((c) => c.templates.length > 0)).toBe(true);
    expect(data.offers.length).toBeGreaterThan(0);
    expect(data.paymentCredits.length).toBeGreaterThan(0);
  });

  it('scales with size', () => {
    expect(leelooFixture(42, 0.25).data.accounts.length).toBe(100);
  });

  it('uses unique 24-hex ids everywhere', () => {
    const ids = [
      ...data.accounts.map((a) => a.id),
      ...data.users.map((u) => u.id),
      ...data.tags.map((t) => t.id),
      ...data.orders.map((o) => o.id),
      ...data.accounts.flatMap((a) => a.chat.map((m) => m.id)),
    ];
    expect(ids.every((id) => HEX24.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every timestamp before the anchor', () => {
    const times = [
      ...data.accounts.flatMap((a) => [a.createdAt, a.updatedAt, a.lastMessageTime ?? a.createdAt, ...a.chat.map((m) => m.createdAt)]),
      ...data.users.flatMap((u) => [u.createdAt, u.updatedAt]),
      ...data.orders.flatMap((o) => [o.createdAt, o.updatedAt]),
    ];
    expect(times.every((t) => Date.parse(t) < ANCHOR.getTime())).toBe(true);
  });

  it('binds accounts to shared people, ~10% of them with two channels sharing the phone', () => {
    const byPerson = new Map<number, typeof data.accounts>();
    for (const a of data.accounts) byPerson.set(a.personIndex, [...(byPerson.get(a.personIndex) ?? []), a]);
    const pairs = [...byPerson.values()].filter((list) => list.length === 2);
    expect(pairs.length / byPerson.size).toBeGreaterThan(0.05);
    expect(pairs.length / byPerson.size).toBeLessThan(0.15);
    for (const [a, b] of pairs) {
      expect(a.person_id).toBe(b.person_id);
      expect(a.from).not.toBe(b.from);
      expect(normaliseLeelooPhone(a.phone)).toBe(normaliseLeelooPhone(b.phone));
    }
  });

  it('writes phones in mixed formats that normalise to the person\'s digits, and leaves some out', () => {
    const withPhone = data.accounts.filter((a) => a.phone);
    expect(withPhone.length).toBeLessThan(data.accounts.length);
    expect(new Set(withPhone.map((a) => a.phone!.replace(/\d/g, '9'))).size).toBeGreaterThanOrEqual(4);
    expect(withPhone.every((a) => normaliseLeelooPhone(a.phone) === people[a.personIndex].phoneDigits)).toBe(true);
  });

  it('follows the documented field rules: gender only for FACEBOOK, NOT_DEFINED emails, Cyrillic custom fields', () => {
    expect(new Set(data.accounts.map((a) => a.from))).toEqual(new Set(['FACEBOOK', 'TELEGRAM', 'VIBER', 'VK', 'WHATSAPP', 'MANUAL']));
    expect(data.accounts.filter((a) => a.gender).every((a) => a.from === 'FACEBOOK')).toBe(true);
    expect(data.accounts.filter((a) => a.from === 'FACEBOOK').every((a) => a.gender)).toBe(true);
    expect(data.accounts.some((a) => a.email === 'NOT_DEFINED')).toBe(true);
    expect(data.accounts.some((a) => a.email?.includes('@'))).toBe(true);
    expect(data.accounts.some((a) => Object.keys(a.custom_fields ?? {}).some((k) => /[а-я]/i.test(k)))).toBe(true);
    expect(new Set(data.accounts.map((a) => a.botStatus))).toEqual(new Set(['BOT', 'ADMIN']));
    expect(data.accounts.some((a) => a.subscribeHistory.length > 0)).toBe(true);
  });

  it('gives orders to some accounts, half of them answering without included order ids', () => {
    const withOrders = data.accounts.filter((a) => a.orderIds.length > 0);
    expect(withOrders.length).toBeGreaterThan(50);
    expect(withOrders.some((a) => a.includedOrdersHaveId)).toBe(true);
    expect(withOrders.some((a) => !a.includedOrdersHaveId)).toBe(true);
    const orderIds = new Set(data.orders.map((o) => o.id));
    expect(withOrders.every((a) => a.orderIds.every((id) => orderIds.has(id)))).toBe(true);
  });

  it('builds chats of 0–60 messages with all four types, consistent with contactedUsers and lastMessageTime', () => {
    const lengths = data.accounts.map((a) => a.chat.length);
    expect(Math.min(...lengths)).toBe(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(60);
    const types = new Set(data.accounts.flatMap((a) => a.chat.map((m) => m.type)));
    expect(types).toEqual(new Set(['SYSTEM_MESSAGE', 'BOT_MESSAGE', 'YOUR_MESSAGE', 'FRIEND_MESSAGE']));
    for (const a of data.accounts) {
      const authors = a.chat.filter((m) => m.links?.createdBy).map((m) => m.links!.createdBy!.id);
      expect(new Set(authors)).toEqual(new Set(a.contactedUserIds));
      expect(a.chat.filter((m) => m.links).every((m) => m.type === 'YOUR_MESSAGE')).toBe(true);
      expect(a.lastMessageTime).toBe(a.chat.filter((m) => m.type === 'FRIEND_MESSAGE').at(-1)?.createdAt);
    }
  });
});
