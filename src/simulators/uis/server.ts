import { SimServer, type Fault, type SimRequest, type SimResponse } from '../harness.js';
import { UisCalls } from './calls.js';
import type { UisData } from './data.js';
import { PointsBudget, type BudgetOptions } from './limits.js';
import { createMethods, type MethodTable } from './methods.js';
import { RpcFault, customFault, fault } from './rpc-errors.js';
import type { UisMetadata } from './types.js';

export interface UisSimulatorOptions {
  data: UisData;
  /** The one access key the simulated account accepts. */
  token: string;
  /** Latency added to every request. @default 0 */
  latencyMs?: number;
  /** The day/minute points budget (§11.8). @default day 1 000 000, minute 20 000 */
  limits?: BudgetOptions;
  /** The path the API listens on. @default '/v2.0' */
  path?: string;
}

/** What a parsed request looks like once the envelope checks pass. */
interface Envelope {
  id: string | number;
  method: string;
  params: Record<string, unknown>;
}

/**
 * The simulated UIS Data API v2.0: one JSON-RPC endpoint (§1), every answer under HTTP 200 with a
 * documented error object when something is wrong (§11). It exposes its dataset and points budget
 * so tests can check values and exhaust limits.
 */
export class UisSimulator extends SimServer {
  readonly data: UisData;
  /** The calls it serves: the dataset's and those that ended during the run. */
  readonly calls: UisCalls;
  readonly budget: PointsBudget;
  private readonly token: string;
  private readonly methods: MethodTable;

  constructor(opts: UisSimulatorOptions) {
    super('uis', {
      latencyMs: opts.latencyMs,
      endpointOf: (req) => methodOf(req.body),
      renderFault: (f, req) => this.renderRpcFault(f, req),
      notFound: () => ({ status: 404, text: 'Not Found' }),
    });
    this.data = opts.data;
    this.token = opts.token;
    this.budget = new PointsBudget(opts.limits);
    this.calls = new UisCalls(opts.data);
    this.methods = createMethods(opts.data, this.calls);
    this.route('POST', opts.path ?? '/v2.0', (req) => this.answerRpc(req), 'invalid');
  }

  private answerRpc(req: SimRequest): SimResponse {
    let id: string | number | null = null;
    let isGet = false;
    try {
      const read = readEnvelope(req.body);
      id = read.id;
      const envelope = checkEnvelope(read.id, read.env);
      const list = this.methods.list[envelope.method];
      const write = this.methods.write[envelope.method];
      if (!list && !write) throw fault('method_not_found', 'method', envelope.method);
      isGet = !!list;
      // Any -32001 key problem (missing, wrong) answers access_token_invalid (§2).
      if (envelope.params.access_token !== this.token) throw fault('access_token_invalid');
      const exhausted = this.budget.exhausted();
      if (exhausted) throw this.limitFault(exhausted);
      if (list) {
        const { data, total } = list(envelope.params);
        this.budget.consume();
        return ok(id, { metadata: { total_items: total, limits: this.budget.snapshot() }, data });
      }
      const result = write!(envelope.params);
      this.budget.consume();
      return ok(id, result);
    } catch (err) {
      if (!(err instanceof RpcFault)) throw err;
      // get.* errors carry metadata too (§5), at error.data.metadata.
      const metadata: UisMetadata | undefined = isGet ? { limits: this.budget.snapshot() } : undefined;
      return { status: 200, json: { jsonrpc: '2.0', id, error: err.toErrorObject(metadata) } };
    }
  }

  private limitFault(type: 'day' | 'minute'): RpcFault {
    const limit = type === 'day' ? this.budget.dayLimit : this.budget.minuteLimit;
    return fault('limit_exceeded', undefined, undefined, { limit_type: type, limit_max_value: limit });
  }

  /** Faults rendered the way UIS would answer them: JSON-RPC errors under HTTP 200. */
  private renderRpcFault(f: Fault, req: SimRequest): SimResponse | undefined {
    const id = idOf(req.body);
    if (f.kind === 'rateLimit') {
      const limits = { ...this.budget.snapshot(), minute_remaining: 0, minute_reset: f.retryAfterSec ?? 1 };
      const error = fault('limit_exceeded', undefined, undefined, { limit_type: 'minute', limit_max_value: limits.minute_limit });
      return { status: 200, json: { jsonrpc: '2.0', id, error: error.toErrorObject({ limits }) } };
    }
    if (f.kind === 'rpcError') {
      const error = customFault(f.code, f.mnemonic, f.message);
      return { status: 200, json: { jsonrpc: '2.0', id, error: error.toErrorObject() } };
    }
    return undefined;
  }
}

export function createUisSimulator(opts: UisSimulatorOptions): UisSimulator {
  return new UisSimulator(opts);
}

function ok(id: string | number | null, result: unknown): SimResponse {
  return { status: 200, json: { jsonrpc: '2.0', id, result } };
}

/** The first envelope checks of §1 and §3: until the id is known, errors answer with `id: null`. */
function readEnvelope(body: string): { id: string | number; env: Record<string, unknown> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw fault('parse_error');
  }
  if (Array.isArray(parsed)) throw fault('batch_operations_not_supported');
  if (!parsed || typeof parsed !== 'object') throw fault('invalid_request');
  const env = parsed as Record<string, unknown>;
  if (!('id' in env)) throw fault('notifications_not_supported');
  if (typeof env.id !== 'string' && typeof env.id !== 'number') throw fault('invalid_request', 'id', env.id);
  return { id: env.id, env };
}

/** The rest of the envelope, answered with the request's id. */
function checkEnvelope(id: string | number, env: Record<string, unknown>): Envelope {
  if (env.jsonrpc !== '2.0') throw fault('invalid_request', 'jsonrpc', env.jsonrpc);
  if (typeof env.method !== 'string') throw fault('invalid_request', 'method', env.method);
  if (!env.params || typeof env.params !== 'object' || Array.isArray(env.params)) throw fault('invalid_request', 'params');
  return { id, method: env.method, params: env.params as Record<string, unknown> };
}

/** The endpoint label: the JSON-RPC method, or `invalid` for anything that is not a single call. */
function methodOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const method = (parsed as { method?: unknown }).method;
      if (typeof method === 'string' && method.length > 0 && method.length < 100) return method;
    }
  } catch {
    // fall through
  }
  return 'invalid';
}

function idOf(body: string): string | number | null {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}
