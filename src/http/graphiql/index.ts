import type { ExecutionResult } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { documentsByName, exampleTabs, type ExampleSamples } from './examples.js';

export { renderOfflineGraphiQL } from './render.js';

export interface GraphiQLDeps {
  /** Whether callers must authenticate (API keys or JWT configured). */
  authEnabled: boolean;
  /** The persisted-documents manifest (hash → document), where the example operations come from. */
  manifest: Map<string, string>;
  /**
   * Runs an operation on the schema for the look-ups, outside the HTTP plugin chain: the page must
   * never wait for an operation slot (MAX_CONCURRENT_OPERATIONS) or a trusted-documents check.
   */
  execute: (document: string, variables: Record<string, unknown>) => Promise<ExecutionResult>;
  /** How long a sample look-up may take before the tabs fall back to placeholders. @default 3000 */
  sampleTimeoutMs?: number;
}

/** Where the credential goes: a JSON-with-comments headers editor, so the hint can sit beside it. */
export function headersText(authEnabled: boolean): string {
  // With auth on the line stays commented out too: a placeholder sent as it is would only earn a 401
  // that does not say why; uncommented by the person who pastes a credential into it.
  return authEnabled
    ? '{\n  // This gateway requires a credential: remove the // and put an API key or a JWT in place of <…>.\n  // "Authorization": "Bearer <API key or JWT>"\n}\n'
    : '{\n  // Authentication is off here, so no header is needed. With API_KEYS_FILE or JWT_* set, send:\n  // "Authorization": "Bearer <API key or JWT>"\n}\n';
}

/**
 * Yoga's `graphiql` option as a factory: the curated example tabs (examples.ts) with variables that
 * run against the data at hand.
 *
 * Ids the drawer and mutation tabs need are looked up once on the gateway's schema (the latest
 * session and a session label), only while authentication is off: then every caller may read them
 * anyway, whereas with auth on GraphiQL's page is served to anyone and must not carry data. A failed
 * look-up leaves a placeholder and is tried again on the next page load.
 */
export function createGraphiQLOptions(deps: GraphiQLDeps): () => Promise<GraphiQLOptions> {
  const documents = documentsByName(deps.manifest);
  const headers = headersText(deps.authEnabled);
  let samples: Promise<ExampleSamples> | undefined;

  const run = async (operationName: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const result = await deps.execute(documents.get(operationName)!, variables);
    if (result.errors?.length || !result.data) throw new Error(`${operationName} failed`);
    return result.data;
  };
  const lookUp = async (): Promise<ExampleSamples> => {
    const [sessions, labels] = await Promise.all([run('SessionsWithClientsAndLabels', { first: 1 }), run('SessionLabels', {})]);
    const session = (sessions.sessions as { edges: { node: { id: string } }[] }).edges[0]?.node;
    const label = (labels.sessionLabels as { labelId: string }[])[0];
    return { sessionId: session?.id, labelId: label?.labelId };
  };
  const withTimeout = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);

  const currentSamples = async (): Promise<ExampleSamples> => {
    if (deps.authEnabled) return {};
    samples ??= withTimeout(lookUp(), deps.sampleTimeoutMs ?? 3_000);
    try {
      return await samples;
    } catch {
      samples = undefined;
      return {};
    }
  };

  return async () => ({
    title: 'Switchboard',
    defaultTabs: exampleTabs(documents, await currentSamples(), headers),
    defaultHeaders: headers,
    // Open the variables/headers pane: every example tab has variables worth seeing.
    defaultEditorToolsVisibility: true,
    // Keep credentials typed into the headers editor out of localStorage.
    shouldPersistHeaders: false,
  });
}
