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
  it('sets headersTimeout, requestTimeout and maxConnections from the configuration', () => {
    expect(app.server.headersTimeout).toBe(300);
    expect(app.server.requestTimeout).toBe(2000);
    expect(app.server.maxConnections).toBe(4);
  });

  it('answers 408 and closes a client that never finishes its headers (HEADERS_TIMEOUT_MS)', async () => {
    const c = await rawSocket();
    c.socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes sockets over MAX_CONNECTIONS at once, and serves again when one goes', async () => {
    // Its own app, reached by raw sockets only: keep-alive sockets of other tests' fetches would count too.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIMULATOR_LIVE_RATE: '0', MAX_CONNECTIONS: '2' });
    const own = await startApp(config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
    const at = Number(new URL(own.url).port);
    const health = async () => {
      const c = await rawSocket(at);
      c.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
      await Promise.race([new Promise<void>((r) => c.socket.once('data', () => r())), c.closed]);
      return c;
    };
    try {
      const held = [await health(), await health()];
      expect(held.map((c) => c.received().slice(0, 12))).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
      const extra = await health();
      await extra.closed;
      expect(extra.received()).toBe('');
      held[0]!.socket.destroy();
      await held[0]!.closed;
      await expect.poll(async () => (await health()).received().slice(0, 12)).toBe('HTTP/1.1 200');
      held[1]!.socket.destroy();
    } finally {
      await own.close();
    }
  });
});
