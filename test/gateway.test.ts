import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendsDocument } from './generated/graphql.js';
import { findLeaks, startTestGateway, type TestGateway } from './helpers/gateway.js';

describe('gateway', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('lists the three backends as LIVE with their URLs and the Reporter token redacted', async () => {
    const res = await gw.execute(BackendsDocument);
    expect(res.errors).toBeUndefined();
    const backends = res.data!.backends;
    expect(backends.map((b) => [b.name, b.mode])).toEqual([
      ['REPORTER', 'LIVE'],
      ['UIS', 'LIVE'],
      ['LEELOO', 'LIVE'],
    ]);
    expect(backends[0].url).toBe(`${gw.sims.urls.reporter}/reporter/p/[REDACTED]`);
    expect(backends[1].url).toBe(gw.sims.urls.uis);
    expect(findLeaks(JSON.stringify(res))).toEqual([]);
  });

  it('answers invalid GraphQL with a GRAPHQL_VALIDATION_FAILED error and keeps serving', async () => {
    const bad = await gw.execute('{ backends { nope } }');
    expect(bad.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const good = await gw.execute(BackendsDocument);
    expect(good.data?.backends).toHaveLength(3);
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const res = await gw.execute('{ backends { ');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('gateway with SIMULATORS=off and no tokens', () => {
  it('reports every backend DISABLED', async () => {
    const gw = await startTestGateway({
      env: { SIMULATORS: 'off', REPORTER_TOKEN: '', UIS_ACCESS_TOKEN: '', LEELOO_TOKEN: '' },
    });
    try {
      const res = await gw.execute(BackendsDocument);
      expect(res.data!.backends.map((b) => b.mode)).toEqual(['DISABLED', 'DISABLED', 'DISABLED']);
    } finally {
      await gw.close();
    }
  });
});

describe('gateway with one backend disabled', () => {
  it('answers the other backends and BACKEND_NOT_CONFIGURED on the disabled one’s field', async () => {
    const gw = await startTestGateway({ env: { SIMULATORS: 'off', UIS_ACCESS_TOKEN: '' } });
    try {
      const anchor = gw.sims.dataset.anchor.toISOString();
      const res = await gw.execute(
        `query($period: CallPeriod!) {
          sessions(first: 1) { totalCount }
          calls(period: $period, first: 1) { totalCount }
          leelooAccounts(first: 1) { totalCount }
        }`,
        { period: { from: '2026-01-01T00:00:00Z', to: anchor } },
      );
      expect(res.data.sessions.totalCount).toBeGreaterThan(0);
      expect(res.data.leelooAccounts.totalCount).toBeGreaterThan(0);
      expect(res.data.calls).toBeNull();
      expect(res.errors).toEqual([expect.objectContaining({ path: ['calls'], extensions: { code: 'BACKEND_NOT_CONFIGURED', service: 'uis' } })]);
      expect(gw.sims.uis.count()).toBe(0);
    } finally {
      await gw.close();
    }
  });
});
