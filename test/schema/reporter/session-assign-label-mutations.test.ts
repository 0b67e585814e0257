import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const op = (name: string) => operationText(`reporter/${name}.graphql`);
const ADD = op('mutation-add-session-label');
const REMOVE = op('mutation-remove-session-label');
const SET = op('mutation-set-session-labels');
const BULK = op('mutation-bulk-label-sessions');
const READ_LABELS = 'query($id: ID!) { session(id: $id) { labels { labelId } } }';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked value by value */
type Data = any;
const run = (doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<Data>>;

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
});
beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

/** Unlabelled sessions, a different one per test (the simulator keeps its state across tests). */
let nextFree = 0;
const freshSession = () => gw.sims.dataset.reporter.sessions.filter((s) => s.labelIds.length === 0)[nextFree++].sessionId;
/** Requests other than reads, as method + path after the token + query + body. */
const writes = () =>
  gw.sims.reporter.log
    .filter((r) => r.method !== 'GET' && !r.endpoint.endsWith('/filter'))
    .map((r) => ({ method: r.method, path: r.path.replace(/^\/api\/reporter\/p\/[^/]+/, ''), query: r.query, body: r.body }));
const labelsOf = async (sessionId: string) => (await run(READ_LABELS, { id: sessionId })).data.session.labels.map((l: Data) => l.labelId);

describe('Mutation.addSessionLabel', () => {
  it('posts LabelIdDto with the sessionId query and returns the session with the label, read again', async () => {
    const sessionId = freshSession();
    const res = await run(ADD, { sessionId: encodeGlobalID('Session', sessionId), labelId: '13' });
    expect(res.errors).toBeUndefined();
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'SessionLabelsChangeSuccess', changed: true, session: { sessionId } });
    expect(res.data.addSessionLabel.session.labels).toEqual([{ labelId: '13', name: 'VIP', priority: 3 }]);
    expect(writes()).toEqual([{ method: 'POST', path: '/session-labels/sessions', query: { sessionId }, body: { labelId: 13 } }]);
    // The label list, the session before, the write, the session after.
    expect(gw.sims.reporter.counters()).toEqual({ 'GET logs/labels/sessions': 1, 'POST sessions/filter': 2, 'POST session-labels/sessions': 1 });
    expect(await labelsOf(sessionId)).toEqual(['13']);
  });

  it('succeeds with changed: false and writes nothing when the session already has the label', async () => {
    const sessionId = freshSession();
    await run(ADD, { sessionId, labelId: '11' });
    gw.sims.resetLogs();
    const res = await run(ADD, { sessionId, labelId: '11' });
    expect(res.data.addSessionLabel).toMatchObject({ changed: false, session: { labels: [{ labelId: '11' }] } });
    expect(writes()).toEqual([]);
  });

  it('refuses an unknown label as InvalidInputError on labelId without writing', async () => {
    const res = await run(ADD, { sessionId: freshSession(), labelId: '999' });
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field: 'labelId' });
    expect(writes()).toEqual([]);
  });

  it('refuses an empty session id before any request', async () => {
    const res = await run(ADD, { sessionId: ' ', labelId: '11' });
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'InvalidInputError', field: 'sessionId' });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('returns NotFoundError for an unknown session without writing', async () => {
    const res = await run(ADD, { sessionId: 'no-such-session', labelId: '11' });
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', service: 'REPORTER' });
    expect(writes()).toEqual([]);
  });

  it('returns UpstreamFailure UNKNOWN for a 503 and sends the write exactly once', async () => {
    gw.sims.reporter.setFault('POST session-labels/sessions', { kind: 'status', status: 503 });
    const res = await run(ADD, { sessionId: freshSession(), labelId: '11' });
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_UNAVAILABLE', service: 'REPORTER', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST session-labels/sessions')).toBe(1);
  });

  it('returns UpstreamFailure UNKNOWN when the connection drops after sending, without a retry', async () => {
    gw.sims.reporter.setFault('POST session-labels/sessions', { kind: 'reset' });
    const res = await run(ADD, { sessionId: freshSession(), labelId: '11' });
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'UpstreamFailure', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST session-labels/sessions')).toBe(1);
  });

  it('returns UpstreamFailure for a rate-limited write without waiting and retrying', async () => {
    gw.sims.reporter.setFault('POST session-labels/sessions', { kind: 'rateLimit', retryAfterSec: 1 });
    const res = await run(ADD, { sessionId: freshSession(), labelId: '11' });
    expect(res.data.addSessionLabel).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_RATE_LIMITED', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST session-labels/sessions')).toBe(1);
  });
});

describe('Mutation.removeSessionLabel', () => {
  it('sends a DELETE with a LabelIdDto body and returns the session without the label', async () => {
    const s = gw.sims.dataset.reporter.sessions.find((x) => x.labelIds.length === 2)!;
    const [gone, kept] = s.labelIds;
    const res = await run(REMOVE, { sessionId: s.sessionId, labelId: String(gone) });
    expect(res.data.removeSessionLabel).toMatchObject({ changed: true, session: { labels: [{ labelId: String(kept) }] } });
    expect(writes()).toEqual([{ method: 'DELETE', path: '/session-labels/sessions', query: { sessionId: s.sessionId }, body: { labelId: gone } }]);
    expect(await labelsOf(s.sessionId)).toEqual([String(kept)]);
  });

  it('succeeds with changed: false and writes nothing when the session lacks the label', async () => {
    const sessionId = freshSession();
    const res = await run(REMOVE, { sessionId, labelId: '12' });
    expect(res.data.removeSessionLabel).toMatchObject({ __typename: 'SessionLabelsChangeSuccess', changed: false, session: { labels: [] } });
    expect(writes()).toEqual([]);
  });
});

describe('Mutation.setSessionLabels', () => {
  it('posts the whole set as LabelIdDto[] (deduplicated) and returns it by priority', async () => {
    const sessionId = freshSession();
    const res = await run(SET, { sessionId, labelIds: ['16', '12', '16'] });
    expect(res.data.setSessionLabels.session.labels.map((l: Data) => l.labelId)).toEqual(['12', '16']);
    expect(writes()).toEqual([{ method: 'POST', path: '/session-labels/sessions/set-by-list', query: { sessionId }, body: [{ labelId: 16 }, { labelId: 12 }] }]);
  });

  it('clears every label with an empty list, and the same set again changes nothing', async () => {
    const sessionId = freshSession();
    await run(SET, { sessionId, labelIds: ['11', '14'] });
    const cleared = await run(SET, { sessionId, labelIds: [] });
    expect(cleared.data.setSessionLabels).toMatchObject({ changed: true, session: { labels: [] } });
    gw.sims.resetLogs();
    const again = await run(SET, { sessionId, labelIds: [] });
    expect(again.data.setSessionLabels.changed).toBe(false);
    expect(writes()).toEqual([]);
  });

  it('names the unknown label’s position in labelIds', async () => {
    const res = await run(SET, { sessionId: freshSession(), labelIds: ['11', '4242'] });
    expect(res.data.setSessionLabels).toMatchObject({ __typename: 'InvalidInputError', field: 'labelIds[1]' });
    expect(writes()).toEqual([]);
  });
});

describe('Mutation.bulkLabelSessions', () => {
  it('labels sessions by id in one bulk-labeling request and lists them with their new labels', async () => {
    const ids = [freshSession(), freshSession(), freshSession()];
    const res = await run(BULK, { action: 'ADD', labelIds: ['17'], sessionIds: ids });
    expect(res.errors).toBeUndefined();
    const ok = res.data.bulkLabelSessions;
    expect(ok).toMatchObject({ __typename: 'BulkLabelSessionsSuccess', action: 'ADD', labels: [{ labelId: '17', name: 'Escalated' }] });
    expect(ok.sessions.totalCount).toBe(3);
    expect(ok.sessions.edges.map((e: Data) => [e.node.sessionId, e.node.labels.map((l: Data) => l.labelId)])).toEqual(ids.map((id) => [id, ['17']]));
    expect(writes()).toEqual([
      { method: 'POST', path: '/session-labels/sessions/bulk-labeling', query: {}, body: { comparisonType: 'CONTAINS', labels: [17], objectIds: ids } },
    ]);
    // Labels, the write, then one batched read of the three sessions.
    expect(gw.sims.reporter.count()).toBe(3);
  });

  it('labels and unlabels by the sessions filter, sending it as FiltersDto', async () => {
    const ids = [freshSession(), freshSession()];
    const filter = { sessionId: { values: ids, comparison: 'EQUALS', caseSensitive: true } };
    const added = await run(BULK, { action: 'ADD', labelIds: ['18'], filter });
    expect(added.data.bulkLabelSessions.sessions.edges.map((e: Data) => e.node.labels)).toEqual([[{ labelId: '18', name: 'Test' }], [{ labelId: '18', name: 'Test' }]]);
    expect(writes()[0].body).toEqual({
      comparisonType: 'CONTAINS',
      labels: [18],
      filters: { filters: [{ key: 'SESSION_ID', type: 'TEXT', values: ids, comparisonType: 'EQUALS', isCaseSensitive: true }] },
    });
    // REMOVE by a filter on the label itself: afterwards the filter matches nothing.
    const removed = await run(BULK, { action: 'REMOVE', labelIds: ['18'], filter: { sessionLabels: { options: ['18'] } } });
    expect(removed.data.bulkLabelSessions).toMatchObject({ action: 'REMOVE', sessions: { totalCount: 0, edges: [] } });
    expect(writes()[1].body).toMatchObject({ comparisonType: 'NOT_CONTAINS', labels: [18] });
    expect(await labelsOf(ids[0])).toEqual([]);
  });

  it.each([
    [{ labelIds: [], sessionIds: ['a'] }, 'labelIds'],
    [{ labelIds: ['11'] }, 'sessionIds'],
    [{ labelIds: ['11'], sessionIds: [] }, 'sessionIds'],
    [{ labelIds: ['11'], sessionIds: ['a'], filter: { channelType: { options: ['telegram'] } } }, 'filter'],
    [{ labelIds: ['11'], filter: {} }, 'filter'],
    [{ labelIds: ['11'], filter: { channelType: { options: [] } } }, 'filter.channelType'],
  ])('refuses %j before any request, naming %s', async (args, field) => {
    const res = await run(BULK, { action: 'ADD', ...args });
    expect(res.data.bulkLabelSessions).toMatchObject({ __typename: 'InvalidInputError', field: expect.stringContaining(field) });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('refuses an unknown label after reading the list, without writing', async () => {
    const res = await run(BULK, { action: 'ADD', labelIds: ['11', '77'], sessionIds: [freshSession()] });
    expect(res.data.bulkLabelSessions).toMatchObject({ __typename: 'InvalidInputError', field: 'labelIds[1]' });
    expect(gw.sims.reporter.counters()).toEqual({ 'GET logs/labels/sessions': 1 });
  });

  it('returns NotFoundError when a session id is unknown, and labels none of them', async () => {
    const known = freshSession();
    const res = await run(BULK, { action: 'ADD', labelIds: ['11'], sessionIds: [known, 'missing-session'] });
    expect(res.data.bulkLabelSessions).toMatchObject({ __typename: 'NotFoundError', service: 'REPORTER' });
    expect(await labelsOf(known)).toEqual([]);
  });

  it('reports a timed-out bulk write as UNKNOWN and does not repeat it', async () => {
    gw.sims.reporter.setFault('POST session-labels/sessions/bulk-labeling', { kind: 'hang' });
    const res = await run(BULK, { action: 'ADD', labelIds: ['11'], sessionIds: [freshSession()] });
    expect(res.data.bulkLabelSessions).toMatchObject({ __typename: 'UpstreamFailure', code: 'UPSTREAM_TIMEOUT', outcome: 'UNKNOWN' });
    expect(gw.sims.reporter.count('POST session-labels/sessions/bulk-labeling')).toBe(1);
  });
});

describe('session label mutations: a disabled Reporter', () => {
  it('return NotConfiguredError and call nothing', async () => {
    const off = await startTestGateway({ env: { REPORTER_TOKEN: '', SIMULATORS: 'off' } });
    try {
      const res = await off.execute(ADD, { sessionId: 's', labelId: '11' });
      expect(res.data.addSessionLabel).toMatchObject({ __typename: 'NotConfiguredError', code: 'BACKEND_NOT_CONFIGURED', service: 'REPORTER' });
      expect(off.sims.reporter.count()).toBe(0);
    } finally {
      await off.close();
    }
  });
});
