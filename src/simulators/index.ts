import { createDataset, type Dataset, type DatasetOptions } from './dataset/index.js';
import type { SimServer } from './harness.js';
import { createLeelooSimulator } from './leeloo/server.js';
import { createReporterSimulator } from './reporter/server.js';
import { SIMULATOR_TOKENS, type SimulatorTokens } from './tokens.js';
import type { BudgetOptions } from './uis/limits.js';
import { createUisSimulator } from './uis/server.js';

export interface SimulatorsOptions extends DatasetOptions {
  /** Latency added to every simulated request (benchmarks use 20 ms). @default 0 */
  latencyMs?: number;
  /** Tokens the simulators accept. @default SIMULATOR_TOKENS */
  tokens?: Partial<SimulatorTokens>;
  /** Fixed ports; 0 (the default) picks free ephemeral ones. */
  ports?: Partial<Record<'reporter' | 'uis' | 'leeloo', number>>;
  host?: string;
  /** UIS points budget; benchmarks raise it so that load is not throttled. */
  uisLimits?: BudgetOptions;
}

export interface Simulators {
  dataset: Dataset;
  tokens: SimulatorTokens;
  reporter: SimServer;
  uis: SimServer;
  leeloo: SimServer;
  /** Base URLs in the form each backend's *_URL variable takes. */
  urls: { reporter: string; uis: string; leeloo: string };
  /** Request counts per backend (for batching assertions). */
  counts(): { reporter: number; uis: number; leeloo: number; total: number };
  resetLogs(): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/** Starts the three simulated backends on loopback over one shared, seeded dataset. */
export async function startSimulators(opts: SimulatorsOptions = {}): Promise<Simulators> {
  const dataset = createDataset(opts);
  const tokens: SimulatorTokens = { ...SIMULATOR_TOKENS, ...opts.tokens };
  const latencyMs = opts.latencyMs ?? 0;
  const reporter = createReporterSimulator({ data: dataset.reporter, token: tokens.reporter, latencyMs });
  const uis = createUisSimulator({ data: dataset.uis, token: tokens.uis, latencyMs, limits: opts.uisLimits });
  const leeloo = createLeelooSimulator({ data: dataset.leeloo, token: tokens.leeloo, latencyMs });
  const host = opts.host ?? '127.0.0.1';
  const [r, u, l] = await Promise.all([
    reporter.listen(opts.ports?.reporter ?? 0, host),
    uis.listen(opts.ports?.uis ?? 0, host),
    leeloo.listen(opts.ports?.leeloo ?? 0, host),
  ]);
  const servers = [reporter, uis, leeloo];
  return {
    dataset,
    tokens,
    reporter,
    uis,
    leeloo,
    urls: { reporter: `${r}/api`, uis: `${u}/v2.0`, leeloo: `${l}/api/v1` },
    counts: () => {
      const c = { reporter: reporter.count(), uis: uis.count(), leeloo: leeloo.count() };
      return { ...c, total: c.reporter + c.uis + c.leeloo };
    },
    resetLogs: () => servers.forEach((s) => s.resetLog()),
    clearFaults: () => servers.forEach((s) => s.clearFaults()),
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
