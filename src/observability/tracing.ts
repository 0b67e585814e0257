import { useOpenTelemetry } from '@envelop/opentelemetry';
import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';
import type { OpsConfig } from '../config.js';
import type { UpstreamObserver } from '../upstream/http.js';

/**
 * OpenTelemetry traces: a span per GraphQL operation (`@envelop/opentelemetry`, named
 * `query.OperationName`) and, under it, a CLIENT span per upstream attempt, fed by the same observer
 * as the upstream metrics (so src/upstream/http.ts knows nothing of tracing). Attributes are endpoint
 * labels (`POST sessions/filter`, `get.calls_report`), never URLs: the Reporter token is a path
 * segment. Variables and results are never recorded.
 */
export interface Tracing {
  plugin: Plugin;
  /** Feed for UpstreamHttp: one span per attempt. */
  observer: UpstreamObserver;
  /** Flushes pending spans and stops the exporter. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  serviceName: string;
  /** Where spans go; tests pass an InMemorySpanExporter (exported synchronously). */
  exporter: SpanExporter;
  /** Export each span as it ends instead of in batches. @default false */
  simple?: boolean;
}

/** The tracing configured by the standard OTEL_* variables, or undefined when they leave it off. */
export function tracingFromConfig(config: OpsConfig['tracing']): Tracing | undefined {
  if (config.exporter === 'none') return undefined;
  // The OTLP exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, _HEADERS, _TIMEOUT itself.
  const exporter = config.exporter === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter();
  return createTracing({ serviceName: config.serviceName, exporter });
}

export function createTracing(opts: TracingOptions): Tracing {
  const provider = new NodeTracerProvider({
    resource: Resource.default().merge(new Resource({ 'service.name': opts.serviceName })),
    // Explicit processors: without them the SDK would build its own exporter from the environment.
    spanProcessors: [opts.simple ? new SimpleSpanProcessor(opts.exporter) : new BatchSpanProcessor(opts.exporter)],
  });
  // The AsyncLocalStorage context manager, so that upstream spans find their operation's span. Only
  // the first registration in a process takes; later providers still get their own tracers.
  provider.register();
  const tracer = provider.getTracer('switchboard');
  return {
    plugin: useOpenTelemetry({ resolvers: false, variables: false, result: false, document: true }, provider, SpanKind.SERVER, {}, opts.serviceName) as Plugin,
    observer: upstreamSpans(tracer),
    shutdown: () => provider.shutdown(),
  };
}

function upstreamSpans(tracer: Tracer): UpstreamObserver {
  return (e) => {
    // The observer hears of an attempt when it ends; the span is back-dated to its start.
    const end = Date.now();
    const span = tracer.startSpan(`${e.service} ${e.endpoint}`, {
      kind: SpanKind.CLIENT,
      startTime: end - e.ms,
      attributes: {
        'switchboard.backend': e.service,
        ...(e.tenant ? { 'switchboard.tenant': e.tenant } : {}),
        'switchboard.endpoint': e.endpoint,
        'switchboard.upstream.attempt': e.attempt,
        'http.request.method': e.method,
        ...(e.status !== undefined ? { 'http.response.status_code': e.status } : {}),
        ...(e.code ? { 'error.type': e.code } : {}),
      },
    });
    if (e.code) span.setStatus({ code: SpanStatusCode.ERROR, message: e.code });
    span.end(end);
  };
}

/** Several observers as one (metrics and tracing both listen to upstream attempts). */
export { observeAll } from '../upstream/observe-all.js';
