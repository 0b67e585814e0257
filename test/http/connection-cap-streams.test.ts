import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { subscribeSse } from '../helpers/sse.js';

/**
 * MAX_CONNECTIONS makes room by closing the oldest socket with no request in progress
 * (http/connection-cap.ts). An authenticated graphql-ws connection has no request in progress as
 * node sees it, so it was the first pushed out by a stranger's idle sockets. Walked over every kind
 * of socket a stranger can open cheaply × both kinds of live subscriber: the subscriber stays, keeps
 * receiving, and a new client still gets in.
 */
const MAX = 8;
let app: App;
let port: number;
beforeAll(async () => {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', MAX_CONNECTIONS: String(MAX), LIVE_POLL_INTERVAL_MS: '250' });
  app = await startApp(config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
  port = Number(new URL(app.url).port);
});
afterAll(() => app?.close());

const ATTACKS: Record<string, string | undefined> = {
  silent: undefined,
  'partial headers': 'GET /graphql HTTP/1.1\r\nHost: x\r\n',
  'idle keep-alive': 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n',
  'upgraded, never initialised':
    'GET /graphql HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n',
};

function attackerSockets(n: number, send: string | undefined): Promise<Socket[]> {
  return Promise.all(
    Array.from({ length: n }, () =>
      new Promise<Socket>((resolve) => {
        const s = connect(port, '127.0.0.1');
        s.on('error', () => undefined);
        s.once('connect', () => {
          if (send) s.write(send);
          resolve(s);
        });
      }),
    ),
  );
}

/** A graphql-ws client with a @live query open; counts its pushes and notes a close. */
async function wsSubscriber() {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  const state = { pushes: 0, closed: false };
  ws.on('close', () => (state.closed = true));
  ws.on('error', () => undefined);
  ws.on('message', (m) => {
    const msg = JSON.parse(String(m));
    if (msg.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'query W @live { backends { name } }' } }));
    if (msg.type === 'next') state.pushes++;
  });
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  await expect.poll(() => state.pushes, { timeout: 5000 }).toBeGreaterThan(0);
  return { state, stop: () => ws.terminate() };
}

describe('MAX_CONNECTIONS never pushes out a live subscriber', () => {
  for (const [attack, send] of Object.entries(ATTACKS)) {
    it(`keeps a graphql-ws subscriber and an SSE subscriber through ${MAX * 3} ${attack} sockets, and lets a new client in`, async () => {
      const ws = await wsSubscriber();
      const sse = await subscribeSse(`http://127.0.0.1:${port}/graphql`, 'query S @live { backends { name } }');
      await sse.waitFor(1, 5000);
      const sockets: Socket[] = [];
      try {
        for (let i = 0; i < 3; i++) sockets.push(...(await attackerSockets(MAX, send)));
        await new Promise((r) => setTimeout(r, 300));
        expect(ws.state.closed).toBe(false);
        expect(sse.completed).toBe(false);
        const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(3000) });
        expect(res.status).toBe(200);
      } finally {
        for (const s of sockets) s.destroy();
        sse.cancel();
        ws.stop();
      }
    });
  }
});
