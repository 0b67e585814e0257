import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LeelooClient } from '../../../src/backends/leeloo/client.js';
import type { UpstreamError } from '../../../src/gateway/errors.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startLeeloo, TOKEN, type StartedLeeloo } from '../../simulators/leeloo/fixture.js';

let env: StartedLeeloo;
let options: ReturnType<typeof upstreamTestOptions>;
let client: LeelooClient;
const clients: LeelooClient[] = [];
/** Every error seen in this file, checked for the token at the end. */
const seen: UpstreamError[] = [];

function makeClient(overrides: { baseUrl?: string; token?: string; timeoutMs?: number; retry?: { maxRetries: number } } = {}): LeelooClient {
  const c = new LeelooClient({ ...options, baseUrl: env.baseUrl, token: TOKEN, ...overrides, retry: { ...options.retry, ...overrides.retry } });
  clients.push(c);
  return c;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const err = (await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  )) as UpstreamError;
  seen.push(err);
  return err;
}

const accountId = () => env.data.accounts[0].id;
const tagId = () => env.data.tags[0].id;

beforeAll(async () => {
  env = await startLeeloo();
  // The wrong token is registered too: it must not leak either.
  options = upstreamTestOptions([TOKEN, 'wrong-token-0123456789abcdef']);
  client = makeClient();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await env.sim.close();
});

beforeEach(() => env.sim.resetLog());
afterEach(() => env.sim.clearFaults());

describe('LeelooClient error mapping', () => {
  it('maps a wrong token to UPSTREAM_UNAUTHORIZED with the upstream code and traceId, once', async () => {
    const err = await failure(makeClient({ token: 'wrong-token-0123456789abcdef' }).listUsers());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', service: 'leeloo', endpoint: 'GET users', status: 401, mnemonic: 'UNKNOWN_ERROR' });
    expect(err.extensions.detail).toBeUndefined();
    expect(err.detail).toMatch(/Please, contact your system administrator!; traceId [0-9a-f-]{36}/);
    expect(env.sim.count('GET users')).toBe(1);
  });

  it('treats status 0 under HTTP 200 as a failure (UPSTREAM_ERROR)', async () => {
    const body = JSON.stringify({ status: 0, error: { code: 'UNKNOWN_ERROR', message: 'Please, contact your system administrator!', traceId: 'e245e5f7-7f43-416f-b7f5-d79f721ed905' } });
    env.sim.setFault('GET accounts/:id', { kind: 'status', status: 200, body });
    const err = await failure(client.getAccount(accountId()));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', status: 200, mnemonic: 'UNKNOWN_ERROR' });
    expect(err.detail).toContain('e245e5f7');
    expect(env.sim.count('GET accounts/:id')).toBe(1);
  });

  it('treats a 2xx JSON body without status 1 as UPSTREAM_BAD_RESPONSE', async () => {
    env.sim.setFault('GET users', { kind: 'status', status: 200, body: '{"data":[]}' });
    const err = await failure(client.listUsers());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', status: 200 });
  });

  it('maps a malformed body to UPSTREAM_BAD_RESPONSE without retrying', async () => {
    env.sim.setFault('GET accounts', { kind: 'malformed' });
    const err = await failure(client.listAccounts());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', endpoint: 'GET accounts', status: 200 });
    expect(env.sim.count('GET accounts')).toBe(1);
  });

  it('maps a truncated body to UPSTREAM_BAD_RESPONSE after the read retries', async () => {
    env.sim.setFault('GET accounts/:id/chat-messages', { kind: 'truncated' });
    const err = await failure(client.listChatMessages(accountId()));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', endpoint: 'GET accounts/:id/chat-messages' });
    expect(env.sim.count('GET accounts/:id/chat-messages')).toBe(3);
  });

  it('retries a 503 on a read and then succeeds', async () => {
    env.sim.setFault('GET users', { kind: 'status', status: 503, body: '<html>Service Unavailable</html>', contentType: 'text/html', times: 1 });
    const page = await client.listUsers();
    expect(page.status).toBe(1);
    expect(env.sim.count('GET users')).toBe(2);
  });

  it('gives up on a persistent 500 after two retries with UPSTREAM_ERROR and a summarised body', async () => {
    env.sim.setFault('GET users/:id', { kind: 'status', status: 500 });
    const err = await failure(client.getUser(env.data.users[0].id));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', status: 500 });
    expect(err.detail).toContain('simulated 500');
    expect(env.sim.count('GET users/:id')).toBe(3);
  });

  it('maps a hanging upstream to UPSTREAM_TIMEOUT', async () => {
    env.sim.setFault('GET categories/templates', { kind: 'hang' });
    // No retries here: undici's coarse timers make each timed-out attempt take up to ~1 s.
    const err = await failure(makeClient({ timeoutMs: 150, retry: { maxRetries: 0 } }).listTemplateCategories());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', endpoint: 'GET categories/templates' });
    expect(env.sim.count('GET categories/templates')).toBe(1);
  });

  it('maps a refused connection to UPSTREAM_UNAVAILABLE', async () => {
    const port = await freePort();
    const err = await failure(makeClient({ baseUrl: `http://127.0.0.1:${port}/api/v1` }).listUsers());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', endpoint: 'GET users' });
  });

  it('retries the plain-text 429 after Retry-After and then succeeds', async () => {
    env.sim.setFault('GET accounts', { kind: 'rateLimit', retryAfterSec: 1, times: 1 });
    const started = Date.now();
    const page = await client.listAccounts({ limit: 5 });
    expect(page.data).toHaveLength(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(env.sim.count('GET accounts')).toBe(2);
  });

  it('fails fast with UPSTREAM_RATE_LIMITED when Retry-After is longer than the client waits', async () => {
    env.sim.setFault('GET accounts', { kind: 'rateLimit', retryAfterSec: 30 });
    const err = await failure(client.listAccounts());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', status: 429, retryAfterMs: 30_000 });
    expect(err.detail).toBe('Too many requests, please try again later.');
    expect(env.sim.count('GET accounts')).toBe(1);
  });

  it('recognises the throttle text even under HTTP 200', async () => {
    env.sim.setFault('GET users', { kind: 'status', status: 200, body: 'Too many requests, please try again later.', contentType: 'text/plain', times: 3 });
    const err = await failure(client.listUsers());
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', status: 200 });
    expect(env.sim.count('GET users')).toBe(3);
  });

  it('maps a path the upstream does not know (Express 404 page) to NOT_FOUND', async () => {
    const err = await failure(makeClient({ baseUrl: `${env.sim.url}/api/v9` }).listUsers());
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(err.detail).toContain('Cannot GET /api/v9/users');
  });
});

describe('LeelooClient writes are never retried', () => {
  it('sends a write once on a 503 and says its outcome is UNKNOWN (a 5xx proves nothing)', async () => {
    env.sim.setFault('PUT accounts/:id/add-tag', { kind: 'status', status: 503 });
    const err = await failure(client.addTag(accountId(), tagId()));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503, outcome: 'UNKNOWN' });
    expect(env.sim.count('PUT accounts/:id/add-tag')).toBe(1);
  });

  it('sends a write once on a rate limit', async () => {
    env.sim.setFault('POST messages/send-message', { kind: 'rateLimit', retryAfterSec: 1 });
    const err = await failure(client.sendMessage({ account_id: accountId(), text: 'hi' }));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED' });
    expect(env.sim.count('POST messages/send-message')).toBe(1);
  });

  it('marks a reset write as outcome UNKNOWN after exactly one attempt', async () => {
    env.sim.setFault('POST orders', { kind: 'reset' });
    const body = { accountId: accountId(), offerId: env.data.offers[0].id, paymentCreditsId: env.data.paymentCredits[0].id };
    const err = await failure(client.createOrder(body));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', outcome: 'UNKNOWN' });
    expect(env.sim.count('POST orders')).toBe(1);
  });

  it('marks a timed-out write as outcome UNKNOWN after exactly one attempt', async () => {
    env.sim.setFault('PUT accounts/:id/remove-tag', { kind: 'hang' });
    const err = await failure(makeClient({ timeoutMs: 150 }).removeTag(accountId(), tagId()));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(env.sim.count('PUT accounts/:id/remove-tag')).toBe(1);
  });

  it('marks a malformed 2xx write answer as outcome UNKNOWN', async () => {
    env.sim.setFault('POST messages/send-template', { kind: 'malformed' });
    const template = env.data.templateCategories[0].templates[0];
    const err = await failure(client.sendTemplate({ account_id: accountId(), template_id: template.id }));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', outcome: 'UNKNOWN' });
    expect(env.sim.count('POST messages/send-template')).toBe(1);
  });
});

describe('secrets', () => {
  it('keeps the tokens out of every error and every captured log line', () => {
    expect(seen.length).toBeGreaterThan(10);
    const errors = JSON.stringify(seen.map((e) => ({ message: e.message, extensions: e.extensions })));
    expect(options.lines.length).toBeGreaterThan(0);
    for (const secret of [TOKEN, 'wrong-token-0123456789abcdef']) {
      expect(errors).not.toContain(secret);
      expect(options.lines.join('\n')).not.toContain(secret);
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
