import { operationText } from '../../../scripts/operations.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { normaliseLeelooPhone } from '../../../src/backends/leeloo/phone.js';
import { definedOrNull } from '../../../src/backends/leeloo/values.js';
import type { LeelooAccountRecord, LeelooData } from '../../../src/simulators/leeloo/data.js';

/** The text of a named operation in schema/operations/leeloo/ (codegen input; the tests run them as sent). */
export function operation(name: string): string {
  return operationText(`leeloo/${name}.graphql`);
}

/** The simulator lists accounts newest first (GUESS, §4): the order the gateway's connection shows. */
export function accountsNewestFirst(data: LeelooData): LeelooAccountRecord[] {
  return [...data.accounts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function accountGlobalId(id: string): string {
  return encodeGlobalID('LeelooAccount', id);
}

export function userGlobalId(id: string): string {
  return encodeGlobalID('LeelooPlatformUser', id);
}

/** The first account of the dataset that satisfies `test`; fails loudly when the seed has none. */
export function findAccount(data: LeelooData, test: (a: LeelooAccountRecord) => boolean): LeelooAccountRecord {
  const found = data.accounts.find(test);
  if (!found) throw new Error('the seeded dataset has no account like that');
  return found;
}

/** What the gateway should show for an account's orders: the dataset's orders in `links.orders` order. */
export function expectedOrders(data: LeelooData, account: LeelooAccountRecord) {
  return account.orderIds.map((id) => {
    const o = data.orders.find((x) => x.id === id)!;
    return { orderId: o.id, price: o.price, currency: o.currency, paymentMethod: o.paymentMethod, statusRaw: o.status, updatedAt: o.updatedAt };
  });
}

export function expectedPhone(account: LeelooAccountRecord): { phone: string | null; phoneDigits: string | null } {
  const phone = definedOrNull(account.phone);
  return { phone, phoneDigits: normaliseLeelooPhone(phone) };
}

/** Errors of a response as `{path, code, service}` for matching. */
export function errorSummary(errors: ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }> | undefined) {
  return (errors ?? []).map((e) => ({ path: e.path?.join('.'), code: e.extensions?.code, service: e.extensions?.service }));
}
