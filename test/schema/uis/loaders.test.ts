import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUisLoaders } from '../../../src/backends/uis/loaders.js';
import { addMonthsWire, groupBySpan, splitPeriod } from '../../../src/backends/uis/periods.js';
import { SharedTtlCache } from '../../../src/backends/uis/shared-cache.js';
import { accountZone, forgetAccountZone } from '../../../src/backends/uis/timezone.js';
import type { LoaderDeps } from '../../../src/backends/loader-deps.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { iso, paramsOf, warm } from './helpers.js';

describe('UIS loaders', () => {
  let gw: TestGateway;
  const loaders = () =>
    createUisLoaders(gw.backends.uis!, { backends: gw.backends, config: gw.config, signal: new AbortController().signal, batching: true } satisfies LoaderDeps);
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  describe('callsByPhone', () => {
    it('batches phones of one period into ONE get.calls_report with `contact_phone_number in`, grouped per phone', async () => {
      const calls = gw.sims.dataset.uis.calls;
      const from = new Date(iso(calls[0].start_time));
      const to = new Date(from.getTime() + 60 * 86_400_000);
      const inRange = calls.filter((c) => new Date(iso(c.start_time)) <= to);
      const phones = [...new Set(inRange.slice(0, 30).map((c) => c.contact_phone_number!))].slice(0, 5);
      const l = loaders();
      const results = await Promise.all([...phones, '79990000000'].map((phone) => l.callsByPhone.load({ phone, from, to, fields: ['talk_duration'] })));
      phones.forEach((phone, i) => {
        expect(results[i].map((c) => c.row.id)).toEqual(inRange.filter((c) => c.contact_phone_number === phone).map((c) => c.id));
      });
      expect(results[5]).toEqual([]);
      expect(gw.sims.uis.count('get.calls_report')).toBe(1);
      expect(paramsOf(gw, 'get.calls_report')[0]).toMatchObject({
        filter: { field: 'contact_phone_number', operator: 'in', value: [...phones, '79990000000'] },
        fields: ['id', 'start_time', 'contact_phone_number', 'talk_duration'],
      });
    });

    it('sends one request per distinct (period, fields), and splits periods over 3 months', async () => {
      const calls = gw.sims.dataset.uis.calls;
      const phone = calls[10].contact_phone_number!;
      const from = new Date(iso(calls[0].start_time));
      const to = new Date(iso(calls.at(-1)!.start_time));
      const l = loaders();
      const [all, some] = await Promise.all([
        l.callsByPhone.load({ phone, from, to, fields: [] }),
        l.callsByPhone.load({ phone, from, to: new Date(from.getTime() + 86_400_000), fields: [] }),
      ]);
      expect(all.map((c) => c.row.id)).toEqual(calls.filter((c) => c.contact_phone_number === phone).map((c) => c.id));
      expect(some.length).toBeLessThanOrEqual(all.length);
      expect(gw.sims.uis.count('get.calls_report')).toBe(splitPeriod(calls[0].start_time, calls.at(-1)!.start_time).length + 1);
    });

    it('fails only the keys of a failing group', async () => {
      gw.sims.uis.setFault('get.calls_report', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' });
      const l = loaders();
      await expect(l.callsByPhone.load({ phone: '79160000000', from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-02T00:00:00Z'), fields: [] })).rejects.toMatchObject({
        extensions: { service: 'uis' },
      });
    });
  });

  describe('account zone', () => {
    it('costs one get.account per client, then nothing while fresh', async () => {
      forgetAccountZone(gw.backends.uis!);
      gw.sims.resetLogs();
      const zones = await Promise.all([accountZone(gw.backends.uis!), accountZone(gw.backends.uis!)]);
      await accountZone(gw.backends.uis!);
      expect(zones).toEqual(['Europe/Moscow', 'Europe/Moscow']);
      expect(gw.sims.uis.count('get.account')).toBe(1);
    });

    it('does not keep a failed load', async () => {
      let calls = 0;
      const cache = new SharedTtlCache<object, string>(1000);
      const key = {};
      await expect(cache.get(key, async () => Promise.reject(new Error(`fail ${++calls}`)))).rejects.toThrow('fail 1');
      await expect(cache.get(key, async () => `ok ${++calls}`)).resolves.toBe('ok 2');
      await expect(cache.get(key, async () => `again ${++calls}`)).resolves.toBe('ok 2');
    });

    it('expires after its TTL', async () => {
      let now = 0;
      const cache = new SharedTtlCache<object, number>(1000, () => now);
      const key = {};
      await cache.get(key, async () => 1);
      now = 1001;
      await expect(cache.get(key, async () => 2)).resolves.toBe(2);
    });
  });
});

describe('UIS period windows', () => {
  it('keeps a period within 3 months in one window', () => {
    expect(splitPeriod('2026-01-01 00:00:00', '2026-03-15 12:00:00')).toEqual([{ date_from: '2026-01-01 00:00:00', date_till: '2026-03-15 12:00:00' }]);
  });

  it('splits a longer period into consecutive windows of at most 90 days, without gaps or overlaps', () => {
    const windows = splitPeriod('2025-01-31 10:00:00', '2025-12-31 23:59:59');
    expect(windows[0]).toEqual({ date_from: '2025-01-31 10:00:00', date_till: '2025-04-30 10:00:00' });
    expect(windows[1].date_from).toBe('2025-04-30 10:00:01');
    expect(windows.at(-1)!.date_till).toBe('2025-12-31 23:59:59');
    expect(windows).toHaveLength(4);
  });

  it('sends a period of exactly 90 days as one window, with no extra empty one-second window', () => {
    // 2026-01-01 + 90 days = 2026-04-01 (earlier than 3 months = 2026-04-01 too): both bounds inclusive.
    expect(splitPeriod('2026-01-01 00:00:00', '2026-04-01 00:00:00')).toEqual([{ date_from: '2026-01-01 00:00:00', date_till: '2026-04-01 00:00:00' }]);
    expect(splitPeriod('2026-05-01 00:00:00', '2026-07-30 00:00:00')).toHaveLength(1);
    expect(splitPeriod('2026-05-01 00:00:00', '2026-07-30 00:00:01')).toEqual([
      { date_from: '2026-05-01 00:00:00', date_till: '2026-07-30 00:00:00' },
      { date_from: '2026-07-30 00:00:01', date_till: '2026-07-30 00:00:01' },
    ]);
  });

  it('adds calendar months clamped to the month’s end', () => {
    expect(addMonthsWire('2025-11-30 08:00:00', 3)).toBe('2026-02-28 08:00:00');
  });

  it('groups call dates into runs that fit one request', () => {
    expect(groupBySpan(['2026-05-01 00:00:00', '2026-01-01 00:00:00', '2026-01-20 00:00:00', '2026-05-10 00:00:00'])).toEqual([
      [1, 2],
      [0, 3],
    ]);
  });
});
