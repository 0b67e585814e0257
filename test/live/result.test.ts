import { GraphQLError, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveResult, sharedLiveResult } from '../../src/live/result.js';
import { Redactor } from '../../src/upstream/redact.js';

type Serialisable = ExecutionResult & { stringify?: (r: unknown) => string };

/** What Yoga's SSE, multipart and graphql-ws processors do with each event: `result.stringify` or JSON.stringify. */
const send = (r: Serialisable) => (r.stringify ?? JSON.stringify)(r);

describe('a live result sent to many subscribers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is serialised once however many streams send it, and reads as JSON.stringify would', () => {
    const data = { sessions: { edges: Array.from({ length: 50 }, (_, i) => ({ node: { id: `S${i}` } })) } };
    const live = liveResult({ data }, new Redactor());
    const expected = JSON.stringify({ data });
    const spy = vi.spyOn(JSON, 'stringify');
    const texts = Array.from({ length: 100 }, () => send(live.result as Serialisable));
    expect(spy.mock.calls.filter(([v]) => (v as ExecutionResult)?.data === data)).toHaveLength(1);
    expect(new Set(texts)).toEqual(new Set([expected]));
    // The text shared with other replicas is the same one, not made again.
    expect(live.json()).toBe(expected);
    expect(spy.mock.calls.filter(([v]) => (v as ExecutionResult)?.data === data)).toHaveLength(1);
  });

  it('serialises a copy with other data or with extensions as it is', () => {
    const live = liveResult({ data: { a: 1 } }, new Redactor());
    const r = live.result as Serialisable;
    expect(send({ ...r, data: { a: 2 } })).toBe('{"data":{"a":2}}');
    expect(send({ ...r, extensions: { x: 1 } })).toBe('{"data":{"a":1},"extensions":{"x":1}}');
  });

  it('leaves a result with errors to the processors (each stream formats its errors)', () => {
    const live = liveResult({ data: null, errors: [new GraphQLError('down', { extensions: { code: 'UPSTREAM_UNAVAILABLE' } })] }, new Redactor());
    expect((live.result as Serialisable).stringify).toBeUndefined();
  });

  it('sends another replica’s text as it came', () => {
    const json = '{"data":{"calls":{"totalCount":3}}}';
    const shared = sharedLiveResult('fp', json)!;
    const spy = vi.spyOn(JSON, 'stringify');
    expect(send(shared.result as Serialisable)).toBe(json);
    expect(spy).not.toHaveBeenCalled();
  });
});
