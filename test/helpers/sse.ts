/**
 * A GraphQL-over-SSE subscription as a test reads it: graphql-sse's "distinct connections" mode,
 * which Yoga speaks natively (one POST with `accept: text/event-stream`, then `event: next` /
 * `event: complete` messages separated by blank lines, and `:` keep-alive comments). The one
 * reading loop of the tests: over loopback HTTP by default, or a Yoga app's in-process `fetch`.
 */
export interface SseStream<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The `next` payloads, in order. */
  events: T[];
  /** When each `next` arrived (Date.now()). */
  times: number[];
  /** Keep-alive comments received (`:` lines). */
  comments: number;
  /** Whether `complete` came. */
  completed: boolean;
  /** Resolves when the stream has ended (complete, closed, or cancelled). */
  done: Promise<void>;
  /** Resolves once `n` events arrived; throws after `ms`, or as soon as the stream ends with fewer. */
  waitFor(n: number, ms?: number): Promise<void>;
  /** The subscriber leaves (closes its connection). */
  cancel(): void;
}

/** `fetch` itself, or a Yoga app's in-process `fetch` (`(url, init) => yoga.fetch(url, init)`). */
export type FetchFn = (url: string, init: RequestInit) => Response | Promise<Response>;

/** Starts a subscription; throws unless the answer is an HTTP 200 event stream. */
export async function subscribeSse<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  fetchFn: FetchFn = fetch,
): Promise<SseStream<T>> {
  const abort = new AbortController();
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const type = res.headers.get('content-type') ?? '';
  if (res.status !== 200 || !type.includes('text/event-stream') || !res.body) {
    throw new Error(`subscription refused: HTTP ${res.status} ${type}: ${await res.text().catch(() => '')}`);
  }
  const reader = res.body.getReader();
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  let ended = false;
  const stream: SseStream<T> = {
    events: [],
    times: [],
    comments: 0,
    completed: false,
    done: Promise.resolve(),
    cancel: () => {
      // Both: a loopback fetch closes its socket on abort; an in-process Yoga stream ends on cancel.
      abort.abort();
      void reader.cancel().catch(() => undefined);
    },
    async waitFor(n, ms = 10_000) {
      const end = Date.now() + ms;
      while (stream.events.length < n) {
        if (ended || Date.now() > end) {
          throw new Error(`expected ${n} events, got ${stream.events.length}${ended ? ' before the stream ended' : ''}: ${JSON.stringify(stream.events).slice(0, 500)}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 25);
        });
      }
    },
  };
  stream.done = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, i).split('\n');
        buffer = buffer.slice(i + 2);
        if (lines.every((l) => l.startsWith(':'))) stream.comments += 1;
        const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
        const data = lines.find((l) => l.startsWith('data:'))?.slice(5).trim();
        if (event === 'next' && data) {
          stream.events.push(JSON.parse(data) as T);
          stream.times.push(Date.now());
        }
        if (event === 'complete') stream.completed = true;
      }
      wake();
    }
    ended = true;
    wake();
  })();
  return stream;
}
