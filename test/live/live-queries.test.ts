import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_ALL_SCOPES, type Principal } from '../../src/auth/principal.js';
import { createMemoryLiveChannel } from '../../src/live/channel.js';
import { LiveQueries, MAX_SLOWDOWN } from '../../src/live/live-queries.js';
import { liveResult } from '../../src/live/result.js';
import { liveKey } from '../../src/gateway/plugins/use-live-query.js';
import { Redactor } from '../../src/upstream/redact.js';

/** The registry of live queries with the memory channel and counted fake executions (no timers reached: 60 s interval). */
const redactor = new Redactor(['secret-token-value-0001']);
const settle = () => new Promise((r) => setTimeout(r, 20));

function harness() {
  const live = new LiveQueries({ channel: createMemoryLiveChannel(), intervalMs: 60_000 });
  const runs: Record<string, number> = {};
  const answers: Record<string, () => { data?: unknown; errors?: GraphQLError[] }> = {};
  const open = (key: string, tenant: string, types: string[]) => {
    runs[key] ??= 0;
    answers[key] ??= () => ({ data: { n: runs[key] } });
    const stream = live.subscribe({
      key,
      tenant,
      types: new Set(types),
      execute: async () => {
        runs[key]! += 1;
        return liveResult(answers[key]!() as never, redactor);
      },
    });
    return stream;
  };
  return { live, runs, answers, open };
}

describe('LiveQueries', () => {
  it('re-runs a tenant’s live queries for a change of a type they read, and no other tenant’s', async () => {
    const { live, runs, open } = harness();
    const acme = open('acme-calls', 'acme', ['Call', 'CallTag']);
    const globex = open('globex-calls', 'globex', ['Call']);
    const labels = open('acme-labels', 'acme', ['SessionLabel']);
    await Promise.all([acme.next(), globex.next(), labels.next()]);
    expect(runs).toEqual({ 'acme-calls': 1, 'globex-calls': 1, 'acme-labels': 1 });
    live.announce({ tenant: 'acme', types: ['Call'], source: 'uis' });
    await settle();
    expect(runs).toEqual({ 'acme-calls': 2, 'globex-calls': 1, 'acme-labels': 1 });
    live.announce({ tenant: 'acme', types: ['LeelooAccount'], source: 'leeloo' });
    live.announce({ tenant: 'initech', types: ['Call'], source: 'uis' });
    await settle();
    expect(runs).toEqual({ 'acme-calls': 2, 'globex-calls': 1, 'acme-labels': 1 });
    live.close();
  });

  it('shares one execution between the subscribers of one key, and drops the query with its last subscriber', async () => {
    const { live, runs, open } = harness();
    const first = open('k', 'acme', ['Call']);
    expect((await first.next()).value).toEqual({ data: { n: 1 } });
    const second = open('k', 'acme', ['Call']);
    expect((await second.next()).value).toEqual({ data: { n: 1 } });
    expect(runs.k).toBe(1);
    expect(live.stats()).toEqual({ queries: 1, subscribers: 2 });
    await first.return(undefined);
    expect(live.stats()).toEqual({ queries: 1, subscribers: 1 });
    await second.return(undefined);
    expect(live.stats()).toEqual({ queries: 0, subscribers: 0 });
  });

  it('slows a tenant’s polls down while its budget is spent, and back up as polls succeed', async () => {
    const { live, answers, open } = harness();
    answers.k = () => ({ data: { calls: null }, errors: [new GraphQLError('budget spent', { path: ['calls'], extensions: { code: 'UPSTREAM_RATE_LIMITED' } })] });
    const s = open('k', 'acme', ['Call']);
    await s.next();
    expect(live.slowdownOf('acme')).toBe(2);
    for (let i = 0; i < 6; i++) {
      live.announce({ tenant: 'acme', types: ['Call'], source: 'mutation' });
      await settle();
    }
    expect(live.slowdownOf('acme')).toBe(MAX_SLOWDOWN);
    expect(live.slowdownOf('globex')).toBe(1);
    answers.k = () => ({ data: { calls: [] } });
    live.announce({ tenant: 'acme', types: ['Call'], source: 'mutation' });
    await settle();
    expect(live.slowdownOf('acme')).toBe(MAX_SLOWDOWN / 2);
    live.close();
  });

  it('ends open streams when it closes (shutdown)', async () => {
    const { live, open } = harness();
    const s = open('k', 'acme', ['Call']);
    await s.next();
    live.close();
    expect(await s.next()).toEqual({ done: true, value: undefined });
  });
});

describe('live results', () => {
  it('mask unexpected errors and redact tokens before they are kept or shared, and compare failures by code, not words', () => {
    const a = liveResult({ data: { x: null }, errors: [new GraphQLError('boom at secret-token-value-0001 id=1', { path: ['x'], extensions: { code: 'UPSTREAM_ERROR', requestId: 'r1' } })] }, redactor);
    const b = liveResult({ data: { x: null }, errors: [new GraphQLError('boom again id=2', { path: ['x'], extensions: { code: 'UPSTREAM_ERROR', requestId: 'r2' } })] }, redactor);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.json()).not.toContain('secret-token-value-0001');
    const unexpected = liveResult({ data: { x: null }, errors: [new GraphQLError('internal', { path: ['x'], originalError: new TypeError('cannot read secret-token-value-0001') })] }, redactor);
    expect(JSON.parse(unexpected.json()).errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(liveResult({ data: { x: 1 } }, redactor).fingerprint).not.toBe(liveResult({ data: { x: 2 } }, redactor).fingerprint);
  });
});

describe('liveKey', () => {
  const doc = (text: string) => parse(text);
  const p = (tenant: string, scopes: string[]): Principal => ({ ...ANONYMOUS_ALL_SCOPES, tenant, scopes: new Set(scopes) as Principal['scopes'] });
  it('is the same for the same tenant, scopes, document (however formatted) and variables (in any key order)', () => {
    const k = liveKey(p('acme', ['read', 'tags']), doc('query Q @live { calls(first: 1) { totalCount } }'), 'Q', { a: 1, b: { c: 2, d: 3 } });
    expect(liveKey(p('acme', ['tags', 'read']), doc('query Q @live {\n  calls(first: 1) {\n    totalCount\n  }\n}'), 'Q', { b: { d: 3, c: 2 }, a: 1 })).toBe(k);
    expect(liveKey(p('globex', ['read', 'tags']), doc('query Q @live { calls(first: 1) { totalCount } }'), 'Q', { a: 1, b: { c: 2, d: 3 } })).not.toBe(k);
    expect(liveKey(p('acme', ['read']), doc('query Q @live { calls(first: 1) { totalCount } }'), 'Q', { a: 1, b: { c: 2, d: 3 } })).not.toBe(k);
    expect(liveKey(p('acme', ['read', 'tags']), doc('query Q @live { calls(first: 1) { totalCount } }'), 'Q', { a: 2, b: { c: 2, d: 3 } })).not.toBe(k);
  });
});
