import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * Finding: `deleteReportTask(id: "..")` sent `DELETE /reports/` (URL resolution folded the `..`)
 * and deleted every completed report task, answering success; `reportTask(id: ".")` returned a
 * bogus task. Every id bound for a URL path is now checked before anything is sent.
 */
describe('no id escapes its upstream path', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const DELETE = `mutation ($id: ID!) { deleteReportTask(id: $id) { __typename ... on InvalidInputError { code field message } } }`;

  it.each(['..', '.', '', 'a'.repeat(257), 'abc\u0000', 'abc\r\nX-Evil: 1'])('deleteReportTask(id: %j) is BAD_USER_INPUT with 0 upstream requests', async (id) => {
    gw.sims.resetLogs();
    const res = await gw.execute(DELETE, { id });
    expect(res.data?.deleteReportTask).toMatchObject({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field: 'id' });
    expect(gw.sims.counts().total).toBe(0);
  });

  it('leaves the completed report tasks in place after deleteReportTask(id: "..")', async () => {
    const before = await gw.execute('{ reportTasks(first: 100) { totalCount } }');
    await gw.execute(DELETE, { id: '..' });
    const after = await gw.execute('{ reportTasks(first: 100) { totalCount } }');
    expect(after.data?.reportTasks.totalCount).toBe(before.data?.reportTasks.totalCount);
    expect(before.data?.reportTasks.totalCount).toBeGreaterThan(0);
  });

  it.each(['.', '..', 'x'.repeat(300), 'tab\there'])('reportTask(id: %j) is BAD_USER_INPUT naming `id`, with 0 upstream requests', async (id) => {
    gw.sims.resetLogs();
    const res = await gw.execute('query ($id: ID!) { reportTask(id: $id) { taskId } }', { id });
    expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'id' }]);
    expect(res.errors?.[0]?.message).toContain('`id`');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('sends an id with slashes and dots as one encoded segment (the Reporter answers NOT_FOUND for it)', async () => {
    gw.sims.resetLogs();
    const res = await gw.execute('query ($id: ID!) { reportTask(id: $id) { taskId } }', { id: '../../reports' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(gw.sims.reporter.log.map((r) => r.path)).toEqual([expect.stringMatching(/\/reports\/tasks\/\.\.%2F\.\.%2Freports$/)]);
  });

  it('refuses reportTaskUpdated(id: "..") before any poll', async () => {
    const origin = await gw.listen();
    gw.sims.resetLogs();
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { reportTaskUpdated(id: "..") { status } }' }),
    });
    const text = await res.text();
    expect(text).toContain('BAD_USER_INPUT');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('refuses a message comment whose questionId is ".." before any upstream request', async () => {
    gw.sims.resetLogs();
    const res = await gw.execute(
      'mutation { setMessageComment(message: { sessionId: "s1", questionId: ".." }, comment: "x") { __typename ... on InvalidInputError { code field } } }',
    );
    expect(res.data?.setMessageComment).toEqual({ __typename: 'InvalidInputError', code: 'BAD_USER_INPUT', field: 'message.questionId' });
    expect(gw.sims.counts().total).toBe(0);
  });
});
