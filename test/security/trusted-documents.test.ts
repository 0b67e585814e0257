import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../client/src/generated/graphql.js';
import { BackendsDocument, CreateSessionLabelDocument } from '../../client/src/generated/graphql.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const manifest = JSON.parse(readFileSync(new URL('../../schema/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const hashOf = (doc: unknown) => (doc as { __meta__: { hash: string } }).__meta__.hash;
const KEYS = { app: testKey('app'), operator: testKey('operator') };

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function send(origin: string, payload: unknown, key?: string): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? bearer(key) : {}) },
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

describe('the persisted-documents manifest', () => {
  it('holds every generated typed document under the hash the document carries, and that hash is the sha256 of the text', () => {
    const docs = Object.entries(generated).filter(([name, v]) => name.endsWith('Document') && typeof v === 'object' && v && '__meta__' in v);
    expect(docs.length).toBeGreaterThan(50);
    for (const [name, doc] of docs) {
      const hash = hashOf(doc);
      expect(manifest[hash], name).toBeDefined();
      expect(`sha256:${createHash('sha256').update(manifest[hash]).digest('hex')}`).toBe(hash);
    }
  });
});

describe('PERSISTED_OPERATIONS=only', () => {
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    const file = writeApiKeysFile([
      { name: 'frontend', key: KEYS.app, scopes: ['read', 'labels'] },
      { name: 'operator', key: KEYS.operator, scopes: ['read', 'labels', 'adhoc'] },
    ]);
    gw = await startTestGateway({ env: { API_KEYS_FILE: file, PERSISTED_OPERATIONS: 'only' } });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  it('runs a generated document sent by its documentId, exactly as the client carries it', async () => {
    const r = await send(origin, { documentId: hashOf(BackendsDocument) }, KEYS.app);
    expect(r.status).toBe(200);
    expect((r.body.data?.backends as unknown[]).length).toBe(3);
  });

  it('runs a mutation by documentId with its variables', async () => {
    gw.sims.resetLogs();
    const r = await send(origin, { documentId: hashOf(CreateSessionLabelDocument), variables: { name: 'persisted' } }, KEYS.app);
    expect((r.body.data?.createSessionLabel as { __typename: string }).__typename).toBe('SessionLabelSuccess');
    expect(gw.sims.reporter.log.filter((x) => x.method === 'POST').length).toBe(1);
  });

  it("accepts Apollo's persistedQuery extension with the same hash", async () => {
    const hex = hashOf(BackendsDocument).replace(/^sha256:/, '');
    const r = await send(origin, { extensions: { persistedQuery: { version: 1, sha256Hash: hex } } }, KEYS.app);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('refuses a document sent as text by a caller without `adhoc`, before any upstream request', async () => {
    gw.sims.resetLogs();
    const r = await send(origin, { query: 'mutation { createSessionLabel(name: "adhoc") { __typename } }' }, KEYS.app);
    expect(r.status).toBe(403);
    expect(r.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses an unknown hash', async () => {
    gw.sims.resetLogs();
    const r = await send(origin, { documentId: `sha256:${'0'.repeat(64)}` }, KEYS.app);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('lets a caller with `adhoc` send documents (GraphiQL)', async () => {
    const r = await send(origin, { query: '{ backends { name } }' }, KEYS.operator);
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });
});

describe('PERSISTED_OPERATIONS=allow', () => {
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { PERSISTED_OPERATIONS: 'allow' } });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  it('accepts a known hash or a document, and refuses an unknown hash', async () => {
    expect((await send(origin, { documentId: hashOf(BackendsDocument) })).body.errors).toBeUndefined();
    expect((await send(origin, { query: '{ backends { name } }' })).body.errors).toBeUndefined();
    const unknown = await send(origin, { documentId: 'sha256:abc' });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('PERSISTED_OPERATIONS=only with auth off', () => {
  it('refuses documents as text: anonymous callers never count as `adhoc`', async () => {
    const gw = await startTestGateway({ env: { PERSISTED_OPERATIONS: 'only' } });
    try {
      const origin = await gw.listen();
      expect((await send(origin, { query: '{ backends { name } }' })).status).toBe(403);
      expect((await send(origin, { documentId: hashOf(BackendsDocument) })).status).toBe(200);
    } finally {
      await gw.close();
    }
  });
});
