import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LeelooAccountRecord, LeelooData } from '../../../src/simulators/leeloo/data.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';
import { accountGlobalId, operation } from './fixture.js';

const READ_BACK = `query($id: ID!) { leelooAccount(id: $id) { tags } }`;

describe('addLeelooAccountTag and removeLeelooAccountTag', () => {
  let gw: TestGateway;
  let data: LeelooData;
  // Each test takes an account of its own: the simulator keeps every write for its lifetime.
  let next = 0;
  const freshAccount = (test: (a: LeelooAccountRecord) => boolean = () => true) => data.accounts.slice((next += 3)).find(test)!;
  const tagOff = (a: LeelooAccountRecord) => data.tags.find((t) => !a.tags.includes(t.name))!;
  const tagOn = (a: LeelooAccountRecord) => data.tags.find((t) => t.name === a.tags[0])!;
  const writes = () => gw.sims.leeloo.count('PUT accounts/:id/add-tag') + gw.sims.leeloo.count('PUT accounts/:id/remove-tag');

  beforeAll(async () => {
    gw = await startTestGateway();
    data = gw.sims.dataset.leeloo;
  });
  afterAll(async () => gw.close());
  beforeEach(() => {
    gw.sims.resetLogs();
    gw.sims.clearFaults();
  });

  it('adds a tag with one PUT add-tag and shows its name in the payload’s fresh tags', async () => {
    const account = freshAccount();
    const tag = tagOff(account);
    const res = await gw.execute(operation('mutation-add-account-tag'), { accountId: account.id, tagId: tag.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.addLeelooAccountTag).toMatchObject({ __typename: 'LeelooAccountTagSuccess', tagId: tag.id, account: { id: accountGlobalId(account.id) } });
    expect(res.data.addLeelooAccountTag.account.tags).toEqual([...account.tags, tag.name]);
    const [put] = gw.sims.leeloo.log.filter((r) => r.endpoint === 'PUT accounts/:id/add-tag');
    expect(put).toMatchObject({ method: 'PUT', path: `/api/v1/accounts/${account.id}/add-tag`, query: {}, body: { tag_id: tag.id } });
    expect(put.headers['x-leeloo-authtoken']).toBe(TEST_TOKENS.leeloo);
    // The write, then one details read for the payload.
    expect(gw.sims.leeloo.counters()).toEqual({ 'PUT accounts/:id/add-tag': 1, 'GET accounts/:id': 1 });
    const back = await gw.execute(READ_BACK, { id: account.id });
    expect(back.data.leelooAccount.tags).toContain(tag.name);
  });

  it('removes a tag with one PUT remove-tag, taking a LeelooAccount global ID', async () => {
    const account = freshAccount((a) => a.tags.length > 0);
    const tag = tagOn(account);
    const res = await gw.execute(operation('mutation-remove-account-tag'), { accountId: accountGlobalId(account.id), tagId: tag.id });
    expect(res.data.removeLeelooAccountTag.account.tags).toEqual(account.tags.filter((t) => t !== tag.name));
    expect(gw.sims.leeloo.log.find((r) => r.endpoint === 'PUT accounts/:id/remove-tag')).toMatchObject({
      method: 'PUT',
      path: `/api/v1/accounts/${account.id}/remove-tag`,
      body: { tag_id: tag.id },
    });
  });

  it('succeeds and changes nothing when adding a tag the account has, or removing one it lacks', async () => {
    const account = freshAccount((a) => a.tags.length > 0);
    const add = await gw.execute(operation('mutation-add-account-tag'), { accountId: account.id, tagId: tagOn(account).id });
    const remove = await gw.execute(operation('mutation-remove-account-tag'), { accountId: account.id, tagId: tagOff(account).id });
    expect(add.data.addLeelooAccountTag.account.tags).toEqual(account.tags);
    expect(remove.data.removeLeelooAccountTag.account.tags).toEqual(account.tags);
    expect(writes()).toBe(2);
  });

  it.each([
    ['a malformed account id', 'nope', '0123456789abcdef01234567', 'accountId'],
    ['a malformed tag id', null, 'VIP', 'tagId'],
  ])('answers InvalidInputError for %s before any request', async (_what, accountId, tagId, field) => {
    const res = await gw.execute(operation('mutation-add-account-tag'), { accountId: accountId ?? freshAccount().id, tagId });
    expect(res.data.addLeelooAccountTag).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field });
    expect(gw.sims.leeloo.count()).toBe(0);
  });

  it('answers InvalidInputError on tagId when Leeloo knows the account but not the tag (one read tells them apart)', async () => {
    const res = await gw.execute(operation('mutation-add-account-tag'), { accountId: freshAccount().id, tagId: 'ffffffffffffffffffffffff' });
    expect(res.data.addLeelooAccountTag).toMatchObject({ __typename: 'InvalidInputError', field: 'tagId' });
    expect(gw.sims.leeloo.counters()).toEqual({ 'PUT accounts/:id/add-tag': 1, 'GET accounts/:id': 1 });
  });

  it('answers NotFoundError for an account Leeloo does not know', async () => {
    const res = await gw.execute(operation('mutation-remove-account-tag'), { accountId: 'ffffffffffffffffffffffff', tagId: data.tags[0].id });
    expect(res.data.removeLeelooAccountTag).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', service: 'LEELOO' });
    expect(writes()).toBe(1);
  });

  it.each([
    ['an HTTP 503', { kind: 'status', status: 503 }, 'UPSTREAM_UNAVAILABLE', 'UNKNOWN'],
    ['a rate-limit answer', { kind: 'rateLimit', retryAfterSec: 1 }, 'UPSTREAM_RATE_LIMITED', 'UNKNOWN'],
    ['a connection reset', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE', 'UNKNOWN'],
  ] as const)('answers UpstreamFailure for %s and sends the write exactly once', async (_what, fault, code, outcome) => {
    const account = freshAccount();
    gw.sims.leeloo.setFault('PUT accounts/:id/add-tag', fault);
    const res = await gw.execute(operation('mutation-add-account-tag'), { accountId: account.id, tagId: tagOff(account).id });
    expect(res.data.addLeelooAccountTag).toMatchObject({ __typename: 'UpstreamFailure', code, service: 'LEELOO', outcome });
    expect(gw.sims.leeloo.count('PUT accounts/:id/add-tag')).toBe(1);
  });

  it('answers NotConfiguredError when Leeloo is disabled', async () => {
    const off = await startTestGateway({ env: { LEELOO_TOKEN: '', SIMULATORS: 'off' } });
    try {
      const res = await off.execute(operation('mutation-add-account-tag'), { accountId: '0123456789abcdef01234567', tagId: '0123456789abcdef01234567' });
      expect(res.data.addLeelooAccountTag).toMatchObject({ __typename: 'NotConfiguredError', service: 'LEELOO' });
      expect(off.sims.leeloo.count()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
