import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { parse, type ExecutionResult } from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import type { WebSocketServer } from 'ws';
import type { AuthResult } from '../auth/authenticate.js';
import { sseResults } from './sse-relay.js';
import { acceptRequestTarget } from './request-target.js';

export interface GraphqlWsOptions {
  /** The gateway (Yoga): each operation is relayed to it as the HTTP request a browser would send. */
  fetch(request: Request): Response | Promise<Response>;
  /** The gateway's authenticator, for `connection_init`; undefined when authentication is off. */
  authenticate?: (header: string | null) => Promise<AuthResult>;
  /** CORS_ORIGINS: a browser page from another origin may open the socket only from one of these. */
  corsOrigins: readonly string[];
  /** MAX_BODY_BYTES: the largest message a client may send. */
  maxPayloadBytes: number;
  /** The path served. @default '/graphql' */
  path?: string;
  /** Marks an authenticated connection's socket busy for MAX_CONNECTIONS (http/connection-cap.ts), so idle sockets never push it out. */
  hold?: (socket: Socket) => () => void;
}

/**
 * GraphQL over WebSocket (the `graphql-transport-ws` protocol of `graphql-ws`, the default transport
 * of most GraphQL clients) on the HTTP server's `/graphql`, for queries, mutations, `@live` queries
 * and `reportTaskUpdated` (README "Live queries").
 *
 * One door: every operation a socket sends is relayed to the gateway as the HTTP request a browser
 * would send (POST /graphql, `Accept: text/event-stream`, the socket's credential as the
 * Authorization header) and its SSE answer is relayed back as graphql-ws messages. So authentication,
 * scopes, tenant, rate limit, document limits, trusted documents, MAX_SUBSCRIPTIONS, metrics and
 * the access log apply to a socket's operations exactly as to HTTP, by the same plugins, with nothing
 * to keep in step. The cost is a serialisation per event on loopback-free in-memory streams.
 *
 * The connection itself: the credential comes in `connection_init` (`{ "authorization": "Bearer …" }`);
 * a missing or invalid one closes the socket with 4401, a valid one for an unknown tenant with 4403.
 * The upgrade request is refused (403) from a browser page of an origin that is neither the gateway's
 * own nor in CORS_ORIGINS (a socket carries no CORS check of its own), and any other path gets 404.
 */
export function attachGraphqlWs(server: Server, opts: GraphqlWsOptions): { close(): Promise<void> } {
  const path = opts.path ?? '/graphql';
  const allowed = new Set(opts.corsOrigins);
  const credentials = new WeakMap<object, string | null>();
  // ws and graphql-ws load with the first socket a client opens: a gateway nobody opens one to keeps
  // their ≈ 0.6 MB of heap (bench/findings.md "Memory"). Made once; every later upgrade reuses it.
  let opened: Promise<WebSocketServer> | undefined;
  const socketServer = () => (opened ??= openSocketServer(opts, path, credentials));

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    };
    // A target or Host that is not a URL (http/request-target.ts) is refused, never parsed here.
    if (!acceptRequestTarget(req)) return refuse('400 Bad Request');
    const url = new URL(`http://gateway${req.url}`);
    if (url.pathname !== path) return refuse('404 Not Found');
    const origin = req.headers.origin;
    if (origin && !allowed.has(origin) && !sameOrigin(origin, req.headers.host)) return refuse('403 Forbidden');
    socketServer().then(
      (wss) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
      () => refuse('503 Service Unavailable'),
    );
  };
  server.on('upgrade', onUpgrade);

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      const wss = await opened?.catch(() => undefined);
      if (!wss) return;
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** The WebSocket server and graphql-ws on it, with their modules loaded now. */
async function openSocketServer(opts: GraphqlWsOptions, path: string, credentials: WeakMap<object, string | null>): Promise<WebSocketServer> {
  const [{ WebSocketServer }, { useServer }] = await Promise.all([import('ws'), import('graphql-ws/use/ws')]);
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxPayloadBytes });
  useServer(
    {
      async onConnect(ctx: WsContext<Record<string, unknown>, { socket: import('ws').WebSocket; request: IncomingMessage }>) {
        const params = ctx.connectionParams ?? {};
        const raw = params.authorization ?? params.Authorization ?? (params.headers as Record<string, unknown> | undefined)?.authorization;
        const header = typeof raw === 'string' ? raw : null;
        if (opts.authenticate) {
          const result = await opts.authenticate(header);
          if (!result.ok) {
            // 4401/4403 as graphql-ws names them: the client's retry logic treats both as final.
            if (result.reason === 'unknown-tenant') ctx.extra.socket.close(4403, 'Forbidden: the credential names a tenant that is not configured here');
            else ctx.extra.socket.close(4401, 'Unauthorized: send { "authorization": "Bearer <API key or JWT>" } in connection_init');
            return false;
          }
        }
        credentials.set(ctx, header);
        // Busy from now on (until it closes): at MAX_CONNECTIONS a stranger's idle sockets push out each other, not this one.
        const socket = ctx.extra.request.socket;
        if (opts.hold && socket) {
          const release = opts.hold(socket);
          socket.once('close', release);
        }
        return true;
      },
      async onSubscribe(ctx, _id, payload: SubscribePayload & { documentId?: unknown }) {
        const controller = new AbortController();
        const authorization = credentials.get(ctx);
        const body = JSON.stringify({
          query: payload.query || undefined,
          variables: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          extensions: payload.extensions ?? undefined,
          ...(typeof payload.documentId === 'string' ? { documentId: payload.documentId } : {}),
        });
        const response = await opts.fetch(
          // A fixed origin: the relayed request is the gateway's own; the client's Host header plays no part.
          new Request(`http://graphql-ws.internal${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(authorization ? { authorization } : {}) },
            body,
            signal: controller.signal,
          }),
        );
        const relayed = await sseResults(response, controller);
        if ('errors' in relayed) return relayed.errors;
        // graphql-ws executes what onSubscribe returns: here, the stream already running (see execute below).
        return { schema: undefined as never, document: RELAYED, contextValue: relayed.stream };
      },
      execute: (args) => args.contextValue as AsyncGenerator<ExecutionResult>,
      subscribe: (args) => args.contextValue as AsyncGenerator<ExecutionResult>,
      // Results arrive as the JSON the gateway already made client-ready (masked, redacted): sent as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result as never,
    },
    wss,
  );
  return wss;
}

/** A stand-in document: graphql-ws needs one to pick execute or subscribe, and both return the relayed stream. */
const RELAYED = parse('query Relayed { __typename }');

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
