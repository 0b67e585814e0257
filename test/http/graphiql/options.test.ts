import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createGraphiQLOptions, headersText, type GraphiQLDeps } from '../../../src/http/graphiql/index.js';
import { EXAMPLES, MISSING } from '../../../src/http/graphiql/examples.js';
import { loadBuiltInManifest } from '../../../src/trusted/manifests.js';

const manifest = loadBuiltInManifest();
const SESSION_ID = 'U2Vzc2lvbjoxMjMtYWJj';

/** A stand-in for the schema answering the two look-ups (sessions, session labels). */
function fakeSchema(answer: 'ok' | 'fail' = 'ok') {
  const documents: string[] = [];
  const execute: GraphiQLDeps['execute'] = async (document) => {
    documents.push(document);
    if (answer === 'fail') return { errors: [new GraphQLError('down')] };
    return document.includes('query SessionLabels')
      ? { data: { sessionLabels: [{ labelId: '42', name: 'VIP' }] } }
      : { data: { sessions: { edges: [{ node: { id: SESSION_ID } }] } } };
  };
  return { documents, execute };
}

const variablesOf = (tabs: { query: string | null; variables?: string | null }[], name: string) =>
  JSON.parse(tabs.find((t) => t.query?.includes(` ${name}(`))!.variables!) as Record<string, unknown>;

describe('GraphiQL example tabs', () => {
  it('opens one tab per curated example, each with its operation text, its source file and its variables', async () => {
    const { execute } = fakeSchema();
    const options = await createGraphiQLOptions({ authEnabled: false, manifest, execute })();
    const tabs = options.defaultTabs!;
    expect(tabs).toHaveLength(EXAMPLES.length);
    for (const [i, example] of EXAMPLES.entries()) {
      expect(tabs[i].query).toMatch(new RegExp(`^(query|mutation) ${example.operationName}\\b`, 'm'));
      expect(tabs[i].query).toContain(`schema/operations/${example.file}`);
      expect(() => JSON.parse(tabs[i].variables!)).not.toThrow();
    }
    // The mutation tab carries the shared error fragment it spreads (it lives in its own file).
    expect(tabs.at(-1)!.query).toContain('fragment MutationErrorFields on MutationError');
  });

  it('fills the drawer and mutation tabs with a session and a label it looked up, once', async () => {
    const { documents, execute } = fakeSchema();
    const options = createGraphiQLOptions({ authEnabled: false, manifest, execute });
    const tabs = (await options()).defaultTabs!;
    expect(variablesOf(tabs, 'SessionWithMessages')).toMatchObject({ id: SESSION_ID });
    expect(variablesOf(tabs, 'AddSessionLabel')).toEqual({ sessionId: SESSION_ID, labelId: '42' });
    await options();
    expect(documents).toHaveLength(2);
    expect(documents.map((d) => d.match(/query (\w+)/)?.[1])).toEqual(['SessionsWithClientsAndLabels', 'SessionLabels']);
  });

  it('looks nothing up with authentication on (the page is public) and shows placeholders', async () => {
    const { documents, execute } = fakeSchema();
    const tabs = (await createGraphiQLOptions({ authEnabled: true, manifest, execute })()).defaultTabs!;
    expect(documents).toHaveLength(0);
    expect(variablesOf(tabs, 'SessionWithMessages')).toMatchObject({ id: MISSING });
  });

  it('falls back to placeholders when the look-up fails, and tries again on the next page load', async () => {
    const { documents, execute } = fakeSchema('fail');
    const options = createGraphiQLOptions({ authEnabled: false, manifest, execute });
    expect(variablesOf((await options()).defaultTabs!, 'SessionWithMessages')).toMatchObject({ id: MISSING });
    await options();
    expect(documents).toHaveLength(4);
  });

  it('puts the Authorization header hint in every tab, commented out (auth on: to fill in), so nothing is sent until a credential is', async () => {
    expect(headersText(false)).toMatch(/\/\/ "Authorization": "Bearer <API key or JWT>"/);
    expect(headersText(true)).toMatch(/^ {2}\/\/ "Authorization": "Bearer <API key or JWT>"$/m);
    expect(headersText(true)).toContain('requires a credential');
    // No line outside a comment: the headers editor sends {}.
    expect(headersText(true).split('\n').filter((l) => l.trim() && !/^\s*(\/\/|[{}])/.test(l))).toEqual([]);
    const options = await createGraphiQLOptions({ authEnabled: true, manifest, execute: fakeSchema().execute })();
    expect(options.defaultTabs!.every((t) => t.headers === headersText(true))).toBe(true);
    expect(options.shouldPersistHeaders).toBe(false);
  });
});
