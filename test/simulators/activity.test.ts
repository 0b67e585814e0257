import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';

/**
 * The simulators come alive: sessions that start and grow at the Reporter, calls that end at UIS
 * and the HTTP notification UIS sends about each, traffic at a rate. Read back over the simulators'
 * own wire (HTTP on loopback), with the clock stepped through `activity.tick`.
 */
const MINUTE = 60_000;

interface SessionRow {
  sessionId: string;
  questionCount?: number;
  sessionResult?: string;
  startTime: string;
}

async function reporter(sims: Simulators, method: string, path: string, body?: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(`${sims.urls.reporter}/reporter/p/${sims.tokens.reporter}/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
}
const newest = async (sims: Simulators): Promise<SessionRow> => (await reporter(sims, 'POST', 'sessions/filter?page=0&size=1', { filters: [] })).sessions[0];
const messagesOf = async (sims: Simulators, sessionId: string): Promise<unknown[]> =>
  (await reporter(sims, 'GET', `messages/by-session?sessionId=${encodeURIComponent(sessionId)}&size=100`)).messages;
const sessionCount = async (sims: Simulators): Promise<number> => (await reporter(sims, 'GET', 'projects/sessions/count'))[0].amount;

async function callsReport(sims: Simulators, from: string, till: string): Promise<Array<Record<string, any>>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(sims.urls.uis, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'get.calls_report',
      params: { access_token: sims.tokens.uis, date_from: from, date_till: till, fields: ['id', 'start_time', 'finish_time', 'is_lost', 'contact_phone_number'], limit: 10_000 },
    }),
  });
  const json = (await res.json()) as { result: { data: Array<Record<string, unknown>> } };
  return json.result.data;
}

/** A receiver of UIS notifications: the bodies it got. */
async function receiver(): Promise<{ url: string; bodies: unknown[]; server: Server }> {
  const bodies: unknown[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      bodies.push({ method: req.method, contentType: req.headers['content-type'], body: JSON.parse(text) });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/uis/secret`, bodies, server };
}

describe('simulator activity by hand (no traffic: the default)', () => {
  let sims: Simulators;
  beforeAll(async () => {
    sims = await startSimulators({ seed: 11 });
  });
  afterAll(async () => sims.close());

  it('adds nothing over time without a rate', async () => {
    const before = await sessionCount(sims);
    sims.activity.tick(Date.now() + 60 * MINUTE);
    expect(await sessionCount(sims)).toBe(before);
  });

  it('starts a session that sessions/filter lists first, which gains its messages as their time comes and its result when it ends', async () => {
    const datasetSessions = sims.dataset.reporter.sessions.length;
    const now = Date.now();
    const session = sims.activity.startSession(now);
    const first = await newest(sims);
    expect(first.sessionId).toBe(session.sessionId);
    expect(first.startTime).toBe(new Date(now).toISOString());
    expect(first.sessionResult).toBeUndefined();
    expect(await messagesOf(sims, session.sessionId)).toHaveLength(1);
    sims.activity.tick(now + 60 * MINUTE);
    const all = await messagesOf(sims, session.sessionId);
    const done = await newest(sims);
    expect(done.sessionResult).toMatch(/^(RESOLVED|UNRESOLVED|TRANSFERRED|ABANDONED)$/);
    expect(done.questionCount).toBe(all.filter((m) => (m as { question?: string }).question).length);
    // The dataset stays as generated: the run's sessions live in the simulator's state.
    expect(sims.dataset.reporter.sessions).toHaveLength(datasetSessions);
    expect(sims.dataset.reporter.sessionById.has(session.sessionId)).toBe(false);
  });

  it('makes the session its client’s last one', async () => {
    const session = sims.activity.startSession();
    const [botId, clientId] = [session.botId, session.client.id];
    const client = await reporter(sims, 'POST', 'clients/filter?page=0&size=1', {
      filters: [{ key: 'CLIENT_ID_OR_NAME', type: 'TEXT', values: [clientId], comparisonType: 'EQUALS' }, { key: 'BOT_ID', type: 'CHECKBOX', options: [botId] }],
    });
    expect(client.clients[0]).toMatchObject({ id: clientId, lastSessionId: session.sessionId });
  });
});

describe('UIS calls that end, and their notifications', () => {
  let sims: Simulators;
  let hook: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    sims = await startSimulators({ seed: 12 });
    hook = await receiver();
  });
  afterAll(async () => {
    await sims.close();
    hook.server.close();
  });
  afterEach(() => {
    hook.bodies.length = 0;
  });

  it('lists a call that ends now by get.calls_report, in start order, ending now', async () => {
    const datasetCalls = sims.dataset.uis.calls.length;
    const call = sims.activity.endCall({ phone: '79990001122', lost: true });
    const rows = await callsReport(sims, call.start_time, call.finish_time);
    expect(rows.map((r) => r.id)).toContain(call.id);
    expect(rows.find((r) => r.id === call.id)).toMatchObject({ contact_phone_number: '79990001122', is_lost: true, finish_time: call.finish_time });
    expect(call.start_time <= call.finish_time).toBe(true);
    expect(sims.dataset.uis.calls).toHaveLength(datasetCalls);
  });

  it('POSTs its notification to the configured URL, as JSON with the call’s parameters (format INFERRED)', async () => {
    sims.activity.uisNotifyUrl = hook.url;
    const call = sims.activity.endCall();
    await sims.activity.settled();
    expect(hook.bodies).toEqual([
      {
        method: 'POST',
        contentType: 'application/json',
        body: expect.objectContaining({ notification_name: 'call ended', call_session_id: call.id, communication_id: call.communication_id, finish_time: call.finish_time }),
      },
    ]);
    expect(sims.activity.notifications.sent).toBe(1);
  });

  it('counts a notification that cannot be delivered as failed, and keeps the call', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    sims.activity.uisNotifyUrl = `http://127.0.0.1:${port}/hooks/uis/secret`;
    const failed = sims.activity.notifications.failed;
    const call = sims.activity.endCall();
    await sims.activity.settled();
    expect(sims.activity.notifications.failed).toBe(failed + 1);
    expect((await callsReport(sims, call.start_time, call.finish_time)).map((r) => r.id)).toContain(call.id);
  });
});

describe('traffic at a rate', () => {
  it('brings sessions and calls from the anchor on at about the rate, notifying only calls that end after the start', async () => {
    const hook = await receiver();
    const anchor = new Date(Math.floor((Date.now() - 30 * MINUTE) / 1000) * 1000);
    const sims = await startSimulators({ seed: 13, anchor, livePerMinute: 10, uisNotifyUrl: hook.url });
    try {
      const dataset = sims.dataset.reporter.sessions.length;
      // 30 minutes at 10 a minute: 300 of each on average (a Poisson count: 3σ ≈ 52).
      const backfilled = (await sessionCount(sims)) - dataset;
      expect(backfilled).toBeGreaterThan(200);
      expect(backfilled).toBeLessThan(400);
      const calls = sims.uis.calls.list.length - sims.dataset.uis.calls.length;
      expect(calls).toBeGreaterThan(200);
      expect(calls).toBeLessThan(400);
      await sims.activity.settled();
      expect(hook.bodies).toHaveLength(0);
      sims.activity.tick(Date.now() + 6 * MINUTE);
      await sims.activity.settled();
      // 6 minutes at 10 a minute: 60 on average (3σ ≈ 23).
      expect(hook.bodies.length).toBeGreaterThan(30);
      expect(hook.bodies.length).toBeLessThan(90);
      expect(sims.uis.calls.list.length - sims.dataset.uis.calls.length).toBe(calls + hook.bodies.length);
    } finally {
      await sims.close();
      hook.server.close();
    }
  });
});
