import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { shareable } from '../../cache/coalesce.js';

/**
 * One JSON text per answer, however many requests receive it. Identical queries that waited for one
 * execution (cache/coalesce.ts) and response-cache hits get the same `data` object, yet Yoga
 * serialises the whole result again for each request: in a burst of 50 identical dashboard queries
 * that was the largest single source of garbage in the process (a fifth of all bytes allocated,
 * bench/findings.md "Memory"), and garbage made at that rate is what V8 promotes and lets the old
 * generation grow on. Here an answer without errors is serialised once: the text is kept beside its
 * `data` object (a WeakMap, so it goes when the answer does) and handed to every request that gets
 * the same data with the same visible extensions.
 *
 * Through Yoga's own extension point: a result's `stringify` (the one graphql-jit's compiled
 * serialiser also uses) is what Yoga's JSON, SSE and multipart processors call, with the result
 * stripped of `extensions.http`. Results with errors are left alone: they differ per request
 * (request ids, redaction) and are rare.
 */
type Stringify = (result: unknown) => string;
type Serialisable = ExecutionResult & { stringify?: Stringify };

interface Kept {
  extensions: string;
  text: string;
}

export function useSharedSerialization(): Plugin {
  const texts = new WeakMap<object, Kept>();
  const sharedStringify =
    (original: Stringify): Stringify =>
    (sanitised) => {
      const r = sanitised as ExecutionResult;
      if (!r || typeof r.data !== 'object' || r.data === null || r.errors?.length) return original(sanitised);
      const extensions = r.extensions ? JSON.stringify(r.extensions) : '';
      const kept = texts.get(r.data);
      if (kept && kept.extensions === extensions) return kept.text;
      const text = original(sanitised);
      texts.set(r.data, { extensions, text });
      return text;
    };
  // One wrapper per serialiser (JSON.stringify, or graphql-jit's compiled one per document).
  const wrappers = new WeakMap<Stringify, Stringify>();
  const wrapped = (own: Stringify): Stringify => {
    let w = wrappers.get(own);
    if (!w) wrappers.set(own, (w = sharedStringify(own)));
    return w;
  };
  return {
    onResultProcess({ result, setResult }) {
      if (!shareable(result)) return;
      const own = (result as Serialisable).stringify ?? JSON.stringify;
      setResult({ ...result, stringify: wrapped(own) } as ExecutionResult);
    },
  };
}
