import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallRow as SimCall } from '../../../src/simulators/uis/types.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { iso, paramsOf, warm, type Json } from './helpers.js';

const QUERY = `query($period: CallPeriod!, $interval: CallStatisticsInterval, $utcOffsetMinutes: Int, $filter: CallsFilter) {
  callStatistics(period: $period, interval: $interval, utcOffsetMinutes: $utcOffsetMinutes, filter: $filter) {
    from to total lost lostShare points { time total lost }
  }
}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Query.callStatistics', () => {
  let gw: TestGateway;
  let calls: SimCall[];
  let to: Date;
  beforeAll(async () => {
    gw = await startTestGateway();
    calls = gw.sims.dataset.uis.calls;
    to = new Date(iso(calls.at(-1)!.start_time));
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  const run = (vars: Json) => gw.execute(QUERY, vars);
  const inRange = (from: Date, until: Date) => calls.filter((c) => {
    const t = Date.parse(iso(c.start_time));
    return t >= from.getTime() && t <= until.getTime();
  });

  it('counts the calls of the last day per hour, with the lost ones, in one get.calls_report of two fields', async () => {
    const from = new Date(to.getTime() - DAY);
    const res = await run({ period: { from: from.toISOString(), to: to.toISOString() } });
    expect(res.errors).toBeUndefined();
    const stats = res.data.callStatistics;
    const expected = inRange(from, to);
    expect(expected.length).toBeGreaterThan(10);
    expect(stats.total).toBe(expected.length);
    expect(stats.lost).toBe(expected.filter((c) => c.is_lost).length);
    expect(stats.lostShare).toBeCloseTo(stats.lost / stats.total, 10);
    // 24 h touch 25 hourly buckets (both ends inclusive), every one listed, oldest first.
    expect(stats.points).toHaveLength(25);
    expect(stats.points.every((p: { time: string }) => p.time.endsWith(':00:00.000Z'))).toBe(true);
    expect(stats.points.reduce((n: number, p: { total: number }) => n + p.total, 0)).toBe(stats.total);
    const hourOf = (c: SimCall) => new Date(Math.floor(Date.parse(iso(c.start_time)) / HOUR) * HOUR).toISOString();
    const busiest = stats.points.reduce((a: { total: number }, b: { total: number }) => (b.total > a.total ? b : a));
    expect(busiest.total).toBe(expected.filter((c) => hourOf(c) === busiest.time).length);
    expect(busiest.lost).toBe(expected.filter((c) => hourOf(c) === busiest.time && c.is_lost).length);
    const params = paramsOf(gw, 'get.calls_report');
    expect(params).toHaveLength(1);
    expect(params[0]).toMatchObject({ fields: ['start_time', 'is_lost'], limit: 10_000, offset: 0 });
  });

  it('buckets by day where the caller’s zone begins its days, and applies the typed filter upstream', async () => {
    const from = new Date(to.getTime() - 6 * DAY);
    const res = await run({ period: { from: from.toISOString(), to: to.toISOString() }, interval: 'DAY', utcOffsetMinutes: 180, filter: { direction: 'IN' } });
    expect(res.errors).toBeUndefined();
    const stats = res.data.callStatistics;
    expect(stats.total).toBe(inRange(from, to).filter((c) => c.direction === 'in').length);
    // Moscow midnight is 21:00 UTC.
    expect(stats.points.every((p: { time: string }) => p.time.endsWith('T21:00:00.000Z'))).toBe(true);
    expect(stats.points.length).toBeGreaterThanOrEqual(7);
    expect(paramsOf(gw, 'get.calls_report')[0].filter).toEqual({ field: 'direction', operator: '=', value: 'in' });
  });

  it('answers zero calls with every bucket empty and no lost share', async () => {
    const from = new Date(to.getTime() + DAY);
    const res = await run({ period: { from: from.toISOString(), to: new Date(from.getTime() + 2 * HOUR).toISOString() } });
    expect(res.errors).toBeUndefined();
    expect(res.data.callStatistics).toMatchObject({ total: 0, lost: 0, lostShare: null });
    expect(res.data.callStatistics.points.every((p: { total: number }) => p.total === 0)).toBe(true);
  });

  it.each([
    ['more than 744 buckets', { period: { from: '2026-01-01T00:00:00Z', to: '2026-02-15T00:00:00Z' } }, 'period'],
    ['a reversed period', { period: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' } }, 'period'],
    ['a zone beyond UTC+14', { period: { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' }, utcOffsetMinutes: 900 }, 'utcOffsetMinutes'],
  ])('refuses %s with BAD_USER_INPUT before any request', async (_name, vars, field) => {
    const res = await run(vars);
    expect(res.data.callStatistics).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: field });
    expect(gw.sims.uis.count()).toBe(0);
  });
});
