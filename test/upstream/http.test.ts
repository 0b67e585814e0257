import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent, errors as undiciErrors } from 'undici';
import { ErrorCode, UpstreamError, codeForHttpStatus, isRetryableStatus } from '../../src/gateway/errors.js';
import { UpstreamHttp } from '../../src/upstream/http.js';
import type { UpstreamResponse } from '../../src/upstream/response.js';
import { parseRetryAfter } from '../../src/upstream/retry.js';
import { SimServer } from '../../src/simulators/harness.js';
import { upstreamTestOptions } from '../helpers/logs.js';

const ORIGIN = 'http://upstream.test';

/** The error a call fails with; the test fails if it succeeds. */
async function failure(p: Promise<unknown>): Promise<UpstreamError> {
  try {
    await p;
  } catch (e) {
    return e as UpstreamError;
  }
  throw new Error('expected the call to fail');
}

/** A minimal REST interpreter, like the Reporter's: JSON on 2xx, the error family otherwise. */
function json(res: UpstreamResponse): unknown {
  if (res.status >= 400) {
    throw new UpstreamError(`failed with ${res.status}`, {
      code: codeForHttpStatus(res.status),
      service: 'reporter',
      endpoint: 'test',
      status: res.status,
      retryable: isRetryableStatus(res.status),
      retryAfterMs: parseRetryAfter(res.headers['retry-after']),
    });
  }
  return res.text ? JSON.parse(res.text) : undefined;
}

describe('UpstreamHttp with MockAgent', () => {
  let agent: MockAgent;
  let http: UpstreamHttp;
  let lines: string[];

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const opts = upstreamTestOptions(['secret-token-1']);
    lines = opts.lines;
    http = new UpstreamHttp({ ...opts, service: 'reporter', baseUrl: `${ORIGIN}/api/reporter/p/secret-token-1`, dispatcher: agent });
  });

  afterEach(async () => {
    agent.assertNoPendingInterceptors();
    await agent.close();
  });

  it('builds the path below the base URL with repeated query parameters for arrays', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/api/reporter/p/secret-token-1/stats/telephony?dateFrom=2024-01-01&botIds=a&botIds=b', method: 'GET' })
      .reply(200, { ok: true });
    const value = await http.send(
      { method: 'GET', path: '/stats/telephony', query: { dateFrom: '2024-01-01', botIds: ['a', 'b'], skipped: undefined }, read: true, endpoint: 'GET stats/telephony' },
      json,
    );
    expect(value).toEqual({ ok: true });
  });

  it('sends a JSON body on DELETE', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/api/reporter/p/secret-token-1/session-labels/sessions?sessionId=s1', method: 'DELETE', body: '{"labelId":5}' })
      .reply(200, '');
    await expect(
      http.send({ method: 'DELETE', path: '/session-labels/sessions', query: { sessionId: 's1' }, body: { labelId: 5 }, read: false, endpoint: 'DELETE x' }, json),
    ).resolves.toBeUndefined();
  });

  it('retries a read after a 503 and returns the later success', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: /sessions/, method: 'POST' }).reply(503, 'busy');
    pool.intercept({ path: /sessions/, method: 'POST' }).reply(200, { sessions: [] });
    const value = await http.send({ method: 'POST', path: '/sessions/filter', body: {}, read: true, endpoint: 'POST sessions/filter' }, json);
    expect(value).toEqual({ sessions: [] });
    expect(lines.some((l) => l.includes('retrying'))).toBe(true);
  });

  it('gives up on a read after two retries', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: /sessions/, method: 'POST' }).reply(503, 'busy').times(3);
    const err = await failure(http.send({ method: 'POST', path: '/sessions/filter', read: true, endpoint: 'POST sessions/filter' }, json));
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err.extensions.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
  });

  it('never retries a write', async () => {
    agent.get(ORIGIN).intercept({ path: /block/, method: 'PUT' }).reply(503, 'busy');
    const err = await failure(http.send({ method: 'PUT', path: '/clients/block', body: {}, read: false, endpoint: 'PUT clients/block' }, json));
    expect(err.extensions.code).toBe(ErrorCode.UPSTREAM_UNAVAILABLE);
    // A second call would hit no interceptor and fail with a MockNotMatchedError instead.
  });

  it('fails fast when Retry-After asks for longer than the policy allows', async () => {
    agent.get(ORIGIN).intercept({ path: /sessions/, method: 'POST' }).reply(429, 'slow down', { headers: { 'retry-after': '120' } });
    const err = await failure(http.send({ method: 'POST', path: '/sessions/filter', read: true, endpoint: 'POST sessions/filter' }, json));
    expect(err.extensions.code).toBe(ErrorCode.UPSTREAM_RATE_LIMITED);
    expect(err.extensions.retryAfterMs).toBe(120_000);
  });

  it('maps a headers timeout on a write to UPSTREAM_TIMEOUT with an UNKNOWN outcome', async () => {
    agent.get(ORIGIN).intercept({ path: /labels/, method: 'POST' }).replyWithError(new undiciErrors.HeadersTimeoutError());
    const err = await failure(http.send({ method: 'POST', path: '/logs/labels/sessions', body: {}, read: false, endpoint: 'POST logs/labels/sessions' }, json));
    expect(err.extensions).toMatchObject({ code: ErrorCode.UPSTREAM_TIMEOUT, service: 'reporter', outcome: 'UNKNOWN' });
  });

  it('marks a refused write as NOT_APPLIED', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    agent.get(ORIGIN).intercept({ path: /labels/, method: 'POST' }).replyWithError(refused);
    const err = await failure(http.send({ method: 'POST', path: '/logs/labels/sessions', body: {}, read: false, endpoint: 'POST logs/labels/sessions' }, json));
    expect(err.extensions).toMatchObject({ code: ErrorCode.UPSTREAM_UNAVAILABLE, outcome: 'NOT_APPLIED' });
  });
});

describe('UpstreamHttp over real sockets', () => {
  const sim = new SimServer('test');
  let origin: string;
  beforeAll(async () => {
    sim.route('GET', '/ok', () => ({ status: 200, json: { ok: 1 } }));
    sim.route('GET', '/slow', () => ({ status: 200, json: { ok: 1 } }));
    origin = await sim.listen();
  });
  afterAll(() => sim.close());

  const client = (timeoutMs: number, baseUrl = origin) => new UpstreamHttp({ ...upstreamTestOptions(), timeoutMs, service: 'uis', baseUrl });

  it('times out an upstream that never answers and retries the read twice', async () => {
    sim.resetLog();
    sim.setFault('GET /slow', { kind: 'hang' });
    const http = client(150);
    const err = await failure(http.send({ method: 'GET', path: '/slow', read: true, endpoint: 'GET slow' }, json));
    sim.clearFaults();
    await http.close();
    expect(err.extensions.code).toBe(ErrorCode.UPSTREAM_TIMEOUT);
    expect(sim.count('GET /slow')).toBe(3);
  });

  it('reports a refused connection as UPSTREAM_UNAVAILABLE', async () => {
    const closed = new SimServer('closed');
    const url = await closed.listen();
    await closed.close();
    const http = client(500, url);
    const err = await failure(http.send({ method: 'GET', path: '/ok', read: false, endpoint: 'GET ok' }, json));
    await http.close();
    expect(err.extensions).toMatchObject({ code: ErrorCode.UPSTREAM_UNAVAILABLE, outcome: 'NOT_APPLIED' });
  });

  it('reports a truncated body as UPSTREAM_BAD_RESPONSE', async () => {
    sim.setFault('GET /ok', { kind: 'truncated', times: 3 });
    const http = client(500);
    const err = await failure(http.send({ method: 'GET', path: '/ok', read: true, endpoint: 'GET ok' }, json));
    await http.close();
    expect(err.extensions.code).toBe(ErrorCode.UPSTREAM_BAD_RESPONSE);
  });

  it('cancels the upstream call when the caller aborts', async () => {
    sim.setFault('GET /slow', { kind: 'hang', times: 1 });
    const http = client(5_000);
    const controller = new AbortController();
    const pending = failure(http.send({ method: 'GET', path: '/slow', read: true, endpoint: 'GET slow', signal: controller.signal }, json));
    setTimeout(() => controller.abort(), 50);
    const err = await pending;
    await http.close();
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err.detail).toBe('cancelled by the client');
    expect(err.extensions.detail).toBeUndefined();
  });
});
