import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallRow as SimCall } from '../../src/simulators/uis/types.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../helpers/gateway.js';
import { subscribeSse, type SseStream } from '../helpers/sse.js';
import { periodOf } from '../schema/uis/helpers.js';

/**
 * POST /hooks/uis/<secret> and /hooks/leeloo/<secret> on one gateway: what re-runs, what is refused
 * (every variant a prober could try answers the same bare 404), body bounds, the flood window.
 * The interval is 60 s, so any push within the test comes from a notification.
 */
const UIS_SECRET = 'uis-hook-Xq7mZp2Vb9Nn4Lk1';
const LEELOO_SECRET = 'leeloo-hook-Hd8Sa3Fg6Wr0Tz';
const CALLS = `query LiveCalls($period: CallPeriod!) @live { calls(period: $period, first: 5) { edges { node { callSessionId tags { tagId name } } } } }`;

let gw: TestGateway;
let origin: string;
let calls: SimCall[];
let period: { from: string; to: string };

const post = (path: string, body: string, contentType = 'application/json', method = 'POST') =>
  fetch(`${origin}${path}`, { method, headers: { 'content-type': contentType }, body: method === 'GET' ? undefined : body });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Tags a call at the UIS simulator itself (JSON-RPC), as an operator in UIS's own UI would. */
const tagAtUis = async (call: SimCall, tagId: number) => {
  const res = await fetch(gw.sims.urls.uis, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'set.tag_communications', params: { access_token: TEST_TOKENS.uis, communication_type: 'call', communication_id: call.communication_id, tag_id: tagId } }),
  });
  expect(((await res.json()) as { error?: unknown }).error).toBeUndefined();
};
const reads = () => gw.sims.uis.count('get.calls_report');

beforeAll(async () => {
  gw = await startTestGateway({ env: { LIVE_POLL_INTERVAL_MS: '60000', UIS_NOTIFY_SECRET: UIS_SECRET, LEELOO_NOTIFY_SECRET: LEELOO_SECRET } });
  origin = await gw.listen();
  calls = gw.sims.dataset.uis.calls;
  ({ period } = periodOf(calls, 200, 5));
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.resetLogs();
});

describe('UIS notifications', () => {
  let stream: SseStream;
  beforeAll(async () => {
    stream = await subscribeSse(`${origin}/graphql`, CALLS, { period });
    await stream.waitFor(1);
  });
  afterAll(() => stream.cancel());

  it('make live calls queries push a call’s new tag within 1.5 s', async () => {
    const call = calls[201]!;
    const tag = gw.sims.dataset.uis.tags.find((t) => !call.tags.some((c) => c.tag_id === t.id))!;
    await tagAtUis(call, tag.id);
    await sleep(300);
    // UIS changed, nobody said so yet: a 60 s interval shows nothing.
    expect(stream.events).toHaveLength(1);
    const sent = Date.now();
    const res = await post(`/hooks/uis/${UIS_SECRET}`, JSON.stringify({ notification_name: 'call ended', call_session_id: String(call.id) }));
    expect(res.status).toBe(200);
    await stream.waitFor(2, 1500);
    expect(stream.times[1]! - sent).toBeLessThanOrEqual(1500);
    const node = stream.events[1].data.calls.edges.map((e: { node: { callSessionId: string; tags: Array<{ tagId: string }> } }) => e.node).find((n: { callSessionId: string }) => n.callSessionId === String(call.id));
    expect(node.tags.map((t: { tagId: number }) => t.tagId)).toContain(tag.id);
  });

  it('accept a form body, and coalesce a flood into at most one re-run per window (plus one at its end)', async () => {
    const before = stream.events.length;
    await sleep(1100);
    gw.sims.resetLogs();
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(`/hooks/uis/${UIS_SECRET}`, 'call_session_id=123&notification_name=call+started', 'application/x-www-form-urlencoded')));
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(200));
    await sleep(2500);
    // 30 notifications: one re-run at once and one trailing per window they fell into (one or two windows).
    expect(reads()).toBeGreaterThanOrEqual(1);
    expect(reads()).toBeLessThanOrEqual(4);
    // Nothing changed at UIS: nothing pushed.
    expect(stream.events).toHaveLength(before);
  });

  it('answer every wrong path, secret, backend or method with a bare 404 and run nothing', async () => {
    await sleep(1100);
    gw.sims.resetLogs();
    const wrong = [
      `/hooks/uis/${UIS_SECRET.slice(0, -1)}`,
      `/hooks/uis/${UIS_SECRET}x`,
      `/hooks/uis/${UIS_SECRET.toUpperCase()}`,
      `/hooks/uis/${LEELOO_SECRET}`,
      `/hooks/leeloo/${UIS_SECRET}`,
      `/hooks/reporter/${UIS_SECRET}`,
      `/hooks/uis/${UIS_SECRET}/more`,
      `/hooks/uis/`,
      `/hooks/uis`,
      `/hooks/`,
      `/hooks/uis/%00`,
      `/hooks/uis/${encodeURIComponent(' ' + UIS_SECRET)}`,
    ];
    for (const path of wrong) {
      const res = await post(path, '{}');
      expect({ path, status: res.status, body: await res.text() }).toEqual({ path, status: 404, body: '' });
    }
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await post(`/hooks/uis/${UIS_SECRET}`, '{}', 'application/json', method);
      expect(res.status).toBe(404);
    }
    await sleep(300);
    expect(reads()).toBe(0);
  });

  it('refuse a body that is not a notification (400) or too large (413), and run nothing', async () => {
    await sleep(1100);
    gw.sims.resetLogs();
    const cases: Array<[string, string, number]> = [
      ['[1,2]', 'application/json', 400],
      ['{"call_session_id":"12; DROP"}', 'application/json', 400],
      ['not json', 'application/json', 400],
      ['call_session_id=12', 'text/plain', 400],
      [JSON.stringify({ pad: 'x'.repeat(70_000) }), 'application/json', 413],
    ];
    for (const [body, type, status] of cases) {
      const res = await post(`/hooks/uis/${UIS_SECRET}`, body, type);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: string }).error).toMatch(/notification/i);
    }
    await sleep(300);
    expect(reads()).toBe(0);
  });

  it('never write the secret to a log line', () => {
    const all = gw.logLines.join('\n');
    expect(all).toContain('/hooks/uis/…');
    expect(all).not.toContain(UIS_SECRET);
    expect(all).not.toContain(LEELOO_SECRET);
  });
});

describe('Leeloo webhooks', () => {
  it('re-run live queries reading CRM accounts, and not the calls queries', async () => {
    const crm = await subscribeSse(`${origin}/graphql`, 'query @live { leelooAccounts(first: 2) { edges { node { id } } } }');
    const callsStream = await subscribeSse(`${origin}/graphql`, CALLS, { period });
    try {
      await Promise.all([crm.waitFor(1), callsStream.waitFor(1)]);
      await sleep(1100);
      gw.sims.resetLogs();
      const res = await post(`/hooks/leeloo/${LEELOO_SECRET}`, JSON.stringify({ type: 'ORDER', data: { order_id: 'o1', account_id: 'a1' } }));
      expect(res.status).toBe(200);
      await sleep(800);
      expect(gw.sims.leeloo.count()).toBeGreaterThanOrEqual(1);
      expect(reads()).toBe(0);
    } finally {
      crm.cancel();
      callsStream.cancel();
    }
  });
});
