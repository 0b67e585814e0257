import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../src/auth/principal.js';
import { accountZone } from '../../src/backends/uis/timezone.js';
import { schema } from '../../src/schema/index.js';
import { boundaryFields, satisfies } from '../../src/schema/type-scopes.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { selectAll } from '../helpers/select-all.js';

/**
 * Finding 2 of issue 18, over HTTP as the probe sent it: a key holding only a mutation's scope ran
 * the mutation and read through its payload (`bulkLabelSessions … sessions { totalCount … client {
 * firstName } }`, a no-op `removeSessionLabel … session { client { sessions { totalCount } } }`,
 * `tagCall` → Call, `addLeelooAccountTag` → LeelooAccount with its UIS calls, `blockClient` →
 * ReporterClient). For each, the document selects everything the payload reaches three levels deep
 * (generated from the schema): without `read` the answer carries the mutation's own result and
 * FORBIDDEN (null) at every field into data, with exactly the upstream requests of a document that
 * selects only the payload's own fields; with `read` the data arrives.
 */
type Case = { mutation: string; scope: Scope; args: () => Record<string, unknown> };

const mutationType = schema.getMutationType()!;
const KEYS = Object.fromEntries((['labels', 'tags', 'block', 'read'] as const).map((s) => [s, testKey(`payload-${s}`)])) as Record<'labels' | 'tags' | 'block' | 'read', string>;
const READER = (scope: Scope) => `${scope}-and-read`;

function document(mutation: string, args: Record<string, unknown>, depth: number): string {
  const field = mutationType.getFields()[mutation]!;
  const used = field.args.filter((a) => args[a.name] !== undefined);
  const decls = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const payload = successOf(mutation);
  return `mutation${decls ? `(${decls})` : ''} { ${mutation}(${used.map((a) => `${a.name}: $${a.name}`).join(', ')}) {
    __typename ... on MutationError { code message } ... on ${payload.name} { ${selectAll(schema, payload, depth)} } } }`;
}

function successOf(mutation: string): GraphQLObjectType {
  const union = getNamedType(mutationType.getFields()[mutation]!.type);
  return schema.getPossibleTypes(union as never).find((t) => isObjectType(t) && t.name.endsWith('Success'))!;
}

describe('a mutation’s payload shows data only to a caller that may read it', () => {
  let gw: TestGateway;
  let unusedLabel: string;
  let next = 200;
  beforeAll(async () => {
    const keys = (['labels', 'tags', 'block'] as const).flatMap((s) => [
      { name: `only-${s}`, key: KEYS[s], scopes: [s] as Scope[] },
      { name: READER(s), key: testKey(READER(s)), scopes: [s, 'read'] as Scope[] },
    ]);
    gw = await startTestGateway({ env: { API_KEYS_FILE: writeApiKeysFile(keys), MAX_TOKENS: '100000', MAX_COST: '100000000', MAX_DEPTH: '30' } });
    const created = await gw.execute('mutation { createSessionLabel(name: "on no session") { ... on SessionLabelSuccess { label { labelId } } } }', {}, bearer(KEYS.labels));
    unusedLabel = (created.data as { createSessionLabel: { label: { labelId: string } } }).createSessionLabel.label.labelId;
    // The shared reference data (UIS account zone, tag list) is loaded once, not by the counted runs.
    await accountZone(gw.backends.uis!);
    await gw.execute('{ tag(id: "1") { name } }', {}, bearer(testKey(READER('tags'))));
  });
  afterAll(() => gw.close());

  const data = () => gw.sims.dataset;
  const CASES: Case[] = [
    { mutation: 'bulkLabelSessions', scope: 'labels', args: () => ({ action: 'REMOVE', labelIds: [unusedLabel], filter: { channelType: { options: ['telegram'] } } }) },
    {
      mutation: 'removeSessionLabel',
      scope: 'labels',
      args: () => ({ sessionId: data().reporter.sessions.filter((s) => s.labelIds.length === 0)[(next += 1)]!.sessionId, labelId: '12' }),
    },
    {
      mutation: 'tagCall',
      scope: 'tags',
      args: () => {
        const c = data().uis.calls[(next += 7)]!;
        const tag = data().uis.tags.find((t) => !c.tags.some((ct) => ct.tag_id === t.id))!;
        return { callId: Buffer.from(`Call:${c.id}:${c.start_time.replace(/\D/g, '')}`).toString('base64'), tagId: String(tag.id) };
      },
    },
    {
      mutation: 'addLeelooAccountTag',
      scope: 'tags',
      args: () => {
        const a = data().leeloo.accounts[(next += 3)]!;
        return { accountId: a.id, tagId: data().leeloo.tags.find((t) => !a.tags.includes(t.name))!.id };
      },
    },
    {
      mutation: 'blockClient',
      scope: 'block',
      args: () => {
        const c = data().reporter.clients[(next += 1)]!;
        return { botId: c.botId, clientId: c.id, reason: 'probe', blockedBy: '1' };
      },
    },
  ];

  async function run(c: Case, key: string, depth: number) {
    const args = c.args();
    gw.sims.resetLogs();
    const res = await gw.execute(document(c.mutation, args, depth), args, bearer(key));
    return { res, upstream: { ...gw.sims.reporter.counters(), ...gw.sims.uis.counters(), ...gw.sims.leeloo.counters() } };
  }

  it.each(CASES.map((c) => [c.mutation, c] as const))('%s: own result and FORBIDDEN into data without `read`, no upstream read for it', async (name, c) => {
    const boundary = boundaryFields(schema).filter((b) => b.type === successOf(name));
    // What the mutation's own scope does not open (a tag is open to `tags`, a label to `labels`).
    const refused = boundary.filter((b) => !satisfies(new Set([c.scope]), b.needs)).map((b) => b.field.name);
    expect(refused.length).toBeGreaterThan(0);
    const own = await run(c, KEYS[c.scope as 'labels'], 0);
    const all = await run(c, KEYS[c.scope as 'labels'], 3);
    const result = (all.res.data as Record<string, Record<string, unknown>>)[name]!;
    expect(result.__typename).toBe(successOf(name).name);
    for (const f of refused) expect({ f, value: result[f] }).toEqual({ f, value: null });
    // The mutation's own scalar fields (changed, ids, counts) arrive.
    const ownFields = Object.keys((own.res.data as Record<string, Record<string, unknown>>)[name]!).filter((k) => k !== '__typename');
    for (const f of ownFields) expect(result[f]).not.toBeUndefined();
    const errors = all.res.errors ?? [];
    expect(errors.map((e) => e.extensions?.code)).toEqual(refused.map(() => 'FORBIDDEN'));
    expect(errors.map((e) => e.path).sort()).toEqual(refused.map((f) => [name, f]).sort());
    expect(errors.every((e) => e.extensions?.scope === 'read')).toBe(true);
    // Asking for everything cost nothing more upstream than asking for the mutation's own fields.
    expect(all.upstream).toEqual(own.upstream);
  });

  it.each(CASES.map((c) => [c.mutation, c] as const))('%s: a caller with `read` as well gets the data', async (name, c) => {
    const { res } = await run(c, testKey(READER(c.scope)), 3);
    expect(res.errors?.filter((e) => e.extensions?.code === 'FORBIDDEN') ?? []).toEqual([]);
    const result = (res.data as Record<string, Record<string, unknown>>)[name]!;
    const boundary = boundaryFields(schema).filter((b) => b.type === successOf(name)).map((b) => b.field.name);
    expect(boundary.some((f) => result[f] !== null && result[f] !== undefined)).toBe(true);
  });
});
