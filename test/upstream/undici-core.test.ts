import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as undici from 'undici';
import { Agent, errors, request } from '../../src/upstream/undici-core.js';

describe('undici-core (the Agent and request without undici’s index)', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`${req.method} ${req.url}`));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('is the very Agent class and error classes undici exports', () => {
    expect(Agent).toBe(undici.Agent);
    expect(errors.RequestAbortedError).toBe(undici.errors.RequestAbortedError);
    expect(errors.UndiciError).toBe(undici.errors.UndiciError);
  });

  it('sends a request through its own Agent over loopback', async () => {
    const agent = new Agent();
    const res = await request(agent, { origin, path: '/x?y=1', method: 'GET' });
    expect(res.statusCode).toBe(200);
    expect(await res.body.text()).toBe('GET /x?y=1');
    await agent.close();
  });

  it('sends through a MockAgent from the public entry, as the unit tests inject it', async () => {
    const mock = new undici.MockAgent();
    mock.disableNetConnect();
    mock.get('http://upstream.test').intercept({ path: '/p', method: 'POST' }).reply(201, 'made');
    const res = await request(mock, { origin: 'http://upstream.test', path: '/p', method: 'POST', body: '{}' });
    expect(res.statusCode).toBe(201);
    expect(await res.body.text()).toBe('made');
    await mock.close();
  });

  it('fails an aborted request exactly as undici’s own request does', async () => {
    const agent = new Agent();
    const aborted = () => {
      const controller = new AbortController();
      controller.abort(new Error('gone'));
      return controller.signal;
    };
    const ours = await request(agent, { origin, path: '/', method: 'GET', signal: aborted() }).catch((e: Error) => e);
    const theirs = await new undici.Agent().request({ origin, path: '/', method: 'GET', signal: aborted() }).catch((e: Error) => e);
    expect(ours).toBeInstanceOf(Error);
    expect((ours as Error).message).toBe('gone');
    expect((ours as Error).message).toBe((theirs as Error).message);
    await agent.close();
  });

  it('leaves undici’s index (fetch, WebSocket, caches, mocks) unloaded in a process that makes upstream calls', () => {
    const script = [
      "const { createRequire } = await import('node:module');",
      "await import('./src/upstream/http.ts');",
      "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('/node_modules/undici/'));",
      "console.log(JSON.stringify({ index: loaded.some((k) => k.endsWith('/undici/index.js')), agent: loaded.some((k) => k.endsWith('/dispatcher/agent.js')) }));",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ index: false, agent: true });
  });
});
