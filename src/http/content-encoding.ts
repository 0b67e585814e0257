import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Content codings the gateway answers with (Node's zlib): br where the client accepts it, else gzip.
 * Used for GraphiQL's page (compressed once, http/graphiql/page.ts) and large GraphQL responses
 * (plugins/use-compression.ts).
 */
export type Coding = 'br' | 'gzip';

/** The coding to use for this Accept-Encoding header (RFC 9110 §12.5.3: q=0 refuses; `*` accepts any). */
export function preferredEncoding(acceptEncoding: string | null): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: Coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses off the main thread (zlib's thread pool). `level` trades CPU for bytes: brotli 4 and gzip
 * 6 cost about the same per MB; the GraphiQL page, compressed once, takes brotli 9.
 */
export function compress(body: Uint8Array, coding: Coding, effort: 'fast' | 'once' = 'fast'): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'once' ? 9 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}
