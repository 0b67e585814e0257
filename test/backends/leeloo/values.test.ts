import { describe, expect, it } from 'vitest';
import type { LeelooAccountDetailsEnvelope } from '../../../src/backends/leeloo/types.js';
import { definedOrNull, pairIncludedOrders } from '../../../src/backends/leeloo/values.js';

const order = { price: 1, currency: 'UAH', paymentMethod: 'ASSET_PAYMENT', status: 'SUCCESS', updatedAt: '2017-10-27T07:39:19.363Z' };

function envelope(included: LeelooAccountDetailsEnvelope['included'], linkIds: string[]): LeelooAccountDetailsEnvelope {
  return {
    status: 1,
    data: {
      id: '59bbc641b1223300210cdf2f',
      name: 'Kurt Bowie',
      tags: [],
      from: 'FACEBOOK',
      botStatus: 'BOT',
      createdAt: '2017-09-15T12:23:29.023Z',
      links: { orders: linkIds.map((id) => ({ type: 'orders' as const, id })) },
    },
    included,
  };
}

describe('definedOrNull', () => {
  it('maps the NOT_DEFINED sentinel, blanks and missing values to null', () => {
    expect([definedOrNull('NOT_DEFINED'), definedOrNull(' '), definedOrNull(undefined), definedOrNull(null)]).toEqual([null, null, null, null]);
  });

  it('keeps real values unchanged', () => {
    expect(definedOrNull('test@test.com')).toBe('test@test.com');
  });
});

describe('pairIncludedOrders', () => {
  it('takes ids from links.orders by position when included orders carry none (the doc example)', () => {
    const paired = pairIncludedOrders(envelope({ orders: [order, { ...order, price: 2 }] }, ['59f2e2425bb695001a3f6388', '59edb72dbed51e00152c1c1f']));
    expect(paired.map((o) => [o.id, o.price])).toEqual([
      ['59f2e2425bb695001a3f6388', 1],
      ['59edb72dbed51e00152c1c1f', 2],
    ]);
  });

  it('prefers an id carried by the included order itself', () => {
    const paired = pairIncludedOrders(envelope({ orders: [{ ...order, id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }] }, ['bbbbbbbbbbbbbbbbbbbbbbbb']));
    expect(paired.map((o) => o.id)).toEqual(['aaaaaaaaaaaaaaaaaaaaaaaa']);
  });

  it('drops orders that get no id either way and returns [] without included orders', () => {
    expect(pairIncludedOrders(envelope({ orders: [order, order] }, ['59f2e2425bb695001a3f6388']))).toHaveLength(1);
    expect(pairIncludedOrders(envelope(undefined, ['59f2e2425bb695001a3f6388']))).toEqual([]);
  });
});
