import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** Apollo's multipart subscriptions: `multipart/mixed` with `subscriptionSpec=1.0` in the Accept header. */
const APOLLO_MULTIPART = /multipart\/mixed[^,]*;\s*subscriptionspec\s*=\s*"?1\.0/i;
const BOUNDARY = 'graphql';

/**
 * Apollo Client's HTTP subscriptions (HttpLink, `Accept: multipart/mixed;boundary=graphql;
 * subscriptionSpec=1.0`), which Yoga does not speak: its multipart processor is for @defer/@stream
 * (parts of `{ data, hasNext }`) and is not offered for subscriptions at all, so Apollo got 406.
 *
 * The protocol (Apollo's "multipart HTTP protocol for GraphQL subscriptions"): one part per event,
 * `{"payload": <execution result>}`, a `{}` heartbeat part every few seconds while nothing happens
 * (clients skip it), and the closing boundary when the stream ends. Used for every stream the
 * request asks this way for: `reportTaskUpdated` and `@live` queries (with the Accept header set
 * through the link's context). A single result (a refusal before any stream started) falls through
 * to Yoga's processors as JSON, which HttpLink reads as an error.
 *
 * Listed among the plugins, so after Yoga's own result processors: its choice wins.
 */
export function useMultipartSubscriptions(opts: { heartbeatMs?: number } = {}): Plugin {
  const heartbeatMs = opts.heartbeatMs ?? 5000;
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      if (!isAsyncIterable(result) || !APOLLO_MULTIPART.test(request.headers.get('accept') ?? '')) return;
      setResultProcessor((stream, fetchAPI) => multipartResponse(stream as AsyncIterable<ExecutionResult>, fetchAPI, heartbeatMs), 'multipart/mixed');
    },
  };
}

function multipartResponse(stream: AsyncIterable<ExecutionResult>, fetchAPI: { Response: typeof Response; ReadableStream: typeof ReadableStream }, heartbeatMs: number): Response {
  const encoder = new TextEncoder();
  const part = (json: string) => encoder.encode(`\r\ncontent-type: application/json; charset=utf-8\r\n\r\n${json}\r\n--${BOUNDARY}`);
  const iterator = stream[Symbol.asyncIterator]();
  let heartbeat: NodeJS.Timeout | undefined;
  const body = new fetchAPI.ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\r\n--${BOUNDARY}`));
      heartbeat = setInterval(() => {
        if (controller.desiredSize !== null && controller.desiredSize > 0) controller.enqueue(part('{}'));
      }, heartbeatMs);
      heartbeat.unref();
    },
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (value) controller.enqueue(part(JSON.stringify({ payload: value })));
        if (done) {
          clearInterval(heartbeat);
          controller.enqueue(encoder.encode('--\r\n'));
          controller.close();
        }
      } catch (err) {
        clearInterval(heartbeat);
        controller.error(err);
      }
    },
    async cancel() {
      clearInterval(heartbeat);
      await iterator.return?.();
    },
  });
  return new fetchAPI.Response(body, {
    status: 200,
    headers: { 'content-type': `multipart/mixed;boundary="${BOUNDARY}";subscriptionSpec="1.0"`, 'cache-control': 'no-cache', connection: 'keep-alive' },
  });
}
