import { operationText } from '../../../scripts/operations.js';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toAnalyticsFilters } from '../../../src/schema/reporter/filter-convert.js';
import { TYPED_KEYS } from '../../../src/schema/reporter/filter-keys.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const SESSIONS = operationText('reporter/sessions-with-clients-and-labels.graphql');

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked value by value */
type Data = any;
let gw: TestGateway;
const run = (doc: string, variables: Record<string, unknown> = {}) => gw.execute(doc, variables) as Promise<ExecutionResult<Data>>;

const badInput = (argument: string) => expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument } });

describe('toAnalyticsFilters', () => {
  it('turns each kind of typed field into its wire filter type', () => {
    const from = new Date('2026-01-01T00:00:00.000Z');
    expect(
      toAnalyticsFilters({
        messageText: { values: ['order'], comparison: 'CONTAINS', caseSensitive: false },
        messageTime: { from },
        messageCount: { from: 2, to: 5 },
        sessionLabels: { options: ['11'], comparison: 'CONTAINS' },
        nlpClass: { options: ['/Shop'], comparison: 'CONTAINS' },
        withoutEmptySessions: true,
        hasException: false,
        initiator: 'BOT',
        sessionData: [{ key: 'city', value: 'Omsk', comparison: 'EQUALS', caseSensitive: false }],
        customFieldsInResponse: ['$.order.id'],
      }),
    ).toEqual([
      { key: 'INITIATOR', type: 'RADIO', option: 'BOT' },
      { key: 'MESSAGE_TIME', type: 'DATE_TIME_RANGE', from: '2026-01-01T00:00:00.000Z' },
      { key: 'MESSAGE_TEXT', type: 'TEXT', values: ['order'], comparisonType: 'CONTAINS', isCaseSensitive: false },
      { key: 'MESSAGE_COUNT', type: 'NUMERIC_RANGE', from: 2, to: 5 },
      { key: 'NLP_CLASS', type: 'TREE', options: ['/Shop'], comparisonType: 'CONTAINS' },
      { key: 'SESSION_LABELS', type: 'CHECKBOX', options: ['11'], comparisonType: 'CONTAINS' },
      { key: 'WITHOUT_EMPTY_SESSIONS', type: 'RADIO', option: 'YES' },
      { key: 'CUSTOM_FIELDS_IN_RESPONSE', type: 'CUSTOM_FIELDS_IN_RESPONSE', responseDataJsonPaths: ['$.order.id'] },
      { key: 'EXCEPTION_EXISTENCE', type: 'RADIO', option: 'NO' },
      { key: 'SESSION_DATA', type: 'COMPOSITE_FILTER', options: [{ key: 'city', value: 'Omsk', caseSensitive: false, comparisonOption: 'EQUALS' }] },
    ].sort((a, b) => TYPED_KEYS.findIndex((k) => k.key === a.key) - TYPED_KEYS.findIndex((k) => k.key === b.key)));
  });

  it('has a typed field for every legacy FilterKey of the spec', () => {
    const legacy =
      'SESSION_ID SESSION_START_TIME SESSION_END_TIME SESSION_LABELS SESSION_RESULT INITIATOR CALL_TASK_ID CHANNEL_TYPE BOT_ID CLIENT_ID_OR_NAME CLIENT_JOIN_TIME CLIENT_LAST_ACTIVITY_TIME MESSAGE_TYPE MESSAGE_TIME MESSAGE_TEXT ANSWER_TEXT MESSAGE_COUNT LOG_LABELS COMMENT_TEXT NLP_CLASS NLP_STATE INTENT TRANSFER_TO_OPERATOR WITHOUT_EMPTY_SESSIONS WITHOUT_EMPTY_MESSAGES CUSTOM_FIELDS_IN_RESPONSE EXCEPTION_EXISTENCE SESSION_DATA STATE_ROUTES';
    expect(legacy.split(' ').filter((k) => !TYPED_KEYS.some((t) => t.key === k))).toEqual([]);
  });

  it('sends an advanced filter with its open key as given', () => {
    expect(toAnalyticsFilters({ advanced: [{ radio: { key: 'NEW_KEY_2027', option: 'YES' } }] })).toEqual([{ key: 'NEW_KEY_2027', type: 'RADIO', option: 'YES' }]);
  });

  it('names the argument path of an inverted range', () => {
    const from = new Date('2026-02-01T00:00:00Z');
    const to = new Date('2026-01-01T00:00:00Z');
    expect(() => toAnalyticsFilters({ sessionStartTime: { from, to } })).toThrowError(badInput('filter.sessionStartTime'));
    expect(() => toAnalyticsFilters({ messageCount: { from: 5, to: 1 } })).toThrowError(badInput('filter.messageCount'));
  });

  it('rejects empty option and value lists unless the comparison needs none', () => {
    expect(() => toAnalyticsFilters({ channelType: { options: [], comparison: 'CONTAINS' } })).toThrowError(badInput('filter.channelType.options'));
    expect(() => toAnalyticsFilters({ messageText: { values: [], comparison: 'EQUALS' } })).toThrowError(badInput('filter.messageText.values'));
    expect(toAnalyticsFilters({ sessionLabels: { options: [], comparison: 'EXISTS' } })).toEqual([
      { key: 'SESSION_LABELS', type: 'CHECKBOX', options: [], comparisonType: 'EXISTS' },
    ]);
  });

  it('rejects an advanced key that is not a FilterKey, naming its path', () => {
    expect(() => toAnalyticsFilters({ advanced: [{ checkbox: { key: 'channel type', options: ['vk'] } }] })).toThrowError(
      badInput('filter.advanced[0].checkbox.key'),
    );
  });
});

describe('ReporterFilter against the simulated Reporter', () => {
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });
  beforeEach(() => gw.sims.resetLogs());

  it('rejects an inverted date range with BAD_USER_INPUT before any upstream call', async () => {
    const filter = { sessionStartTime: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } };
    const res = await run(SESSIONS, { filter });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.sessionStartTime' });
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('rejects a malformed date with BAD_USER_INPUT naming the field before any upstream call', async () => {
    const res = await run(SESSIONS, { filter: { messageTime: { from: '2026-13-45' } } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].message).toContain('filter.messageTime.from');
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('rejects two variants in one advanced filter (@oneOf) before any upstream call', async () => {
    const advanced = [{ radio: { key: 'INITIATOR', option: 'BOT' }, text: { key: 'SESSION_ID', values: ['x'] } }];
    const res = await run(SESSIONS, { filter: { advanced } });
    expect(res.errors?.[0].message).toMatch(/exactly one/i);
    expect(gw.sims.reporter.count()).toBe(0);
  });

  it('filters by session data through the typed composite field', async () => {
    const res = await run(SESSIONS, { first: 100, filter: { sessionData: [{ key: 'city', value: 'Kazan' }] } });
    const expected = gw.sims.dataset.reporter.sessions.filter((s) => s.sessionData?.city?.toLowerCase() === 'kazan');
    expect(res.errors).toBeUndefined();
    expect(res.data.sessions.totalCount).toBe(expected.length);
  });

  it('filters through an advanced RADIO filter like its typed twin', async () => {
    const typed = await run(SESSIONS, { first: 1, filter: { initiator: 'BOT' } });
    const advanced = await run(SESSIONS, { first: 1, filter: { advanced: [{ radio: { key: 'INITIATOR', option: 'BOT' } }] } });
    const bots = gw.sims.dataset.reporter.sessions.filter((s) => s.initiator === 'BOT').length;
    expect(typed.data.sessions.totalCount).toBe(bots);
    expect(advanced.data.sessions.totalCount).toBe(bots);
  });

  it('passes the Reporter’s refusal of a key it cannot evaluate as BAD_USER_INPUT from the reporter', async () => {
    const res = await run(SESSIONS, { filter: { messageType: { options: ['text'] } } });
    expect(res.data.sessions).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', service: 'reporter' });
  });
});
