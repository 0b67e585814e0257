import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { SCOPES, type Scope } from '../../src/auth/principal.js';
import { schema } from '../../src/schema/index.js';
import { rootFieldScopes } from '../../src/schema/scope-descriptions.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { sampleCall } from '../helpers/sample-args.js';

/** The scope the issue assigns to each kind of mutation, by name. */
function expectedMutationScope(name: string): Scope {
  if (/Label|Comment/.test(name)) return 'labels';
  if (/^(un)?blockClient$/.test(name)) return 'block';
  if (/Experiment/.test(name)) return 'experiments';
  if (/Report/.test(name)) return 'reports';
  if (/^(un)?tagCalls?$|LeelooAccountTag/.test(name)) return 'tags';
  throw new Error(`no expected scope for mutation ${name}`);
}

const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => isObjectType(t));
const rootFields = roots.flatMap((root) => Object.values(root.getFields()).map((field) => ({ root, field })));
const scopes = rootFieldScopes(schema);

describe('every root field declares its scope', () => {
  it('covers the whole schema', () => {
    expect(rootFields.length).toBeGreaterThan(60);
    expect(scopes.size).toBe(rootFields.length);
  });

  it.each(rootFields.map(({ root, field }) => [`${root.name}.${field.name}`, root, field] as const))('%s', (key, root, field) => {
    const expected = root.name === 'Mutation' ? expectedMutationScope(field.name) : 'read';
    expect(scopes.get(key)).toEqual([expected]);
    expect(field.description).toMatch(new RegExp(`Needs the \`${expected}\` scope\\.$`));
  });
});

describe('a caller without the scope is refused before any upstream request', () => {
  const KEYS = Object.fromEntries(SCOPES.map((s) => [s, testKey(`all-but-${s}`)])) as Record<Scope, string>;
  let gw: TestGateway;
  let origin: string;
  beforeAll(async () => {
    // One key per scope holding every scope but that one: the refusal is for exactly the missing scope.
    const file = writeApiKeysFile(SCOPES.map((s) => ({ name: `all-but-${s}`, key: KEYS[s], scopes: SCOPES.filter((o) => o !== s) })));
    gw = await startTestGateway({ env: { API_KEYS_FILE: file } });
    origin = await gw.listen();
  });
  afterAll(() => gw.close());

  async function call(root: GraphQLObjectType, field: GraphQLField<unknown, unknown>, scope: Scope) {
    const { query, variables } = sampleCall(root, field);
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...bearer(KEYS[scope]) },
      body: JSON.stringify({ query, variables }),
    });
    return { query, status: res.status, body: (await res.json()) as { data?: Record<string, { __typename?: string; scope?: string } | null> | null; errors?: { message: string; path?: string[]; extensions?: { code?: string; scope?: string } }[] } };
  }

  it.each(rootFields.map(({ root, field }) => [`${root.name}.${field.name}`, root, field] as const))('%s', async (key, root, field) => {
    const scope = scopes.get(key)![0] as Scope;
    gw.sims.resetLogs();
    const { query, body } = await call(root, field, scope);
    if (root.name === 'Mutation') {
      expect(body.errors, query).toBeUndefined();
      expect(body.data?.[field.name], query).toEqual({ __typename: 'ForbiddenError' });
    } else {
      expect(body.errors?.map((e) => [e.path?.[0], e.extensions?.code, e.extensions?.scope]), query).toEqual([[field.name, 'FORBIDDEN', scope]]);
      if (body.data) expect(body.data[field.name]).toBeNull();
    }
    expect(gw.sims.counts().total).toBe(0);
  });

  it('names the missing scope in a mutation ForbiddenError', async () => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.labels) },
      body: JSON.stringify({ query: 'mutation { createSessionLabel(name: "x") { __typename ... on MutationError { code message } ... on ForbiddenError { scope } } }' }),
    });
    expect(await res.json()).toEqual({
      data: { createSessionLabel: { __typename: 'ForbiddenError', code: 'FORBIDDEN', scope: 'labels', message: expect.stringContaining('`labels`') } },
    });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('lets a caller with the scope through (the same mutation with a labels key writes)', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.block) },
      body: JSON.stringify({ query: 'mutation { createSessionLabel(name: "scoped-write") { __typename } }' }),
    });
    expect(await res.json()).toEqual({ data: { createSessionLabel: { __typename: 'SessionLabelSuccess' } } });
    expect(gw.sims.counts().total).toBeGreaterThan(0);
  });

  it('refuses the subscription without `read` over SSE too, before any poll', async () => {
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...bearer(KEYS.read) },
      body: JSON.stringify({ query: 'subscription { reportTaskUpdated(id: "t1") { status } }' }),
    });
    const text = await res.text();
    expect(text).toContain('FORBIDDEN');
    expect(text).not.toContain('"status"');
    expect(gw.sims.counts().total).toBe(0);
  });
});
