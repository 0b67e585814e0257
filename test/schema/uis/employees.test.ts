import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { op, paramsOf, warm, type Json } from './helpers.js';

const gid = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('Query.employees, Query.employee, Employee', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  it('lists employees with their details, paged with totalCount', async () => {
    const sims = gw.sims.dataset.uis.employees;
    const first = await gw.execute(op('Employees'), { first: 10 });
    expect(first.errors).toBeUndefined();
    expect(first.data.employees.totalCount).toBe(sims.length);
    expect(first.data.employees.edges[2].node).toMatchObject({
      id: gid('Employee', sims[2].id),
      employeeId: sims[2].id,
      fullName: sims[2].full_name,
      email: sims[2].email,
      groups: sims[2].groups.map((g) => ({ groupId: g.group_id, name: g.group_name })),
    });
    const second = await gw.execute(op('Employees'), { first: 10, after: first.data.employees.pageInfo.endCursor });
    expect(second.data.employees.edges.map((e: Json) => e.node.employeeId)).toEqual(sims.slice(10, 20).map((e) => e.id));
    expect(gw.sims.counts().total).toBe(2);
  });

  it('filters by group and by name', async () => {
    const sims = gw.sims.dataset.uis.employees;
    const byGroup = await gw.execute(op('Employees'), { filter: { groupIds: [302] }, first: 100 });
    expect(byGroup.data.employees.totalCount).toBe(sims.filter((e) => e.groups.some((g) => g.group_id === 302)).length);
    const name = sims[4].last_name!.toLowerCase();
    const byName = await gw.execute(op('Employees'), { filter: { fullName: name }, first: 100 });
    expect(byName.data.employees.edges.map((e: Json) => e.node.employeeId)).toEqual(sims.filter((e) => e.full_name.toLowerCase().includes(name)).map((e) => e.id));
  });

  it('fetches one employee by global ID or UIS number, and NOT_FOUND for none', async () => {
    const sim = gw.sims.dataset.uis.employees[7];
    const a = await gw.execute(op('Employee'), { id: gid('Employee', sim.id) });
    const b = await gw.execute(op('Employee'), { id: String(sim.id) });
    expect(a.data.employee).toMatchObject({ login: sim.login, extension: { phoneNumber: sim.extension!.extension_phone_number } });
    expect(b.data.employee).toEqual(a.data.employee);
    expect(paramsOf(gw, 'get.employees')[0].filter).toEqual({ field: 'id', operator: 'in', value: [sim.id] });
    const none = await gw.execute(op('Employee'), { id: '1' });
    expect(none.data.employee).toBeNull();
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', service: 'uis' });
  });

  it('resolves `nodes` with several employees in one get.employees', async () => {
    const sims = gw.sims.dataset.uis.employees.slice(0, 5);
    const res = await gw.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Employee { email } } }`, { ids: sims.map((e) => gid('Employee', e.id)) });
    expect(res.data.nodes.map((n: Json) => n.email)).toEqual(sims.map((e) => e.email));
    expect(gw.sims.counts().total).toBe(1);
  });

  it('nulls an employee of a call that no longer exists instead of failing the call', async () => {
    const call = gw.sims.dataset.uis.calls[50];
    const keep = call.employees[0].employee_id;
    call.employees[0].employee_id = 1;
    try {
      const res = await gw.execute(`query($id: ID!) { call(id: $id) { employees { employeeId employee { email } } } }`, {
        id: gid('Call', `${call.id}:${call.start_time.replace(/\D/g, '')}`),
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.call.employees[0]).toEqual({ employeeId: 1, employee: null });
    } finally {
      call.employees[0].employee_id = keep;
    }
  });

  it('rejects a malformed employee id before any request', async () => {
    const res = await gw.execute(op('Employee'), { id: 'not-an-id' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('a failing get.employees nulls only the employee fields of the calls', async () => {
    gw.sims.uis.setFault('get.employees', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' });
    const call = gw.sims.dataset.uis.calls[60];
    const res = await gw.execute(`query($id: ID!) { call(id: $id) { talkDuration employees { fullName employee { email } } } }`, {
      id: gid('Call', `${call.id}:${call.start_time.replace(/\D/g, '')}`),
    });
    expect(res.data.call.talkDuration).toBe(call.talk_duration);
    expect(res.data.call.employees[0]).toEqual({ fullName: call.employees[0].employee_full_name, employee: null });
    expect(res.errors?.[0]).toMatchObject({ path: ['call', 'employees', 0, 'employee'], extensions: { service: 'uis' } });
  });
});
