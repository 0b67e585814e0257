import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TAG_CALLS_CONCURRENCY, TAG_CALLS_MAX_PAIRS } from '../../../src/schema/uis/call-tag-mutations.js';
import type { CallRow as SimCall, Tag as SimTag } from '../../../src/simulators/uis/types.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';
import { callId, gid, tagId, tagWrites, warmWithTags } from './call-tag-fixture.js';
import { op, paramsOf, type Json } from './helpers.js';

describe('tagCalls', () => {
  let gw: TestGateway;
  let calls: SimCall[];
  let tags: SimTag[];
  // Each test takes a run of neighbouring calls of its own (one pre-read covers their span).
  let next = 200;
  const freshCalls = (n: number) => calls.slice((next += 20), next + n);
  /** Tags none of the calls has. */
  const tagsOff = (cs: SimCall[], n: number) => tags.filter((t) => cs.every((c) => !c.tags.some((ct) => ct.tag_id === t.id))).slice(0, n);
  const tagSim = (c: SimCall, t: SimTag) =>
    c.tags.push({ tag_id: t.id, tag_name: t.name, tag_type: 'manual', tag_change_time: '2024-01-01 10:00:00', tag_user_id: 1, tag_user_login: 'x', tag_employee_id: null, tag_employee_full_name: null });

  beforeAll(async () => {
    // The document-wide write cap (MAX_WRITES_PER_REQUEST, test/security/limits.test.ts) is raised so that
    // tagCalls' own pair limit is what these tests reach.
    gw = await startTestGateway({ env: { MAX_WRITES_PER_REQUEST: '1000' } });
    calls = gw.sims.dataset.uis.calls;
    tags = gw.sims.dataset.uis.tags;
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warmWithTags(gw));

  it('adds every tag to every call, skipping pairs already so, with one read before the writes and one after', async () => {
    const cs = freshCalls(3);
    const [a, b] = tagsOff(cs, 2);
    tagSim(cs[0], a);
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: cs.map(callId), tagIds: [tagId(a), String(b.id)], action: 'ADD' });
    expect(res.errors).toBeUndefined();
    const r = res.data.tagCalls;
    expect(r).toMatchObject({ __typename: 'TagCallsSuccess', action: 'ADD', changedCount: 5, failedCount: 0 });
    expect(r.outcomes.map((o: Json) => [o.callId, o.tag.tagId, o.ok, o.changed, o.error])).toEqual([
      [callId(cs[0]), a.id, true, false, null],
      [callId(cs[0]), b.id, true, true, null],
      [callId(cs[1]), a.id, true, true, null],
      [callId(cs[1]), b.id, true, true, null],
      [callId(cs[2]), a.id, true, true, null],
      [callId(cs[2]), b.id, true, true, null],
    ]);
    const sent = paramsOf(gw, 'set.tag_communications').map((p) => `${p.communication_id}/${p.tag_id}`).sort();
    expect(sent).toEqual([`${cs[0].communication_id}/${b.id}`, ...cs.slice(1).flatMap((c) => [`${c.communication_id}/${a.id}`, `${c.communication_id}/${b.id}`])].sort());
    expect(paramsOf(gw, 'set.tag_communications')[0]).toEqual({ communication_id: expect.any(Number), communication_type: 'call', tag_id: expect.any(Number), access_token: TEST_TOKENS.uis });
    expect(gw.sims.uis.counters()).toEqual({ 'get.calls_report': 2, 'set.tag_communications': 5 });
    for (const c of r.calls) expect(c.tags.map((t: Json) => t.tagId)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(r.calls.map((c: Json) => c.id)).toEqual(cs.map(callId));
  });

  it('removes tags, writing only where the call has them', async () => {
    const cs = freshCalls(2);
    const [a, b] = tagsOff(cs, 2);
    tagSim(cs[0], a);
    tagSim(cs[1], b);
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: cs.map(callId), tagIds: [tagId(a), tagId(b)], action: 'REMOVE' });
    expect(res.data.tagCalls).toMatchObject({ action: 'REMOVE', changedCount: 2, failedCount: 0 });
    expect(paramsOf(gw, 'unset.tag_communications').map((p) => [p.communication_id, p.tag_id])).toEqual(
      expect.arrayContaining([[cs[0].communication_id, a.id], [cs[1].communication_id, b.id]]),
    );
    expect(gw.sims.uis.count('unset.tag_communications')).toBe(2);
    expect(res.data.tagCalls.calls.flatMap((c: Json) => c.tags.map((t: Json) => t.tagId))).not.toEqual(expect.arrayContaining([a.id]));
    expect(cs.flatMap((c) => c.tags.map((t) => t.tag_id))).toEqual(expect.not.arrayContaining([a.id, b.id]));
  });

  it(`keeps at most ${TAG_CALLS_CONCURRENCY} writes in flight`, async () => {
    const cs = freshCalls(5);
    const pair = tagsOff(cs, 2);
    gw.sims.uis.setFault('set.tag_communications', { kind: 'latency', ms: 150 });
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: cs.map(callId), tagIds: pair.map(tagId), action: 'ADD' });
    expect(res.data.tagCalls).toMatchObject({ changedCount: 10, failedCount: 0 });
    const at = gw.sims.uis.log.filter((r) => r.endpoint === 'set.tag_communications').map((r) => r.at);
    expect(at).toHaveLength(10);
    // Each write takes ≥150 ms: a write arriving within 100 ms of another one overlaps it.
    const overlapping = at.map((t) => at.filter((u) => Math.abs(u - t) < 100).length);
    expect(Math.max(...overlapping)).toBe(TAG_CALLS_CONCURRENCY);
  });

  it('reports a failed pair on its own and sends every write exactly once', async () => {
    const cs = freshCalls(2);
    const pair = tagsOff(cs, 2);
    gw.sims.uis.setFault('set.tag_communications', { kind: 'status', status: 503, times: 1 });
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: cs.map(callId), tagIds: pair.map(tagId), action: 'ADD' });
    const r = res.data.tagCalls;
    expect(r).toMatchObject({ __typename: 'TagCallsSuccess', changedCount: 3, failedCount: 1 });
    expect(r.outcomes.filter((o: Json) => !o.ok).map((o: Json) => o.error)).toEqual([
      { __typename: 'UpstreamFailure', message: expect.any(String), code: 'UPSTREAM_UNAVAILABLE', outcome: 'UNKNOWN' },
    ]);
    expect(gw.sims.uis.count('set.tag_communications')).toBe(4);
  });

  it('stops sending after a rate-limit answer: the pairs sent are UNKNOWN, the pairs not yet sent NOT_APPLIED', async () => {
    const cs = freshCalls(4);
    const pair = tagsOff(cs, 2);
    gw.sims.uis.setFault('set.tag_communications', { kind: 'rateLimit', retryAfterSec: 30 });
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: cs.map(callId), tagIds: pair.map(tagId), action: 'ADD' });
    const r = res.data.tagCalls;
    expect(r).toMatchObject({ changedCount: 0, failedCount: 8 });
    // A 429-like answer proves nothing about the write it answered (README "Errors"); the pairs
    // never sent surely did not apply.
    const seen = r.outcomes.map((o: Json) => `${o.error.code}/${o.error.outcome}`);
    expect(seen.filter((s: string) => s === 'UPSTREAM_RATE_LIMITED/UNKNOWN')).toHaveLength(TAG_CALLS_CONCURRENCY);
    expect(seen.filter((s: string) => s === 'UPSTREAM_RATE_LIMITED/NOT_APPLIED')).toHaveLength(8 - TAG_CALLS_CONCURRENCY);
    expect(gw.sims.uis.count('set.tag_communications')).toBe(TAG_CALLS_CONCURRENCY);
  });

  it('reports NotFoundError for a call that does not exist and tags the others', async () => {
    const [real] = freshCalls(1);
    const ghost = { ...real, id: 42 };
    const [tag] = tagsOff([real], 1);
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: [callId(ghost), callId(real)], tagIds: [tagId(tag)], action: 'ADD' });
    const r = res.data.tagCalls;
    expect(res.errors).toBeUndefined();
    expect(r.outcomes.map((o: Json) => [o.ok, o.error?.__typename ?? null])).toEqual([[false, 'NotFoundError'], [true, null]]);
    expect(r.calls.map((c: Json) => c.id)).toEqual([callId(real)]);
    expect(gw.sims.uis.count('set.tag_communications')).toBe(1);
  });

  it('counts duplicate call and tag ids once', async () => {
    const [c] = freshCalls(1);
    const [tag] = tagsOff([c], 1);
    const res = await gw.execute(op('mutation-tag-calls'), { callIds: [callId(c), callId(c)], tagIds: [tagId(tag), String(tag.id)], action: 'ADD' });
    expect(res.data.tagCalls.outcomes).toHaveLength(1);
    expect(gw.sims.uis.count('set.tag_communications')).toBe(1);
  });

  it.each([
    ['an empty call list', () => ({ callIds: [], tagIds: ['1'] }), 'callIds'],
    ['an empty tag list', () => ({ callIds: [callId(calls[0])], tagIds: [] }), 'tagIds'],
    ['a malformed third call id', () => ({ callIds: [callId(calls[0]), callId(calls[1]), 'nope'], tagIds: [tagId(tags[0])] }), 'callIds[2]'],
    ['a Tag ID of another type', () => ({ callIds: [callId(calls[0])], tagIds: [tagId(tags[0]), gid('Employee', 3)] }), 'tagIds[1]'],
    ['an unknown second tag', () => ({ callIds: [callId(calls[0])], tagIds: [tagId(tags[0]), '999999'] }), 'tagIds[1]'],
    ['too many pairs', () => ({ callIds: calls.slice(0, TAG_CALLS_MAX_PAIRS / 2 + 1).map(callId), tagIds: tags.slice(0, 2).map(tagId) }), 'callIds'],
  ])('answers InvalidInputError for %s before reading a call or writing', async (_what, input, field) => {
    const res = await gw.execute(op('mutation-tag-calls'), { ...input(), action: 'ADD' });
    expect(res.data.tagCalls).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field });
    expect(gw.sims.uis.count('get.calls_report')).toBe(0);
    expect(tagWrites(gw)).toBe(0);
  });
});
