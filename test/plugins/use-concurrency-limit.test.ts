import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { operationText } from '../../scripts/operations.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const COUNT = '{ sessions(first: 1) { totalCount } }';
const FILTER = 'POST sessions/filter';

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

/** Five slow operations at once; how many reached the Reporter while the first were still being answered. */
async function fiveAtOnce(g: TestGateway): Promise<{ early: number; answers: Array<{ data?: { sessions: { totalCount: number } } }> }> {
  g.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 300 });
  const pending = Array.from({ length: 5 }, () => g.execute(COUNT));
  await sleep(150);
  const early = g.sims.reporter.count(FILTER);
  return { early, answers: await Promise.all(pending) };
}

describe('MAX_CONCURRENT_OPERATIONS', () => {
  it('runs at most that many operations at once; the others wait their turn and are all answered', async () => {
    gw = await startTestGateway({ env: { MAX_CONCURRENT_OPERATIONS: '2' } });
    const { early, answers } = await fiveAtOnce(gw);
    expect(early).toBe(2);
    expect(answers.map((a) => a.data?.sessions.totalCount)).toEqual(Array(5).fill(gw.sims.dataset.reporter.sessions.length));
    expect(gw.sims.reporter.count(FILTER)).toBe(5);
  });

  it('is off by default: every operation starts at once', async () => {
    gw = await startTestGateway();
    const { early } = await fiveAtOnce(gw);
    expect(early).toBe(5);
  });

  it('never queues /health, /metrics or GraphiQL behind busy slots', async () => {
    gw = await startTestGateway({ env: { MAX_CONCURRENT_OPERATIONS: '1' } });
    // GraphiQL's first page load looks up ids for its example tabs once (outside the slots, but from
    // the Reporter); done before the Reporter is slowed down, so only queueing could delay the page.
    await (await gw.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } })).text();
    gw.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 400 });
    let queryDone = false;
    const query = gw.execute(COUNT).then(() => (queryDone = true));
    await sleep(100);
    const health = await gw.yoga.fetch('http://gateway.test/health');
    expect(health.status).toBe(200);
    const metrics = await gw.yoga.fetch('http://gateway.test/metrics');
    expect(await metrics.text()).toContain('# TYPE');
    const graphiql = await gw.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('graphiql');
    expect(queryDone).toBe(false);
    await query;
  });

  it('frees the slot of a subscription once its SSE stream has started', async () => {
    gw = await startTestGateway({ env: { MAX_CONCURRENT_OPERATIONS: '1', REPORT_POLL_INTERVAL_MS: '100' } });
    const created = await gw.execute(operationText('reporter/mutation-create-report.graphql'), { kind: 'SESSIONS' });
    const task = (created.data as { createReport: { task: { id: string } } }).createReport.task;
    const stream = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: operationText('reporter/subscription-report-task-updated.graphql'), variables: { id: task.id } }),
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    // Past Yoga's keep-alive comment (":") to the first event.
    let received = '';
    while (!received.includes('reportTaskUpdated')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain('"status":"CREATED"');
    // The stream is still open; with one slot, this query would wait forever if the stream held it.
    const res = await gw.execute(COUNT);
    expect(res.data?.sessions.totalCount).toBe(gw.sims.dataset.reporter.sessions.length);
    await reader.cancel();
  });
});
