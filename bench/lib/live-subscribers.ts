import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';

/**
 * Many GraphQL-over-SSE subscribers of live queries, as many browsers would hold them: one HTTP
 * connection per stream (Yoga's distinct-connections mode). Each push's arrival time is recorded
 * (performance.now() of this process); payloads are parsed only for the first push (to check it is
 * a result), so a thousand streams cost the bench little.
 */
export interface Subscriber {
  /** Arrival time of each `next` event. */
  pushes: number[];
  /** The first push's errors, if it carried any. */
  firstErrors?: unknown[];
  close(): void;
}

export interface Subscription {
  url: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
}

/** Enough sockets for every stream, kept apart from the load generator's pool. */
export const streamAgent = new Agent({ connections: null, pipelining: 1, headersTimeout: 30_000, bodyTimeout: 0, keepAliveTimeout: 1_000 });

export async function subscribe(s: Subscription): Promise<Subscriber> {
  const abort = new AbortController();
  const res = await request(s.url, {
    method: 'POST',
    dispatcher: streamAgent,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...s.headers },
    body: JSON.stringify({ query: s.query, variables: s.variables }),
    signal: abort.signal,
  });
  if (res.statusCode !== 200) throw new Error(`subscription refused: HTTP ${res.statusCode} ${await res.body.text()}`);
  const sub: Subscriber = { pushes: [], close: () => abort.abort() };
  void (async () => {
    let buffer = '';
    try {
      for await (const chunk of res.body) {
        buffer += (chunk as Buffer).toString('utf8');
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (!block.startsWith('event: next')) continue;
          sub.pushes.push(performance.now());
          if (sub.pushes.length === 1) {
            const data = block.split('\n').find((l) => l.startsWith('data:'))?.slice(5) ?? '{}';
            sub.firstErrors = (JSON.parse(data) as { errors?: unknown[] }).errors;
          }
        }
      }
    } catch {
      // Closed by close() or by the gateway stopping.
    }
  })();
  return sub;
}

/** Opens `count` streams, `batch` at a time, each given its own subscription by `of(i)`. */
export async function subscribeMany(count: number, of: (i: number) => Subscription, batch = 100): Promise<Subscriber[]> {
  const out: Subscriber[] = [];
  for (let i = 0; i < count; i += batch) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - i) }, (_, k) => subscribe(of(i + k))))));
  }
  return out;
}

/** Waits until every subscriber has received `n` pushes; resolves with the time the last of them arrived. */
export async function allReceived(subs: Subscriber[], n: number, timeoutMs: number): Promise<number> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const missing = subs.filter((s) => s.pushes.length < n).length;
    if (missing === 0) return Math.max(...subs.map((s) => s.pushes[n - 1]!));
    if (performance.now() > end) throw new Error(`${missing} of ${subs.length} subscribers did not get push ${n} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
