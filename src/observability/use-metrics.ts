import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { Kind, getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BreakerOptions } from '../upstream/breaker.js';
import type { UpstreamObserver } from '../upstream/http.js';

/**
 * Prometheus metrics on `/metrics`: GraphQL phases and HTTP durations (Yoga's prometheus plugin),
 * upstream calls per backend and endpoint, and the process. Labels are endpoint labels such as
 * `POST sessions/filter` — never URLs, which would carry the Reporter token. The `tenant` label is
 * the id of the credential set that made the call (registry.ts), so its values are bounded by the
 * configured tenants (`default` without TENANTS_FILE).
 */
export interface Metrics {
  registry: Registry;
  /** Feed for UpstreamHttp: one sample per upstream attempt. */
  observer: UpstreamObserver;
  /** Feed for the circuit breakers (backends/registry.ts): their state and every transition. */
  onBreakerTransition: NonNullable<BreakerOptions['onTransition']>;
}

export function createMetrics(): Metrics {
  // One registry per gateway (tests build many), not prom-client's global one.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_' });
  const requests = new Counter({
    name: 'switchboard_upstream_requests_total',
    help: 'Upstream HTTP attempts by backend, endpoint and outcome (status, error code, or CANCELLED: the caller left).',
    labelNames: ['tenant', 'service', 'endpoint', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'switchboard_upstream_request_duration_seconds',
    help: 'Duration of upstream HTTP attempts.',
    labelNames: ['tenant', 'service', 'endpoint'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // Labels bounded by configuration: tenant ids (TENANTS_FILE), three backends, three states.
  const breakerState = new Gauge({
    name: 'switchboard_circuit_breaker_state',
    help: 'Circuit breaker state per tenant and backend: 1 for the current state (closed, open, half-open), 0 for the others.',
    labelNames: ['tenant', 'backend', 'state'] as const,
    registers: [registry],
  });
  const breakerTransitions = new Counter({
    name: 'switchboard_circuit_breaker_transitions_total',
    help: 'Circuit breaker transitions per tenant and backend, by the state entered.',
    labelNames: ['tenant', 'backend', 'to'] as const,
    registers: [registry],
  });
  return {
    registry,
    onBreakerTransition: ({ tenant, service, from, to }) => {
      for (const state of ['closed', 'open', 'half-open'] as const) breakerState.set({ tenant, backend: service, state }, state === to ? 1 : 0);
      if (from) breakerTransitions.inc({ tenant, backend: service, to });
    },
    observer: (e) => {
      const tenant = e.tenant ?? 'default';
      requests.inc({ tenant, service: e.service, endpoint: e.endpoint, outcome: e.code ?? String(e.status ?? 'none') });
      duration.observe({ tenant, service: e.service, endpoint: e.endpoint }, e.ms / 1000);
    },
  };
}

/**
 * No label a client chooses: the URL (GET query strings hold whole documents), the operation name
 * and the error path (aliases) are off in Yoga's metrics, because every distinct value is a new
 * series for ever (3,000 made-up operation names once grew /metrics to 84 MB and stalled /health).
 * Operations are counted in `switchboard_graphql_operations_total` instead, whose `operation` label
 * is a name of `knownOperations` (the trusted documents' operations) or `other`.
 */
export function useMetrics(metrics: Metrics, knownOperations: ReadonlySet<string> = new Set()): Plugin {
  const operations = new Counter({
    name: 'switchboard_graphql_operations_total',
    help: 'GraphQL operations executed, by type and operation name (names outside the trusted documents are "other").',
    labelNames: ['type', 'operation'] as const,
    registers: [metrics.registry],
  });
  const prometheus = usePrometheus({
    registry: metrics.registry,
    endpoint: '/metrics',
    labels: { method: true, statusCode: true, url: false, operationName: false, path: false },
    metrics: {
      // Off for their cost per request (bench/RESULTS.md, issue 12): the deprecated-field counter walks
      // every document with `visit` on every request (≈4 % of the dashboard's CPU), and the
      // request-time Summary keeps sliding quantiles that graphql_envelop_request_duration (a
      // histogram, cheap to record and aggregable across replicas) already answers.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
    },
  }) as Plugin;
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(prometheus);
    },
    onExecute({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      const name = op?.name?.value;
      operations.inc({ type: op?.operation ?? 'unknown', operation: name && knownOperations.has(name) ? name : name ? 'other' : 'anonymous' });
    },
    onSubscribe({ args }) {
      const op = getOperationAST(args.document, args.operationName);
      const name = op?.name?.value;
      operations.inc({ type: 'subscription', operation: name && knownOperations.has(name) ? name : name ? 'other' : 'anonymous' });
    },
  };
}

/** The operation names of the trusted documents (schema/persisted-documents.json): a bounded label set. */
export function operationNamesOf(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of documents) {
    try {
      for (const d of parse(text).definitions) if (d.kind === Kind.OPERATION_DEFINITION && d.name) names.add(d.name.value);
    } catch {
      // A manifest entry that does not parse names nothing.
    }
  }
  return names;
}
