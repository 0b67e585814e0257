import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('document limits (graphql-armor)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { MAX_ALIASES: '5', MAX_TOKENS: '300' } });
  });
  afterAll(() => gw.close());

  it('rejects more aliases than MAX_ALIASES before any upstream call', async () => {
    gw.sims.resetLogs();
    const doc = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: backends { name }`).join(' ')} }`;
    const res = await gw.execute(doc);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/Aliases limit of 5 exceeded/);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(gw.sims.counts().total).toBe(0);
  });

  it('rejects a document with more than MAX_TOKENS tokens', async () => {
    const doc = `{ ${Array.from({ length: 80 }, () => 'backends { name mode url }').join(' ')} }`;
    const res = await gw.execute(doc);
    expect(res.errors?.[0].message).toMatch(/Token limit of 300 exceeded/);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('keeps serving after rejecting', async () => {
    const res = await gw.execute('{ backends { name } }');
    expect(res.data?.backends).toHaveLength(3);
  });
});
