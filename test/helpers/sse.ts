/** A GraphQL-over-SSE stream over HTTP (Yoga's distinct-connections mode), read as a browser's fetch would. */
export interface SseStream {
  /** The `next` payloads, in order. */
  events: any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** When each `next` arrived (Date.now()). */
  times: number[];
  /** Keep-alive comments received (`:` lines). */
  comments: number;
  completed: boolean;
  done: Promise<void>;
  /** Resolves once `n` events arrived; throws after `ms`. */
  waitFor(n: number, ms?: number): Promise<void>;
  /** The subscriber leaves (closes its connection). */
  cancel(): void;
}

export async function subscribeSse(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`subscription refused: HTTP ${res.status} ${await res.text()}`);
  const reader = res.body.getReader();
  const waiters: Array<() => void> = [];
  const stream: SseStream = {
    events: [],
    times: [],
    comments: 0,
    completed: false,
    done: Promise.resolve(),
    cancel: () => abort.abort(),
    async waitFor(n, ms = 10_000) {
      const end = Date.now() + ms;
      while (stream.events.length < n) {
        if (Date.now() > end) throw new Error(`expected ${n} events, got ${stream.events.length}: ${JSON.stringify(stream.events).slice(0, 500)}`);
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
          stream.events.push(JSON.parse(data));
          stream.times.push(Date.now());
          for (const w of waiters.splice(0)) w();
        }
        if (event === 'complete') stream.completed = true;
      }
    }
  })();
  return stream;
}
