import DataLoader from 'dataloader';
import { notFound } from '../../gateway/errors.js';
import { loaderOptions, type LoaderDeps } from '../loader-deps.js';
import { fetchAllCalls } from './call-list.js';
import type { UisClient } from './client.js';
import { EMPLOYEES_FIELDS, fieldNames } from './fields.js';
import { groupBySpan, splitPeriod, wirePeriod } from './periods.js';
import { UisCall } from './shapes.js';
import { SharedTtlCache } from './shared-cache.js';
import { accountZone } from './timezone.js';
import type { CallsReportRow } from './types-calls.js';
import type { Employee, Tag } from './types.js';

/**
 * The UIS per-request loaders. UIS has no batch requests (§1: batch arrays are rejected), so every
 * loader batches through one `filter {field: id, operator: in}` request per batch (design.md §3).
 * Each batch function answers every key with a value or an Error; one bad key never fails the rest.
 */

/** A call by its global-ID parts, with the fields the asking site needs. */
export interface CallKey {
  id: number;
  /** start_time as the upstream wrote it (wire text, account zone). */
  start: string;
  fields: readonly string[];
}

/** The lead's join: a phone's calls in a period. `phone` is canonical digits (7XXXXXXXXXX). */
export interface CallsByPhoneKey {
  phone: string;
  from: Date;
  to: Date;
  fields: readonly string[];
}

export interface UisLoaders {
  client: UisClient;
  /** The account time zone (shared, 1 h TTL; timezone.ts). */
  zone(): Promise<string>;
  employee: DataLoader<number, Employee>;
  tag: DataLoader<number, Tag>;
  call: DataLoader<CallKey, UisCall, string>;
  callsByPhone: DataLoader<CallsByPhoneKey, UisCall[], string>;
}

/**
 * Tags change rarely and every tag picker needs the same few dozen: one shared list per client
 * (= per credential set) for a minute (design.md §3 allows it for reference data).
 * @default 60 s
 */
export const TAG_TTL_MS = 60_000;
const tagLists = new SharedTtlCache<UisClient, Map<number, Tag>>(TAG_TTL_MS);

export function createUisLoaders(client: UisClient, deps: LoaderDeps): UisLoaders {
  const opts = loaderOptions(deps);
  const signal = deps.signal;
  const zone = () => accountZone(client);

  const employee = new DataLoader<number, Employee>(async (ids) => {
    const unique = [...new Set(ids)];
    const page = await client.getEmployees(
      { filter: { field: 'id', operator: 'in', value: unique }, fields: fieldNames(EMPLOYEES_FIELDS), limit: unique.length },
      { signal },
    );
    const byId = new Map(page.data.map((e) => [e.id, e]));
    return ids.map((id) => byId.get(id) ?? notFound(`No UIS employee ${id}`, 'uis'));
  }, opts);

  const tag = new DataLoader<number, Tag>(async (ids) => {
    // The whole list (tags are few, §12.4), shared for TAG_TTL_MS: a warm gateway asks nothing.
    const byId = await tagLists.get(client, async () => {
      const list = await client.shared('tags', TAG_TTL_MS, async () => (await client.getTags({ limit: 10_000 })).data);
      return new Map(list.map((t) => [t.id!, t]));
    });
    return ids.map((id) => byId.get(id) ?? notFound(`No UIS tag ${id}`, 'uis'));
  }, opts);

  const call = new DataLoader<CallKey, UisCall, string>(
    async (keys) => {
      const tz = await zone();
      const fields = [...new Set(['id', 'start_time', ...keys.flatMap((k) => k.fields)])];
      const out: Array<UisCall | Error> = keys.map((k) => notFound(`No UIS call ${k.id} starting ${k.start}`, 'uis'));
      // `id in [...]` over the span of their start times: one request unless they span past 3 months.
      await Promise.all(
        groupBySpan(keys.map((k) => k.start)).map(async (group) => {
          const starts = group.map((i) => keys[i].start).sort();
          const ids = [...new Set(group.map((i) => keys[i].id))];
          try {
            const page = await client.getCallsReport(
              { date_from: starts[0], date_till: starts.at(-1)!, filter: { field: 'id', operator: 'in', value: ids }, fields, limit: ids.length },
              { signal },
            );
            for (const i of group) {
              const row = page.data.find((r) => r.id === keys[i].id && r.start_time === keys[i].start);
              if (row) out[i] = new UisCall(row, tz);
            }
          } catch (err) {
            for (const i of group) out[i] = err as Error;
          }
        }),
      );
      return out;
    },
    { ...opts, cacheKeyFn: (k) => `${k.id}@${k.start}@${[...k.fields].sort().join(',')}` },
  );

  const callsByPhone = new DataLoader<CallsByPhoneKey, UisCall[], string>(
    async (keys) => {
      const tz = await zone();
      const out: Array<UisCall[] | Error> = keys.map(() => []);
      // One get.calls_report per distinct (period, fields), with `contact_phone_number in [...]`.
      const groups = new Map<string, number[]>();
      keys.forEach((k, i) => {
        const g = `${k.from.toISOString()}|${k.to.toISOString()}|${[...k.fields].sort().join(',')}`;
        const list = groups.get(g);
        if (list) list.push(i);
        else groups.set(g, [i]);
      });
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = keys[group[0]];
          try {
            const period = wirePeriod(first, tz);
            const phones = [...new Set(group.map((i) => keys[i].phone))];
            const fields = [...new Set(['id', 'start_time', 'contact_phone_number', ...first.fields])];
            const rows = await fetchAllCalls(
              client,
              { windows: splitPeriod(period.date_from, period.date_till), fields, filter: { field: 'contact_phone_number', operator: 'in', value: phones } },
              signal,
            );
            const byPhone = groupRows(rows);
            for (const i of group) out[i] = (byPhone.get(keys[i].phone) ?? []).map((r) => new UisCall(r, tz));
          } catch (err) {
            for (const i of group) out[i] = err as Error;
          }
        }),
      );
      return out;
    },
    { ...opts, cacheKeyFn: (k) => `${k.phone}|${k.from.toISOString()}|${k.to.toISOString()}|${[...k.fields].sort().join(',')}` },
  );

  return { client, zone, employee, tag, call, callsByPhone };
}

function groupRows(rows: CallsReportRow[]): Map<string, CallsReportRow[]> {
  const out = new Map<string, CallsReportRow[]>();
  for (const r of rows) {
    const phone = r.contact_phone_number ?? '';
    const list = out.get(phone);
    if (list) list.push(r);
    else out.set(phone, [r]);
  }
  return out;
}
