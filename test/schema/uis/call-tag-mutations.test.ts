import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallRow as SimCall, Tag as SimTag } from '../../../src/simulators/uis/types.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';
import { callId, gid, tagId, tagWrites, until, warmWithTags } from './call-tag-fixture.js';
import { op, paramsOf, warm, type Json } from './helpers.js';

const READ_BACK = `query($id: ID!) { call(id: $id) { tags { tagId type userLogin } } }`;

describe('tagCall and untagCall', () => {
  let gw: TestGateway;
  let calls: SimCall[];
  let tags: SimTag[];
  // Each test takes calls of its own: the simulator keeps every write for its lifetime.
  let next = 100;
  const freshCall = () => calls[(next += 13)];
  const tagOff = (c: SimCall) => tags.find((t) => !c.tags.some((ct) => ct.tag_id === t.id))!;
  const writes = () => tagWrites(gw);

  beforeAll(async () => {
    gw = await startTestGateway();
    calls = gw.sims.dataset.uis.calls;
    tags = gw.sims.dataset.uis.tags;
  });
  afterAll(async () => gw.close());
  beforeEach(async () => warmWithTags(gw));

  it('tags a call with one set.tag_communications by its communication_id and shows the new tag in the payload', async () => {
    const sim = freshCall();
    const tag = tagOff(sim);
    const res = await gw.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: tagId(tag) });
    expect(res.errors).toBeUndefined();
    expect(res.data.tagCall).toMatchObject({ __typename: 'CallTagChangeSuccess', changed: true, tag: { tagId: tag.id, name: tag.name } });
    expect(res.data.tagCall.call.tags).toContainEqual({ tagId: tag.id, name: tag.name, type: 'manual', userLogin: 'api.switchboard' });
    const sent = gw.sims.uis.log.filter((r) => r.endpoint === 'set.tag_communications');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/v2.0', query: {} });
    expect(sent[0].body).toEqual({
      jsonrpc: '2.0',
      id: expect.any(String),
      method: 'set.tag_communications',
      params: { communication_id: sim.communication_id, communication_type: 'call', tag_id: tag.id, access_token: TEST_TOKENS.uis },
    });
    // One read for the communication id and tags, the write, one read for the payload.
    expect(gw.sims.uis.counters()).toEqual({ 'get.calls_report': 2, 'set.tag_communications': 1 });
    const back = await gw.execute(READ_BACK, { id: callId(sim) });
    expect(back.data.call.tags.map((t: Json) => t.tagId)).toContain(tag.id);
  });

  it('answers changed: false and writes nothing when the call already has the tag', async () => {
    const sim = calls.slice(next += 13).find((c) => c.tags.length > 0)!;
    const before = sim.tags.map((t) => t.tag_id);
    const res = await gw.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: String(sim.tags[0].tag_id) });
    expect(res.data.tagCall).toMatchObject({ __typename: 'CallTagChangeSuccess', changed: false });
    expect(res.data.tagCall.call.tags.map((t: Json) => t.tagId)).toEqual(before);
    expect(writes()).toBe(0);
    // The payload is answered from the same read.
    expect(gw.sims.uis.count('get.calls_report')).toBe(1);
  });

  it('untags a call with one unset.tag_communications and shows the tag gone', async () => {
    const sim = calls.slice(next += 13).find((c) => c.tags.length > 0)!;
    const gone = sim.tags[0];
    const res = await gw.execute(op('mutation-untag-call'), { callId: callId(sim), tagId: gid('Tag', gone.tag_id) });
    expect(res.data.untagCall).toMatchObject({ __typename: 'CallTagChangeSuccess', changed: true, tag: { tagId: gone.tag_id } });
    expect(res.data.untagCall.call.tags.map((t: Json) => t.tagId)).not.toContain(gone.tag_id);
    expect(paramsOf(gw, 'unset.tag_communications')).toEqual([
      { communication_id: sim.communication_id, communication_type: 'call', tag_id: gone.tag_id, access_token: TEST_TOKENS.uis },
    ]);
    expect(gw.sims.uis.log.find((r) => r.endpoint === 'unset.tag_communications')).toMatchObject({ method: 'POST', path: '/v2.0', query: {} });
    expect(sim.tags.map((t) => t.tag_id)).not.toContain(gone.tag_id);
  });

  it('answers changed: false and writes nothing when untagging a tag the call lacks', async () => {
    const sim = freshCall();
    const res = await gw.execute(op('mutation-untag-call'), { callId: callId(sim), tagId: tagId(tagOff(sim)) });
    expect(res.data.untagCall).toMatchObject({ __typename: 'CallTagChangeSuccess', changed: false });
    expect(writes()).toBe(0);
  });

  it('takes duplicate_entity from a tagging that raced ours as success, and reads the call afresh', async () => {
    const sim = freshCall();
    const tag = tagOff(sim);
    gw.sims.uis.setFault('set.tag_communications', { kind: 'latency', ms: 300, times: 1 });
    const pending = gw.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: tagId(tag) });
    // Someone else tags the call after our read, before our write is handled.
    await until(() => gw.sims.uis.count('set.tag_communications') === 1);
    sim.tags.push({ tag_id: tag.id, tag_name: tag.name, tag_type: 'manual', tag_change_time: '2024-01-01 10:00:00', tag_user_id: 1, tag_user_login: 'someone', tag_employee_id: null, tag_employee_full_name: null });
    const res = await pending;
    expect(res.data.tagCall).toMatchObject({ __typename: 'CallTagChangeSuccess', changed: false });
    expect(res.data.tagCall.call.tags).toContainEqual({ tagId: tag.id, name: tag.name, type: 'manual', userLogin: 'someone' });
    expect(gw.sims.uis.count('set.tag_communications')).toBe(1);
  });

  it('takes entity_not_found on tag_id from an untagging that raced ours as success', async () => {
    const sim = calls.slice(next += 13).find((c) => c.tags.length > 0)!;
    const gone = sim.tags[0].tag_id;
    gw.sims.uis.setFault('unset.tag_communications', { kind: 'latency', ms: 300, times: 1 });
    const pending = gw.execute(op('mutation-untag-call'), { callId: callId(sim), tagId: String(gone) });
    await until(() => gw.sims.uis.count('unset.tag_communications') === 1);
    sim.tags.splice(0, 1);
    const res = await pending;
    expect(res.data.untagCall).toMatchObject({ __typename: 'CallTagChangeSuccess', changed: false });
    expect(res.data.untagCall.call.tags.map((t: Json) => t.tagId)).not.toContain(gone);
  });

  it.each([
    ['a malformed Call ID', 'not-an-id', null, 'callId'],
    ['a Call ID without a start time', gid('Call', '123'), null, 'callId'],
    ['an Employee ID as the tag', null, gid('Employee', 5), 'tagId'],
  ])('answers InvalidInputError for %s before any request', async (_what, badCall, badTag, field) => {
    const sim = freshCall();
    const res = await gw.execute(op('mutation-tag-call'), { callId: badCall ?? callId(sim), tagId: badTag ?? tagId(tagOff(sim)) });
    expect(res.data.tagCall).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field });
    expect(gw.sims.uis.count()).toBe(0);
  });

  it('answers InvalidInputError on tagId for a tag UIS does not have, writing nothing and reading no call', async () => {
    const res = await gw.execute(op('mutation-tag-call'), { callId: callId(freshCall()), tagId: '999999' });
    expect(res.data.tagCall).toMatchObject({ __typename: 'InvalidInputError', field: 'tagId' });
    expect(gw.sims.uis.count('get.calls_report')).toBe(0);
    expect(writes()).toBe(0);
  });

  it('answers NotFoundError for a call that does not exist, writing nothing', async () => {
    const ghost = { ...freshCall(), id: 42 };
    const res = await gw.execute(op('mutation-untag-call'), { callId: callId(ghost), tagId: tagId(tags[0]) });
    expect(res.data.untagCall).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(writes()).toBe(0);
  });

  it.each([
    ['an HTTP 503', { kind: 'status', status: 503 }, 'UPSTREAM_UNAVAILABLE', 'UNKNOWN'],
    ['limit_exceeded', { kind: 'rateLimit', retryAfterSec: 1 }, 'UPSTREAM_RATE_LIMITED', 'UNKNOWN'],
    ['a connection reset', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE', 'UNKNOWN'],
    ['internal_error', { kind: 'rpcError', code: -32603, mnemonic: 'internal_error' }, 'UPSTREAM_ERROR', 'UNKNOWN'],
  ] as const)('answers UpstreamFailure for %s and sends the write exactly once', async (_what, fault, code, outcome) => {
    const sim = freshCall();
    const tag = tagOff(sim);
    gw.sims.uis.setFault('set.tag_communications', fault);
    const res = await gw.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: tagId(tag) });
    expect(res.data.tagCall).toMatchObject({ __typename: 'UpstreamFailure', code, service: 'UIS', outcome });
    expect(gw.sims.uis.count('set.tag_communications')).toBe(1);
    expect(sim.tags.map((t) => t.tag_id)).not.toContain(tag.id);
  });

  it('answers UpstreamFailure NOT_APPLIED and writes nothing when the call cannot be read', async () => {
    gw.sims.uis.setFault('get.calls_report', { kind: 'status', status: 503 });
    const sim = freshCall();
    const res = await gw.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: tagId(tagOff(sim)) });
    expect(res.data.tagCall).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE', outcome: 'NOT_APPLIED' });
    expect(writes()).toBe(0);
  });

  it('answers NotFoundError when UIS no longer knows the communication', async () => {
    gw.sims.uis.setFault('set.tag_communications', { kind: 'rpcError', code: -32602, mnemonic: 'entity_not_found' });
    const sim = freshCall();
    const res = await gw.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: tagId(tagOff(sim)) });
    expect(res.data.tagCall).toMatchObject({ __typename: 'NotFoundError', service: 'UIS' });
  });

  it('answers UpstreamFailure with outcome UNKNOWN when the write times out, without a retry', async () => {
    const slow = await startTestGateway({ timeoutMs: 300 });
    try {
      await warm(slow);
      const sim = slow.sims.dataset.uis.calls[40];
      const tag = slow.sims.dataset.uis.tags.find((t) => !sim.tags.some((ct) => ct.tag_id === t.id))!;
      slow.sims.uis.setFault('set.tag_communications', { kind: 'hang' });
      const res = await slow.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: tagId(tag) });
      expect(res.data.tagCall).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
      expect(slow.sims.uis.count('set.tag_communications')).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it('answers NotConfiguredError when UIS is disabled', async () => {
    const off = await startTestGateway({ env: { UIS_ACCESS_TOKEN: '', SIMULATORS: 'off' } });
    try {
      const sim = off.sims.dataset.uis.calls[40];
      const res = await off.execute(op('mutation-tag-call'), { callId: callId(sim), tagId: '1' });
      expect(res.data.tagCall).toMatchObject({ __typename: 'NotConfiguredError', code: 'BACKEND_NOT_CONFIGURED', service: 'UIS' });
      expect(off.sims.uis.count()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
