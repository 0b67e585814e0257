import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createTracing, tracingFromConfig, type Tracing } from '../../src/observability/tracing.js';
import { findLeaks, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const ALL_THREE = `query AllThree($period: CallPeriod!) {
  sessions(first: 3) { totalCount edges { node { id } } }
  calls(period: $period, first: 3) { totalCount edges { node { id } } }
  leelooAccounts(first: 3) { totalCount edges { node { id name } } }
}`;

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let gw: TestGateway;
let period: { from: string; to: string };

beforeAll(async () => {
  tracing = createTracing({ serviceName: 'switchboard-test', exporter, simple: true });
  gw = await startTestGateway({ tracing, timeoutMs: 500 });
  const anchor = gw.sims.dataset.anchor.getTime();
  period = { from: new Date(anchor - 30 * 86_400_000).toISOString(), to: new Date(anchor).toISOString() };
});
beforeEach(() => {
  gw.sims.clearFaults();
  exporter.reset();
});
afterAll(async () => {
  await gw.close();
  await tracing.shutdown();
});

const everything = (spans: ReadableSpan[]) => JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, status: s.status, events: s.events })));

describe('OpenTelemetry traces', () => {
  it('records one span per operation and, under it, one span per upstream request with backend, endpoint, status and attempt', async () => {
    const res = await gw.execute(ALL_THREE, { period });
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = spans.filter((s) => s.name === 'query.AllThree');
    expect(operation).toHaveLength(1);
    expect(operation[0]!.attributes).toMatchObject({ 'graphql.execute.operationName': 'AllThree', 'graphql.execute.operationType': 'query' });
    const upstream = spans.filter((s) => s.attributes['switchboard.backend'] !== undefined);
    const byName = Object.fromEntries(upstream.map((s) => [s.name, s]));
    expect(byName['reporter POST sessions/filter']?.attributes).toEqual({
      'switchboard.backend': 'reporter',
      'switchboard.endpoint': 'POST sessions/filter',
      'switchboard.tenant': 'default',
      'switchboard.upstream.attempt': 0,
      'http.request.method': 'POST',
      'http.response.status_code': 200,
    });
    expect(byName['uis get.calls_report']?.attributes).toMatchObject({ 'switchboard.backend': 'uis', 'http.response.status_code': 200 });
    expect(byName['leeloo GET accounts']?.attributes).toMatchObject({ 'switchboard.backend': 'leeloo', 'http.request.method': 'GET' });
    // One span per upstream request: the simulators counted as many as there are spans.
    expect(upstream.length).toBe(gw.sims.counts().total);
    for (const span of upstream) {
      expect(span.spanContext().traceId, span.name).toBe(operation[0]!.spanContext().traceId);
      expect(span.parentSpanId, span.name).toBe(operation[0]!.spanContext().spanId);
    }
    expect(findLeaks(everything(spans))).toEqual([]);
    expect(everything(spans)).not.toMatch(/\/reporter\/p\//);
  });

  it('marks failed attempts as errors with their code and numbers each retry', async () => {
    gw.sims.reporter.setFault('*', { kind: 'status', status: 503, body: 'down', contentType: 'text/plain' });
    const res = await gw.execute(ALL_THREE, { period });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'reporter' });
    const attempts = exporter.getFinishedSpans().filter((s) => s.name === 'reporter POST sessions/filter');
    expect(attempts.map((s) => s.attributes['switchboard.upstream.attempt'])).toEqual([0, 1, 2]);
    for (const s of attempts) {
      expect(s.attributes).toMatchObject({ 'http.response.status_code': 503, 'error.type': 'UPSTREAM_UNAVAILABLE' });
      expect(s.status.code).toBe(2); // SpanStatusCode.ERROR
    }
    expect(findLeaks(everything(exporter.getFinishedSpans()))).toEqual([]);
  });

  it('is off unless an OTEL_* variable turns it on', () => {
    expect(tracingFromConfig(loadConfig({}).ops.tracing)).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).ops.tracing).toEqual({ exporter: 'otlp', serviceName: 'switchboard' });
    expect(loadConfig({ OTEL_TRACES_EXPORTER: 'console', OTEL_SERVICE_NAME: 'sb' }).ops.tracing).toEqual({ exporter: 'console', serviceName: 'sb' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }).ops.tracing.exporter).toBe('none');
    expect(() => loadConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER/);
  });
});
