import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

/** The whole app as `npm start` runs it (server settings included), on a free loopback port. */
let app: App;
let port: number;
beforeAll(async () => {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIMULATOR_LIVE_RATE: '0', HEADERS_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '2000', MAX_CONNECTIONS: '4' });
  app = await startApp(config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
  port = Number(new URL(app.url).port);
});
afterAll(() => app.close());

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

describe('request bodies are bounded (MAX_BODY_BYTES, default 1 MB)', () => {
  it('answers a 24 MB body (once accepted whole) with 413', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(24_000_000) } }));
    expect(res.status).toBe(413);
  });

  it('answers a chunked body without Content-Length with 413 once it passes 1 MB', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(100_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"query":"{ __typename }","variables":{"pad":"'));
      },
      pull(c) {
        // Stops offering data after 5 MB: the server must have refused by then.
        if (sent++ < 50) c.enqueue(chunk);
        else c.close();
      },
    });
    const res = await post(body);
    expect(res.status).toBe(413);
  });

  it('still serves a body under the limit', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(500_000) } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

/** A raw socket, to behave as a slow or idle client would. */
function rawSocket(at = port): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(at, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += String(d)));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

describe('the HTTP server bounds slow clients and connections', () => {
  it('sets headersTimeout and requestTimeout from the configuration', () => {
    expect(app.server.headersTimeout).toBe(300);
    expect(app.server.requestTimeout).toBe(2000);
  });

  it('answers 408 and closes a client that never finishes its headers (HEADERS_TIMEOUT_MS)', async () => {
    const c = await rawSocket();
    c.socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('makes room over MAX_CONNECTIONS by closing the oldest idle socket, never one with a request in progress', async () => {
    // Its own app, reached by raw sockets only: keep-alive sockets of other tests' fetches would count too.
    // Simulators answering after 2 s: an operation holds its socket that long.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIMULATOR_LIVE_RATE: '0', MAX_CONNECTIONS: '2', SIMULATOR_LATENCY_MS: '2000' });
    const own = await startApp(config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
    const at = Number(new URL(own.url).port);
    const request = async (c: Awaited<ReturnType<typeof rawSocket>>) => {
      c.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
      await Promise.race([new Promise<void>((r) => c.socket.once('data', () => r())), c.closed]);
      return c.received().slice(0, 12);
    };
    try {
      // Two keep-alive sockets, idle after their answer: a third connection closes the older one.
      const [a, b] = [await rawSocket(at), await rawSocket(at)];
      expect([await request(a), await request(b)]).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
      const c = await rawSocket(at);
      await a.closed;
      expect(await request(c)).toBe('HTTP/1.1 200');
      expect(b.socket.destroyed).toBe(false);
      // Both sockets in the middle of an operation: nothing idle to close, so the new connection goes at once.
      const body = JSON.stringify({ query: '{ sessionLabels { name } }' });
      const op = `POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      for (const s of [b, c]) s.socket.write(op);
      await new Promise((r) => setTimeout(r, 300));
      const d = await rawSocket(at);
      await d.closed;
      expect(d.received()).toBe('');
      // And the operations finish on their sockets.
      await expect.poll(() => [b, c].map((s) => s.received().includes('sessionLabels')), { timeout: 10_000 }).toEqual([true, true]);
      for (const s of [b, c]) s.socket.destroy();
    } finally {
      await own.close();
    }
  });

  it('lets a client in at once while more than MAX_CONNECTIONS idle sockets were opened (no lock-out)', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MAX_CONNECTIONS: '100', HEADERS_TIMEOUT_MS: '10000' });
    const own = await startApp(config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
    const at = Number(new URL(own.url).port);
    try {
      const idle = await Promise.all(Array.from({ length: 150 }, () => rawSocket(at)));
      await new Promise((r) => setTimeout(r, 100));
      // Each idle socket would hold its place for HEADERS_TIMEOUT_MS (10 s); the client is served now.
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`http://127.0.0.1:${at}/health`, { signal: AbortSignal.timeout(2000) });
        expect(res.status).toBe(200);
      }
      for (const c of idle) c.socket.destroy();
    } finally {
      await own.close();
    }
  });
});
