import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/auth/principal.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTenantGateway, type TenantGateway } from '../helpers/tenants.js';

/**
 * Finding 5 of issue 18: invalidation read only the top-level mutation fields (a mutation inside an
 * inline or named fragment left `sessionLabels` stale for the whole TTL), any refused mutation of any
 * tenant purged every tenant's entries, and `If-None-Match` was answered before authentication and
 * without regard to tenant. Two tenants, the cache on, long TTLs, every check over HTTP.
 */
const KEYS = {
  acme: testKey('tenant-acme'),
  globex: testKey('tenant-globex'),
  acmeReader: testKey('cache-acme-reader'),
  acmeTagger: testKey('cache-acme-tagger'),
};
const LABELS = '{ sessionLabels { labelId name } }';
const EMPLOYEES = '{ employees(first: 3) { totalCount } }';

/** A way to wrap a selection of Mutation fields (the field itself is written directly or under an alias). */
type Shape = (field: string, fragments: string[]) => string;
const SHAPES: Record<string, Shape> = {
  inline: (f) => `... on Mutation { ${f} }`,
  inlineNoType: (f) => `... { ${f} }`,
  named: (f, frags) => {
    const name = `F${frags.length}`;
    frags.push(`fragment ${name} on Mutation { ${f} }`);
    return `...${name}`;
  },
  included: (f) => `... on Mutation @include(if: true) { ${f} }`,
  notSkipped: (f) => `... @skip(if: false) { ${f} }`,
};
/** Shapes that keep the field from running. */
const DROPPED: Record<string, Shape> = {
  skipped: (f) => `... on Mutation @skip(if: true) { ${f} }`,
  notIncluded: (f) => `... @include(if: false) { ${f} }`,
};

describe('the response cache is purged by what a mutation did, for its tenant', () => {
  let gw: TenantGateway;
  let n = 0;
  beforeAll(async () => {
    const keys = writeApiKeysFile([
      { name: 'acme-app', key: KEYS.acme, scopes: [...SCOPES], tenant: 'acme' },
      { name: 'globex-app', key: KEYS.globex, scopes: [...SCOPES], tenant: 'globex' },
      { name: 'acme-reader', key: KEYS.acmeReader, scopes: ['read'], tenant: 'acme' },
      { name: 'acme-tagger', key: KEYS.acmeTagger, scopes: ['read', 'tags'], tenant: 'acme' },
    ]);
    gw = await startTenantGateway({ API_KEYS_FILE: keys, RESPONSE_CACHE: 'on', RESPONSE_CACHE_TTL_MS: '600000', RESPONSE_CACHE_REFERENCE_TTL_MS: '600000' });
  });
  afterAll(() => gw.close());

  const post = async (key: string, query: string, headers: Record<string, string> = {}) => {
    const res = await gw.post({ ...bearer(key), ...headers }, query);
    return { res, body: res.status === 304 ? undefined : ((await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }) };
  };
  /** Reads `query` and says whether it went upstream (a miss) and what it answered. */
  const read = async (key: string, tenant: 'acme' | 'globex', query: string) => {
    gw.resetLogs();
    const { body } = await post(key, query);
    return { upstream: gw.requests(tenant), data: body?.data };
  };
  const names = (data: Record<string, unknown> | undefined) => (data?.sessionLabels as { name: string }[]).map((l) => l.name);

  it('purges the types a mutation field changes however the document wraps it, and nothing when the field did not run', async () => {
    const wrap = fc.array(fc.constantFrom(...Object.keys(SHAPES)), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(wrap, fc.boolean(), fc.option(fc.constantFrom(...Object.keys(DROPPED)), { nil: undefined }), fc.nat(2), async (shapes, alias, dropped, depthOfDrop) => {
        const name = `purge-${(n += 1)}`;
        // Both reads cached first: the labels (what the mutation changes) and employees (what it does not).
        await read(KEYS.acme, 'acme', LABELS);
        await read(KEYS.acme, 'acme', EMPLOYEES);
        expect((await read(KEYS.acme, 'acme', LABELS)).upstream).toBe(0);
        const fragments: string[] = [];
        let selection = `${alias ? 'renamed: ' : ''}createSessionLabel(name: "${name}") { __typename }`;
        shapes.forEach((s, i) => {
          if (dropped && i === Math.min(depthOfDrop, shapes.length - 1)) selection = DROPPED[dropped]!(selection, fragments);
          selection = SHAPES[s]!(selection, fragments);
        });
        if (dropped && shapes.length === 0) selection = DROPPED[dropped]!(selection, fragments);
        const document = `mutation { ${selection} } ${fragments.join(' ')}`;
        const { body } = await post(KEYS.acme, document);
        expect({ document, errors: body?.errors }).toEqual({ document, errors: undefined });
        const labels = await read(KEYS.acme, 'acme', LABELS);
        if (dropped) {
          // The field did not run: nothing written, nothing purged.
          expect({ document, upstream: labels.upstream }).toEqual({ document, upstream: 0 });
          expect(names(labels.data)).not.toContain(name);
        } else {
          expect({ document, upstream: labels.upstream > 0 }).toEqual({ document, upstream: true });
          expect(names(labels.data)).toContain(name);
        }
        // A type the mutation does not change stays cached either way.
        expect((await read(KEYS.acme, 'acme', EMPLOYEES)).upstream).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves another tenant’s entries in place when one tenant mutates', async () => {
    await read(KEYS.globex, 'globex', LABELS);
    expect((await read(KEYS.globex, 'globex', LABELS)).upstream).toBe(0);
    await post(KEYS.acme, `mutation { createSessionLabel(name: "acme-only-${(n += 1)}") { __typename } }`);
    expect((await read(KEYS.globex, 'globex', LABELS)).upstream).toBe(0);
    // Globex's own mutation does purge globex.
    await post(KEYS.globex, `mutation { createSessionLabel(name: "globex-${(n += 1)}") { __typename } }`);
    expect((await read(KEYS.globex, 'globex', LABELS)).upstream).toBeGreaterThan(0);
  });

  it('purges nothing for a refused mutation: forbidden, invalid, or aimed at nothing', async () => {
    await read(KEYS.acme, 'acme', LABELS);
    await read(KEYS.globex, 'globex', LABELS);
    const refused = [
      [KEYS.acmeReader, 'mutation { createSessionLabel(name: "no-scope") { __typename } }', 'ForbiddenError'],
      [KEYS.acmeTagger, 'mutation { a: deleteSessionLabel(labelId: 1) { __typename } }', 'ForbiddenError'],
      [KEYS.acme, 'mutation { createSessionLabel(name: "") { __typename } }', 'InvalidInputError'],
      [KEYS.globex, 'mutation { renameSessionLabel(labelId: 987654, name: "x") { __typename } }', 'NotFoundError'],
    ] as const;
    for (const [key, document, expected] of refused) {
      const { body } = await post(key, document);
      expect(Object.values(body?.data ?? {})).toEqual([{ __typename: expected }]);
      expect((await read(KEYS.acme, 'acme', LABELS)).upstream).toBe(0);
      expect((await read(KEYS.globex, 'globex', LABELS)).upstream).toBe(0);
    }
  });

  it('answers If-None-Match with 304 only for the caller’s own entry, after authentication', async () => {
    const own = await post(KEYS.acme, LABELS);
    await post(KEYS.acme, LABELS);
    const hit = await post(KEYS.acme, LABELS);
    const etag = hit.res.headers.get('etag');
    expect(etag).toMatch(/^acme\//);
    // The caller's own entry: 304, no body.
    expect((await post(KEYS.acme, LABELS, { 'if-none-match': etag! })).res.status).toBe(304);
    expect((await post(KEYS.acme, LABELS, { 'if-none-match': `W/"${etag}"` })).res.status).toBe(304);
    // Without a credential: 401, whatever the ETag.
    const anonymous = await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'if-none-match': etag! }, body: JSON.stringify({ query: LABELS }) });
    expect(anonymous.status).toBe(401);
    // Another tenant, or the same tenant with other scopes, with that ETag: its own full answer.
    for (const key of [KEYS.globex, KEYS.acmeReader]) {
      const other = await post(key, LABELS, { 'if-none-match': etag! });
      expect(other.res.status).toBe(200);
      expect(other.body?.data?.sessionLabels).toBeTruthy();
      expect(other.res.headers.get('etag')).not.toBe(etag);
    }
    expect(own.res.status).toBe(200);
  });
});
