import type { Handler, SimServer } from '../harness.js';
import type { LeelooAccountRecord } from './data.js';
import type { LeelooState } from './state.js';
import { listAnswer, notFoundAnswer, okAnswer, readPage } from './wire.js';
import type { LeelooAccountDetails, LeelooAccountListItem, LeelooIncludedOrder, LeelooUser } from './types.js';

export const API = '/api/v1';

/** Read routes (§5.1–§5.3, §5.6, §5.7). `guard` applies the rate limit and the token check. */
export function registerReadRoutes(sim: SimServer, state: LeelooState, guard: (h: Handler) => Handler): void {
  const rng = state.rng;

  sim.route('GET', `${API}/accounts`, guard((req) => {
    // §5.1: `filter[tags]` takes comma-separated tag names. Several names match accounts having
    // ANY of them (GUESS: AND/OR is undocumented). URLSearchParams already decodes `filter%5Btags%5D`.
    const wanted = (req.query.get('filter[tags]') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    const matches = wanted.length
      ? state.accountsNewestFirst.filter((a) => a.tags.some((t) => wanted.includes(t)))
      : state.accountsNewestFirst;
    return listAnswer(matches.map(listItem), readPage(req.query));
  }), 'GET accounts');

  sim.route('GET', `${API}/accounts/:id`, guard((req) => {
    const account = state.account(req.params.id);
    if (!account) return notFoundAnswer(rng, 'Account');
    const include = new Set((req.query.get('include') ?? '').split(',').map((s) => s.trim()));
    // §5.2: `included` carries only what `include` asked for, and is absent otherwise (INFERRED).
    const included: { users?: LeelooUser[]; orders?: LeelooIncludedOrder[] } = {};
    if (include.has('contactedUsers')) included.users = account.contactedUserIds.map((id) => state.user(id)!).filter(Boolean);
    if (include.has('orders')) included.orders = account.orderIds.map((id) => includedOrder(state, account, id));
    return okAnswer(details(account), Object.keys(included).length ? { included } : {});
  }), 'GET accounts/:id');

  sim.route('GET', `${API}/accounts/:id/chat-messages`, guard((req) => {
    const account = state.account(req.params.id);
    if (!account) return notFoundAnswer(rng, 'Account');
    // §5.3: newest first (INFERRED from the doc example's order).
    return listAnswer([...account.chat].reverse(), readPage(req.query));
  }), 'GET accounts/:id/chat-messages');

  sim.route('GET', `${API}/users`, guard((req) => listAnswer(state.usersOldestFirst, readPage(req.query))), 'GET users');

  sim.route('GET', `${API}/users/:id`, guard((req) => {
    const user = state.user(req.params.id);
    return user ? okAnswer({ ...user }) : notFoundAnswer(rng, 'User');
  }), 'GET users/:id');

  sim.route('GET', `${API}/categories/templates`, guard(() =>
    okAnswer({ categories: state.data.templateCategories.map(({ id, name }) => ({ id, name })) }),
  ), 'GET categories/templates');

  // §5.6: the v1 path is INFERRED from v2's `GET /categories/templates/{category_id}`.
  sim.route('GET', `${API}/categories/templates/:id`, guard((req) => {
    const category = state.category(req.params.id);
    return category ? okAnswer({ templates: category.templates.map((t) => ({ ...t })) }) : notFoundAnswer(rng, 'Category');
  }), 'GET categories/templates/:id');
}

/** §5.1 list item, in the doc's field order; `person_id` as seen in one real item (INFERRED). */
function listItem(a: LeelooAccountRecord): LeelooAccountListItem {
  return {
    id: a.id,
    name: a.name,
    tags: [...a.tags],
    from: a.from,
    botStatus: a.botStatus,
    ...(a.lastMessageTime ? { lastMessageTime: a.lastMessageTime } : {}),
    createdAt: a.createdAt,
    person_id: a.person_id,
  };
}

/** §5.2 details in the doc example's field order; optional fields appear only when the account has them. */
function details(a: LeelooAccountRecord): LeelooAccountDetails {
  return {
    id: a.id,
    name: a.name,
    tags: [...a.tags],
    from: a.from,
    botStatus: a.botStatus,
    ...(a.gender ? { gender: a.gender } : {}),
    ...(a.phone ? { phone: a.phone } : {}),
    ...(a.email ? { email: a.email } : {}),
    ...(a.locale ? { locale: a.locale } : {}),
    subscribeHistory: a.subscribeHistory.map((s) => ({ ...s })),
    links: {
      contactedUsers: a.contactedUserIds.map((id) => ({ type: 'users', id })),
      orders: a.orderIds.map((id) => ({ type: 'orders', id })),
    },
    ...(a.custom_fields ? { custom_fields: { ...a.custom_fields } } : {}),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** §5.2: the doc example's included orders carry no `id`; accounts flagged so answer that way. */
function includedOrder(state: LeelooState, account: LeelooAccountRecord, id: string): LeelooIncludedOrder {
  const o = state.order(id)!;
  const base = { price: o.price, currency: o.currency, paymentMethod: o.paymentMethod, status: o.status, updatedAt: o.updatedAt };
  return account.includedOrdersHaveId ? { id: o.id, ...base } : base;
}
