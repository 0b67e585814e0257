import { ErrorCode } from '../../gateway/errors.js';

/**
 * Turns DataLoader `loadMany` results into what a Relay `loadMany` hands Pothos for `node`/`nodes`:
 * a missing entity is null (Relay: an unknown id is null, not an error); any other failure is
 * passed on as the Error itself. Pothos resolves all ids of a type with one Promise.all, so a
 * rejection would fail the whole `nodes` list (and, as it is non-null, the whole response) and take
 * other backends' nodes with it; an Error value instead becomes null plus an error at that item's
 * path only (graphql-js completes an Error value by raising it where it stands).
 */
export function nodeResults<T>(loaded: ReadonlyArray<T | Error>): Array<T | null> {
  return loaded.map((v) => {
    if (!(v instanceof Error)) return v;
    const code = (v as { extensions?: { code?: unknown } }).extensions?.code;
    return code === ErrorCode.NOT_FOUND ? null : (v as unknown as T);
  });
}
