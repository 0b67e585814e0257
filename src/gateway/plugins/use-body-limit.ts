import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * MAX_BODY_BYTES: a request body over the limit gets HTTP 413 (`REQUEST_ENTITY_TOO_LARGE`), and a
 * malformed Content-Length 400, as Yoga's own `maxRequestBodySize` answers.
 *
 * Yoga's limiter re-streams every body through a counting TransformStream, Content-Length or not:
 * a pipeline, an AbortController and a DOMException per request, ≈3 % of the gateway's CPU on the
 * dashboard (bench/RESULTS.md, issue 12). A declared length needs no counting: Node's HTTP parser
 * hands over exactly Content-Length bytes and refuses a request that also declares chunked
 * encoding, so only a body without a length (chunked) is counted while it streams.
 *
 * Must come after every plugin that registers a request parser (it wraps the one selected).
 */
const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () =>
  new GraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });

export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared != null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw new GraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        }
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => requestParser(counted(req, limit, fetchAPI)));
    },
  };
}

/** The request with its body counted as it streams; past `limit` the stream errors with 413. */
function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  // A native stream needs the native TransformStream, a ponyfilled one the ponyfill (Yoga #4583).
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}
