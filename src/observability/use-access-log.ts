import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../auth/principal.js';
import type { Logger } from './logger.js';

/** Longest operation name logged: the name is the client's choice. */
const MAX_NAME = 100;

/**
 * One access-log line per HTTP request, when its response is ready: method, path (never the query
 * string: a GET carries the document and variables there), status, duration, the principal's name and
 * the operation name. No variables, no headers, no credential: only what says who asked for what.
 * Lines go through the redacting logger like every other (logger.ts).
 */
export function useAccessLog(logger: Logger, principalOf: (request: Request) => Principal, requestIdOf?: (request: Request) => string): Plugin {
  const started = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, string>();
  const remember = (request: Request | undefined, args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null }) => {
    const name = getOperationAST(args.document, args.operationName)?.name?.value;
    if (request && name) operations.set(request, name.slice(0, MAX_NAME));
  };
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onExecute({ args }) {
      remember((args.contextValue as { request?: Request }).request, args);
    },
    onSubscribe({ args }) {
      remember((args.contextValue as { request?: Request }).request, args);
    },
    onResponse({ request, response }) {
      const url = new URL(request.url, 'http://x');
      // A notification hook's path ends in its secret (plugins/use-notify-hooks.ts): never logged.
      const path = url.pathname.startsWith('/hooks/') ? url.pathname.replace(/^(\/hooks\/[^/]*\/).+$/, '$1…') : url.pathname;
      const ms = Math.round((performance.now() - (started.get(request) ?? performance.now())) * 10) / 10;
      const principal = principalOf(request).name;
      const operation = operations.get(request);
      logger.info(
        { ...(requestIdOf ? { requestId: requestIdOf(request) } : {}), access: { method: request.method, path, status: response.status, ms, principal, ...(operation ? { operation } : {}) } },
        `${request.method} ${path} ${response.status} ${ms} ms ${principal}${operation ? ` ${operation}` : ''}`,
      );
    },
  };
}
