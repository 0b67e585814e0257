import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const DASHBOARD = op('analytics-dashboard');
const ACTIVITY = op('analytics-activity');

const DAY = 86_400_000;

interface Series {
  total: number;
  points: { time: string; value: number }[];
}
interface Dashboard {
  statistics: {
    from: string;
    to: string;
    sessions: Series | null;
    messages: Series | null;
    switchedSessions: Series | null;
    telephony: { averageCallDurationSeconds: number; billed: Series; incoming: Series; outgoing: Series } | null;
    uniqueClients: { projectShortName: string; count: string }[] | null;
    sessionLabels: { label: { labelId: string; name: string }; series: Series }[] | null;
    messageLabels: { label: { labelId: string; name: string; group: { name: string } }; series: Series }[] | null;
  } | null;
}

let gw: TestGateway;
/** Runs an operation text and types its result. */
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
let from: Date;
let to: Date;
const period = () => ({ from: from.toISOString(), to: to.toISOString() });
const inPeriod = (ms: number) => ms >= from.getTime() && ms <= to.getTime();
/** The simple stats cover whole UTC days from the day of `from` to the day of `to`. */
const inDays = (ms: number) => {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) + DAY;
  return ms >= start && ms < end;
};
const sum = (s: Series) => s.points.reduce((n, p) => n + p.value, 0);

beforeAll(async () => {
  gw = await startTestGateway();
  to = gw.sims.dataset.reporter.anchor;
  from = new Date(to.getTime() - 14 * DAY);
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Query.statistics: data', () => {
  it('counts sessions and messages of the period per day, with totals from the dataset', async () => {
    const res = await run<Dashboard>(ACTIVITY, { period: period() });
    expect(res.errors).toBeUndefined();
    const { sessions, messages } = res.data!.statistics!;
    const data = gw.sims.dataset.reporter;
    expect(sessions!.total).toBe(data.sessions.filter((s) => inPeriod(s.startMs)).length);
    expect(messages!.total).toBe(data.messages.filter((m) => inPeriod(m.tsMs)).length);
    expect(sum(sessions!)).toBe(sessions!.total);
    expect(sessions!.points.every((p) => p.time.endsWith('T00:00:00.000Z'))).toBe(true);
    expect(sessions!.points.map((p) => p.time)).toEqual([...sessions!.points.map((p) => p.time)].sort());
  });

  it('restricts every series to the given bots', async () => {
    const data = gw.sims.dataset.reporter;
    const bot = data.bots[0].botId;
    const res = await run<Dashboard>(ACTIVITY, { period: period(), botIds: [bot] });
    const { sessions, messages } = res.data!.statistics!;
    expect(sessions!.total).toBe(data.sessions.filter((s) => s.botId === bot && inPeriod(s.startMs)).length);
    expect(messages!.total).toBe(data.messages.filter((m) => data.sessionById.get(m.sessionId)!.botId === bot && inPeriod(m.tsMs)).length);
    expect(sessions!.total).toBeGreaterThan(0);
  });

  it('buckets by the interval and step, and by the caller’s UTC offset', async () => {
    const weekly = await run<Dashboard>(ACTIVITY, { period: period(), interval: 'WEEK', step: 1 });
    const daily = await run<Dashboard>(ACTIVITY, { period: period() });
    expect(weekly.data!.statistics!.sessions!.points.length).toBeLessThanOrEqual(3);
    expect(daily.data!.statistics!.sessions!.points.length).toBeGreaterThan(10);
    expect(weekly.data!.statistics!.sessions!.total).toBe(daily.data!.statistics!.sessions!.total);
    const moscow = await run<Dashboard>(`query($p: ReporterPeriodInput!) {
      statistics(period: $p, utcOffsetMinutes: 180) { sessions { points { time } } } }`, { p: period() });
    expect(moscow.data!.statistics!.sessions!.points.every((p) => p.time.endsWith('T21:00:00.000Z'))).toBe(true);
  });

  it('returns every statistic of the dashboard, each matching the dataset', async () => {
    const res = await run<Dashboard>(DASHBOARD, { period: period() });
    expect(res.errors).toBeUndefined();
    const st = res.data!.statistics!;
    const data = gw.sims.dataset.reporter;
    expect(st).toMatchObject({ from: from.toISOString(), to: to.toISOString() });

    const calls = data.sessions.filter((s) => s.channelType === 'telephony' && inDays(s.startMs));
    expect(st.telephony!.incoming.total).toBe(calls.filter((s) => s.isCallIncoming).length);
    expect(st.telephony!.outgoing.total).toBe(calls.filter((s) => !s.isCallIncoming).length);
    expect(st.telephony!.billed.total).toBe(calls.filter((s) => (s.duration ?? 0) > 0).length);
    const seconds = calls.reduce((n, s) => n + (s.duration ?? 0) / 1000, 0);
    expect(st.telephony!.averageCallDurationSeconds).toBeCloseTo(seconds / calls.length, 1);

    expect(st.switchedSessions!.total).toBe(data.sessions.filter((s) => s.transfer && inDays(s.startMs)).length);
    expect(st.uniqueClients).toEqual([{ projectShortName: data.projectShortName, count: String(data.clients.length) }]);

    const sessionsInPeriod = data.sessions.filter((s) => inPeriod(s.startMs));
    expect(st.sessionLabels!.map((l) => l.label.name).sort()).toEqual(data.sessionLabels.map((l) => l.name).sort());
    for (const row of st.sessionLabels!) {
      expect(row.series.total).toBe(sessionsInPeriod.filter((s) => s.labelIds.includes(Number(row.label.labelId))).length);
      expect(sum(row.series)).toBe(row.series.total);
    }
    const messagesInPeriod = data.messages.filter((m) => inPeriod(m.tsMs));
    expect(st.messageLabels!).toHaveLength(data.messageLabels.length);
    for (const row of st.messageLabels!) {
      const label = data.messageLabels.find((l) => String(l.id) === row.label.labelId)!;
      expect(row.label.name).toBe(label.name);
      expect(row.label.group.name).toBe(data.labelGroups.find((g) => g.id === label.groupId)!.name);
      expect(row.series.total).toBe(messagesInPeriod.filter((m) => m.labelIds.includes(label.id)).length);
    }
  });

  it('counts sessions switched by an announcing bot text with method TEXT', async () => {
    const data = gw.sims.dataset.reporter;
    const answer = data.messages.find((m) => m.textAnswer && inDays(m.tsMs))!.textAnswer!;
    const text = answer.slice(0, 12);
    const res = await run<Dashboard>(
      `query($p: ReporterPeriodInput!, $t: String) { statistics(period: $p) { switchedSessions(method: TEXT, textForTransfer: $t) { total } } }`,
      { p: period(), t: text },
    );
    const hits = new Set(data.messages.filter((m) => m.textAnswer?.toLowerCase().includes(text.toLowerCase())).map((m) => m.sessionId));
    const want = data.sessions.filter((s) => inDays(s.startMs) && hits.has(s.sessionId)).length;
    expect(res.data!.statistics!.switchedSessions!.total).toBe(want);
    expect(want).toBeGreaterThan(0);
  });
});

describe('Query.statistics: requests', () => {
  it('pins the 7-field dashboard at exactly 7 requests, one per statistics endpoint', async () => {
    await gw.execute(DASHBOARD, { period: period() });
    const r = gw.sims.reporter;
    for (const endpoint of [
      'POST stats/sessions/with-advanced-filters',
      'POST stats/messages/with-advanced-filters',
      'POST stats/session-labels',
      'POST stats/log-labels',
      'GET stats/telephony',
      'GET stats/switched-sessions',
      'GET stats/unique-clients',
    ]) {
      expect(r.count(endpoint)).toBe(1);
    }
    expect(gw.sims.counts().total).toBe(7);
  });

  it('makes 2 requests for 2 selected fields and none for the others', async () => {
    await gw.execute(ACTIVITY, { period: period() });
    expect(gw.sims.reporter.count('POST stats/sessions/with-advanced-filters')).toBe(1);
    expect(gw.sims.reporter.count('POST stats/messages/with-advanced-filters')).toBe(1);
    expect(gw.sims.counts().total).toBe(2);
  });

  it('makes no request when no statistics field is selected', async () => {
    const res = await run<Dashboard>('query($p: ReporterPeriodInput!) { statistics(period: $p) { from to } }', { p: period() });
    expect(res.data!.statistics).toEqual({ from: from.toISOString(), to: to.toISOString() });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('shares one request between aliases that ask the same thing', async () => {
    const res = await run<{ statistics: { a: Series; b: Series } }>(
      'query($p: ReporterPeriodInput!) { statistics(period: $p) { a: sessions { total } b: sessions { total } } }',
      { p: period() },
    );
    expect(res.data!.statistics.a.total).toBe(res.data!.statistics.b.total);
    expect(gw.sims.counts().total).toBe(1);
  });
});

describe('Query.statistics: errors', () => {
  it.each([
    ['period', { period: { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } }],
    ['step', { step: 0 }],
    ['utcOffsetMinutes', { utcOffsetMinutes: 900 }],
    ['botIds', { botIds: [' '] }],
  ])('rejects a bad `%s` with BAD_USER_INPUT naming it, before any request', async (argument, vars) => {
    const res = await run<Dashboard>(DASHBOARD, { period: period(), ...vars });
    expect(res.data?.statistics ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('rejects a malformed date before any request', async () => {
    const res = await run<Dashboard>(DASHBOARD, { period: { from: '2024-13-01', to: '2024-12-01T00:00:00Z' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('requires textForTransfer with method TEXT, failing only that field and sending nothing for it', async () => {
    const res = await run<Dashboard>(
      'query($p: ReporterPeriodInput!) { statistics(period: $p) { sessions { total } switchedSessions(method: TEXT) { total } } }',
      { p: period() },
    );
    expect(res.data!.statistics!.switchedSessions).toBeNull();
    expect(res.data!.statistics!.sessions!.total).toBeGreaterThan(0);
    expect(res.errors?.[0]).toMatchObject({
      path: ['statistics', 'switchedSessions'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'textForTransfer' },
    });
    expect(gw.sims.reporter.count('GET stats/switched-sessions')).toBe(0);
  });

  it('nulls only the failing statistic, with the upstream error at its path', async () => {
    gw.sims.reporter.setFault('GET stats/telephony', { kind: 'status', status: 500 });
    const res = await run<Dashboard>(DASHBOARD, { period: period() });
    const st = res.data!.statistics!;
    expect(st.telephony).toBeNull();
    expect(st.sessions!.total).toBeGreaterThan(0);
    expect(st.uniqueClients).toHaveLength(1);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['statistics', 'telephony'], extensions: { code: 'UPSTREAM_ERROR', service: 'reporter' } });
  });

  it('reports an upstream refusal of a statistics request under the Reporter service', async () => {
    gw.sims.reporter.setFault('POST stats/session-labels', { kind: 'status', status: 400, body: '{"error":"reporter.filter.bad","message":"bad"}' });
    const res = await run<Dashboard>(DASHBOARD, { period: period() });
    expect(res.data!.statistics!.sessionLabels).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['statistics', 'sessionLabels'], extensions: { code: 'BAD_USER_INPUT', service: 'reporter' } });
  });
});
