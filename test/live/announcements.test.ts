import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/auth/principal.js';
import { bearer, testKey, writeApiKeysFile } from '../helpers/auth.js';
import { subscribeSse, type SseStream } from '../helpers/sse.js';
import { startTenantGateway, type TenantGateway } from '../helpers/tenants.js';

/**
 * A mutation announces to live queries what it changed, from what actually ran (the audited Mutation
 * fields, as the response cache's purge: cache/purge.ts), not from a reading of the document: a
 * refused mutation (FORBIDDEN, invalid input, another tenant's id) announces nothing, a field kept
 * from running by `@skip` announces nothing, and a field wrapped in fragments announces its change.
 * Two tenants, the live interval at 60 s (only an announcement can refresh a live query in time),
 * everything over loopback HTTP; announcements are read from `/metrics` and the subscribers' pushes.
 */
const KEYS = { acme: testKey('announce-acme'), globex: testKey('announce-globex'), acmeReader: testKey('announce-acme-reader'), acmeTagger: testKey('announce-acme-tagger') };
const LABELS = 'query Labels @live { sessionLabels { labelId name } }';

let gw: TenantGateway;
let server: Server;
let base: string;
let acmeStream: SseStream;
let globexStream: SseStream;
let n = 0;

const post = async (key: string, query: string) => {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(key) }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: Record<string, { __typename?: string } | null>; errors?: { extensions?: { code?: string } }[] };
};
/** Announcements of mutations this replica heard, as `/metrics` counts them. */
const announced = async () => {
  const text = await (await fetch(`${base}/metrics`, { headers: bearer(KEYS.acme) })).text();
  return Number(/^switchboard_live_changes_total\{source="mutation"\} (\d+)/m.exec(text)?.[1] ?? 0);
};
const names = (s: SseStream, i: number): string[] => s.events[i].data.sessionLabels.map((l: { name: string }) => l.name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const keys = writeApiKeysFile([
    { name: 'acme-app', key: KEYS.acme, scopes: [...SCOPES], tenant: 'acme' },
    { name: 'globex-app', key: KEYS.globex, scopes: [...SCOPES], tenant: 'globex' },
    { name: 'acme-reader', key: KEYS.acmeReader, scopes: ['read'], tenant: 'acme' },
    { name: 'acme-tagger', key: KEYS.acmeTagger, scopes: ['read', 'tags'], tenant: 'acme' },
  ]);
  gw = await startTenantGateway({ API_KEYS_FILE: keys, LIVE_POLL_INTERVAL_MS: '60000' });
  server = createServer(gw.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  acmeStream = await subscribeSse(`${base}/graphql`, LABELS, {}, bearer(KEYS.acme));
  globexStream = await subscribeSse(`${base}/graphql`, LABELS, {}, bearer(KEYS.globex));
  await Promise.all([acmeStream.waitFor(1), globexStream.waitFor(1)]);
});
afterAll(async () => {
  acmeStream?.cancel();
  globexStream?.cancel();
  gw?.yoga.live.close();
  await new Promise<void>((resolve) => {
    server?.close(() => resolve());
    server?.closeAllConnections();
  });
  await gw?.close();
});

describe('live announcements follow what a mutation did', () => {
  it('announce nothing for a refused mutation: forbidden, invalid, another tenant’s id, or a field that did not run', async () => {
    const refused = [
      [KEYS.acmeReader, 'mutation { createSessionLabel(name: "no-scope") { __typename } }', 'ForbiddenError'],
      [KEYS.acmeTagger, 'mutation { a: deleteSessionLabel(labelId: 1) { __typename } }', 'ForbiddenError'],
      [KEYS.acme, 'mutation { createSessionLabel(name: "") { __typename } }', 'InvalidInputError'],
      [KEYS.globex, 'mutation { renameSessionLabel(labelId: 987654, name: "x") { __typename } }', 'NotFoundError'],
      [KEYS.acme, 'mutation { ... on Mutation @skip(if: true) { createSessionLabel(name: "skipped") { __typename } } }', undefined],
    ] as const;
    const before = await announced();
    const pushes = [acmeStream.events.length, globexStream.events.length];
    for (const [key, document, refusal] of refused) {
      const body = await post(key, document);
      const got = body.errors?.[0]?.extensions?.code ?? Object.values(body.data ?? {})[0]?.__typename;
      expect({ document, got }).toEqual({ document, got: refusal });
    }
    expect(await announced()).toBe(before);
    // No re-execution either: the subscribers' streams stay as they were.
    await sleep(300);
    expect([acmeStream.events.length, globexStream.events.length]).toEqual(pushes);
  });

  it('announce the change of a mutation field however the document wraps it, to that tenant’s live queries only', async () => {
    const shapes: Record<string, (f: string, fragments: string[]) => string> = {
      plain: (f) => f,
      inline: (f) => `... on Mutation { ${f} }`,
      inlineNoType: (f) => `... { ${f} }`,
      named: (f, frags) => {
        frags.push(`fragment F${frags.length} on Mutation { ${f} }`);
        return `...F${frags.length - 1}`;
      },
    };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...Object.keys(shapes)), { minLength: 1, maxLength: 3 }), fc.boolean(), async (wrap, alias) => {
        const name = `announced-${(n += 1)}`;
        const fragments: string[] = [];
        let selection = `${alias ? 'made: ' : ''}createSessionLabel(name: "${name}") { __typename }`;
        for (const s of wrap) selection = shapes[s]!(selection, fragments);
        const document = `mutation { ${selection} } ${fragments.join(' ')}`;
        const before = await announced();
        const pushed = acmeStream.events.length;
        const globexPushed = globexStream.events.length;
        const body = await post(KEYS.acme, document);
        expect({ document, errors: body.errors }).toEqual({ document, errors: undefined });
        expect({ document, announced: await announced() }).toEqual({ document, announced: before + 1 });
        // The 60 s interval is far away: the push that brings the new label came from the announcement.
        await acmeStream.waitFor(pushed + 1);
        expect(names(acmeStream, acmeStream.events.length - 1)).toContain(name);
        expect(globexStream.events.length).toBe(globexPushed);
      }),
      { numRuns: 8 },
    );
  });
});
