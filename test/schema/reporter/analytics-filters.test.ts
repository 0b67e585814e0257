import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KEYS } from '../../../src/simulators/reporter/filter-keys.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const FILTERS = op('analytics-filters');
const OPTIONS = op('analytics-filter-options');

interface Definition {
  key: string;
  type: string;
  label: string;
  isDefault: boolean;
  isRequired: boolean;
  settings: {
    placeholder: string | null;
    comparisonOptions: { type: string; isDefault: boolean }[] | null;
    defaultPeriod: { offset: string; unit: string } | null;
    defaultPageSizeForOptions: number | null;
    staticOptions: { value: string }[] | null;
  } | null;
}
interface Option {
  value: string;
  label: string;
  frequency: number | null;
  parentValue: string | null;
  childValues: string[] | null;
}

let gw: TestGateway;
/** Runs an operation text and types its result. */
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Query.reporterFilters', () => {
  it('lists every filter of the SESSIONS section with its type, in one request', async () => {
    const res = await run<{ reporterFilters: Definition[] }>(FILTERS, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.reporterFilters.map((f) => [f.key, f.type, f.label])).toEqual(KEYS.map((k) => [k.key, k.type, k.label]));
    expect(gw.sims.counts().total).toBe(1);
  });

  it('lists only client-level keys for the CLIENTS section', async () => {
    const res = await run<{ reporterFilters: Definition[] }>(FILTERS, { section: 'CLIENTS' });
    expect(res.data!.reporterFilters.map((f) => f.key)).toEqual(KEYS.filter((k) => k.clients).map((k) => k.key));
  });

  it('carries the settings each filter type has', async () => {
    const res = await run<{ reporterFilters: Definition[] }>(FILTERS, {});
    const byKey = new Map(res.data!.reporterFilters.map((f) => [f.key, f]));
    const channel = byKey.get('CHANNEL_TYPE')!;
    expect(channel).toMatchObject({ type: 'CHECKBOX', isDefault: true, isRequired: false, settings: { defaultPageSizeForOptions: 20, staticOptions: [] } });
    expect(channel.settings!.comparisonOptions!.find((o) => o.isDefault)?.type).toBe('CONTAINS');
    expect(byKey.get('SESSION_START_TIME')!.settings).toMatchObject({ defaultPeriod: { offset: '7', unit: 'DAY' }, comparisonOptions: null });
    expect(byKey.get('INITIATOR')!.settings!.staticOptions!.map((o) => o.value)).toEqual(['ANY', 'CLIENT', 'BOT']);
  });

  it('nulls the list with the upstream error when the Reporter fails', async () => {
    gw.sims.reporter.setFault('GET filters', { kind: 'status', status: 502 });
    const res = await run<{ reporterFilters: null }>(FILTERS, {});
    expect(res.data?.reporterFilters).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['reporterFilters'], extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'reporter' } });
  });
});

describe('Query.reporterFilterOptions', () => {
  const channelCounts = () => {
    const counts = new Map<string, number>();
    for (const s of gw.sims.dataset.reporter.sessions) counts.set(s.channelType, (counts.get(s.channelType) ?? 0) + 1);
    return counts;
  };

  it('lists a filter’s values, most frequent first, with frequencies from the dataset', async () => {
    const res = await run<{ reporterFilterOptions: Option[] }>(OPTIONS, { key: 'CHANNEL_TYPE' });
    expect(res.errors).toBeUndefined();
    const want = [...channelCounts()].sort((a, b) => b[1] - a[1]);
    expect(res.data!.reporterFilterOptions.map((o) => [o.value, o.frequency])).toEqual(want);
    expect(gw.sims.counts().total).toBe(1);
  });

  it('counts under the given period and bots', async () => {
    const data = gw.sims.dataset.reporter;
    const to = data.anchor.getTime();
    const from = to - 7 * 86_400_000;
    const bot = data.bots[1];
    const res = await run<{ reporterFilterOptions: Option[] }>(OPTIONS, {
      key: 'CHANNEL_TYPE',
      period: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
      botIds: [bot.botId],
    });
    const want = data.sessions.filter((s) => s.botId === bot.botId && s.startMs >= from && s.startMs <= to).length;
    expect(res.data!.reporterFilterOptions.map((o) => [o.value, o.frequency])).toEqual([[bot.channelType, want]]);
  });

  it('pages with first/offset in one request', async () => {
    const all = await run<{ reporterFilterOptions: Option[] }>(OPTIONS, { key: 'CHANNEL_TYPE' });
    gw.sims.resetLogs();
    const page = await run<{ reporterFilterOptions: Option[] }>(OPTIONS, { key: 'CHANNEL_TYPE', first: 2, offset: 1 });
    expect(page.data!.reporterFilterOptions).toEqual(all.data!.reporterFilterOptions.slice(1, 3));
    expect(gw.sims.counts().total).toBe(1);
  });

  it('gives TREE values their parent and children', async () => {
    const res = await run<{ reporterFilterOptions: Option[] }>(OPTIONS, { key: 'NLP_STATE', first: 100 });
    const options = res.data!.reporterFilterOptions;
    const child = options.find((o) => o.parentValue)!;
    expect(child.value.startsWith(`${child.parentValue}/`)).toBe(true);
    expect(options.find((o) => o.value === child.parentValue)?.childValues).toContain(child.value);
  });

  it.each([
    ['key', { key: 'channel type' }],
    ['first', { key: 'CHANNEL_TYPE', first: 101 }],
    ['offset', { key: 'CHANNEL_TYPE', offset: -1 }],
    ['period', { key: 'CHANNEL_TYPE', period: { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } }],
  ])('rejects a bad `%s` with BAD_USER_INPUT naming it, before any request', async (argument, vars) => {
    const res = await run<{ reporterFilterOptions: null }>(OPTIONS, vars);
    expect(res.data?.reporterFilterOptions ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('passes on the Reporter’s refusal of a key that has no options', async () => {
    const res = await run<{ reporterFilterOptions: null }>(OPTIONS, { key: 'SESSION_ID' });
    expect(res.data?.reporterFilterOptions).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['reporterFilterOptions'], extensions: { code: 'BAD_USER_INPUT', service: 'reporter' } });
  });
});
