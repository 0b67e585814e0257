import { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeReportPollers } from '../../src/backends/reporter/report-poller.js';
import { forgetAccountZone } from '../../src/backends/uis/timezone.js';
import { schema } from '../../src/schema/index.js';
import { sampleCall } from '../helpers/sample-args.js';
import { findTenantLeaks, startTenantGateway, TENANT_IDS, type TenantGateway, type TenantId } from '../helpers/tenants.js';

/**
 * Two tenants on one gateway, each with its own simulator set (different seeds, different tokens):
 * whatever a caller of one asks, it gets its own tenant's data, from its own tenant's backends only.
 */

let gw: TenantGateway;
const other = (t: TenantId): TenantId => (t === 'acme' ? 'globex' : 'acme');

beforeAll(async () => {
  gw = await startTenantGateway();
}, 60_000);
afterAll(async () => {
  await gw?.close();
});
beforeEach(() => gw.resetLogs());

const EVERYTHING = `query Everything($period: CallPeriod!) {
  backends { name mode url }
  sessions(first: 5) { totalCount edges { node { id sessionId client { id clientId } } } }
  reporterClients(first: 5) { totalCount edges { node { id clientId } } }
  sessionLabels { id name }
  experiments(first: 5) { totalCount edges { node { id key } } }
  reportTasks(first: 5) { edges { node { id taskId } } }
  employees(first: 50) { totalCount edges { node { id employeeId fullName } } }
  tags(first: 50) { edges { node { id tagId name } } }
  calls(period: $period, first: 5) { totalCount edges { node { id callSessionId } } }
  leelooAccounts(first: 5) { totalCount edges { node { id accountId name } } }
  leelooUsers(first: 5) { edges { node { id userId } } }
}`;

function periodOf(t: TenantId) {
  const to = gw.sims[t].dataset.anchor;
  return { from: new Date(to.getTime() - 30 * 86_400_000).toISOString(), to: to.toISOString() };
}

type Edges<T> = { edges: { node: T }[] };
const nodes = <T>(c: Edges<T>) => c.edges.map((e) => e.node);

describe('tenant isolation', () => {
  it.each(TENANT_IDS)('serves %s its own data through every list root field, from its own simulators only', async (t) => {
    const res = await gw.execute(t, EVERYTHING, { period: periodOf(t) });
    expect(res.errors).toBeUndefined();
    expect(gw.requests(t)).toBeGreaterThan(10);
    expect(gw.requests(other(t))).toBe(0);
    const d = res.data;
    const own = gw.sims[t].dataset;
    const foreign = gw.sims[other(t)].dataset;
    // The backends are the caller's tenant's: its URLs, never the other's.
    const origins = (urls: string[]) => urls.map((u) => new URL(u).origin);
    expect(origins(d.backends.map((b: { url: string }) => b.url))).toEqual(origins(['reporter', 'uis', 'leeloo'].map((s) => gw.sims[t].urls[s as 'uis'])));
    // Values come from the caller's dataset (the seeds differ, so the other's would not match).
    const employees = new Map(own.uis.employees.map((e) => [e.id, e.full_name]));
    const names = nodes<{ employeeId: number; fullName: string }>(d.employees);
    expect(names.length).toBeGreaterThan(0);
    for (const e of names) expect(e.fullName).toBe(employees.get(e.employeeId));
    expect(names.map((e) => e.fullName)).not.toEqual(names.map((e) => foreign.uis.employees.find((f) => f.id === e.employeeId)?.full_name));
    const ownAccounts = new Set(own.leeloo.accounts.map((a) => a.id));
    const accounts = nodes<{ accountId: string }>(d.leelooAccounts);
    expect(accounts.length).toBe(5);
    for (const a of accounts) expect(ownAccounts.has(a.accountId)).toBe(true);
    const ownSessions = new Set(own.reporter.sessions.map((s) => s.sessionId));
    for (const s of nodes<{ sessionId: string }>(d.sessions)) expect(ownSessions.has(s.sessionId)).toBe(true);
    expect(d.calls.totalCount).toBeGreaterThan(0);
    expect(findTenantLeaks(JSON.stringify(res))).toEqual([]);
  });

  it('keeps the shared reference caches per tenant: a warm tenant does not warm the other', async () => {
    const acmeUis = gw.tenants.get('acme')!.uis!;
    const globexUis = gw.tenants.get('globex')!.uis!;
    forgetAccountZone(acmeUis);
    forgetAccountZone(globexUis);
    const calls = (t: TenantId) => gw.execute(t, 'query($p: CallPeriod!) { calls(period: $p, first: 1) { totalCount } }', { p: periodOf(t) });
    await calls('acme');
    expect([gw.sims.acme.uis.count('get.account'), gw.sims.globex.uis.count('get.account')]).toEqual([1, 0]);
    // acme's zone is warm; globex still reads its own account's zone, once.
    await calls('globex');
    await calls('acme');
    await calls('globex');
    expect([gw.sims.acme.uis.count('get.account'), gw.sims.globex.uis.count('get.account')]).toEqual([1, 1]);
  });

  it('answers NOT_FOUND for the other tenant’s global IDs, in every lookup, without any upstream request', async () => {
    const g = (await gw.execute('globex', EVERYTHING, { period: periodOf('globex') })).data;
    const ids = {
      session: nodes<{ id: string }>(g.sessions)[0]!.id,
      client: nodes<{ client: { id: string } }>(g.sessions)[0]!.client.id,
      employee: nodes<{ id: string }>(g.employees)[0]!.id,
      tag: nodes<{ id: string }>(g.tags)[0]!.id,
      call: nodes<{ id: string }>(g.calls)[0]!.id,
      account: nodes<{ id: string }>(g.leelooAccounts)[0]!.id,
      user: nodes<{ id: string }>(g.leelooUsers)[0]!.id,
      task: nodes<{ id: string }>(g.reportTasks)[0]!.id,
    };
    // The owner resolves every one of them.
    const mine = await gw.execute('globex', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Object.values(ids) });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.nodes.map((n: { id: string }) => n.id)).toEqual(Object.values(ids));
    gw.resetLogs();

    const lookups: Array<[string, string, Record<string, unknown>]> = [
      ...Object.values(ids).map((id): [string, string, Record<string, unknown>] => ['node', 'query($id: ID!) { node(id: $id) { id } }', { id }]),
      ['client', 'query($id: ID!) { client(id: $id) { id } }', { id: ids.client }],
      ['session', 'query($id: ID!) { session(id: $id) { id } }', { id: ids.session }],
      ['employee', 'query($id: ID!) { employee(id: $id) { id } }', { id: ids.employee }],
      ['tag', 'query($id: ID!) { tag(id: $id) { id } }', { id: ids.tag }],
      ['call', 'query($id: ID!) { call(id: $id) { id } }', { id: ids.call }],
      ['leelooAccount', 'query($id: ID!) { leelooAccount(id: $id) { id } }', { id: ids.account }],
      ['leelooUser', 'query($id: ID!) { leelooUser(id: $id) { id } }', { id: ids.user }],
      ['reportTask', 'query($id: ID!) { reportTask(id: $id) { id } }', { id: ids.task }],
    ];
    for (const [name, query, variables] of lookups) {
      const res = await gw.execute('acme', query, variables);
      expect(res.errors?.map((e) => e.extensions?.code), name).toEqual([expect.stringMatching(/^NOT_FOUND$/)]);
      expect(JSON.stringify(res.data), name).not.toMatch(/"id":"/);
    }
    // In `nodes`, each foreign ID is NOT_FOUND at its own index; the caller's own IDs still arrive.
    const acmeLabel = (await gw.execute('acme', '{ sessionLabels { id } }')).data.sessionLabels[0].id as string;
    gw.resetLogs();
    const mixed = await gw.execute('acme', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [ids.session, acmeLabel, ids.employee] });
    expect(mixed.data.nodes).toEqual([null, { id: acmeLabel }, null]);
    expect(mixed.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 0], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
    expect(gw.requests('globex')).toBe(0);
    gw.resetLogs();
    // Mutations answer their NotFoundError member; _entities resolves a foreign reference to null.
    const labelled = await gw.execute('acme', 'mutation($s: ID!) { addSessionLabel(sessionId: $s, labelId: 1) { __typename ... on MutationError { code } } }', { s: ids.session });
    expect(labelled.data.addSessionLabel).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const tagged = await gw.execute('acme', 'mutation($c: ID!, $t: ID!) { tagCall(callId: $c, tagId: $t) { __typename ... on MutationError { code } } }', { c: ids.call, t: ids.tag });
    expect(tagged.data.tagCall).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const entities = await gw.execute('acme', 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [{ __typename: 'Employee', id: ids.employee }, { __typename: 'LeelooAccount', id: ids.account }, { __typename: 'Session', id: ids.session }],
    });
    expect(entities.data._entities).toEqual([null, null, null]);
    expect(gw.requests('acme') + gw.requests('globex')).toBe(0);
  });

  it('ends a subscription to the other tenant’s report task with NOT_FOUND, and polls only the caller’s Reporter for its own', async () => {
    const foreign = nodes<{ id: string }>((await gw.execute('globex', '{ reportTasks(first: 1) { edges { node { id } } } }')).data.reportTasks)[0]!.id;
    const own = nodes<{ id: string }>((await gw.execute('acme', '{ reportTasks(first: 1) { edges { node { id } } } }')).data.reportTasks)[0]!.id;
    gw.resetLogs();
    const subscribe = async (id: string) => {
      const res = await gw.post({ authorization: `Bearer ${gw.keys.acme}`, accept: 'text/event-stream' }, 'subscription($id: ID!) { reportTaskUpdated(id: $id) { id status } }', { id });
      return res.text(); // the stream completes: the task is final (datasets hold finished tasks) or refused
    };
    const refused = await subscribe(foreign);
    expect(refused).toContain('"code":"NOT_FOUND"');
    expect(gw.requests('acme') + gw.requests('globex')).toBe(0);
    const served = await subscribe(own);
    expect(served).toContain(`"id":"${own}"`);
    // The simulator moves the task on as it is polled; every poll went to acme's Reporter.
    expect(gw.sims.acme.reporter.count('GET reports/tasks/:id')).toBeGreaterThanOrEqual(1);
    expect(gw.requests('globex')).toBe(0);
    expect(activeReportPollers(gw.tenants.get('acme')!.reporter!)).toBe(0);
  });

  it('labels upstream metrics with the tenant and keeps every tenant’s tokens out of responses and logs', async () => {
    await Promise.all(TENANT_IDS.map((t) => gw.execute(t, '{ sessionLabels { id } }')));
    const text = await (await gw.yoga.fetch('http://gateway.test/metrics', { headers: { authorization: `Bearer ${gw.keys.acme}` } })).text();
    for (const t of TENANT_IDS) expect(text).toMatch(new RegExp(`switchboard_upstream_requests_total\\{tenant="${t}",service="reporter"`));
    expect(findTenantLeaks(text)).toEqual([]);
    expect(findTenantLeaks(gw.logLines.join('\n'))).toEqual([]);
  });

  it('sends nothing to the other tenant’s backends from any root query, mutation or subscription field (last: its mutations write)', async () => {
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()] as GraphQLObjectType[]) {
      for (const field of Object.values(root.getFields())) {
        const { query, variables } = sampleCall(root, field);
        // A subscription's first event is enough: the stream is cancelled with the response.
        const res = await gw.post({ authorization: `Bearer ${gw.keys.acme}`, ...(root.name === 'Subscription' ? { accept: 'text/event-stream' } : {}) }, query, variables);
        expect(res.status, `${root.name}.${field.name}`).toBeLessThan(500);
        await res.text(); // sample arguments end every stream at once (NOT_FOUND or BAD_USER_INPUT)
      }
    }
    expect(gw.requests('acme')).toBeGreaterThan(0);
    expect(gw.requests('globex')).toBe(0);
  });
});
