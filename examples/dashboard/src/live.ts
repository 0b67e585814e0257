import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SwitchboardError } from '@switchboard/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { client, describeError } from './api.js';

/** How the stream stands: the top bar of each live page shows it. */
/** `failed`: the gateway refused the query itself (a credential, a scope): opening it again would not help. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface Live<T> {
  data?: T;
  /** The last push's errors (a backend down: its fields are null, the rest still arrives). */
  error?: string;
  status: LiveStatus;
}

/** How long to wait before opening the stream again after it failed or the gateway ended it. */
const RETRY_MS = 3_000;

/**
 * Follows an `@live` query: the whole result now, then again each time it changes on the gateway
 * (a new row, a label added anywhere). `variables` are compared by value, so a new object with the
 * same contents keeps the stream; new contents (another page, another filter) open another one.
 *
 * Uses the client's `subscribe` (graphql-sse) rather than `iterate`: a push with errors is still a
 * whole result to show (partial data), and the stream goes on after it, where `iterate` would throw.
 */
export function useLive<R, V>(document: TypedDocumentNode<R, V>, variables: V): Live<R> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Live<R>>({ status: 'connecting' });
  const current = useRef(key);
  useEffect(() => {
    current.current = key;
    setState({ status: 'connecting' });
    let stop: (() => void) | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let refused = false;
    const open = () => {
      stop = client.subscribe(document, JSON.parse(key) as V, {
        next: (data) => setState({ data, status: 'live' }),
        error: (err) => {
          if (err instanceof SwitchboardError && err.status === 0) {
            // A push whose result carries errors: show what arrived and keep following; with no
            // data at all, the query itself was refused.
            if (err.data != null) return setState({ data: err.data as R, error: describeError(err), status: 'live' });
            refused = true;
            return setState({ error: describeError(err), status: 'failed' });
          }
          // The stream broke (network, gateway gone): open it again.
          setState((s) => ({ ...s, error: describeError(err), status: 'reconnecting' }));
          again();
        },
        // The gateway ended the stream (it shut down or restarted): open it again.
        complete: () => {
          if (refused) return;
          setState((s) => ({ ...s, status: 'reconnecting' }));
          again();
        },
      });
    };
    const again = () => {
      if (closed) return;
      clearTimeout(retry);
      retry = setTimeout(() => !closed && open(), RETRY_MS);
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      stop?.();
    };
  }, [document, key]);
  // A result of the previous variables is not shown under the new ones.
  return current.current === key ? state : { status: 'connecting' };
}

/**
 * Rows that arrived in a push after the first one of this view: each push is the whole result, so
 * new rows are found by comparing ids with every row seen so far. A new view (`viewKey`: another
 * page or filter) starts over, marking nothing. Marks last `holdMs`.
 */
export function useNewIds(ids: readonly string[] | undefined, viewKey: string, holdMs = 30_000): ReadonlySet<string> {
  const seen = useRef<{ view: string; ids: Set<string> | undefined; marked: Map<string, number> }>({ view: viewKey, ids: undefined, marked: new Map() });
  const [, tick] = useState(0);
  const s = seen.current;
  if (s.view !== viewKey) seen.current = { view: viewKey, ids: undefined, marked: new Map() };
  const now = Date.now();
  if (ids) {
    const state = seen.current;
    if (!state.ids) state.ids = new Set(ids);
    else
      for (const id of ids)
        if (!state.ids.has(id)) {
          state.ids.add(id);
          state.marked.set(id, now);
        }
  }
  const marked = seen.current.marked;
  // Re-render when the oldest mark expires, so it fades without another push.
  useEffect(() => {
    if (!marked.size) return;
    const next = Math.min(...marked.values()) + holdMs - Date.now();
    const timer = setTimeout(() => tick((n) => n + 1), Math.max(0, next) + 50);
    return () => clearTimeout(timer);
  });
  for (const [id, at] of marked) if (now - at > holdMs) marked.delete(id);
  return new Set(marked.keys());
}
