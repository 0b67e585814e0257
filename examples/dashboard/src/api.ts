import { createClient, SwitchboardError } from '@switchboard/client';
import { useCallback, useEffect, useState } from 'preact/hooks';

/** The credential, when the gateway has authentication on; kept for this browser tab only. */
const TOKEN_KEY = 'switchboard-token';
export const getToken = () => sessionStorage.getItem(TOKEN_KEY) ?? undefined;
export const setToken = (token: string) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY));

/** Same origin as the page: the gateway serves this app at /dashboard/ and GraphQL at /graphql. */
export const client = createClient({ url: '/graphql', token: getToken });

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload(): void;
}

export function describeError(error: unknown): string {
  if (error instanceof SwitchboardError) return `${error.codes.join(', ')}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `load` when `deps` change; the page re-renders with its data or its error. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error: describeError(error), loading: false }),
    );
    return () => {
      live = false;
    };
    // `load` closes over the values listed in `deps`.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/** The typed error union member of a mutation result, as one line for the user. */
export function mutationError(result: { __typename: string; message?: string } | null | undefined): string | undefined {
  if (!result) return 'No answer from the gateway';
  return 'message' in result && result.message ? `${result.__typename}: ${result.message}` : undefined;
}
