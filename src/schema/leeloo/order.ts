import { pairIncludedOrders, type LeelooOrderWithId } from '../../backends/leeloo/values.js';
import { builder } from '../builder.js';
import { LeelooAccountRef } from './account.js';
import { knownOr, LeelooOrderStatusEnum, ORDER_STATUSES } from './enums.js';
import { accountDetails, dateOrNull } from './parents.js';
import { READ } from '../type-scopes.js';

/**
 * A Leeloo order as §5.2 side-loads it in `included.orders`. Not a Node: `GET /orders/{id}` is
 * unverified (§5.8), so an order is reached through its account only.
 */
export const LeelooOrderRef = builder.objectRef<LeelooOrderWithId>('LeelooOrder').implement({
  ...READ,
  description: 'An order of a Leeloo account (a purchase through a tunnel or a manual order).',
  fields: (t) => ({
    orderId: t.string({
      nullable: false,
      description: 'The upstream 24-hex order id (from `included.orders[].id`, else paired with `links.orders` by position).',
      resolve: (o) => o.id,
    }),
    price: t.float({ description: 'The price in major currency units (inferred: the docs show `1` UAH).', resolve: (o) => (typeof o.price === 'number' ? o.price : null) }),
    currency: t.string({ description: 'ISO 4217 code such as RUB, UAH, USD.', resolve: (o) => o.currency ?? null }),
    paymentMethod: t.string({
      description: 'The payment method as Leeloo names it, e.g. ASSET_PAYMENT, YANDEX_MONEY (an open set: it depends on the integrations).',
      resolve: (o) => o.paymentMethod ?? null,
    }),
    status: t.field({
      type: LeelooOrderStatusEnum,
      description: 'The order state; UNKNOWN for a value this gateway does not know (see `statusRaw`).',
      resolve: (o) => knownOr(ORDER_STATUSES, o.status),
    }),
    statusRaw: t.string({ description: 'The order state exactly as Leeloo sent it.', resolve: (o) => o.status ?? null }),
    updatedAt: t.field({ type: 'DateTime', description: 'Last change of the order.', resolve: (o) => dateOrNull(o.updatedAt) }),
  }),
});

builder.objectField(LeelooAccountRef, 'orders', (t) =>
  t.field({
    type: [LeelooOrderRef],
    description: 'The account’s orders, newest first. From the account’s one details call (`include=orders`), never one call per order.',
    resolve: async (account, _args, ctx) => pairIncludedOrders(await accountDetails(account, ctx)),
  }),
);
