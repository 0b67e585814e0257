import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accountZone } from '../src/backends/uis/timezone.js';
import type { Fault } from '../src/simulators/harness.js';
import { findLeaks, startTestGateway, type TestGateway } from './helpers/gateway.js';

/** One query over all three backends: a fault in one must null only that backend's field. */
const ALL_THREE = `query AllThree($period: CallPeriod!) {
  sessions(first: 3) { totalCount edges { node { id client { displayName } } } }
  calls(period: $period, first: 3) { totalCount edges { node { id direction } } }
  leelooAccounts(first: 3) { totalCount edges { node { id name } } }
}`;

const FIELD = { reporter: 'sessions', uis: 'calls', leeloo: 'leelooAccounts' } as const;
const READ_ENDPOINT = { reporter: 'POST sessions/filter', uis: 'get.calls_report', leeloo: 'GET accounts' } as const;
type Backend = keyof typeof FIELD;

const FAULTS: Array<{ name: string; fault: Fault; code: string; retried: boolean }> = [
  { name: '5xx', fault: { kind: 'status', status: 503, body: '<html>down</html>', contentType: 'text/html' }, code: 'UPSTREAM_UNAVAILABLE', retried: true },
  { name: 'no answer until the timeout', fault: { kind: 'hang' }, code: 'UPSTREAM_TIMEOUT', retried: true },
  { name: 'a rate limit asking for a long wait', fault: { kind: 'rateLimit', retryAfterSec: 120 }, code: 'UPSTREAM_RATE_LIMITED', retried: false },
  { name: 'malformed JSON', fault: { kind: 'malformed' }, code: 'UPSTREAM_BAD_RESPONSE', retried: false },
  { name: 'a truncated body', fault: { kind: 'truncated' }, code: 'UPSTREAM_BAD_RESPONSE', retried: true },
];

describe('fault tolerance: a query over all three backends', () => {
  let gw: TestGateway;
  let period: { from: string; to: string };
  const transcripts: string[] = [];

  beforeAll(async () => {
    gw = await startTestGateway({ timeoutMs: 400 });
    const anchor = gw.sims.dataset.anchor.getTime();
    period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
    await accountZone(gw.backends.uis!);
  });
  beforeEach(() => {
    gw.sims.clearFaults();
    gw.sims.resetLogs();
  });
  afterAll(async () => {
    // Every failure case above: no token in any response or captured log line.
    expect(findLeaks(transcripts.join('\n') + gw.logLines.join(''))).toEqual([]);
    await gw.close();
  });

  for (const backend of ['reporter', 'uis', 'leeloo'] as Backend[]) {
    for (const { name, fault, code, retried } of FAULTS) {
      it(`${backend}: ${name} nulls only its field with ${code} and keeps the others`, async () => {
        gw.sims[backend].setFault('*', fault);
        const res = await gw.execute(ALL_THREE, { period });
        gw.sims.clearFaults();
        transcripts.push(JSON.stringify(res));
        expect(res.data).not.toBeNull();
        for (const other of Object.keys(FIELD) as Backend[]) {
          if (other === backend) expect(res.data[FIELD[other]]).toBeNull();
          else expect(res.data[FIELD[other]].edges).toHaveLength(3);
        }
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0].path).toEqual([FIELD[backend]]);
        expect(res.errors![0].extensions).toMatchObject({ code, service: backend });
        // Reads are retried at most twice, and only for transient failures.
        expect(gw.sims[backend].count(READ_ENDPOINT[backend])).toBe(retried ? 3 : 1);
      });
    }

    it(`${backend}: a slow answer within the timeout arrives whole`, async () => {
      gw.sims[backend].setFault('*', { kind: 'latency', ms: 150 });
      const res = await gw.execute(ALL_THREE, { period });
      expect(res.errors).toBeUndefined();
      expect(res.data[FIELD[backend]].edges).toHaveLength(3);
    });

    it(`${backend}: a short rate limit is waited out and retried once`, async () => {
      gw.sims[backend].setFault('*', { kind: 'rateLimit', retryAfterSec: 1, times: 1 });
      const res = await gw.execute(ALL_THREE, { period });
      transcripts.push(JSON.stringify(res));
      expect(res.errors).toBeUndefined();
      expect(gw.sims[backend].count(READ_ENDPOINT[backend])).toBe(2);
    });
  }
});

describe('fault tolerance: refused connections', () => {
  for (const backend of ['reporter', 'uis', 'leeloo'] as Backend[]) {
    it(`${backend}: a refused connection gives UPSTREAM_UNAVAILABLE on its field only`, async () => {
      const urlVar = { reporter: 'REPORTER_URL', uis: 'UIS_URL', leeloo: 'LEELOO_URL' }[backend];
      const gw = await startTestGateway({ env: { [urlVar]: 'http://127.0.0.1:9/closed' } });
      try {
        const anchor = gw.sims.dataset.anchor.getTime();
        const period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
        const res = await gw.execute(ALL_THREE, { period });
        expect(res.data[FIELD[backend]]).toBeNull();
        expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', service: backend })]);
        expect(findLeaks(JSON.stringify(res) + gw.logLines.join(''))).toEqual([]);
      } finally {
        await gw.close();
      }
    });
  }
});
