import { graphql } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/auth/principal.js';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { warm, type Json } from './uis/helpers.js';

/**
 * The Apollo Federation v2 subgraph fields. `_entities` goes through the same per-request loaders as
 * `node`/`nodes` and the lists, so 50 references of one type cost what the pinned list queries cost
 * (README "Batching"): counted against the simulators.
 */
const gid = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Session { sessionId firstPhrase client { clientId displayName } labels { labelId name } }
  ... on ReporterClient { botId clientId displayName isBlocked lastVisitDate }
  ... on Call { id callSessionId startTime direction employees { fullName employee { email } } tags { name } }
  ... on Employee { employeeId fullName email }
  ... on Tag { tagId name isSystem }
  ... on LeelooAccount { accountId name phone orders { orderId } }
} }`;

describe('Apollo Federation subgraph: _service and _entities', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  it('serves its SDL with the federation v2 @link and a @key on each of the six entities', async () => {
    const res = await gw.execute('{ _service { sdl } }');
    const sdl: string = res.data._service.sdl;
    expect(sdl).toMatch(/^extend schema\s+@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.6", import: \["@key"\]\)/);
    const keys = (type: string) => [...sdl.matchAll(new RegExp(`^type ${type} [^{]*`, 'gm'))][0]?.[0].match(/@key\(fields: "[^"]+"\)/g);
    expect(keys('Session')).toEqual(['@key(fields: "id")', '@key(fields: "sessionId")']);
    expect(keys('ReporterClient')).toEqual(['@key(fields: "id")', '@key(fields: "botId clientId")']);
    expect(keys('Call')).toEqual(['@key(fields: "id")']);
    expect(keys('Employee')).toEqual(['@key(fields: "id")', '@key(fields: "employeeId")']);
    expect(keys('Tag')).toEqual(['@key(fields: "id")', '@key(fields: "tagId")']);
    expect(keys('LeelooAccount')).toEqual(['@key(fields: "id")', '@key(fields: "accountId")']);
    expect(sdl).not.toContain('_entities');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('50 Session references by sessionId cost 1 sessions/filter, as the 50-session list does', async () => {
    const sims = gw.sims.dataset.reporter.sessions.slice(100, 150);
    const res = await gw.execute(ENTITIES, { r: sims.map((s) => ({ __typename: 'Session', sessionId: s.sessionId })) });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: Json) => e.sessionId)).toEqual(sims.map((s) => s.sessionId));
    expect(res.data._entities[7]).toMatchObject({ __typename: 'Session', firstPhrase: sims[7].firstQuestion ?? null, client: { clientId: sims[7].client.id } });
    expect(res.data._entities.every((e: Json) => Array.isArray(e.labels))).toBe(true);
    expect(gw.sims.reporter.counters()).toEqual({ 'POST sessions/filter': 1 });
    expect(gw.sims.counts().total).toBe(1);
  });

  it('resolves a Session by its global id through the same loader as by sessionId: one batch for both', async () => {
    const [a, b] = gw.sims.dataset.reporter.sessions.slice(5, 7);
    const res = await gw.execute(ENTITIES, {
      r: [
        { __typename: 'Session', id: gid('Session', a.sessionId) },
        { __typename: 'Session', sessionId: b.sessionId },
      ],
    });
    expect(res.data._entities.map((e: Json) => e.sessionId)).toEqual([a.sessionId, b.sessionId]);
    expect(gw.sims.counts().total).toBe(1);
  });

  it('50 ReporterClient references by botId and clientId cost 1 clients/filter', async () => {
    const sims = gw.sims.dataset.reporter.clients.slice(0, 50);
    const res = await gw.execute(ENTITIES, { r: sims.map((c) => ({ __typename: 'ReporterClient', botId: c.botId, clientId: c.id })) });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: Json) => `${e.botId}:${e.clientId}`)).toEqual(sims.map((c) => c.key));
    expect(res.data._entities[3].isBlocked).toBe(sims[3].isBlocked);
    expect(gw.sims.counts()).toEqual({ reporter: 1, uis: 0, leeloo: 0, total: 1 });
  });

  it('50 Call references cost 1 get.calls_report plus 1 get.employees, as the calls page with employee details does', async () => {
    const calls = gw.sims.dataset.uis.calls.slice(1000, 1050);
    const r = calls.map((c) => ({ __typename: 'Call', id: gid('Call', `${c.id}:${c.start_time.replace(/\D/g, '')}`) }));
    const res = await gw.execute(ENTITIES, { r });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: Json) => e.callSessionId)).toEqual(calls.map((c) => String(c.id)));
    const withEmployee = res.data._entities.findIndex((e: Json) => e.employees.length > 0);
    const sim = gw.sims.dataset.uis.employees.find((e) => e.id === calls[withEmployee].employees[0].employee_id)!;
    expect(res.data._entities[withEmployee].employees[0].employee.email).toBe(sim.email);
    expect(gw.sims.uis.counters()).toEqual({ 'get.calls_report': 1, 'get.employees': 1 });
    // The columns are those the `... on Call` selection needs, not every field of every fragment.
    const params = (gw.sims.uis.log.find((l) => l.endpoint === 'get.calls_report')!.body as Json).params;
    expect(params.fields).toEqual(expect.arrayContaining(['id', 'start_time', 'direction', 'employees', 'tags']));
    expect(params.fields).not.toContain('contact_phone_number');
  });

  it('50 Employee references by employeeId cost 1 get.employees; Tag references read the shared tag list', async () => {
    const employees = gw.sims.dataset.uis.employees.slice(0, 50);
    const tags = gw.sims.dataset.uis.tags.slice(0, 10);
    const res = await gw.execute(ENTITIES, {
      r: [...employees.map((e) => ({ __typename: 'Employee', employeeId: e.id })), ...tags.map((t) => ({ __typename: 'Tag', id: gid('Tag', t.id) }))],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.slice(0, employees.length).map((e: Json) => e.email)).toEqual(employees.map((e) => e.email));
    expect(res.data._entities.slice(employees.length).map((t: Json) => t.name)).toEqual(tags.map((t) => t.name));
    expect(gw.sims.uis.count('get.employees')).toBe(1);
    expect(gw.sims.uis.count('get.tags')).toBeLessThanOrEqual(1);
  });

  it('20 LeelooAccount references by accountId cost 20 details calls and no list call (Leeloo has no batch read)', async () => {
    const accounts = gw.sims.dataset.leeloo.accounts.slice(0, 20);
    const res = await gw.execute(ENTITIES, { r: accounts.map((a) => ({ __typename: 'LeelooAccount', accountId: a.id })) });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: Json) => e.accountId)).toEqual(accounts.map((a) => a.id));
    expect(res.data._entities[0].name).toBe(accounts[0].name);
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 20 });
  });

  it('answers null for an entity that does not exist and BAD_USER_INPUT at the path of a malformed key; the rest arrive', async () => {
    const s = gw.sims.dataset.reporter.sessions[0];
    const res = await gw.execute(ENTITIES, {
      r: [
        { __typename: 'Session', sessionId: 'no-such-session' },
        { __typename: 'Employee', id: gid('Tag', 5) },
        { __typename: 'Session', sessionId: s.sessionId },
        { __typename: 'LeelooAccount', accountId: 'ffffffffffffffffffffffff' },
      ],
    });
    expect(res.data._entities[0]).toBeNull();
    expect(res.data._entities[1]).toBeNull();
    expect(res.data._entities[2].sessionId).toBe(s.sessionId);
    expect(res.data._entities[3]).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers BAD_USER_INPUT for a reference whose __typename is not an entity of this subgraph', async () => {
    const res = await gw.execute('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [{ __typename: 'Employee', employeeId: 1 }, { __typename: 'Ticket', ticketId: 'T-1' }],
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['_entities'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0].message).toContain('representations[1]');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses _entities and _service to a principal without the read scope, before any upstream call', async () => {
    const principal: Principal = { name: 'labeller', scopes: new Set(['labels']), tenant: 'default', kind: 'api-key' };
    const s = gw.sims.dataset.reporter.sessions[0];
    const res = await graphql({
      schema,
      source: '{ _service { sdl } }',
      contextValue: { principal },
    });
    expect(res.errors?.[0]).toMatchObject({ path: ['_service'], extensions: { code: 'FORBIDDEN' } });
    const entities = await graphql({
      schema,
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variableValues: { r: [{ __typename: 'Session', sessionId: s.sessionId }] },
      contextValue: { principal },
    });
    expect(entities.data).toBeNull();
    expect(entities.errors?.[0]).toMatchObject({ path: ['_entities'], extensions: { code: 'FORBIDDEN' } });
    expect(gw.sims.counts().total).toBe(0);
  });
});
