import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackends } from '../../src/backends/registry.js';
import { configuredSecrets, loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway/gateway.js';
import { createLogger } from '../../src/observability/logger.js';
import { createMetrics } from '../../src/observability/use-metrics.js';
import { openSharedState } from '../../src/shared/state.js';
import { Redactor } from '../../src/upstream/redact.js';

/**
 * The gateway as its own process (LIVE against the bench's simulators), so that its CPU time and
 * RSS are measured apart from the load generator and the simulators. BENCH_NAIVE=1 switches
 * batching and per-request caching off: the naive baseline.
 */
const config = loadConfig(process.env);
const redactor = new Redactor(configuredSecrets(config));
const logger = createLogger({ level: 'warn', redactor });
const metrics = createMetrics();
// With REDIS_URL (the live bench's two replicas), what replicas share lives in Redis, as app.ts sets it up.
const shared = config.redisUrl ? await openSharedState({ redisUrl: config.redisUrl, logger, maxCacheTtlMs: Math.max(config.cache.liveTtlMs, config.cache.referenceTtlMs) }) : undefined;
const backends = createBackends({ config, effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo }, logger, redactor, observer: metrics.observer, shared });
const gateway = createGateway({ config, backends, logger, metrics, shared, batching: process.env.BENCH_NAIVE !== '1' });
const server = createServer(gateway);
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});

// RSS sampled every 10 ms: the OS's own high-water mark (maxRSS) only ever grows, so it cannot
// say which scenario or concurrency level caused the peak. Each stats answer reports the peak since
// the previous one and starts a new window.
let peakRss = process.memoryUsage.rss();
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 10).unref();

/** The live-query counters of this replica's /metrics (switchboard_live_*), summed over their labels. */
async function liveCounters(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of await metrics.registry.getMetricsAsJSON()) {
    if (!m.name.startsWith('switchboard_live_')) continue;
    for (const v of m.values) {
      const label = Object.values(v.labels).join(',');
      const key = label ? `${m.name}{${label}}` : m.name;
      out[key] = (out[key] ?? 0) + v.value;
    }
  }
  return out;
}

process.on('message', (msg: { type: string; gc?: boolean }) => {
  if (msg.type === 'stats') {
    // `gc` (the live bench, with --expose-gc): RSS after a full collection, so what is left is what is held.
    if (msg.gc) (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage();
    const { rss, heapUsed } = process.memoryUsage();
    void liveCounters().then((live) => {
      process.send?.({ type: 'stats', cpuMicros: cpu.user + cpu.system, rss, heapUsed, peakRss: Math.max(peakRss, rss), live: { ...gateway.live.stats(), ...live } });
      peakRss = rss;
    });
  } else if (msg.type === 'stop') {
    gateway.live.close();
    server.close();
    server.closeAllConnections();
    void backends
      .close()
      .then(() => shared?.close())
      .then(() => process.exit(0));
  }
});
