import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const DAY = 86_400_000;
const QUERY = `query($period: ReporterPeriodInput!, $first: Int!, $botIds: [String!]) {
  statistics(period: $period, botIds: $botIds) {
    sessions { total }
    sessionResults(first: $first) { result label series { total points { time value } } }
  }
}`;

interface Row {
  result: string;
  label: string | null;
  series: { total: number; points: { time: string; value: number }[] };
}

describe('Statistics.sessionResults', () => {
  let gw: TestGateway;
  let period: { from: string; to: string };
  let inPeriod: (ms: number) => boolean;
  beforeAll(async () => {
    gw = await startTestGateway();
    const to = gw.sims.dataset.reporter.anchor;
    const from = new Date(to.getTime() - 14 * DAY);
    period = { from: from.toISOString(), to: to.toISOString() };
    inPeriod = (ms) => ms >= from.getTime() && ms <= to.getTime();
  });
  afterAll(async () => gw.close());
  beforeEach(() => gw.sims.resetLogs());

  it('breaks the period’s sessions down per result, most frequent first, with per-day series that add up', async () => {
    const res = await gw.execute(QUERY, { period, first: 10 });
    expect(res.errors).toBeUndefined();
    const rows = res.data.statistics.sessionResults as Row[];
    const sessions = gw.sims.dataset.reporter.sessions.filter((s) => inPeriod(s.startMs));
    const expected = new Map<string, number>();
    for (const s of sessions) expected.set(s.sessionResult!, (expected.get(s.sessionResult!) ?? 0) + 1);
    expect(new Map(rows.map((r) => [r.result, r.series.total]))).toEqual(expected);
    expect(rows.map((r) => r.series.total)).toEqual([...rows.map((r) => r.series.total)].sort((a, b) => b - a));
    for (const r of rows) expect(r.series.points.reduce((n, p) => n + p.value, 0)).toBe(r.series.total);
    expect(rows.reduce((n, r) => n + r.series.total, 0)).toBe(res.data.statistics.sessions.total);
  });

  it('costs one filter-options request plus one sessions-stats request per result', async () => {
    const res = await gw.execute(QUERY, { period, first: 2 });
    expect(res.errors).toBeUndefined();
    expect(res.data.statistics.sessionResults).toHaveLength(2);
    expect(gw.sims.reporter.count('POST filter-options')).toBe(1);
    // Two for the results, one for `sessions { total }` (no SESSION_RESULT filter).
    expect(gw.sims.reporter.count('POST stats/sessions/with-advanced-filters')).toBe(3);
    const bodies = gw.sims.reporter.log.filter((r) => r.endpoint === 'POST stats/sessions/with-advanced-filters').map((r) => JSON.stringify(r.body));
    expect(bodies.filter((b) => b.includes('"SESSION_RESULT"'))).toHaveLength(2);
  });

  it('keeps the bots filter on every request of the breakdown', async () => {
    const bot = gw.sims.dataset.reporter.bots[0].botId;
    const res = await gw.execute(QUERY, { period, first: 10, botIds: [bot] });
    const rows = res.data.statistics.sessionResults as Row[];
    const sessions = gw.sims.dataset.reporter.sessions.filter((s) => s.botId === bot && inPeriod(s.startMs));
    expect(rows.reduce((n, r) => n + r.series.total, 0)).toBe(sessions.length);
  });

  it.each([0, 21])('refuses first: %i with BAD_USER_INPUT and asks nothing', async (first) => {
    const res = await gw.execute(QUERY, { period, first });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(gw.sims.reporter.count('POST filter-options')).toBe(0);
  });
});
