import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ECHO_SHAPES, startEchoUpstream, type EchoUpstream } from '../helpers/echo-upstream.js';
import { startTestGateway, TEST_TOKENS, type TestGateway } from '../helpers/gateway.js';

const TOKENS = Object.values(TEST_TOKENS);

/** Every 8-character piece of a token (or of its URL-encoded form) found in `text`. */
function tokenPieces(text: string): string[] {
  const found = new Set<string>();
  for (const token of TOKENS) {
    for (const form of [token, encodeURIComponent(token)]) {
      for (let i = 0; i + 8 <= form.length; i++) if (text.includes(form.slice(i, i + 8))) found.add(form.slice(i, i + 8));
    }
  }
  return [...found];
}

const ERROR_FIELDS = '__typename ... on MutationError { message code } ... on UpstreamFailure { service outcome }';
const OPERATIONS = {
  reporter: ['{ experiments(first: 1) { totalCount } }', `mutation { createSessionLabel(name: "leak-check") { ${ERROR_FIELDS} } }`],
  uis: ['{ employees(first: 1) { totalCount } }', `mutation { tagCalls(callIds: ["${'MTIz'}"], tagIds: ["1"], action: ADD) { __typename ... on MutationError { message code } } }`],
  leeloo: ['{ leelooUsers(first: 1) { totalCount } }', `mutation { addLeelooAccountTag(accountId: "0123456789abcdef01234567", tagId: "0123456789abcdef01234567") { ${ERROR_FIELDS} } }`],
} as const;

describe('no token leaves through an upstream that echoes requests into its errors', () => {
  let echo: EchoUpstream;
  let gw: TestGateway;
  const responses: string[] = [];
  beforeAll(async () => {
    // Straddling shapes put the token of the backend being called 100 characters in.
    echo = await startEchoUpstream((path) => (path.includes('/reporter/') ? TEST_TOKENS.reporter : path.startsWith('/v2.0') ? TEST_TOKENS.uis : TEST_TOKENS.leeloo));
    gw = await startTestGateway({ env: { REPORTER_URL: echo.urls.reporter, UIS_URL: echo.urls.uis, LEELOO_URL: echo.urls.leeloo } });
  });
  afterAll(async () => {
    await gw.close();
    await echo.close();
  });

  const cases = ECHO_SHAPES.flatMap((shape) => (['reporter', 'uis', 'leeloo'] as const).map((backend) => [shape, backend] as const));
  it.each(cases)('%s from %s: no token piece in the response', async (shape, backend) => {
    echo.shape = shape;
    echo.requests = 0;
    for (const op of OPERATIONS[backend]) {
      const res = await gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: op }),
      });
      const text = await res.text();
      responses.push(text);
      expect(tokenPieces(text), text).toEqual([]);
    }
    // The upstream was really asked (and echoed the tokens), and the answer really was an error.
    expect(echo.requests).toBeGreaterThan(0);
    expect(responses.at(-2)).toContain('"errors"');
  });

  it('kept every token piece out of every log line and /metrics too', async () => {
    expect(gw.logLines.length).toBeGreaterThan(cases.length);
    expect(tokenPieces(gw.logLines.join('\n'))).toEqual([]);
    const metrics = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
    expect(metrics).toContain('switchboard_upstream_requests_total');
    expect(tokenPieces(metrics)).toEqual([]);
  });

  it('keeps the upstream’s words out of every response, and logs them (redacted) under the request id', () => {
    // The echo's text (method, path, headers, body) is what an upstream said: never a caller's to read.
    expect(responses.join('\n')).not.toMatch(/headers=|body=|x-leeloo-authtoken/i);
    const logged = gw.logLines.filter((l) => l.includes('headers='));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((l) => /"requestId":"[^"]+"/.test(l))).toBe(true);
    expect(logged.join('\n')).toMatch(/\[REDACTED\]/);
  });
});

describe('shown URLs carry no userinfo and no query string', () => {
  it('drops user, password and query from `backends { url }` and the first log line', async () => {
    const lines: string[] = [];
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      UIS_URL: 'http://operator:pa55w0rd-secret@127.0.0.1:9/v2.0?key=querykey-secret-123',
      UIS_ACCESS_TOKEN: TEST_TOKENS.uis,
      LEELOO_URL: 'http://127.0.0.1:9/api/v1?session=leeloo-session-abc',
      LEELOO_TOKEN: TEST_TOKENS.leeloo,
    });
    const app = await startApp(config, { logDestination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }) });
    try {
      const res = await app.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ backends { name url } }' }),
      });
      const body = (await res.json()) as { data: { backends: { name: string; url: string }[] } };
      expect(body.data.backends.find((b) => b.name === 'UIS')?.url).toBe('http://127.0.0.1:9/v2.0');
      expect(body.data.backends.find((b) => b.name === 'LEELOO')?.url).toBe('http://127.0.0.1:9/api/v1');
      const first = lines[0]!;
      expect(first).toContain('uis=LIVE http://127.0.0.1:9/v2.0');
      for (const text of [JSON.stringify(body), lines.join('\n')]) {
        for (const secret of ['operator', 'pa55w0rd', 'querykey', 'leeloo-session', '?key=', '?session=']) expect(text).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});
