import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as a simulator handler sees it. */
export interface SimRequest {
  method: string;
  /** Path without the query string, as sent (not decoded). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body text ('' when none). */
  body: string;
  /** Route parameters, decoded. */
  params: Record<string, string>;
  /** The endpoint label the request was counted under. */
  endpoint: string;
}

export interface SimResponse {
  status: number;
  /** A JSON value (serialised) or, with `text`, a raw string body. */
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

/** Faults a test can inject per endpoint (or '*' for all). Applied before the handler runs. */
export type Fault =
  /** Added latency; the request is then answered normally. */
  | { kind: 'latency'; ms: number; times?: number }
  /** An HTTP error status with an optional raw body and headers (e.g. Retry-After). */
  | { kind: 'status'; status: number; body?: string; contentType?: string; headers?: Record<string, string>; times?: number }
  /** Accept the request and never answer (until the server closes). */
  | { kind: 'hang'; times?: number }
  /** Send the status line, headers and the first bytes of a body, then nothing more (a stalled body). */
  | { kind: 'stall'; times?: number }
  /** Close the socket without an answer. */
  | { kind: 'reset'; times?: number }
  /** The backend's own rate-limit answer (429 + Retry-After, UIS limit_exceeded, Leeloo's text). */
  | { kind: 'rateLimit'; retryAfterSec?: number; times?: number }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed'; times?: number }
  /** The real answer, cut in half and the connection closed. */
  | { kind: 'truncated'; times?: number }
  /** UIS only: a JSON-RPC error under HTTP 200. */
  | { kind: 'rpcError'; code: number; mnemonic: string; message?: string; times?: number };

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  endpoint: string;
  headers: IncomingMessage['headers'];
  at: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  endpoint: string;
  handler: Handler;
}

export interface SimServerOptions {
  /** Latency added to every request, e.g. for benchmarks. @default 0 */
  latencyMs?: number;
  /** Derives the endpoint label from the request when routes are not enough (UIS: the JSON-RPC method). */
  endpointOf?: (req: SimRequest) => string;
  /** Renders backend-specific faults (rateLimit, rpcError). */
  renderFault?: (fault: Fault, req: SimRequest) => SimResponse | undefined;
  /** Answer when no route matches. */
  notFound?: (req: SimRequest) => SimResponse;
}

/**
 * A tiny HTTP server for simulated backends: routes with `:params`, a request log with per-endpoint
 * counters, and fault injection. Real sockets on loopback, so clients are exercised for real.
 */
export class SimServer {
  readonly log: LoggedRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly faults = new Map<string, Fault & { remaining: number }>();
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  private origin = '';
  latencyMs: number;

  constructor(readonly name: string, private readonly opts: SimServerOptions = {}) {
    this.latencyMs = opts.latencyMs ?? 0;
  }

  /** Registers a route. `endpoint` defaults to `METHOD path-pattern-without-prefix`. */
  route(method: string, path: string, handler: Handler, endpoint?: string): this {
    const names: string[] = [];
    const source = path
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          names.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), names, endpoint: endpoint ?? `${method} ${path}`, handler });
    return this;
  }

  /** Injects a fault for one endpoint label, or '*' for every request. */
  setFault(endpoint: string, fault: Fault): void {
    this.faults.set(endpoint, { ...fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Requests counted under an endpoint label, or all of them. */
  count(endpoint?: string): number {
    return endpoint ? this.log.filter((r) => r.endpoint === endpoint).length : this.log.length;
  }

  /** Per-endpoint counters. */
  counters(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.log) out[r.endpoint] = (out[r.endpoint] ?? 0) + 1;
    return out;
  }

  resetLog(): void {
    this.log.length = 0;
  }

  get url(): string {
    return this.origin;
  }

  /** Whether the server is accepting connections (readiness of a SIMULATED backend). */
  get listening(): boolean {
    return this.server?.listening ?? false;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 30_000;
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const addr = server.address() as AddressInfo;
    this.origin = `http://${host}:${addr.port}`;
    return this.origin;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://sim');
    const method = req.method ?? 'GET';
    let route: Route | undefined;
    let params: Record<string, string> = {};
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const m = r.pattern.exec(url.pathname);
      if (!m) continue;
      route = r;
      params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      break;
    }
    const simReq: SimRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      params,
      endpoint: route?.endpoint ?? `${method} ${url.pathname}`,
    };
    if (this.opts.endpointOf) simReq.endpoint = this.opts.endpointOf(simReq);
    this.record(simReq);

    try {
      if (this.latencyMs > 0) await delay(this.latencyMs);
      const fault = this.takeFault(simReq.endpoint);
      if (fault) {
        const handled = await this.applyFault(fault, simReq, res, route);
        if (handled) return;
      }
      const answer = route
        ? await route.handler(simReq)
        : (this.opts.notFound?.(simReq) ?? { status: 404, json: { error: 'not_found', message: 'no such endpoint' } });
      this.write(res, answer);
    } catch (err) {
      this.write(res, { status: 500, json: { error: 'simulator.internal', message: String((err as Error).message) } });
    }
  }

  private record(req: SimRequest): void {
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(req.query.keys())) {
      const all = req.query.getAll(key);
      query[key] = all.length > 1 ? all : all[0];
    }
    let parsed: unknown = undefined;
    if (req.body) {
      try {
        parsed = JSON.parse(req.body);
      } catch {
        parsed = req.body;
      }
    }
    this.log.push({ method: req.method, path: req.path, query, body: parsed, endpoint: req.endpoint, headers: req.headers, at: Date.now() });
  }

  private takeFault(endpoint: string): Fault | undefined {
    for (const key of [endpoint, '*']) {
      const f = this.faults.get(key);
      if (!f) continue;
      f.remaining -= 1;
      if (f.remaining <= 0) this.faults.delete(key);
      return f;
    }
    return undefined;
  }

  /** Returns true when the fault produced the whole answer. */
  private async applyFault(fault: Fault, req: SimRequest, res: ServerResponse, route?: Route): Promise<boolean> {
    switch (fault.kind) {
      case 'latency':
        await delay(fault.ms);
        return false;
      case 'status':
        res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json', ...fault.headers });
        res.end(fault.body ?? JSON.stringify({ error: 'simulated.failure', message: `simulated ${fault.status}` }));
        return true;
      case 'hang':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return true;
      case 'stall':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
        res.write('{"data": [');
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return true;
      case 'reset':
        // The request was read; drop the connection without a status line.
        res.socket?.destroy();
        return true;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"this is": not json');
        return true;
      case 'truncated': {
        const answer = route ? await route.handler(req) : { status: 200, json: { ok: true } };
        const text = answer.text ?? JSON.stringify(answer.json ?? {});
        const half = Buffer.from(text).subarray(0, Math.max(1, Math.floor(Buffer.byteLength(text) / 2)));
        res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
        res.write(half, () => res.socket?.destroy());
        return true;
      }
      case 'rateLimit':
      case 'rpcError': {
        const answer = this.opts.renderFault?.(fault, req) ?? {
          status: 429,
          headers: { 'retry-after': String(fault.kind === 'rateLimit' ? (fault.retryAfterSec ?? 1) : 1) },
          json: { error: 'rate_limited', message: 'Too many requests' },
        };
        this.write(res, answer);
        return true;
      }
    }
  }

  private write(res: ServerResponse, answer: SimResponse): void {
    if (res.destroyed) return;
    const isText = answer.text !== undefined;
    const payload = isText ? answer.text! : answer.json === undefined ? '' : JSON.stringify(answer.json);
    const headers: Record<string, string> = {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(payload)),
      ...answer.headers,
    };
    res.writeHead(answer.status, headers);
    res.end(payload);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
