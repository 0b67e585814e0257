import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/**
 * One id per HTTP request, so a caller who reports an error and the operator who reads the log talk
 * about the same request: every error a response carries has `extensions.requestId`, the response has
 * an `X-Request-Id` header, and the log lines about it (access, audit, the upstream's own words behind
 * an error) carry it as `requestId`. A well-formed `X-Request-Id` from a proxy in front is kept (so one
 * id follows the request through both); anything else is replaced by a fresh UUID.
 */
const INCOMING = /^[A-Za-z0-9._:-]{8,64}$/;

export interface RequestIds {
  /** The request's id; one is made for a request this plugin never saw. */
  of(request: Request): string;
  plugin: Plugin;
}

export function createRequestIds(): RequestIds {
  const ids = new WeakMap<Request, string>();
  const of = (request: Request): string => {
    let id = ids.get(request);
    if (!id) {
      const incoming = request.headers.get('x-request-id');
      id = incoming && INCOMING.test(incoming) ? incoming : randomUUID();
      ids.set(request, id);
    }
    return id;
  };
  return {
    of,
    plugin: {
      onRequest({ request }) {
        of(request);
      },
      onResponse({ request, response }) {
        response.headers.set('x-request-id', of(request));
      },
    },
  };
}
