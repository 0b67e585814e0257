import { Writable } from 'node:stream';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { subscribeSse } from '../helpers/sse.js';

/** The whole start path of `npm start` (built-in simulators): graphql-ws on its server, and a shutdown that ends live streams at once. */
describe('startApp', () => {
  it('serves graphql-ws on /graphql and ends open live streams and sockets when it closes', async () => {
    const quiet = new Writable({ write: (_c, _e, done) => done() });
    const app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', LIVE_POLL_INTERVAL_MS: '60000', SIMULATOR_LIVE_RATE: '0' }), { logDestination: quiet });
    const client = createClient({ url: app.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    const results: unknown[] = [];
    client.subscribe({ query: 'query @live { backends { name mode } }' }, { next: (r) => void results.push(r), error: () => undefined, complete: () => undefined });
    const sse = await subscribeSse(app.url, 'query @live { sessionLabels { id } }');
    await sse.waitFor(1);
    while (results.length === 0) await new Promise((r) => setTimeout(r, 25));
    expect(results[0]).toEqual({ data: { backends: [{ name: 'REPORTER', mode: 'SIMULATED' }, { name: 'UIS', mode: 'SIMULATED' }, { name: 'LEELOO', mode: 'SIMULATED' }] } });
    expect(app.gateway.live.stats()).toEqual({ queries: 2, subscribers: 2 });
    const started = Date.now();
    await app.close();
    await sse.done;
    // Nothing waited for the 10 s forced close: the streams ended with the shutdown.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sse.completed).toBe(true);
    expect(app.gateway.live.stats()).toEqual({ queries: 0, subscribers: 0 });
    await client.dispose();
  });
});
