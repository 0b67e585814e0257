import { setTimeout as sleep } from 'node:timers/promises';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterEach, describe, expect, it } from 'vitest';
import { operationText } from '../../../scripts/operations.js';
import { useConcurrencyLimit } from '../../../src/gateway/plugins/use-concurrency-limit.js';
import { createOperationDeadlines, useDeadline } from '../../../src/gateway/plugins/use-deadline.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const COUNT = '{ sessions(first: 1) { totalCount } }';
/** Five different reads: identical ones in flight at once would share one upstream request (upstream/shared-reads.ts). */
const countNumber = (i: number) => `{ sessions(first: ${i + 1}) { totalCount } }`;
const FILTER = 'POST sessions/filter';

let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

/**
 * Five slow operations at once; how many reached the Reporter while none had been answered yet.
 * No fixed sleep decides it (a loaded machine is slow to send): it waits until `expected` arrived,
 * then a little longer, and counts while the first ones are still held by the simulated latency.
 */
async function fiveAtOnce(g: TestGateway, expected: number): Promise<{ early: number; answeredEarly: number; answers: Array<{ data?: { sessions: { totalCount: number } } }> }> {
  g.sims.reporter.setFault(FILTER, { kind: 'latency', ms: 1500 });
  let answered = 0;
  const pending = Array.from({ length: 5 }, (_, i) => g.execute(countNumber(i)).then((r) => (answered++, r)));
  const until = Date.now() + 1200;
  while (g.sims.reporter.count(FILTER) < expected && Date.now() < until) await sleep(10);
  await sleep(150);
  const early = g.sims.reporter.count(FILTER);
  const answeredEarly = answered;
  return { early, answeredEarly, answers: await Promise.all(pending) };
}

describe('MAX_CONCURRENT_OPERATIONS', () => {
  it('runs at most that many operations at once; the others wait their turn and are all answered', async () => {
    // Three rounds of 1.5 s: the per-attempt timeout must outlast one round, the deadline all three.
    // BULKHEAD_SHARE 100: the global limit alone (the Reporter's pool could otherwise hold only 1 of 2; test/upstream/bulkhead.test.ts).
    gw = await startTestGateway({ env: { MAX_CONCURRENT_OPERATIONS: '2', BULKHEAD_SHARE: '100' }, timeoutMs: 4000 });
    const { early, answeredEarly, answers } = await fiveAtOnce(gw, 2);
    expect(answeredEarly).toBe(0);
    expect(early).toBe(2);
    expect(answers.map((a) => a.data?.sessions.totalCount)).toEqual(Array(5).fill(gw.sims.dataset.reporter.sessions.length));
    expect(gw.sims.reporter.count(FILTER)).toBe(5);
  });

  it('is off by default: every operation starts at once', async () => {
    gw = await startTestGateway();
    const { early, answeredEarly } = await fiveAtOnce(gw, 5);
    expect(answeredEarly).toBe(0);
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

describe('MAX_CONCURRENT_OPERATIONS with the operation deadline', () => {
  /** A Yoga app whose one field takes `ms` and ignores every signal, like CPU-bound work. */
  function slowApp(max: number, deadlineMs: number, ms: number) {
    const deadlines = createOperationDeadlines(deadlineMs);
    return createYoga({
      schema: createSchema({ typeDefs: 'type Query { slow: Int }', resolvers: { Query: { slow: () => sleep(ms).then(() => 1) } } }),
      plugins: [useDeadline(deadlines), useConcurrencyLimit(max, deadlines)],
      logging: false,
    });
  }
  const ask = async (app: ReturnType<typeof slowApp>): Promise<Response> =>
    await app.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) });

  it('takes a request still queued at its deadline out of the queue and answers 503 UPSTREAM_TIMEOUT', async () => {
    const app = slowApp(1, 300, 900);
    const holder = ask(app);
    const queued = await ask(app);
    expect(queued.status).toBe(503);
    const body = (await queued.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UPSTREAM_TIMEOUT' }, message: expect.stringContaining('MAX_CONCURRENT_OPERATIONS 1') });
    // The holder was not disturbed, and the queue moves on: the next request runs once it is done.
    expect(((await (await holder).json()) as { data: unknown }).data).toEqual({ slow: 1 });
    expect((await ask(slowApp(1, 300, 10))).status).toBe(200);
  });

  it('serves waiters in arrival order', async () => {
    const order: number[] = [];
    const app = slowApp(1, 5000, 50);
    await Promise.all([1, 2, 3, 4].map((n) => ask(app).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
