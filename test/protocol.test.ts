import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

/** The GraphQL-over-HTTP audit suite of `graphql-http`, run against the gateway through yoga.fetch. */
describe('GraphQL over HTTP audits', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const audits = serverAudits({
    url: 'http://gateway.test/graphql',
    fetchFn: ((input: RequestInfo | URL, init?: RequestInit) =>
      (gw.yoga.fetch as (url: string, init?: RequestInit) => Promise<Response>)(String(input), init)) as typeof fetch,
  });

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({ status: 'ok', reason: undefined });
    });
  }
});
