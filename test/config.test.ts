import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to port 4000 on loopback (auth off) with every backend SIMULATED when no token is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.upstreamTimeoutMs).toBe(10_000);
    expect(config.maxConcurrentOperations).toBe(0);
    expect([config.reporter.mode, config.uis.mode, config.leeloo.mode]).toEqual(['SIMULATED', 'SIMULATED', 'SIMULATED']);
    expect(config.reporter.url).toBe('https://app.jaicp.com/api');
    expect(config.uis.url).toBe('https://dataapi.uiscom.ru/v2.0');
    expect(config.leeloo.url).toBe('https://api.leeloo.ai/api/v1');
  });

  it('bounds resources by default: 1 MB bodies, server timeouts, connections, subscriptions, 200 writes, no rate limit', () => {
    expect(loadConfig({}).resources).toEqual({
      maxBodyBytes: 1_000_000,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      maxConnections: 1_000,
      maxSubscriptions: 1_000,
      maxSubscriptionsPerCaller: 20,
      maxWritesPerRequest: 200,
      rateLimitPerMinute: 0,
    });
  });

  it('lists every bad resource limit, and a headers timeout above the request timeout, in one error', () => {
    let err: unknown;
    try {
      loadConfig({ MAX_BODY_BYTES: 'lots', MAX_WRITES_PER_REQUEST: '0', RATE_LIMIT_PER_MINUTE: '-1', HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems).toEqual([
      expect.stringContaining('MAX_BODY_BYTES'),
      expect.stringContaining('MAX_WRITES_PER_REQUEST'),
      expect.stringContaining('RATE_LIMIT_PER_MINUTE'),
      'HEADERS_TIMEOUT_MS (5000) must not exceed REQUEST_TIMEOUT_MS (1000)',
    ]);
  });

  it('makes a backend LIVE when its token is set and keeps the others simulated', () => {
    const config = loadConfig({ UIS_ACCESS_TOKEN: ' tok-123 ', UIS_URL: 'https://dataapi.comagic.ru/v2.0/' });
    expect(config.uis).toEqual({ name: 'uis', mode: 'LIVE', url: 'https://dataapi.comagic.ru/v2.0', token: 'tok-123' });
    expect(config.reporter.mode).toBe('SIMULATED');
  });

  it('disables token-less backends with SIMULATORS=off', () => {
    const config = loadConfig({ SIMULATORS: 'off', LEELOO_TOKEN: 'abcd' });
    expect(config.reporter.mode).toBe('DISABLED');
    expect(config.uis.mode).toBe('DISABLED');
    expect(config.leeloo.mode).toBe('LIVE');
  });

  it('turns the response cache on by default with 5 s live and 60 s reference TTLs, a 60 s stale window, and no Leeloo budget', () => {
    expect(loadConfig({}).cache).toEqual({ responseCache: true, liveTtlMs: 5000, referenceTtlMs: 60_000, staleMs: 60_000, leelooPerMinute: 0 });
    expect(loadConfig({ RESPONSE_CACHE: 'OFF', RESPONSE_CACHE_TTL_MS: '0', LEELOO_MAX_REQUESTS_PER_MINUTE: '300' }).cache).toMatchObject({
      responseCache: false,
      liveTtlMs: 0,
      leelooPerMinute: 300,
    });
  });

  it('names every bad cache variable in the one error', () => {
    let error: unknown;
    try {
      loadConfig({ RESPONSE_CACHE: 'sometimes', RESPONSE_CACHE_REFERENCE_TTL_MS: 'long', LEELOO_MAX_REQUESTS_PER_MINUTE: '-3', REDIS_URL: 'http://cache' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(' ')[0])).toEqual(['REDIS_URL', 'RESPONSE_CACHE', 'RESPONSE_CACHE_REFERENCE_TTL_MS', 'LEELOO_MAX_REQUESTS_PER_MINUTE']);
  });

  it('reads TRUSTED_DOCUMENTS as a comma-separated list of files, and refuses it with PERSISTED_OPERATIONS=off', () => {
    expect(loadConfig({ PERSISTED_OPERATIONS: 'only', TRUSTED_DOCUMENTS: ' a.json, b.json ,' }).auth.trustedDocuments).toEqual(['a.json', 'b.json']);
    expect(loadConfig({}).auth.trustedDocuments).toEqual([]);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'a.json' })).toThrow('TRUSTED_DOCUMENTS needs PERSISTED_OPERATIONS=allow or only');
  });

  it('treats an empty token as unset', () => {
    expect(loadConfig({ REPORTER_TOKEN: '   ' }).reporter.mode).toBe('SIMULATED');
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', UPSTREAM_TIMEOUT_MS: '-5', SIMULATORS: 'maybe', LOG_LEVEL: 'loud', REPORTER_URL: 'ftp://x', MAX_CONCURRENT_OPERATIONS: '-1' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    for (const name of ['PORT', 'UPSTREAM_TIMEOUT_MS', 'SIMULATORS', 'LOG_LEVEL', 'REPORTER_URL', 'MAX_CONCURRENT_OPERATIONS']) {
      expect(problems.some((p) => p.startsWith(`${name} `))).toBe(true);
    }
    expect((error as Error).message).toContain('Invalid configuration');
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  it('reads the operator settings into config.ops and lists their problems with the others', () => {
    expect(loadConfig({}).ops).toEqual({
      readinessCacheMs: 5000,
      readinessTimeoutMs: 3000,
      tracing: { exporter: 'none', serviceName: 'switchboard' },
      logFormat: 'auto',
      heapGrowingPercent: 100,
    });
    expect(loadConfig({ LOG_FORMAT: 'JSON', READINESS_CACHE_MS: '0', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' }).ops).toMatchObject({
      logFormat: 'json',
      readinessCacheMs: 0,
      tracing: { exporter: 'otlp' },
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }).ops.tracing.exporter).toBe('none');
    try {
      loadConfig({ LOG_FORMAT: 'fancy', READINESS_TIMEOUT_MS: '0', OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url', PORT: 'x' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems.map((p) => p.split(' ')[0])).toEqual(['PORT', 'READINESS_TIMEOUT_MS', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'LOG_FORMAT']);
    }
  });

  it('bounds a whole operation with OPERATION_TIMEOUT_MS (30 s by default) and refuses a value out of range', () => {
    expect(loadConfig({}).deadlines).toEqual({ operationTimeoutMs: 30_000 });
    expect(loadConfig({ OPERATION_TIMEOUT_MS: '1500' }).deadlines.operationTimeoutMs).toBe(1500);
    for (const bad of ['0', '-1', '2.5', 'soon', '3600001']) {
      expect(() => loadConfig({ OPERATION_TIMEOUT_MS: bad })).toThrow(/OPERATION_TIMEOUT_MS must be an integer from 100 to 3600000/);
    }
  });
});
