import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendsDocument, CallsWithEmployeeDetailsDocument } from '../../client/src/generated/graphql.js';
import { findLeaks, startTestGateway, type TestGateway } from '../helpers/gateway.js';

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

describe('a client that goes away mid-request', () => {
  it('logs no error for the abandoned fields, and the server keeps serving', async () => {
    const gw = await startTestGateway();
    const server = createServer(gw.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const calls = gw.sims.dataset.uis.calls.slice(0, 50);
    const iso = (t: string) => `${t.replace(' ', 'T')}+03:00`;
    const body = JSON.stringify({
      query: print(CallsWithEmployeeDetailsDocument),
      variables: { period: { from: iso(calls[0].start_time), to: iso(calls.at(-1)!.start_time) }, first: 50 },
    });
    const post = (signal?: AbortSignal) => request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
    try {
      // The call list answers at once; get.employees is rate-limited once, so every employee field
      // waits on the gateway's Retry-After pause when the client goes away.
      gw.sims.uis.setFault('get.employees', { kind: 'rateLimit', retryAfterSec: 1, times: 1 });
      const client = new AbortController();
      const abandoned = post(client.signal).catch((err: Error) => err);
      while (gw.sims.uis.count('get.employees') === 0) await new Promise((r) => setTimeout(r, 5));
      client.abort();
      expect(await abandoned).toMatchObject({ name: 'AbortError' });
      await new Promise((r) => setTimeout(r, 300));
      expect(gw.sims.uis.count('get.employees')).toBe(1);

      const errorLines = gw.logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);
      expect(errorLines).toEqual([]);
      const next = await post();
      const json = (await next.body.json()) as { data?: { calls?: { edges: unknown[] } }; errors?: unknown };
      expect(json.errors).toBeUndefined();
      expect(json.data?.calls?.edges).toHaveLength(50);
    } finally {
      server.closeAllConnections();
      server.close();
      await gw.close();
    }
  });
});
