import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../../../src/gateway/gateway.js';
import type { ClientRecord } from '../../../src/simulators/reporter/records.js';
import { findLeaks, startTestGateway, TEST_TOKENS, type TestGateway } from '../../helpers/gateway.js';
import { captureLogger } from '../../helpers/logs.js';
import { Redactor } from '../../../src/upstream/redact.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const BLOCK = op('mutation-block-client');
const UNBLOCK = op('mutation-unblock-client');
const CLIENT = op('reporter-client');

interface ClientState {
  id?: string;
  isBlocked: boolean | null;
  blockReason: string | null;
  blockedBy: string | null;
  blockDate: string | null;
}
interface Result {
  __typename: string;
  client?: ClientState & { botId?: string; clientId?: string };
  message?: string;
  code?: string;
  field?: string;
  service?: string;
  outcome?: string;
}

let gw: TestGateway;
const run = <R>(doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<R>>;
const block = (v: Record<string, unknown>) => run<{ blockClient: Result }>(BLOCK, v).then((r) => r.data?.blockClient);
const unblock = (v: Record<string, unknown>) => run<{ unblockClient: Result }>(UNBLOCK, v).then((r) => r.data?.unblockClient);
const basePath = () => `/api/reporter/p/${TEST_TOKENS.reporter}`;
/** A client the dataset starts unblocked, different for each test so state never leaks between them. */
let nextFree = 0;
const freeClient = (): ClientRecord => gw.sims.dataset.reporter.clients.filter((c) => !c.isBlocked)[nextFree++]!;

beforeAll(async () => {
  gw = await startTestGateway({ timeoutMs: 400 });
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

describe('Mutation.blockClient', () => {
  it('sends PUT clients/block with botId and clientId in the query and BlockClientDto as the body', async () => {
    const c = freeClient();
    const res = await block({ botId: c.botId, clientId: c.id, reason: 'spam', blockedBy: '12345' });
    expect(res?.__typename).toBe('BlockClientSuccess');
    const put = gw.sims.reporter.log.filter((r) => r.endpoint === 'PUT clients/block');
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({
      method: 'PUT',
      path: `${basePath()}/clients/block`,
      query: { botId: c.botId, clientId: c.id },
      body: { blockReason: 'spam', blockedBy: 12345 },
    });
  });

  it('returns the client with its new block state in the same response (the write plus one clients/filter)', async () => {
    const c = freeClient();
    const res = await block({ botId: c.botId, clientId: c.id, reason: 'abuse', blockedBy: 777 });
    expect(res?.client).toMatchObject({ botId: c.botId, clientId: c.id, isBlocked: true, blockReason: 'abuse', blockedBy: '777' });
    expect(Date.parse(res!.client!.blockDate!)).toBeGreaterThan(0);
    expect(gw.sims.reporter.counters()).toEqual({ 'PUT clients/block': 1, 'POST clients/filter': 1 });
  });

  it('is visible to a later read of the client', async () => {
    const c = freeClient();
    await block({ botId: c.botId, clientId: c.id, reason: 'later', blockedBy: 5 });
    const read = await run<{ reporterClient: ClientState }>(CLIENT, { botId: c.botId, clientId: c.id, sessions: 1, messages: 1 });
    expect(read.data?.reporterClient).toMatchObject({ isBlocked: true, blockReason: 'later', blockedBy: '5' });
  });

  it('sends no blockReason when no reason is given', async () => {
    const c = freeClient();
    const res = await block({ botId: c.botId, clientId: c.id, blockedBy: '9' });
    expect(res?.client).toMatchObject({ isBlocked: true, blockReason: null, blockedBy: '9' });
    expect(gw.sims.reporter.log.find((r) => r.endpoint === 'PUT clients/block')?.body).toEqual({ blockedBy: 9 });
  });

  it.each([
    [{ botId: ' ', clientId: 'x', blockedBy: '1' }, 'botId'],
    [{ botId: 'b', clientId: '', blockedBy: '1' }, 'clientId'],
    [{ botId: 'b', clientId: 'x', reason: '   ', blockedBy: '1' }, 'reason'],
    [{ botId: 'b', clientId: 'x', blockedBy: '0' }, 'blockedBy'],
    [{ botId: 'b', clientId: 'x', blockedBy: '-3' }, 'blockedBy'],
    [{ botId: 'b', clientId: 'x', blockedBy: '9007199254740993' }, 'blockedBy'],
  ])('refuses %j with InvalidInputError on `%s` and sends nothing', async (vars, field) => {
    const res = await block(vars);
    expect(res).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses a blockedBy that is not an integer while coercing variables, with nothing sent', async () => {
    const res = await run(BLOCK, { botId: 'b', clientId: 'x', blockedBy: 'twelve' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('returns NotFoundError for a client the Reporter does not know', async () => {
    const res = await block({ botId: gw.sims.dataset.reporter.bots[0]!.botId, clientId: 'no-such-client', blockedBy: '1' });
    expect(res).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('returns UpstreamFailure UNKNOWN on a 503 and does not retry the write', async () => {
    const c = freeClient();
    gw.sims.reporter.setFault('PUT clients/block', { kind: 'status', status: 503 });
    const res = await block({ botId: c.botId, clientId: c.id, blockedBy: '1' });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE', service: 'REPORTER', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('PUT clients/block')).toBe(1);
  });

  it.each(['hang', 'reset'] as const)('returns UpstreamFailure with outcome UNKNOWN after a %s, sent exactly once', async (kind) => {
    const c = freeClient();
    gw.sims.reporter.setFault('PUT clients/block', { kind });
    const res = await block({ botId: c.botId, clientId: c.id, blockedBy: '1' });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('PUT clients/block')).toBe(1);
    expect(findLeaks(JSON.stringify(res) + gw.logLines.join(''))).toEqual([]);
  });

  it('returns NotConfiguredError when the Reporter backend is disabled', async () => {
    const { logger } = captureLogger(new Redactor([]));
    const yoga = createGateway({ config: gw.config, backends: { ...gw.backends, reporter: undefined }, logger });
    const res = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: BLOCK, variables: { botId: 'b', clientId: 'c', blockedBy: '1' } }),
    });
    const body = (await res.json()) as ExecutionResult<{ blockClient: Result }>;
    expect(body.data?.blockClient).toMatchObject({ __typename: 'NotConfiguredError', code: 'BACKEND_NOT_CONFIGURED' });
  });
});

describe('Mutation.unblockClient', () => {
  it('sends PUT clients/unblock with the ids in the query and no body, and returns the unblocked client', async () => {
    const c = gw.sims.dataset.reporter.clients.find((x) => x.isBlocked)!;
    const res = await unblock({ botId: c.botId, clientId: c.id });
    expect(res?.client).toMatchObject({ isBlocked: false });
    const put = gw.sims.reporter.log.filter((r) => r.endpoint === 'PUT clients/unblock');
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({ method: 'PUT', path: `${basePath()}/clients/unblock`, query: { botId: c.botId, clientId: c.id } });
    expect(put[0]!.body).toBeUndefined();
  });

  it('succeeds and changes nothing for a client that is not blocked', async () => {
    const c = freeClient();
    const first = await unblock({ botId: c.botId, clientId: c.id });
    const again = await unblock({ botId: c.botId, clientId: c.id });
    expect(first?.client?.isBlocked).toBe(false);
    expect(again?.client?.isBlocked).toBe(false);
  });

  it('undoes a block: block, unblock, then read', async () => {
    const c = freeClient();
    await block({ botId: c.botId, clientId: c.id, reason: 'oops', blockedBy: '3' });
    await unblock({ botId: c.botId, clientId: c.id });
    const read = await run<{ reporterClient: ClientState }>(CLIENT, { botId: c.botId, clientId: c.id, sessions: 1, messages: 1 });
    expect(read.data?.reporterClient.isBlocked).toBe(false);
  });

  it('refuses an empty clientId before any request', async () => {
    const res = await unblock({ botId: 'b', clientId: '' });
    expect(res).toMatchObject({ __typename: 'InvalidInputError', field: 'clientId' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('does not retry an unblock under a 500', async () => {
    const c = freeClient();
    gw.sims.reporter.setFault('PUT clients/unblock', { kind: 'status', status: 500 });
    const res = await unblock({ botId: c.botId, clientId: c.id });
    expect(res).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('PUT clients/unblock')).toBe(1);
  });
});
