import type { Plugin } from 'graphql-yoga';
import { compress, preferredEncoding } from '../../http/content-encoding.js';

/**
 * Compresses GraphQL responses where it pays: JSON results of at least `thresholdBytes`, when the
 * client's Accept-Encoding allows br or gzip. Small answers go as they are (a few hundred bytes gain
 * nothing on the wire and cost a zlib call), and streams never are: SSE (`text/event-stream`) and
 * multipart responses must reach the client event by event, which a compressor would hold back.
 * Figures: README "Compression" (`npx tsx bench/compression.ts`).
 */
export interface CompressionOptions {
  /** @default 1024 */
  thresholdBytes?: number;
}

const JSON_RESULT = /^application\/(?:graphql-response\+)?json\b/i;

export function useCompression(opts: CompressionOptions = {}): Plugin {
  const threshold = opts.thresholdBytes ?? 1024;
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method === 'HEAD' || response.body == null || response.headers.has('content-encoding')) return;
      if (!JSON_RESULT.test(response.headers.get('content-type') ?? '')) return;
      // A client that accepts no coding gets the response untouched (an uncompressed answer is fine
      // for anyone, so a cache may keep it without Vary); nothing is read or copied.
      const coding = preferredEncoding(request.headers.get('accept-encoding'));
      if (!coding) return;
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared < threshold) return;
      return response.arrayBuffer().then(async (buffer) => {
        const bytes = new Uint8Array(buffer);
        const headers = new fetchAPI.Headers(response.headers);
        let body: Uint8Array = bytes;
        if (bytes.byteLength >= threshold) {
          body = await compress(bytes, coding);
          headers.set('content-encoding', coding);
          // Whether the answer is compressed depends on Accept-Encoding: say so to caches.
          headers.set('vary', [headers.get('vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
        }
        headers.set('content-length', String(body.byteLength));
        setResponse(new fetchAPI.Response(body as Uint8Array<ArrayBuffer>, { status: response.status, statusText: response.statusText, headers }));
      });
    },
  };
}
