import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../helpers/gateway.js';
import { subscribeSse } from '../helpers/sse.js';
import { until } from '../helpers/until.js';

/**
 * `@live` queries on one gateway (memory channel), over GraphQL-over-SSE against the simulators.
 * Multi-replica behaviour is in test/live/replicas.test.ts.
 */
const LABELS = 'query Labels @live { sessionLabels { id name } }';
const LABEL_LIST = 'GET logs/labels/sessions';
const INTERVAL = 300;

let gw: TestGateway;
let url: string;

const createAtReporter = async (name: string) => {
  // Directly at the Reporter simulator, by no gateway: an operator in the Reporter's own UI.
  const res = await fetch(`${gw.sims.urls.reporter}/reporter/p/${TEST_TOKENS.reporter}/logs/labels/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, priority: 50 }),
  });
  expect(res.status).toBe(200);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  gw = await startTestGateway({ env: { LIVE_POLL_INTERVAL_MS: String(INTERVAL), MAX_SUBSCRIPTIONS_PER_CALLER: '5' } });
  url = `${await gw.listen()}/graphql`;
});
afterAll(async () => {
  await gw.close();
});

describe('@live over SSE', () => {
  it('streams the result the same query gives when sent once, and nothing more while nothing changes', async () => {
    const once = await gw.execute('{ sessionLabels { id name } }');
    const stream = await subscribeSse(url, LABELS);
    try {
      await stream.waitFor(1);
      expect(stream.events[0]).toEqual(once);
      gw.sims.resetLogs();
      await sleep(INTERVAL * 5);
      // Polled on the interval (about five times), nothing pushed, keep-alive comments only.
      expect(gw.sims.reporter.count(LABEL_LIST)).toBeGreaterThanOrEqual(3);
      expect(stream.events).toHaveLength(1);
      expect(stream.comments).toBeGreaterThan(0);
    } finally {
      stream.cancel();
    }
  });

  it('pushes the whole new result after a change made at the Reporter itself, at the next poll', async () => {
    const stream = await subscribeSse(url, LABELS);
    try {
      await stream.waitFor(1);
      const before = stream.events[0].data.sessionLabels.length;
      await createAtReporter('made-in-the-reporter-ui');
      await stream.waitFor(2, INTERVAL + 5000);
      const labels = stream.events[1].data.sessionLabels;
      expect(labels).toHaveLength(before + 1);
      expect(labels.map((l: { name: string }) => l.name)).toContain('made-in-the-reporter-ui');
    } finally {
      stream.cancel();
    }
  });

  it('serves every subscriber of one query with one execution per interval', async () => {
    const streams = await Promise.all(Array.from({ length: 4 }, () => subscribeSse(url, LABELS)));
    try {
      await Promise.all(streams.map((s) => s.waitFor(1)));
      gw.sims.resetLogs();
      await sleep(INTERVAL * 6);
      const reads = gw.sims.reporter.count(LABEL_LIST);
      // One coordinator for the four: ~6 polls, where four pollers would make ~24.
      expect(reads).toBeGreaterThanOrEqual(3);
      expect(reads).toBeLessThanOrEqual(8);
      expect(gw.yoga.live.stats()).toEqual({ queries: 1, subscribers: 4 });
    } finally {
      for (const s of streams) s.cancel();
    }
  });

  it('serialises a change once for all its subscribers, not once per stream', async () => {
    const streams = await Promise.all(Array.from({ length: 4 }, () => subscribeSse(url, LABELS)));
    const spy = vi.spyOn(JSON, 'stringify');
    try {
      await Promise.all(streams.map((s) => s.waitFor(1)));
      spy.mockClear();
      await createAtReporter('serialised-once');
      await Promise.all(streams.map((s) => s.waitFor(2, INTERVAL + 5000)));
      for (const s of streams) expect(s.events[1].data.sessionLabels.map((l: { name: string }) => l.name)).toContain('serialised-once');
      // The gateway runs in this process: count the serialisations of the new result (any value whose
      // data holds the new label). One for the change's fingerprint, one for the text all four streams send;
      // one per stream would make six.
      const ofNewResult = spy.mock.calls.filter(([v]) => {
        const labels = (v as { data?: { sessionLabels?: { name: string }[] } } | null)?.data?.sessionLabels;
        return Array.isArray(labels) && labels.some((l) => l.name === 'serialised-once');
      });
      expect(ofNewResult.length).toBeLessThanOrEqual(2);
    } finally {
      spy.mockRestore();
      for (const s of streams) s.cancel();
    }
  });

  it('stops polling when the last subscriber leaves', async () => {
    const stream = await subscribeSse(url, LABELS);
    await stream.waitFor(1);
    stream.cancel();
    await until(() => gw.yoga.live.stats().queries === 0);
    gw.sims.resetLogs();
    await sleep(INTERVAL * 4);
    expect(gw.sims.reporter.count(LABEL_LIST)).toBe(0);
  });

  it('answers a @live query sent as a plain request once, as the query without @live', async () => {
    const res = await gw.execute(LABELS);
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data.sessionLabels)).toBe(true);
  });

  it('refuses @live on a mutation or a subscription before anything runs', async () => {
    gw.sims.resetLogs();
    for (const doc of ['mutation M @live { deleteSessionLabel(id: "1") { __typename } }', 'subscription S @live { reportTaskUpdated(id: "1") { status } }']) {
      const res = await gw.execute(doc);
      expect(res.errors?.[0]?.message).toMatch(/Directive "@live" may not be used on (MUTATION|SUBSCRIPTION)/);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(gw.sims.counts().total).toBe(0);
  });

  it('honours @live(if: false): one result, the stream completes', async () => {
    const stream = await subscribeSse(url, 'query ($live: Boolean!) @live(if: $live) { sessionLabels { id } }', { live: false });
    await stream.done;
    expect(stream.events).toHaveLength(1);
    expect(stream.completed).toBe(true);
  });

  it('pushes a backend failure once, keeps the subscriber, and pushes again when the backend answers', async () => {
    const stream = await subscribeSse(url, LABELS);
    try {
      await stream.waitFor(1);
      gw.sims.reporter.setFault(LABEL_LIST, { kind: 'status', status: 503 });
      await stream.waitFor(2, 5000);
      expect(stream.events[1].data.sessionLabels).toBeNull();
      expect(stream.events[1].errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
      await sleep(INTERVAL * 5);
      // The same failure on every poll since: not pushed again.
      expect(stream.events).toHaveLength(2);
      gw.sims.reporter.clearFaults();
      await stream.waitFor(3, 5000);
      expect(stream.events[2]).toEqual(stream.events[0]);
      expect(stream.completed).toBe(false);
    } finally {
      gw.sims.reporter.clearFaults();
      stream.cancel();
    }
  });

  it('counts live streams against MAX_SUBSCRIPTIONS_PER_CALLER and gives the slot back when one ends', async () => {
    const open = await Promise.all(Array.from({ length: 5 }, () => subscribeSse(url, LABELS)));
    try {
      await Promise.all(open.map((s) => s.waitFor(1)));
      const refused = await subscribeSse(url, LABELS);
      await refused.done;
      expect(refused.events[0].errors[0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      open.pop()!.cancel();
      await until(() => gw.yoga.live.stats().subscribers === 4);
      const again = await subscribeSse(url, LABELS);
      await again.waitFor(1);
      expect(again.events[0].data.sessionLabels).toBeDefined();
      again.cancel();
    } finally {
      for (const s of open) s.cancel();
    }
  });
});

describe('live metrics', () => {
  it('count live queries, subscribers, executions and pushes on /metrics, with bounded labels', async () => {
    await until(() => gw.yoga.live.stats().subscribers === 0);
    const streams = await Promise.all([subscribeSse(url, LABELS), subscribeSse(url, LABELS)]);
    try {
      await Promise.all(streams.map((s) => s.waitFor(1)));
      await createAtReporter('counted-by-the-metrics');
      await Promise.all(streams.map((s) => s.waitFor(2, INTERVAL + 5000)));
      const text = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
      expect(text).toMatch(/^switchboard_live_queries 1$/m);
      expect(text).toMatch(/^switchboard_live_subscribers 2$/m);
      expect(text).toMatch(/^switchboard_live_executions_total\{trigger="interval",outcome="ok"\} [1-9]\d*$/m);
      expect(text).toMatch(/^switchboard_live_pushes_total\{from="execution"\} [1-9]\d*$/m);
      // Nothing a caller chose (the document, its variables) is a label.
      expect(text).not.toContain('sessionLabels');
    } finally {
      for (const s of streams) s.cancel();
    }
  });
});
