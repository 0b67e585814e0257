/**
 * The parts of undici the upstream clients use (the pooled Agent, its `request`, the error
 * classes) loaded from their own files rather than undici's index. The index also loads fetch,
 * WebSocket, EventSource, the HTTP caches and the mock agents: ≈3 MB of live heap a gateway keeps
 * for its whole life, and V8 lets the old generation grow to about three times the live heap
 * before it collects, so each such MB shows about threefold in peak RSS (bench/findings.md).
 *
 * These are the very files the index re-exports, so a MockAgent from 'undici' (the unit tests) is a
 * dispatcher here too and `instanceof` on the error classes holds. undici has no `exports` map, so
 * the paths are reachable; test/upstream/undici-core.test.ts fails if an upgrade moves them.
 */
import { createRequire } from 'node:module';
import type * as Undici from 'undici';

const require = createRequire(import.meta.url);

export type Dispatcher = Undici.Dispatcher;
export const Agent: typeof Undici.Agent = require('undici/lib/dispatcher/agent.js');
export const errors: typeof Undici.errors = require('undici/lib/core/errors.js');

type RequestApi = (this: Dispatcher, opts: Undici.Dispatcher.RequestOptions) => Promise<Undici.Dispatcher.ResponseData>;
const requestApi: RequestApi = require('undici/lib/api/api-request.js');

/** `dispatcher.request(opts)` without relying on the index having mixed the API into Dispatcher. */
export function request(dispatcher: Dispatcher, opts: Undici.Dispatcher.RequestOptions): Promise<Undici.Dispatcher.ResponseData> {
  return requestApi.call(dispatcher, opts);
}
