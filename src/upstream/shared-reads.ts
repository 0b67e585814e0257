import { setMaxListeners } from 'node:events';
import { expiryOf, extendExpiry } from './deadline.js';

/**
 * Identical upstream reads in flight at the same time share one request and its answer, across
 * GraphQL requests (the per-request DataLoaders already dedupe within one). Fifty supervisors
 * opening the same dashboard at once cost one `sessions/filter`, not fifty.
 *
 * Scope: one SharedReads per UpstreamHttp, and there is one UpstreamHttp per tenant and backend
 * (backends/registry.ts), so two tenants never share, even with the same URL and token. Writes never
 * come here (http.ts). The key is what was sent (method, URL, headers, body; `shareKey` where the body
 * carries a per-request nonce such as the JSON-RPC id), and an answer's interpretation depends only
 * on what was sent, so every waiter may take the first one's interpreted value.
 *
 * Each waiter keeps its own operation deadline and client: a waiter whose signal aborts leaves alone
 * (it gets its own UPSTREAM_TIMEOUT or cancellation) and the request goes on for the others; the
 * request is aborted only when every waiter has left. The shared request runs under its own signal,
 * whose expiry is the latest of its waiters' deadlines, so retries stop where the last waiter's
 * deadline would stop them. Metrics and traces see the one request (its attempts are observed once).
 *
 * The value is parsed once and handed to every waiter as the same object, as the shared reference
 * caches already hand theirs (backends/uis/shared-cache.ts): nothing below the schema mutates an
 * upstream value. That was audited by deep-freezing every upstream value across the schema,
 * backend and gateway tests: the one write is Pothos's relay type brand on node objects (a
 * non-enumerable symbol, set to the same type by every request), which is also why the values are
 * not frozen here. test/upstream/shared-reads.test.ts runs the example operations concurrently and
 * checks each answer equals the answer alone. Errors are shared as they are: graphql-js wraps each
 * one per field (locatedError), and nothing mutates a read's error.
 */
export class SharedReads {
  private readonly flights = new Map<string, Flight>();

  /** Reads in flight now (for tests and metrics). */
  get size(): number {
    return this.flights.size;
  }

  /**
   * Runs `send` for `key`, or joins the identical read in flight. `left` builds the error a waiter
   * gets when its own signal aborts first (its deadline passed, or its client left).
   */
  run<T>(key: string, signal: AbortSignal | undefined, send: (signal: AbortSignal) => Promise<T>, left: (signal: AbortSignal) => Error): Promise<T> {
    if (signal?.aborted) return Promise.reject(left(signal));
    let flight = this.flights.get(key);
    if (flight) {
      flight.waiters++;
      extendExpiry(flight.controller.signal, expiryOf(signal));
    } else {
      flight = this.start(key, signal, send as (signal: AbortSignal) => Promise<unknown>);
    }
    return this.wait(flight, signal, left) as Promise<T>;
  }

  /**
   * Lets no later read join the reads now in flight (they go on for their waiters): a write through
   * this client began or ended, and a read sent after it must not get an answer read before it.
   */
  seal(): void {
    this.flights.clear();
  }

  private start(key: string, signal: AbortSignal | undefined, send: (signal: AbortSignal) => Promise<unknown>): Flight {
    const controller = new AbortController();
    // Every attempt of the shared request listens to this one signal, as to an operation's.
    setMaxListeners(0, controller.signal);
    extendExpiry(controller.signal, expiryOf(signal));
    const flight: Flight = { key, controller, waiters: 1, result: undefined as unknown as Promise<unknown> };
    this.flights.set(key, flight);
    // Settled: later identical reads start a new request (nothing is cached here).
    flight.result = send(controller.signal).then(
      (value) => {
        this.forget(flight);
        return value;
      },
      (err: unknown) => {
        this.forget(flight);
        throw err;
      },
    );
    // A flight every waiter left still settles (rejected by the abort); nobody reads it then.
    flight.result.catch(() => undefined);
    return flight;
  }

  /**
   * Every waiter gone: abort the request and forget it, so a later identical read starts afresh. A
   * method, not a closure kept on each flight: with one, every upstream answer outlived its request
   * long enough for V8 to move it to the old generation (measured on the calls page at concurrency 1:
   * 18 MB more old space and RSS 160 against 143 MB; bench/findings.md).
   */
  private abandon(flight: Flight, reason: unknown): void {
    this.forget(flight);
    flight.controller.abort(reason);
  }

  /** No later read joins `flight` (a newer one under the same key stays). */
  private forget(flight: Flight): void {
    if (this.flights.get(flight.key) === flight) this.flights.delete(flight.key);
  }

  private wait(flight: Flight, signal: AbortSignal | undefined, left: (signal: AbortSignal) => Error): Promise<unknown> {
    if (!signal) return flight.result;
    return new Promise((resolve, reject) => {
      let done = false;
      const onAbort = () => {
        if (done) return;
        done = true;
        if (--flight.waiters === 0) this.abandon(flight, signal.reason);
        reject(left(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.result.then(
        (value) => {
          if (done) return;
          done = true;
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (err: unknown) => {
          if (done) return;
          done = true;
          signal.removeEventListener('abort', onAbort);
          reject(err);
        },
      );
    });
  }
}

interface Flight {
  key: string;
  result: Promise<unknown>;
  /** The shared request's own signal: aborted only when every waiter has left. */
  controller: AbortController;
  /** Waiters still waiting. */
  waiters: number;
}
