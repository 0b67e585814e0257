import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/gateway/errors.js';
import type { Fault } from '../../src/simulators/harness.js';
import { createDeadline } from '../../src/upstream/deadline.js';
import { findLeaks, startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * The upstream error contract (README "Errors" is its specification): every fault × every backend ×
 * read/write, against the simulators over real HTTP. One expected row per fault, shared by the
 * three backends: the code, the attempts counted at the simulator (and by the client), the elapsed
 * time (UPSTREAM_TIMEOUT_MS met within 10 %, Retry-After honoured when ≤ 3 s, never past the
 * operation deadline) and the write outcome. Writes are never retried.
 */
const TIMEOUT_MS = 300;
/** Scheduling slack on a loaded two-core machine; the bounds themselves are the contract. */
const SLACK_MS = 150;
/** Upper bound of the two backoff pauses of a read (100 ms base, full jitter): 100 + 200. */
const BACKOFFS_MS = 300;

type Backend = 'reporter' | 'uis' | 'leeloo';
const BACKENDS: Backend[] = ['reporter', 'uis', 'leeloo'];

interface Row {
  fault: string;
  /** The fault on each backend's simulator ('*'); one Fault for all, or the backend's own form. */
  inject: Fault | Record<Backend, Fault> | 'refused';
  code: string;
  /** Attempts of a read; a write is always sent at most once. */
  readAttempts: number;
  outcome: 'NOT_APPLIED' | 'UNKNOWN';
  /** Elapsed bounds in ms: [min, max] of the read and of the write. */
  readMs?: [number, number];
  writeMs?: [number, number];
  /** An operation deadline for the call, in ms (0: already passed before the call). */
  deadlineMs?: number;
}

const json = (status: number, headers?: Record<string, string>): Fault => ({ kind: 'status', status, headers });
const text = (status: number, body: string): Fault => ({ kind: 'status', status, body, contentType: 'text/plain' });
const FAST: [number, number] = [0, BACKOFFS_MS + 600];
const HUNG_READ: [number, number] = [3 * TIMEOUT_MS + 150, 3 * TIMEOUT_MS * 1.1 + BACKOFFS_MS + 2 * SLACK_MS];
const HUNG_WRITE: [number, number] = [TIMEOUT_MS, TIMEOUT_MS * 1.1 + SLACK_MS];
const TWO_SECOND_WAITS: [number, number] = [1950, 2000 + 3 * TIMEOUT_MS];
const inAMinute = () => new Date(Date.now() + 60_000).toUTCString();

const ROWS: Row[] = [
  { fault: 'HTTP 500', inject: json(500), code: 'UPSTREAM_ERROR', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'HTTP 502 (HTML page)', inject: { kind: 'status', status: 502, body: '<html><h1>Bad gateway</h1></html>', contentType: 'text/html' }, code: 'UPSTREAM_UNAVAILABLE', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'HTTP 503', inject: json(503), code: 'UPSTREAM_UNAVAILABLE', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'HTTP 503 + Retry-After: 1', inject: json(503, { 'retry-after': '1' }), code: 'UPSTREAM_UNAVAILABLE', readAttempts: 3, outcome: 'UNKNOWN', readMs: TWO_SECOND_WAITS },
  { fault: 'HTTP 503 + Retry-After: 10 (fails fast)', inject: json(503, { 'retry-after': '10' }), code: 'UPSTREAM_UNAVAILABLE', readAttempts: 1, outcome: 'UNKNOWN' },
  { fault: 'HTTP 503 + Retry-After as an HTTP date a minute away', inject: json(503, { 'retry-after': inAMinute() }), code: 'UPSTREAM_UNAVAILABLE', readAttempts: 1, outcome: 'UNKNOWN' },
  { fault: 'HTTP 503 + Retry-After: 2 with 1.5 s of deadline left', inject: json(503, { 'retry-after': '2' }), code: 'UPSTREAM_UNAVAILABLE', readAttempts: 1, outcome: 'UNKNOWN', deadlineMs: 1500 },
  { fault: 'HTTP 504', inject: json(504), code: 'UPSTREAM_UNAVAILABLE', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'HTTP 429 with a JSON body', inject: json(429), code: 'UPSTREAM_RATE_LIMITED', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'HTTP 429 with a text body', inject: text(429, 'Too many requests'), code: 'UPSTREAM_RATE_LIMITED', readAttempts: 3, outcome: 'UNKNOWN' },
  {
    fault: "the backend's own rate limit, 1 s",
    inject: { kind: 'rateLimit', retryAfterSec: 1 },
    code: 'UPSTREAM_RATE_LIMITED',
    readAttempts: 3,
    outcome: 'UNKNOWN',
    readMs: TWO_SECOND_WAITS,
  },
  { fault: "the backend's own rate limit, 60 s (fails fast)", inject: { kind: 'rateLimit', retryAfterSec: 60 }, code: 'UPSTREAM_RATE_LIMITED', readAttempts: 1, outcome: 'UNKNOWN' },
  { fault: 'HTTP 408', inject: json(408), code: 'UPSTREAM_TIMEOUT', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'HTTP 400', inject: json(400), code: 'BAD_USER_INPUT', readAttempts: 1, outcome: 'NOT_APPLIED' },
  { fault: 'HTTP 401 with a JSON body', inject: json(401), code: 'UPSTREAM_UNAUTHORIZED', readAttempts: 1, outcome: 'NOT_APPLIED' },
  { fault: 'HTTP 403 with a text body', inject: text(403, 'Forbidden'), code: 'UPSTREAM_UNAUTHORIZED', readAttempts: 1, outcome: 'NOT_APPLIED' },
  { fault: 'HTTP 404', inject: json(404), code: 'NOT_FOUND', readAttempts: 1, outcome: 'NOT_APPLIED' },
  { fault: 'HTTP 409', inject: json(409), code: 'CONFLICT', readAttempts: 1, outcome: 'NOT_APPLIED' },
  {
    fault: "the backend's own refusal of a parameter",
    inject: {
      reporter: { kind: 'status', status: 400, body: JSON.stringify({ error: 'reporter.filter.invalid', message: 'Filter X: bad value', args: {} }) },
      uis: { kind: 'rpcError', code: -32602, mnemonic: 'invalid_parameter_value' },
      leeloo: { kind: 'status', status: 400, body: JSON.stringify({ status: 0, error: { code: 'VALIDATION_ERROR', message: 'bad value' } }) },
    },
    code: 'BAD_USER_INPUT',
    readAttempts: 1,
    outcome: 'NOT_APPLIED',
  },
  {
    fault: "the backend's own internal error",
    inject: {
      reporter: { kind: 'status', status: 500, body: JSON.stringify({ error: 'reporter.internal', message: 'boom', args: {} }) },
      uis: { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' },
      leeloo: { kind: 'status', status: 500, body: JSON.stringify({ status: 0, error: { code: 'UNKNOWN_ERROR', message: 'boom' } }) },
    },
    code: 'UPSTREAM_ERROR',
    readAttempts: 3,
    outcome: 'UNKNOWN',
  },
  { fault: 'no answer (hang past the timeout)', inject: { kind: 'hang' }, code: 'UPSTREAM_TIMEOUT', readAttempts: 3, outcome: 'UNKNOWN', readMs: HUNG_READ, writeMs: HUNG_WRITE },
  { fault: 'a body that stalls after the headers', inject: { kind: 'stall' }, code: 'UPSTREAM_TIMEOUT', readAttempts: 3, outcome: 'UNKNOWN', readMs: HUNG_READ, writeMs: HUNG_WRITE },
  {
    fault: 'an operation deadline shorter than the timeout',
    inject: { kind: 'hang' },
    code: 'UPSTREAM_TIMEOUT',
    readAttempts: 1,
    outcome: 'UNKNOWN',
    deadlineMs: 200,
    readMs: [190, 200 + SLACK_MS],
    writeMs: [190, 200 + SLACK_MS],
  },
  { fault: 'an operation deadline passed before the call', inject: json(500), code: 'UPSTREAM_TIMEOUT', readAttempts: 0, outcome: 'NOT_APPLIED', deadlineMs: 0 },
  { fault: 'connection reset after the request', inject: { kind: 'reset' }, code: 'UPSTREAM_UNAVAILABLE', readAttempts: 3, outcome: 'UNKNOWN' },
  { fault: 'connection refused', inject: 'refused', code: 'UPSTREAM_UNAVAILABLE', readAttempts: 3, outcome: 'NOT_APPLIED' },
  { fault: 'garbage under HTTP 200', inject: { kind: 'malformed' }, code: 'UPSTREAM_BAD_RESPONSE', readAttempts: 1, outcome: 'UNKNOWN' },
  { fault: 'truncated JSON', inject: { kind: 'truncated' }, code: 'UPSTREAM_BAD_RESPONSE', readAttempts: 3, outcome: 'UNKNOWN' },
];

/** One read and one write per backend, with the endpoint label both sides log them under. */
const CALLS: Record<Backend, { read: (g: TestGateway, signal?: AbortSignal) => Promise<unknown>; write: (g: TestGateway, signal?: AbortSignal) => Promise<unknown>; readEndpoint: string; writeEndpoint: string }> = {
  reporter: {
    read: (g, signal) => g.backends.reporter!.listSessionLabels({ signal }),
    write: (g, signal) => g.backends.reporter!.attachSessionLabel('no-such-session', 1, { signal }),
    readEndpoint: 'GET logs/labels/sessions',
    writeEndpoint: 'POST session-labels/sessions',
  },
  uis: {
    read: (g, signal) => g.backends.uis!.getTags({}, { signal }),
    write: (g, signal) => g.backends.uis!.setTagCommunications({ communication_id: 1, communication_type: 'call', tag_id: 1 }, { signal }),
    readEndpoint: 'get.tags',
    writeEndpoint: 'set.tag_communications',
  },
  leeloo: {
    read: (g, signal) => g.backends.leeloo!.listUsers({}, { signal }),
    write: (g, signal) => g.backends.leeloo!.addTag('ffffffffffffffffffffffff', 'eeeeeeeeeeeeeeeeeeeeeeee', { signal }),
    readEndpoint: 'GET users',
    writeEndpoint: 'PUT accounts/:id/add-tag',
  },
};

let live: TestGateway;
let refused: TestGateway;
const seen: string[] = [];

beforeAll(async () => {
  live = await startTestGateway({ timeoutMs: TIMEOUT_MS });
  // A port that was just free: nothing listens there, so every connection is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  refused = await startTestGateway({ timeoutMs: TIMEOUT_MS, env: { REPORTER_URL: `${closed}/api`, UIS_URL: `${closed}/v2.0`, LEELOO_URL: `${closed}/api/v1` } });
});
afterAll(async () => {
  // No token in any error or captured log line, whatever the fault.
  expect(findLeaks(seen.join('\n') + live.logLines.join('') + refused.logLines.join(''))).toEqual([]);
  await Promise.all([live.close(), refused.close()]);
});
beforeEach(() => {
  live.sims.clearFaults();
  live.sims.resetLogs();
  live.logLines.length = 0;
  refused.logLines.length = 0;
});

/** Attempts the client made, from its per-attempt debug log lines. */
function clientAttempts(g: TestGateway, backend: Backend, endpoint: string): number {
  return g.logLines.filter((l) => l.includes('"msg":"upstream call"') && l.includes(`"backend":"${backend}"`) && l.includes(`"endpoint":"${endpoint}"`)).length;
}

/** Runs one call under the row's fault and reports what the contract is about. */
async function observe(row: Row, backend: Backend, kind: 'read' | 'write'): Promise<Record<string, unknown>> {
  const g = row.inject === 'refused' ? refused : live;
  if (row.inject !== 'refused') live.sims[backend].setFault('*', 'kind' in row.inject ? row.inject : row.inject[backend]);
  const deadline = row.deadlineMs === undefined ? undefined : createDeadline(row.deadlineMs);
  if (row.deadlineMs === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const call = CALLS[backend];
  const started = performance.now();
  const error = await call[kind](g, deadline?.signal).then(
    () => undefined,
    (e: unknown) => e,
  );
  const elapsed = performance.now() - started;
  deadline?.dispose();
  seen.push(JSON.stringify(error), String((error as Error)?.message));
  const bounds = (kind === 'read' ? row.readMs : row.writeMs) ?? FAST;
  const extensions = error instanceof UpstreamError ? error.extensions : { notAnUpstreamError: String(error) };
  return {
    code: extensions.code,
    service: extensions.service,
    outcome: extensions.outcome,
    clientAttempts: clientAttempts(g, backend, kind === 'read' ? call.readEndpoint : call.writeEndpoint),
    simulatorAttempts: row.inject === 'refused' ? 'refused' : live.sims[backend].count(),
    elapsed: elapsed >= bounds[0] && elapsed <= bounds[1] ? 'within bounds' : `${Math.round(elapsed)} ms, outside [${bounds[0]}, ${bounds[1]}]`,
  };
}

describe('the upstream error contract: the same fault gets the same code, attempts, time and outcome on every backend', () => {
  for (const row of ROWS) {
    for (const kind of ['read', 'write'] as const) {
      // Writes are never retried: at most one attempt.
      const attempts = kind === 'read' ? row.readAttempts : Math.min(row.readAttempts, 1);
      const title = `${row.fault}: a ${kind} fails ${row.code} after ${attempts} attempt(s)${kind === 'write' ? `, outcome ${row.outcome}` : ''} on every backend`;
      it(title, async () => {
        // The three backends have their own simulators, so they run side by side.
        const actual = Object.fromEntries(await Promise.all(BACKENDS.map(async (b) => [b, await observe(row, b, kind)] as const)));
        const expected = Object.fromEntries(
          BACKENDS.map((b) => [
            b,
            {
              code: row.code,
              service: b,
              outcome: kind === 'write' ? row.outcome : undefined,
              clientAttempts: attempts,
              simulatorAttempts: row.inject === 'refused' ? 'refused' : attempts,
              elapsed: 'within bounds',
            },
          ]),
        );
        expect(actual).toEqual(expected);
      });
    }
  }
});
