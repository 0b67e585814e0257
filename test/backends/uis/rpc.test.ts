import { describe, expect, it } from 'vitest';
import { interpretRpc, UisRpcError } from '../../../src/backends/uis/rpc.js';
import { UpstreamError } from '../../../src/gateway/errors.js';
import { Redactor } from '../../../src/upstream/redact.js';

const ctx = { endpoint: 'get.tags', expectedId: 'req-1', redactor: new Redactor(['secret-token-123']) };
const answer = (body: unknown, status = 200, headers: Record<string, string> = {}) => ({
  status,
  headers,
  text: typeof body === 'string' ? body : JSON.stringify(body),
});
function thrown(fn: () => unknown): UpstreamError {
  try {
    fn();
  } catch (err) {
    return err as UpstreamError;
  }
  throw new Error('expected a throw');
}

describe('interpretRpc', () => {
  it('returns result when the id matches', () => {
    expect(interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1', result: { data: [1] } }), ctx)).toEqual({ data: [1] });
  });

  it('rejects a result whose id does not match with UPSTREAM_BAD_RESPONSE', () => {
    const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: 'other', result: {} }), ctx));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', endpoint: 'get.tags' });
  });

  it('accepts an error answer with id null, as the documented example shows', () => {
    const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: null, error: { code: -32001, message: 'x', data: { mnemonic: 'access_token_expired' } } }), ctx));
    expect(err).toBeInstanceOf(UisRpcError);
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', mnemonic: 'access_token_expired' });
  });

  it('keeps the token out of the message and extensions: an echoed mnemonic or field is left out, the text goes to the log only', () => {
    const long = `${'m'.repeat(100)} secret-token-123 echoed`;
    const err = thrown(() =>
      interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1', error: { code: -32602, message: long, data: { mnemonic: 'secret-token-123', field: 'secret-token-123' } } }), ctx),
    );
    expect(JSON.stringify(err.extensions) + err.message).not.toContain('secret-token');
    // UIS's words are kept for the log only, redacted there too.
    expect(err.extensions.detail).toBeUndefined();
    expect((err as UisRpcError).detail).toContain('[REDACTED]');
    const http = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1', error: { code: -32001, message: 'bad secret-token-123' } }, 401), ctx));
    expect(http.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', status: 401 });
    expect(JSON.stringify(http.extensions) + http.message).not.toContain('secret-token');
  });

  it('classifies a non-2xx answer by its status whatever its JSON body says (429 → rate limited, not an id mismatch)', () => {
    const err = thrown(() => interpretRpc(answer({ error: 'rate_limited', message: 'Too many requests' }, 429, { 'retry-after': '2' }), ctx));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', status: 429, retryAfterMs: 2000 });
    expect(err.retryable).toBe(true);
    const limit = thrown(() =>
      interpretRpc(
        answer({ jsonrpc: '2.0', id: 'req-1', error: { code: -32029, message: 'limit', data: { mnemonic: 'limit_exceeded', metadata: { limits: { minute_reset: 2 } } } } }, 429),
        ctx,
      ),
    );
    // Without a Retry-After header the body's `minute_reset` says how long to wait.
    expect(limit.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterMs: 2000 });
  });

  it('parses JSON-RPC errors even under a non-200 status', () => {
    const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1', error: { code: -32602, message: 'bad', data: { mnemonic: 'entity_not_found', field: 'tag_id' } } }, 400), ctx));
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tag_id', status: 400 });
  });

  it('treats either batch mnemonic spelling as a plain UPSTREAM_ERROR (a client bug, not retryable)', () => {
    for (const mnemonic of ['batch_operations_not_supported', 'batch_opreations_not_supported']) {
      const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: null, error: { code: -32099, message: 'no', data: { mnemonic } } }), ctx));
      expect(err.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', rpcCode: -32099 });
      expect(err.retryable).toBe(false);
    }
  });

  it('takes day_reset as the wait when the day budget is gone', () => {
    const limits = { day_remaining: 0, day_reset: 3600, minute_remaining: 10, minute_reset: 20 };
    const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1', error: { code: -32029, message: 'limit', data: { mnemonic: 'limit_exceeded', metadata: { limits } } } }), ctx));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterMs: 3_600_000 });
    expect(err.retryable).toBe(true);
  });

  it('maps a non-JSON 429 with Retry-After to a retryable UPSTREAM_RATE_LIMITED', () => {
    const err = thrown(() => interpretRpc(answer('Too Many Requests', 429, { 'retry-after': '2' }), ctx));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', status: 429, retryAfterMs: 2000 });
  });

  it('rejects an envelope with neither result nor error', () => {
    const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1' }), ctx));
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE' });
  });

  it('redacts a token echoed in an error message', () => {
    const err = thrown(() => interpretRpc(answer({ jsonrpc: '2.0', id: 'req-1', error: { code: -32602, message: 'token secret-token-123 bad', data: { mnemonic: 'invalid_parameter_value', field: 'access_token' } } }), ctx));
    expect(err.message).not.toContain('secret-token-123');
    expect(JSON.stringify(err.extensions)).not.toContain('secret-token-123');
  });
});
