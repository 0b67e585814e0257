/**
 * A GraphQL-over-SSE subscription as a test reads it: graphql-sse's "distinct connections" mode,
 * which Yoga speaks natively (one POST with `accept: text/event-stream`, then `event: next` /
 * `event: complete` messages separated by blank lines; keep-alive comments are skipped).
 */
export interface SseStream<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The `next` payloads, in arrival order. */
  events: T[];
  /** Whether `complete` came. */
  completed: boolean;
  /** Resolves when the stream has ended (complete, closed, or cancelled). */
  done: Promise<void>;
  /** Resolves once at least `n` events have arrived, or the stream ended with fewer. */
  waitFor(n: number): Promise<void>;
  /** The subscriber leaves: closes its side of the stream. */
  cancel(): Promise<void>;
}

/** `fetch` itself (over loopback) or a Yoga app's in-process `fetch`. */
type FetchFn = (url: string, init: RequestInit) => Response | Promise<Response>;

/** Starts a subscription; throws unless the answer is an HTTP 200 event stream. */
export async function subscribeSse<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  fetchFn: FetchFn,
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<SseStream<T>> {
  const abort = new AbortController();
  const res = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const type = res.headers.get('content-type') ?? '';
  if (res.status !== 200 || !type.includes('text/event-stream') || !res.body) {
    throw new Error(`subscription refused: HTTP ${res.status} ${type}: ${await res.text().catch(() => '')}`);
  }
  const reader = res.body.getReader();
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const stream: SseStream<T> = {
    events: [],
    completed: false,
    done: Promise.resolve(),
    waitFor: (n) => new Promise<void>((resolve) => {
      waiters.push({ n, resolve });
      wake();
    }),
    cancel: async () => {
      await reader.cancel().catch(() => undefined);
      abort.abort();
    },
  };
  let ended = false;
  const wake = () => waiters.filter((w) => ended || stream.completed || stream.events.length >= w.n).forEach((w) => w.resolve());
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
        const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
        const data = lines.find((l) => l.startsWith('data:'))?.slice(5).trim();
        if (event === 'next' && data) stream.events.push(JSON.parse(data) as T);
        if (event === 'complete') stream.completed = true;
      }
      wake();
    }
    ended = true;
    wake();
  })();
  return stream;
}
