/**
 * @switchboard/client: what a frontend needs to talk to Switchboard, typed end to end.
 * - every example operation of schema/operations/ as a TypedDocumentNode (`SessionsWithClientsAndLabelsDocument`, …)
 *   with its result and variables types (`SessionsWithClientsAndLabelsQuery`, …), written by `npm run codegen`;
 * - `persistedDocuments`, the manifest (sha256 → text) the gateway's PERSISTED_OPERATIONS accepts;
 * - `createClient({ url, token })`: request / execute over fetch, subscribe / iterate / live over graphql-sse.
 */
export * from './generated/graphql.js';
export { createClient, type ClientOptions, type ExecutionAnswer, type Sink, type SwitchboardClient } from './client.js';
export { SwitchboardError } from './errors.js';
export { isLiveDocument, type LiveResult } from './live.js';
export { default as persistedDocuments } from './generated/persisted-documents.json' with { type: 'json' };
