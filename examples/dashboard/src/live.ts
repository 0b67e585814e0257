import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SwitchboardError, type LiveResult } from '@switchboard/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { client, describeError } from './api.js';

/**
 * How the stream stands: the top bar of each live page shows it. `failed`: the gateway refused the
 * query itself (a credential, a scope), so opening it again would not help.
 */
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
 * Follows an `@live` query with the client's `live` (an async iterator of whole results over
 * GraphQL-over-SSE): the result now, then again each time it changes on the gateway (a new row, a
 * label added anywhere). `variables` are compared by value, so a new object with the same contents
 * keeps the stream; new contents (another page, another filter) open another one, and the old one
 * is closed (`return()`). A push with errors is still shown (a failing backend nulls only its own
 * fields); a stream the gateway ends (a restart) or that breaks opens again after RETRY_MS; one the
 * gateway refuses (a credential, a scope: HTTP 4xx, or a result with no data) stays closed.
 */
export function useLive<R, V>(document: TypedDocumentNode<R, V>, variables: V): Live<R> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Live<R>>({ status: 'connecting' });
  const current = useRef(key);
  useEffect(() => {
    current.current = key;
    setState({ status: 'connecting' });
    let closed = false;
    let stream: AsyncIterableIterator<LiveResult<R>, undefined> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const follow = async () => {
      let refused = false;
      // `live` takes its variables as a typed rest argument; here V is generic, so it is called plainly.
      const live = client.live as (d: TypedDocumentNode<R, V>, v: V) => AsyncIterableIterator<LiveResult<R>, undefined>;
      stream = live(document, JSON.parse(key) as V);
      try {
        for await (const result of stream) {
          if (closed) return;
          const error = result.errors?.length ? describeError(new SwitchboardError(result.errors, result.data, 0)) : undefined;
          if (result.data == null) {
            refused = true;
            setState({ error, status: 'failed' });
            break;
          }
          setState({ data: result.data, error, status: 'live' });
        }
      } catch (err) {
        // graphql-sse's NetworkError carries the response: a 4xx is a refusal, not a hiccup.
        const status = (err as { response?: { status?: number } }).response?.status ?? 0;
        refused = status >= 400 && status < 500;
        if (!closed) setState((s) => ({ ...s, error: describeError(err), status: refused ? 'failed' : 'reconnecting' }));
      }
      if (closed || refused) return;
      setState((s) => ({ ...s, status: 'reconnecting' }));
      retry = setTimeout(() => void follow(), RETRY_MS);
    };
    void follow();
    return () => {
      closed = true;
      clearTimeout(retry);
      void stream?.return?.();
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
