import { SimServer, type Handler } from '../harness.js';
import type { ReporterData } from './records.js';
import { registerFilterMetaRoutes } from './filter-meta.js';
import { SimError, errorResponse } from './http.js';
import { registerReportRoutes } from './reports.js';
import { registerMessageLabelRoutes } from './routes-message-labels.js';
import { registerReadRoutes } from './routes-read.js';
import { registerSessionLabelRoutes } from './routes-session-labels.js';
import { registerWriteRoutes } from './routes-write.js';
import { ReporterState } from './state.js';
import { registerStatsRoutes } from './stats.js';

export interface ReporterSimulatorOptions {
  data: ReporterData;
  /** The project API token the simulator accepts in the path. */
  token: string;
  /** Latency added to every request. @default 0 */
  latencyMs?: number;
  /** One step of report generation: CREATED → STARTED after 1 step, COMPLETED after 4. @default 500 */
  reportStepMs?: number;
  /** The simulator's clock (report progress, block dates). @default Date.now */
  now?: () => number;
  /** What it serves and changes; index.ts shares it with the sessions that arrive (activity.ts). @default a fresh one over `data` */
  state?: ReporterState;
}

/**
 * The legacy Reporter (reporter-api.md §3) over real HTTP. Routes live under
 * `/api/reporter/p/:token/...`: the `/api` prefix belongs to REPORTER_URL, so the client's base URL
 * is `${origin}/api` (decision 1). Endpoint labels equal the client's (`POST sessions/filter`).
 */
export function createReporterSimulator(opts: ReporterSimulatorOptions): SimServer {
  const state = opts.state ?? new ReporterState(opts.data);
  const now = opts.now ?? Date.now;
  const server = new SimServer('reporter', {
    latencyMs: opts.latencyMs,
    // 429 with Retry-After (seconds) and the usual envelope (GUESS: no limits are documented, §5).
    renderFault: (fault) =>
      fault.kind === 'rateLimit'
        ? {
            status: 429,
            headers: { 'retry-after': String(fault.retryAfterSec ?? 1) },
            json: { error: 'reporter.rate_limit.exceeded', message: 'Too many requests', args: { retryAfterSec: fault.retryAfterSec ?? 1 } },
          }
        : undefined,
    notFound: () => errorResponse(404, 'reporter.endpoint.not_found', 'No such endpoint'),
  });

  const add = (method: string, rel: string, handler: Handler) => {
    server.route(method, `/api/reporter/p/:token/${rel}`, async (req) => {
      // A wrong token is a 401 with the error envelope (§1.2 GUESS: 401/403 for a bad token).
      if (req.params.token !== opts.token) return errorResponse(401, 'reporter.auth.invalid_token', 'Invalid API token');
      try {
        return await handler(req);
      } catch (err) {
        if (err instanceof SimError) return errorResponse(err.status, err.error, err.message, err.args);
        throw err;
      }
    }, `${method} ${rel}`);
  };

  registerReadRoutes(add, state);
  registerSessionLabelRoutes(add, state);
  registerMessageLabelRoutes(add, state);
  registerWriteRoutes(add, state, now);
  registerStatsRoutes(add, state);
  registerReportRoutes(add, server, state, { now, stepMs: opts.reportStepMs ?? 500, origin: () => server.url });
  registerFilterMetaRoutes(add, state);
  return server;
}
