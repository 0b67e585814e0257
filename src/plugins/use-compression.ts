import type { Plugin } from 'graphql-yoga';
import { compress, preferredEncoding } from '../http/content-encoding.js';

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
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared < threshold) return;
      const coding = preferredEncoding(request.headers.get('accept-encoding'));
      return response.arrayBuffer().then(async (buffer) => {
        const bytes = new Uint8Array(buffer);
        const headers = new fetchAPI.Headers(response.headers);
        const large = bytes.byteLength >= threshold;
        // Whether a large answer is compressed depends on Accept-Encoding: say so to caches.
        if (large) headers.set('vary', [headers.get('vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
        let body: Uint8Array = bytes;
        if (large && coding) {
          body = await compress(bytes, coding);
          headers.set('content-encoding', coding);
        }
        headers.set('content-length', String(body.byteLength));
        setResponse(new fetchAPI.Response(body as Uint8Array<ArrayBuffer>, { status: response.status, statusText: response.statusText, headers }));
      });
    },
  };
}
