import { getOperationAST, parse, type ExecutionResult } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { Counter, type Registry } from 'prom-client';
import type { CacheConfig } from '../config.js';
import type { ResponseCacheStore } from './store.js';
import type { Arrivals } from './arrivals.js';

/**
 * Identical queries coalesced: when identical queries (same document, variables, operation name,
 * tenant and scopes: the cache key) arrive while one of them executes, they wait for its answer
 * instead of each executing. With the response cache on, that is miss coalescing: a cold cache or an
 * expiry under load costs one round of upstream reads, not one per waiting request (the thundering
 * herd). With it off (and SHARED_READS on), identical queries still wait for the one in flight, before
 * they are even parsed: fifty dashboards sent at once cost one execution, where shared upstream reads
 * alone would let the ones parsed after the first read came back send another. "At once" is when a
 * request reached the gateway, not when it got through parsing: a burst the gateway takes in more
 * slowly than one execution lasts still joins it, while a client that asks again after its answer
 * (it arrived after the execution ended) gets a new one. In this process only; across replicas each
 * replica executes once.
 *
 * Stale-while-revalidate where the data allows: a response made only of reference data (its TTL is
 * RESPONSE_CACHE_REFERENCE_TTL_MS: employees, tags, label lists, experiments, filter definitions)
 * is kept `staleMs` past its TTL; while one request revalidates it, the others get the stale copy at
 * once. Reference data changes rarely and mostly through Switchboard's own mutations, which purge the
 * entry, stale copy and all. Live data (sessions, messages, calls, statistics: the short TTL) is never
 * served stale: its TTL is already all the staleness a supervisor's screen accepts, so at its expiry
 * the others wait for the one revalidation instead.
 *
 * Never coalesced: mutations and subscriptions (only queries wait), answers with any error (the
 * waiters then execute themselves: a failure is not another request's answer), and anything across
 * tenants or scope sets (the key includes them).
 */

/** The cache key of each request, as the response cache computed it (one hash per request, shared). */
export interface CacheKeys {
  /** For `useSwitchboardResponseCache({ onKey })`. */
  remember(request: Request, key: string): void;
  of(request: Request): string | undefined;
}

export function createCacheKeys(): CacheKeys {
  const keys = new WeakMap<Request, string>();
  return {
    remember: (request, key) => void keys.set(request, key),
    of: (request) => keys.get(request),
  };
}

/** Where the freshness of a stored response is kept: under `extensions.http`, which Yoga never sends. */
const FRESH_UNTIL = 'switchboardFreshUntil';

type Stored = ExecutionResult & { extensions?: { http?: Record<string, unknown> } };

export interface StaleAwareStore extends ResponseCacheStore {
  /** The stored response, fresh or stale (within its stale window); null when there is none. */
  stale(key: string): Promise<ExecutionResult | null>;
}

/**
 * The response cache's store with a stale window: `get` answers fresh responses only (so the cache
 * plugin, and `If-None-Match`, see exactly what they saw before), while the entry is kept `staleFor(ttl)`
 * longer for `stale`. Invalidation removes the entry whole.
 */
export function withStaleWindow(store: ResponseCacheStore, staleFor: (ttlMs: number) => number, now: () => number = Date.now): StaleAwareStore {
  const freshness = (r: Stored | null | undefined) => r?.extensions?.http?.[FRESH_UNTIL];
  return {
    async get(key) {
      const r = (await store.get(key)) as Stored | null | undefined;
      const until = freshness(r);
      return r && (typeof until !== 'number' || until > now()) ? r : null;
    },
    async stale(key) {
      return ((await store.get(key)) as Stored | null | undefined) ?? null;
    },
    set(key, result, entities, ttl) {
      const extra = Number.isFinite(ttl) && ttl > 0 ? staleFor(ttl) : 0;
      if (extra <= 0) return store.set(key, result, entities, ttl);
      const r = result as Stored;
      const marked: Stored = { ...r, extensions: { ...r.extensions, http: { ...r.extensions?.http, [FRESH_UNTIL]: now() + ttl } } };
      return store.set(key, marked as typeof result, entities, ttl + extra);
    },
    invalidate: (entities) => store.invalidate(entities),
    flush: (timeoutMs) => store.flush(timeoutMs),
  };
}

/**
 * The stale window of a response by its TTL: RESPONSE_CACHE_STALE_MS for reference data alone (the
 * plugin gives a response the smallest TTL of its types, so only a response made of reference types
 * has the reference TTL), none for live data.
 */
export function staleWindow(cache: Pick<CacheConfig, 'liveTtlMs' | 'referenceTtlMs' | 'staleMs'>): (ttlMs: number) => number {
  return (ttlMs) => (ttlMs >= cache.referenceTtlMs && ttlMs > cache.liveTtlMs ? cache.staleMs : 0);
}

interface Leader {
  /** Resolves with the leader's answer when others may take it, or undefined when they may not. */
  answer: Promise<ExecutionResult | undefined>;
  resolve(result: ExecutionResult | undefined): void;
  /** When its answer was ready (`performance.now()`); undefined while it runs. */
  finishedAt?: number;
}

/**
 * The longest a finished execution's answer is kept for the requests that arrived while it ran; it is
 * dropped as soon as none of them is still on its way (arrivals.ts).
 */
const KEEP_MS = 1000;

/** How the plugin marks an answer it did not execute, so the cache's hit counter counts it. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** The key of a request's operation without the response cache: document, variables, operation name and `session` (tenant and scopes). */
export function operationKeys(sessionOf: (request: Request) => string): (request: Request, params: GraphQLParams) => Promise<string> {
  return async (request, params) =>
    defaultBuildResponseCacheKey({
      documentString: params.query ?? '',
      variableValues: params.variables ?? {},
      operationName: params.operationName,
      sessionId: sessionOf(request),
    });
}

/**
 * The plugin: wraps Yoga's params handler, which runs after every `onParams` (so after the cache's,
 * and only when it found no fresh answer) and before parsing, validation and execution, so a waiter
 * costs almost nothing. With the response cache, `keyOf` is the cache's own key for the request;
 * without it, `operationKeys` (then identical queries still wait for the one in flight, as identical
 * upstream reads do: SHARED_READS).
 */
export function useCoalescing(opts: {
  keyOf: (request: Request, params: GraphQLParams) => string | undefined | Promise<string | undefined>;
  /** The response cache's store: waiters may then get a stale copy (reference data). @default none */
  store?: StaleAwareStore;
  /** The request's deadline signal: a waiter waits no longer than its own operation may take. */
  signalOf: (request: Request) => AbortSignal;
  /** MAX_TOKENS: the most tokens a document may have (it is parsed here to tell queries apart). */
  maxTokens: number;
  /**
   * When each request reached the gateway, and which are still on their way: one that arrived while an
   * identical execution ran takes its answer even if it got through parsing only after that execution
   * ended. @default none (only executions still running are joined)
   */
  arrivals?: Arrivals;
  registry?: Registry;
}): Plugin {
  const leaders = new Map<string, Leader>();
  const isQuery = queryTest(opts.maxTokens);
  const coalesced = new Counter({
    name: 'switchboard_operations_coalesced_total',
    help: 'Queries answered without executing, on this replica: waited for an identical one in flight (waited) or got a stale cached copy while it revalidated (stale).',
    labelNames: ['how'],
    registers: opts.registry ? [opts.registry] : [],
  });
  const served = (result: ExecutionResult, how: 'waited' | 'stale') => {
    coalesced.inc({ how });
    // A stale copy is not a hit: no 304 for it (use-response-cache.ts answers If-None-Match on hits).
    return how === 'waited' ? { ...result, [SERVED_FROM_CACHE]: true } : { ...result };
  };
  return {
    onParams({ setParamsHandler, paramsHandler }) {
      setParamsHandler(async (payload) => {
        opts.arrivals?.leave(payload.request);
        const key = await opts.keyOf(payload.request, payload.params);
        if (!key || !isQuery(key, payload.params.query, payload.params.operationName)) return paramsHandler(payload);
        const signal = opts.signalOf(payload.request);
        const arrived = opts.arrivals?.at(payload.request) ?? performance.now();
        for (let leader = leaders.get(key); leader && !signal.aborted; leader = leaders.get(key)) {
          // Done before this request arrived: they did not run at the same time.
          if (leader.finishedAt !== undefined && leader.finishedAt < arrived) break;
          const stale = opts.store ? await opts.store.stale(key) : null;
          if (stale) return served(stale, 'stale');
          const answer = await untilAborted(leader.answer, signal);
          if (answer) return served(answer, 'waited');
          // The leader failed (or this request's deadline passed): execute, or wait for the next leader.
        }
        const mine = leader();
        leaders.set(key, mine);
        let result: Awaited<ReturnType<typeof paramsHandler>> | undefined;
        try {
          result = await paramsHandler(payload);
          return result;
        } finally {
          const ok = shareable(result);
          mine.resolve(ok ? (result as ExecutionResult) : undefined);
          const finishedAt = (mine.finishedAt = performance.now());
          let held: Leader | undefined = mine;
          let cap: ReturnType<typeof setTimeout> | undefined;
          const forget = () => {
            if (held && leaders.get(key) === held) leaders.delete(key);
            held = undefined;
            clearTimeout(cap);
          };
          // A burst the gateway takes in more slowly than one execution lasts: the requests of it that
          // arrived meanwhile still get this answer, while one of them is on its way (a second at most).
          if (ok && opts.arrivals) {
            opts.arrivals.whenPassed(finishedAt, forget);
            if (held) cap = setTimeout(forget, KEEP_MS).unref();
          } else forget();
        }
      });
    },
    // A query arriving after a mutation must not take an answer read before it: nobody joins the
    // executions in flight when a mutation starts or ends (their own waiters still get them).
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      leaders.clear();
      return { onExecuteDone: () => leaders.clear() };
    },
  };
}

function leader(): Leader {
  let resolve!: (r: ExecutionResult | undefined) => void;
  const answer = new Promise<ExecutionResult | undefined>((r) => (resolve = r));
  return { answer, resolve };
}

/** A single answer without errors (not a stream, not a batch): one that may be handed to other requests. */
export function shareable(result: unknown): result is ExecutionResult {
  if (!result || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) return false;
  const r = result as ExecutionResult;
  return !r.errors?.length && r.data != null;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then((v) => {
      signal.removeEventListener('abort', onAbort);
      resolve(v);
    });
  });
}

/**
 * Only queries wait for one another. Memoised by cache key (documents repeat, and parsing is the
 * cost), in a bounded memo: it would otherwise grow with every distinct document a client sends.
 */
function queryTest(maxTokens: number): (key: string, query: string | undefined, operationName: string | null | undefined) => boolean {
  const kinds = new Map<string, boolean>();
  return (key, query, operationName) => {
    if (!query) return false;
    let kind = kinds.get(key);
    if (kind === undefined) {
      try {
        const op = getOperationAST(parse(query, { noLocation: true, maxTokens }), operationName ?? undefined);
        // `@live` queries are streams of their own (plugins/use-live-query.ts): never coalesced.
        kind = op?.operation === 'query' && !op.directives?.some((d) => d.name.value === 'live');
      } catch {
        kind = false;
      }
      if (kinds.size >= 1000) kinds.delete(kinds.keys().next().value!);
      kinds.set(key, kind);
    }
    return kind;
  };
}
