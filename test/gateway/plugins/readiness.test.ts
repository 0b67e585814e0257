import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { findLeaks, startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';
import { bearer, testKey, writeApiKeysFile } from '../../helpers/auth.js';

const quiet = () => new Writable({ write: (_c, _e, done) => done() });

async function readiness(gw: TestGateway) {
  const res = await gw.yoga.fetch('http://gateway.test/readiness');
  return { status: res.status, text: await res.text() };
}

let gw: TestGateway | undefined;
let app: App | undefined;
afterEach(async () => {
  await gw?.close();
  await app?.close();
  gw = undefined;
  app = undefined;
});

describe('/readiness', () => {
  it('answers 503 naming the unreachable LIVE backend and its code (never the upstream’s words), while the others are ready', async () => {
    gw = await startTestGateway({ env: { UIS_URL: 'http://127.0.0.1:9/closed' } });
    const { status, text } = await readiness(gw);
    expect(status).toBe(503);
    const body = JSON.parse(text);
    expect(body.ready).toBe(false);
    expect(body.backends.uis).toMatchObject({ mode: 'LIVE', ready: false, probe: 'get.account', code: 'UPSTREAM_UNAVAILABLE' });
    expect(body.backends.uis.reason).toBeUndefined();
    expect(body.backends.reporter).toMatchObject({ mode: 'LIVE', ready: true, probe: 'GET logs/labels/sessions' });
    expect(body.backends.leeloo).toMatchObject({ mode: 'LIVE', ready: true, probe: 'GET users' });
    expect(findLeaks(text)).toEqual([]);
    expect(text).not.toMatch(/\/reporter\/p\/(?!\[REDACTED\])/);
  });

  it('answers 200 once the LIVE backends answer, probing each backend once per cache period', async () => {
    gw = await startTestGateway({ env: { READINESS_CACHE_MS: '60000' } });
    const first = await readiness(gw);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).ready).toBe(true);
    const again = await Promise.all([readiness(gw), readiness(gw), readiness(gw)]);
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(gw.sims.counts()).toMatchObject({ reporter: 1, uis: 1, leeloo: 1 });
    expect(gw.sims.reporter.count('GET logs/labels/sessions')).toBe(1);
    expect(findLeaks(first.text)).toEqual([]);
  });

  it('reports a refused token as unready with UPSTREAM_UNAUTHORIZED', async () => {
    gw = await startTestGateway({ env: { LEELOO_TOKEN: 'not-the-leeloo-token-but-long-enough' } });
    const { status, text } = await readiness(gw);
    expect(status).toBe(503);
    expect(JSON.parse(text).backends.leeloo).toMatchObject({ ready: false, code: 'UPSTREAM_UNAUTHORIZED' });
    expect(text).not.toContain('not-the-leeloo-token-but-long-enough');
  });

  it('counts SIMULATED backends ready while their simulator listens, and unready once it stopped', async () => {
    app = await startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', READINESS_CACHE_MS: '0', SIMULATOR_LIVE_RATE: '0' }), { logDestination: quiet() });
    const base = app.url.replace(/\/graphql$/, '');
    const ok = await fetch(`${base}/readiness`);
    expect(ok.status).toBe(200);
    expect((await ok.json()).backends).toEqual({
      reporter: { mode: 'SIMULATED', ready: true, circuit: 'closed' },
      uis: { mode: 'SIMULATED', ready: true, circuit: 'closed' },
      leeloo: { mode: 'SIMULATED', ready: true, circuit: 'closed' },
    });
    expect(app.simulators!.counts().total).toBe(0);
    await app.simulators!.leeloo.close();
    const down = await fetch(`${base}/readiness`);
    expect(down.status).toBe(503);
    expect((await down.json()).backends.leeloo).toMatchObject({ mode: 'SIMULATED', ready: false, reason: expect.stringMatching(/not listening/) });
    // /health stays liveness: the process is alive whatever the backends do.
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('with authentication on, tells a caller without the `metrics` scope ready or not per backend and nothing else', async () => {
    const keys = { ops: testKey('ready-ops'), reader: testKey('ready-reader') };
    gw = await startTestGateway({
      env: {
        UIS_URL: 'http://127.0.0.1:9/closed',
        API_KEYS_FILE: writeApiKeysFile([
          { name: 'ops', key: keys.ops, scopes: ['metrics'] },
          { name: 'reader', key: keys.reader, scopes: ['read'] },
        ]),
      },
    });
    const get = async (headers: Record<string, string> = {}) => {
      const res = await gw!.yoga.fetch('http://gateway.test/readiness', { headers });
      return { status: res.status, body: await res.json() };
    };
    for (const headers of [{}, bearer(keys.reader), bearer('not-a-key')]) {
      const { status, body } = await get(headers);
      expect(status).toBe(503);
      expect(body).toEqual({ ready: false, checkedAt: expect.any(String), backends: { reporter: { ready: true }, uis: { ready: false }, leeloo: { ready: true } } });
    }
    const ops = await get(bearer(keys.ops));
    expect(ops.status).toBe(503);
    expect(ops.body.backends.uis).toMatchObject({ mode: 'LIVE', ready: false, probe: 'get.account', code: 'UPSTREAM_UNAVAILABLE' });
    // The log has what went wrong, for the operator.
    expect(gw.logLines.some((l) => l.includes('readiness probe failed'))).toBe(true);
  });

  it('reports DISABLED backends without failing readiness', async () => {
    gw = await startTestGateway();
    const config = loadConfig({ SIMULATORS: 'off', REPORTER_URL: gw.sims.urls.reporter, REPORTER_TOKEN: TEST_TOKENS.reporter });
    app = await startApp({ ...config, port: 0, host: '127.0.0.1' }, { logDestination: quiet() });
    const res = await fetch(app.url.replace(/\/graphql$/, '/readiness'));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.backends.reporter).toMatchObject({ mode: 'LIVE', ready: true });
    expect(body.backends.uis).toMatchObject({ mode: 'DISABLED', ready: true, reason: expect.stringMatching(/disabled/) });
    expect(body.backends.leeloo).toMatchObject({ mode: 'DISABLED', ready: true });
  });
});
