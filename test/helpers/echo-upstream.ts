import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the echo upstream answers: every error shape one of the three backends uses. */
export const ECHO_SHAPES = [
  'text-400',
  'text-500',
  'reporter-envelope-400',
  'leeloo-envelope-400',
  'rpc-error-200',
  'straddle-text-400',
  'straddle-reporter-envelope-400',
  'straddle-leeloo-envelope-400',
  'straddle-rpc-error-200',
] as const;
export type EchoShape = (typeof ECHO_SHAPES)[number];

export interface EchoUpstream {
  /** Base URLs in the form each backend's *_URL variable takes. */
  urls: { reporter: string; uis: string; leeloo: string };
  shape: EchoShape;
  requests: number;
  close(): Promise<void>;
}

/**
 * An upstream that answers every request with an error that echoes the request back: method, path
 * (the Reporter token), headers (the Leeloo token) and body (the UIS token), in the shape asked for.
 * `straddle-*` shapes put `straddle` (a token) 100 characters in, so that any cut at 120 falls inside it.
 */
export async function startEchoUpstream(straddle: (path: string) => string): Promise<EchoUpstream> {
  const state = { shape: 'text-400' as EchoShape, requests: 0 };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += String(c)));
    req.on('end', () => {
      state.requests += 1;
      const echo = `${req.method} ${req.url} headers=${JSON.stringify(req.headers)} body=${body}`;
      const straddling = state.shape.startsWith('straddle-');
      const text = straddling ? `${'x'.repeat(100)}${straddle(req.url ?? '')} ${echo}` : echo;
      const shape = state.shape.replace('straddle-', '');
      const send = (status: number, payload: string, type: string) => {
        res.writeHead(status, { 'content-type': type });
        res.end(payload);
      };
      if (shape === 'text-400') return send(400, text, 'text/plain');
      if (shape === 'text-500') return send(500, text, 'text/plain');
      if (shape === 'reporter-envelope-400') return send(400, JSON.stringify({ error: text, message: text, args: { echo: text } }), 'application/json');
      if (shape === 'leeloo-envelope-400') return send(400, JSON.stringify({ status: 0, error: { code: text, message: text, traceId: text } }), 'application/json');
      let id: unknown = null;
      try {
        id = (JSON.parse(body) as { id?: unknown }).id ?? null;
      } catch {
        // not JSON-RPC: id stays null
      }
      const error = { code: -32602, message: text, data: { mnemonic: text, field: text, value: text } };
      return send(200, JSON.stringify({ jsonrpc: '2.0', id, error }), 'application/json');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: { reporter: `${origin}/api`, uis: `${origin}/v2.0`, leeloo: `${origin}/api/v1` },
    get shape() {
      return state.shape;
    },
    set shape(s: EchoShape) {
      state.shape = s;
    },
    get requests() {
      return state.requests;
    },
    set requests(n: number) {
      state.requests = n;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
