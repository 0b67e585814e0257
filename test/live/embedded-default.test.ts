import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { subscribeSse, type SseStream } from '../helpers/sse.js';

/**
 * `npm start` with no account: the UIS simulator sends its call notifications to the gateway's own
 * /hooks/uis/<secret> (a secret generated for it), so a live calls page shows a call as soon as it
 * ends. The interval is 60 s here, so any push within the test came through the hook.
 */
const CALLS = 'query LiveCalls($period: CallPeriod!) @live { calls(period: $period, first: 5, sort: [{ field: START_TIME, order: DESC }]) { totalCount edges { node { callSessionId } } } }';

describe('the embedded default, alive', () => {
  let app: App;
  const lines: string[] = [];
  beforeAll(async () => {
    const log = new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) });
    app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'info', LIVE_POLL_INTERVAL_MS: '60000', SIMULATOR_LIVE_RATE: '0' }), { logDestination: log });
  });
  afterAll(async () => app.close());

  it('points the UIS simulator at the gateway’s own hook, with a generated secret', () => {
    const url = app.simulators!.activity.uisNotifyUrl!;
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${new URL(app.url).port}/hooks/uis/[0-9a-f]{48}$`));
  });

  describe('a call that ends at the simulator', () => {
    let stream: SseStream;
    beforeAll(async () => {
      const now = Date.now();
      const period = { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 3_600_000).toISOString() };
      stream = await subscribeSse(app.url, CALLS, { period });
      await stream.waitFor(1);
    });
    afterAll(() => stream.cancel());

    // 1.5 s: generous for a loaded 2-core machine; the interval (60 s) is far beyond it.
    it('reaches the open live calls query within 1.5 s, through the notification', async () => {
      const before = stream.events.length;
      const call = app.simulators!.activity.endCall();
      await stream.waitFor(before + 1, 1_500);
      const pushed = stream.events.at(-1) as { data: { calls: { edges: Array<{ node: { callSessionId: string } }> } } };
      // Among the rows, not necessarily first: rows are ordered by start time, and a call started earlier may end later.
      expect(pushed.data.calls.edges.map((e) => e.node.callSessionId)).toContain(String(call.id));
      await app.simulators!.activity.settled();
      expect(app.simulators!.activity.notifications).toEqual({ sent: 1, failed: 0 });
    });

    it('never shows the generated secret in a log line', () => {
      const secret = app.simulators!.activity.uisNotifyUrl!.split('/').at(-1)!;
      expect(lines.join('\n')).not.toContain(secret);
      expect(lines.join('\n')).toContain('/hooks/uis/');
    });
  });
});

describe('SIMULATOR_LIVE_RATE', () => {
  it('keeps sessions and calls arriving in the embedded default, and says so at start', async () => {
    const lines: string[] = [];
    const log = new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) });
    const app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'info', SIMULATOR_LIVE_RATE: '60', RESPONSE_CACHE: 'off' }), { logDestination: log });
    try {
      const calls = app.simulators!.uis.calls.list.length;
      const sessionsQuery = JSON.stringify({ query: '{ sessions(first: 1) { totalCount } }' });
      const count = async () => {
        const res = await app.gateway.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: sessionsQuery });
        return ((await res.json()) as { data: { sessions: { totalCount: number } } }).data.sessions.totalCount;
      };
      const sessions = await count();
      // One a second on average: within 10 s, none arriving has a chance of e^-10.
      await expect.poll(count, { timeout: 10_000, interval: 250 }).toBeGreaterThan(sessions);
      await expect.poll(() => app.simulators!.uis.calls.list.length, { timeout: 10_000, interval: 250 }).toBeGreaterThan(calls);
      expect(lines.join('\n')).toContain('about 60 new Reporter sessions and 60 UIS calls a minute (SIMULATOR_LIVE_RATE)');
    } finally {
      await app.close();
    }
  });

  it('is 6 a minute by default, and 0 turns it off', () => {
    expect(loadConfig({}).simulatorLiveRate).toBe(6);
    expect(loadConfig({ SIMULATOR_LIVE_RATE: '0' }).simulatorLiveRate).toBe(0);
    expect(() => loadConfig({ SIMULATOR_LIVE_RATE: '601' })).toThrow(/SIMULATOR_LIVE_RATE/);
  });
});
