import type { ExecutionResult } from 'graphql';
import { processRegularResult, type Plugin } from 'graphql-yoga';
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
 *
 * A plain JSON answer goes further: it is sent as the same bytes, encoded once. Yoga's JSON processor
 * hands node a string, which costs every request a byte-length pass and a UTF-8 encoding into the
 * socket (the largest single allocation site of a coalesced burst, measured: bench/findings.md); a
 * Response over the kept bytes is written as it is. Yoga's processor is replaced only where it was
 * chosen (not for a 304, SSE or multipart), with the media type Yoga chose and its status and headers.
 */
type Stringify = (result: unknown) => string;
type Serialisable = ExecutionResult & { stringify?: Stringify };

interface Kept {
  extensions: string;
  text: string;
  /** The text as UTF-8, made by the first plain JSON answer that sends it. */
  bytes?: Buffer<ArrayBuffer>;
}

type HttpExtensions = { http?: { headers?: Record<string, string>; status?: number } };

/** The result as Yoga serialises it: without `extensions.http` (its status and headers). */
function sanitise(result: ExecutionResult): ExecutionResult {
  const ext = result.extensions as (Record<string, unknown> & HttpExtensions) | undefined;
  if (!ext?.http) return result;
  const { http: _http, ...extensions } = ext;
  return { ...result, extensions: Object.keys(extensions).length ? extensions : undefined };
}

const REGULAR_MEDIA_TYPES = ['application/graphql-response+json', 'application/json'];

/**
 * The media type graphql-yoga's result processors choose for a single JSON result (use-result-processor.js
 * with result-processor/accept.js: the Accept list in reverse, UTF-8 only, and the last match wins).
 * test/gateway/plugins/use-shared-serialization.test.ts compares it with Yoga's own on random Accept headers.
 */
export function regularMediaType(request: Request): string | undefined {
  let chosen: string | undefined;
  const accepts = (request.headers.get('accept') || '*/*').replace(/\s/g, '').toLowerCase().split(',');
  for (const accept of accepts.reverse()) {
    const [asked, ...params] = accept.split(';');
    if (asked === undefined) continue;
    if ((params.find((p) => p.includes('charset=')) ?? 'charset=utf-8') !== 'charset=utf-8') continue;
    const [pre, suf] = asked.split('/');
    for (const type of REGULAR_MEDIA_TYPES) {
      const [typePre, typeSuf] = type.split('/');
      if ((pre === '*' || pre === typePre) && (suf === '*' || suf === typeSuf)) chosen = type;
    }
  }
  return chosen;
}

export function useSharedSerialization(): Plugin {
  const texts = new WeakMap<object, Kept>();
  const keep = (original: Stringify, sanitised: ExecutionResult): Kept => {
    const extensions = sanitised.extensions ? JSON.stringify(sanitised.extensions) : '';
    const kept = texts.get(sanitised.data!);
    if (kept && kept.extensions === extensions) return kept;
    const fresh: Kept = { extensions, text: original(sanitised) };
    texts.set(sanitised.data!, fresh);
    return fresh;
  };
  const sharedStringify =
    (original: Stringify): Stringify =>
    (sanitised) => {
      const r = sanitised as ExecutionResult;
      if (!r || typeof r.data !== 'object' || r.data === null || r.errors?.length) return original(sanitised);
      return keep(original, r).text;
    };
  // One wrapper per serialiser (JSON.stringify, or graphql-jit's compiled one per document).
  const wrappers = new WeakMap<Stringify, Stringify>();
  const wrapped = (own: Stringify): Stringify => {
    let w = wrappers.get(own);
    if (!w) wrappers.set(own, (w = sharedStringify(own)));
    return w;
  };
  return {
    onResultProcess({ request, result, setResult, resultProcessor, setResultProcessor }) {
      if (!shareable(result)) return;
      const own = (result as Serialisable).stringify ?? JSON.stringify;
      setResult({ ...result, stringify: wrapped(own) } as ExecutionResult);
      if (resultProcessor !== processRegularResult) return;
      const accepted = regularMediaType(request);
      if (!accepted) return;
      setResultProcessor((r, fetchAPI) => {
        const single = r as ExecutionResult & { extensions?: HttpExtensions };
        const kept = keep(own, sanitise(single));
        kept.bytes ??= Buffer.from(kept.text, 'utf8');
        const http = single.extensions?.http;
        return new fetchAPI.Response(kept.bytes, {
          status: http?.status || 200,
          headers: { 'Content-Type': `${accepted}; charset=utf-8`, ...http?.headers },
        });
      }, accepted);
    },
  };
}
