import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { op, warm, type Json } from './helpers.js';

const gid = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('Query.tags, Query.tag, CallTag.tag', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warm(gw));

  it('lists tags sorted by name, paged with totalCount', async () => {
    const sims = [...gw.sims.dataset.uis.tags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const res = await gw.execute(op('Tags'), { first: 10 });
    expect(res.data.tags.totalCount).toBe(sims.length);
    expect(res.data.tags.edges.map((e: Json) => e.node.name)).toEqual(sims.slice(0, 10).map((t) => t.name));
    const next = await gw.execute(op('Tags'), { first: 10, after: res.data.tags.pageInfo.endCursor });
    expect(next.data.tags.edges[0].node).toEqual({ id: gid('Tag', sims[10].id), tagId: sims[10].id, name: sims[10].name, isSystem: sims[10].is_system });
  });

  it('filters tags by name', async () => {
    const res = await gw.execute(op('Tags'), { name: 'клиент' });
    expect(res.data.tags.edges.map((e: Json) => e.node.name).sort()).toEqual(
      gw.sims.dataset.uis.tags.filter((t) => t.name.toLowerCase().includes('клиент')).map((t) => t.name).sort(),
    );
  });

  it('fetches one tag and answers NOT_FOUND for an unknown one', async () => {
    const sim = gw.sims.dataset.uis.tags[2];
    const res = await gw.execute(`query($id: ID!) { tag(id: $id) { name isSystem } }`, { id: gid('Tag', sim.id) });
    expect(res.data.tag).toEqual({ name: sim.name, isSystem: sim.is_system });
    const none = await gw.execute(`query { tag(id: "1") { name } }`);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', service: 'uis' });
  });

  it('reads a call tag’s Tag from the shared tag list: one get.tags, then none while it is fresh', async () => {
    const call = gw.sims.dataset.uis.calls.find((c) => c.tags.length > 0)!;
    const q = `query($id: ID!) { call(id: $id) { tags { tag { id name isSystem } } } }`;
    const id = gid('Call', `${call.id}:${call.start_time.replace(/\D/g, '')}`);
    const a = await gw.execute(q, { id });
    const b = await gw.execute(q, { id });
    const sim = gw.sims.dataset.uis.tags.find((t) => t.id === call.tags[0].tag_id)!;
    expect(a.data.call.tags[0].tag).toEqual({ id: gid('Tag', sim.id), name: sim.name, isSystem: sim.is_system });
    expect(b.data).toEqual(a.data);
    expect(gw.sims.uis.count('get.tags')).toBeLessThanOrEqual(1);
    expect(gw.sims.uis.count('get.calls_report')).toBe(2);
  });
});
