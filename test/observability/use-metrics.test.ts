import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks, startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('/metrics', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('counts upstream calls per backend and endpoint, and GraphQL requests, without any token', async () => {
    await gw.execute('{ sessions(first: 2) { totalCount } }');
    gw.sims.reporter.setFault('POST sessions/filter', { kind: 'status', status: 503, times: 1 });
    await gw.execute('{ sessions(first: 2) { totalCount } }');
    const res = await gw.yoga.fetch('http://gateway.test/metrics');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/switchboard_upstream_requests_total\{tenant="default",service="reporter",endpoint="POST sessions\/filter",outcome="200"\} [1-9]/);
    expect(text).toMatch(/switchboard_upstream_requests_total\{tenant="default",service="reporter",endpoint="POST sessions\/filter",outcome="UPSTREAM_UNAVAILABLE"\} 1/);
    expect(text).toMatch(/switchboard_upstream_request_duration_seconds_bucket\{le="[\d.]+",tenant="default",service="reporter",endpoint="POST sessions\/filter"\}/);
    expect(text).toContain('graphql_envelop_request_duration');
    expect(text).not.toContain('/reporter/p/');
    expect(findLeaks(text)).toEqual([]);
  });
});
