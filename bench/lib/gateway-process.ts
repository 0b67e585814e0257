import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackends } from '../../src/backends/registry.js';
import { configuredSecrets, loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/plugins/use-metrics.js';
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
const backends = createBackends({ config, effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo }, logger, redactor, observer: metrics.observer });
const gateway = createGateway({ config, backends, logger, metrics, batching: process.env.BENCH_NAIVE !== '1' });
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

process.on('message', (msg: { type: string }) => {
  if (msg.type === 'stats') {
    const cpu = process.cpuUsage();
    const rss = process.memoryUsage.rss();
    process.send?.({ type: 'stats', cpuMicros: cpu.user + cpu.system, rss, peakRss: Math.max(peakRss, rss) });
    peakRss = rss;
  } else if (msg.type === 'stop') {
    server.close();
    server.closeAllConnections();
    void backends.close().then(() => process.exit(0));
  }
});
