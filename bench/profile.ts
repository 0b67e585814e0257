import { fork } from 'node:child_process';
import { backendEnv } from './lib/backend-env.js';
import { createBackends } from '../src/backends/registry.js';
import { configuredSecrets, loadConfig } from '../src/config.js';
import { createGateway } from '../src/gateway/gateway.js';
import { createLogger } from '../src/observability/logger.js';
import { createMetrics } from '../src/observability/use-metrics.js';
import { Redactor } from '../src/upstream/redact.js';
import { SCENARIOS, operationText } from './scenarios.js';
import { startSimulators } from '../src/simulators/index.js';

/**
 * `npx tsx bench/profile.ts [scenario-substring] [ops]`: the gateway in this process (no HTTP
 * listener), simulators in the same process but their CPU is small; prints CPU µs per operation.
 * For `--cpu-prof` runs and quick A/B of a change, not for RESULTS.md (that is `npm run bench`).
 */
if (process.env.PROFILE_SIMS === '1') {
  // The child: simulators only, so their CPU is not the gateway's.
  const sims = await startSimulators({ seed: 42, size: 1, latencyMs: 0, uisLimits: { minuteLimit: 1e9, dayLimit: 1e12 } });
  process.send!({ urls: sims.urls, tokens: sims.tokens, vars: Object.fromEntries(SCENARIOS.map((s) => [s.name, s.variables(sims)])) });
  process.on('disconnect', () => process.exit(0));
} else {
const [filter = 'dashboard: 50', opsArg = '2000'] = process.argv.slice(2);
const child = fork(new URL(import.meta.url).pathname, [], { env: { ...process.env, PROFILE_SIMS: '1' }, execArgv: ['--import', 'tsx'] });
const sims = await new Promise<{ urls: Record<'reporter' | 'uis' | 'leeloo', string>; tokens: Record<'reporter' | 'uis' | 'leeloo', string>; vars: Record<string, Record<string, unknown>> }>((r) => child.once('message', r as never));
const env = {
  ...process.env,
  ...backendEnv(sims),
  // The loop repeats one operation: with the response cache on it would measure the cache.
  RESPONSE_CACHE: 'off',
};
const config = loadConfig(env);
const redactor = new Redactor(configuredSecrets(config));
const logger = createLogger({ level: 'warn', redactor });
const metrics = createMetrics();
const backends = createBackends({ config, effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo }, logger, redactor, observer: metrics.observer });
const gateway = createGateway({ config, backends, logger, metrics });
const scenario = SCENARIOS.find((s) => s.name.includes(filter))!;
const body = JSON.stringify({ query: operationText(scenario.operation), variables: sims.vars[scenario.name] });
const run = async () => {
  const res = await gateway.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (text.includes('"errors"')) throw new Error(text.slice(0, 500));
  return text.length;
};
const ops = Number(opsArg);
const c = Number(process.argv[4] ?? 10);
let peak = 0;
setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10).unref();
for (let i = 0; i < 200; i++) await run();
const t0 = process.cpuUsage();
const w0 = performance.now();
let done = 0;
await Promise.all(Array.from({ length: c }, async () => { while (done < ops) { done++; await run(); } }));
const cpu = process.cpuUsage(t0);
console.log(`${scenario.name}: ${((cpu.user + cpu.system) / ops).toFixed(0)} µs CPU/op (incl. simulators), ${((performance.now() - w0) / ops).toFixed(2)} ms wall/op, peak RSS ${(peak / 1048576).toFixed(0)} MB at c=${c}, bytes ${await run()}`);
await backends.close();
child.disconnect();
process.exit(0);
}
