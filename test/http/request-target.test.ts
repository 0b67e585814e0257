import { connect } from 'node:net';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { testKey, writeApiKeysFile } from '../helpers/auth.js';

/**
 * The request target and Host as an attacker writes them on the wire (http/request-target.ts):
 * before, an absolute-form target behind a Host with a port, or a Host that is not an authority,
 * got a 500 whose body was the server adapter's stack trace, and the same target on a WebSocket
 * upgrade ended the process. The whole app (auth on), over raw TCP, so no client normalises anything.
 */
const KEY = testKey('request-target');
let app: App;
let port: number;
beforeAll(async () => {
  const file = writeApiKeysFile([{ name: 'prober', key: KEY, scopes: ['read'] }]);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', API_KEYS_FILE: file });
  app = await startApp(config, { logDestination: new Writable({ write: (_c, _e, done) => done() }) });
  port = Number(new URL(app.url).port);
});
afterAll(() => app?.close());

/** One raw HTTP/1.1 exchange; the status and body as received. */
function exchange(head: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const done = () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? -1), text: data });
    socket.on('data', (d) => (data += String(d)));
    socket.on('error', done);
    socket.on('close', done);
    socket.setTimeout(3000, () => socket.destroy());
    socket.write(head);
  });
}

const request = (target: string, host: string | undefined, extra = '') =>
  `GET ${target} HTTP/1.1\r\n${host === undefined ? '' : `Host: ${host}\r\n`}${extra}Connection: close\r\n\r\n`;
const upgrade = (target: string, host: string) =>
  request(target, host, 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n');

const paths = fc.constantFrom('/graphql', '/graphql/', '//graphql', '/health', '/readiness', '/foo/graphql', '/x?/graphql', '/graphql?query=%7B__typename%7D');
const hosts = fc.oneof(
  fc.constantFrom('127.0.0.1', 'localhost:4000', '[::1]:80', 'example.com', '[::1', 'a b', 'x:99999', '%zz', 'x/graphql?', 'x#y', 'x@y', 'x\\y', ':', 'x:', ''),
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
);
const targets = fc.oneof(
  paths,
  fc.tuple(fc.constantFrom('http://', 'HTTP://', 'https://', 'http://u:p@', 'ftp://', 'http://['), fc.constantFrom('evil.test', '127.0.0.1:1', 'x:99999', ''), paths).map(([s, a, p]) => s + a + p),
  fc.constantFrom('*', 'graphql', '?x'),
);

describe('request targets and Host headers the URL parser cannot take', () => {
  it('never answer 500 or a stack trace, on a request or a WebSocket upgrade, and the process keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(targets, hosts, fc.boolean(), async (target, host, asUpgrade) => {
        const res = await exchange(asUpgrade ? upgrade(target, host) : request(target, host));
        expect(res.status).not.toBe(500);
        expect(res.text).not.toMatch(/\bat .*\.(js|ts):\d+|TypeError|Invalid URL/);
        expect((await exchange(request('/health', '127.0.0.1'))).status).toBe(200);
      }),
      { numRuns: 120 },
    );
    // 120 raw exchanges and as many health checks: generous for a loaded 2-core machine running the whole suite.
  }, 90_000);

  it('takes an absolute-form target as its path (RFC 9112 §3.2.2): the door still asks for a credential', async () => {
    expect((await exchange(request('http://evil.test/graphql?query=%7B__typename%7D', `127.0.0.1:${port}`))).status).toBe(401);
    const ok = await exchange(request('http://evil.test/graphql?query=%7B__typename%7D', `127.0.0.1:${port}`, `Authorization: Bearer ${KEY}\r\n`));
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('"__typename":"Query"');
    expect((await exchange(request('http://evil.test/foo/graphql', `127.0.0.1:${port}`, `Authorization: Bearer ${KEY}\r\n`))).status).toBe(404);
  });

  it('lets no Host move the path: a Host holding a path or query is 400', async () => {
    expect((await exchange(request('/anything', 'x/graphql?', `Authorization: Bearer ${KEY}\r\n`))).status).toBe(400);
  });
});
