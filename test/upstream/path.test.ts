import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reporterBaseUrl } from '../../src/backends/reporter/transport.js';
import { UpstreamHttp } from '../../src/upstream/http.js';
import { MAX_PATH_ID_LENGTH, pathSegment, pathSegmentProblem } from '../../src/upstream/path.js';
import { upstreamTestOptions } from '../helpers/logs.js';
import { TEST_TOKENS } from '../helpers/gateway.js';

// The Reporter's base URL carries its token (with a colon) as a path segment: the hardest base.
const base = reporterBaseUrl('http://127.0.0.1:9/api', TEST_TOKENS.reporter);
const http = new UpstreamHttp({ service: 'reporter', baseUrl: base, ...upstreamTestOptions() });
const basePath = new URL(base).pathname;

// Characters that URL parsers treat specially, so that shrunk counterexamples are readable.
const tricky = fc.string({ unit: fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'E', ':', '@', '?', '#', ';', ' ', '\u0000', '\n', 'a', '\ud800') });
const anyId = fc.oneof(fc.string({ unit: 'binary' }), tricky, fc.constantFrom('', '.', '..', '%2e', '%2e%2e', '.%2E', 'a'.repeat(257)));

describe('pathSegment', () => {
  it('builds, for any accepted id, exactly the route with that id as its one last segment', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        fc.pre(pathSegmentProblem(id) === undefined);
        const segment = pathSegment(id, 'id');
        const url = http.url(`/reports/tasks/${segment}`);
        expect(url.pathname).toBe(`${basePath}/reports/tasks/${segment}`);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
        const segments = url.pathname.split('/');
        expect(segments.slice(0, -1).join('/')).toBe(`${basePath}/reports/tasks`);
        expect(decodeURIComponent(segments.at(-1)!)).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every id that cannot be one segment with BAD_USER_INPUT naming the argument', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        fc.pre(pathSegmentProblem(id) !== undefined);
        let thrown: unknown;
        try {
          pathSegment(id, 'taskId');
        } catch (err) {
          thrown = err;
        }
        expect(thrown).toBeInstanceOf(GraphQLError);
        expect((thrown as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'taskId' });
      }),
    );
  });

  it.each([
    ['', 'must not be empty'],
    ['.', 'must not be "." or ".."'],
    ['..', 'must not be "." or ".."'],
    ['a'.repeat(MAX_PATH_ID_LENGTH + 1), 'at most 256'],
    ['ab\u0000c', 'control characters'],
    ['ab\nc', 'control characters'],
    ['ab\u007f', 'control characters'],
    ['\ud800', 'well-formed'],
  ])('refuses %j', (id, problem) => {
    expect(pathSegmentProblem(id)).toContain(problem);
  });

  it('keeps `:` and `@` as they are (pchar) and percent-encodes `/`, `?`, `#`, `%` and spaces', () => {
    expect(pathSegment('tk4821:ab@c')).toBe('tk4821:ab@c');
    expect(pathSegment('a/b?c#d%e f')).toBe('a%2Fb%3Fc%23d%25e%20f');
    expect(pathSegment('...')).toBe('...');
    expect(pathSegment('a'.repeat(MAX_PATH_ID_LENGTH))).toHaveLength(MAX_PATH_ID_LENGTH);
  });

  it('puts the Reporter token into the base URL with its colon unencoded', () => {
    expect(base).toBe(`http://127.0.0.1:9/api/reporter/p/${TEST_TOKENS.reporter}`);
  });
});
