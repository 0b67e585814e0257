import { createDataset, type Dataset, type DatasetOptions } from './dataset/index.js';
import type { UisCalls } from './uis/calls.js';
import type { SimServer } from './harness.js';
import { createLeelooSimulator } from './leeloo/server.js';
import { ReporterActivity } from './reporter/activity.js';
import type { SessionRecord } from './reporter/records.js';
import { createReporterSimulator } from './reporter/server.js';
import { ReporterState } from './reporter/state.js';
import { SIMULATOR_TOKENS, type SimulatorTokens } from './tokens.js';
import { Traffic } from './traffic.js';
import { UisActivity } from './uis/activity.js';
import type { BudgetOptions } from './uis/limits.js';
import { createUisSimulator, type UisSimulator } from './uis/server.js';
import type { CallRow } from './uis/types.js';

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
  /**
   * Traffic during the run: new Reporter sessions (their messages following at the conversation's
   * pace) and new UIS calls, each this many per minute on average, from the dataset's anchor (the
   * start of the hour) on, so the data reaches up to now. 0: the dataset stays as generated.
   * @default 0
   */
  livePerMinute?: number;
  /** Where the UIS simulator sends its HTTP notifications (a gateway's /hooks/uis/<secret>); settable later through `activity`. @default none */
  uisNotifyUrl?: string;
}

/** What happens at the simulators while they run: traffic (livePerMinute), and the same by hand for tests. */
export interface SimulatorActivity {
  /** A Reporter session that starts now: its first message at once, the others as their time comes (tick). */
  startSession(now?: number): SessionRecord;
  /** A UIS call that ends now: listed by get.calls_report from now on, and notified. */
  endCall(opts?: { phone?: string; lost?: boolean; now?: number }): CallRow;
  /** Arrivals and messages due by `now` (a timer calls it every second when livePerMinute > 0). */
  tick(now?: number): void;
  /** Where UIS notifications go; undefined: none are sent. */
  uisNotifyUrl: string | undefined;
  /** UIS notifications answered 2xx, and those that failed. */
  readonly notifications: { sent: number; failed: number };
  /** Resolves when every notification sent so far has been answered. */
  settled(): Promise<void>;
}

export interface Simulators {
  dataset: Dataset;
  tokens: SimulatorTokens;
  reporter: SimServer;
  uis: UisSimulator;
  leeloo: SimServer;
  activity: SimulatorActivity;
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
  const reporterState = new ReporterState(dataset.reporter);
  const reporter = createReporterSimulator({ data: dataset.reporter, token: tokens.reporter, latencyMs, state: reporterState });
  const uis = createUisSimulator({ data: dataset.uis, token: tokens.uis, latencyMs, limits: opts.uisLimits });
  const activity = startActivity(dataset, reporterState, uis.calls, opts);
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
    activity,
    urls: { reporter: `${r}/api`, uis: `${u}/v2.0`, leeloo: `${l}/api/v1` },
    counts: () => {
      const c = { reporter: reporter.count(), uis: uis.count(), leeloo: leeloo.count() };
      return { ...c, total: c.reporter + c.uis + c.leeloo };
    },
    resetLogs: () => servers.forEach((s) => s.resetLog()),
    clearFaults: () => servers.forEach((s) => s.clearFaults()),
    close: async () => {
      activity.stop();
      await activity.settled();
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

/** The activities of the three simulators (Leeloo's data stays as generated) and their traffic. */
function startActivity(dataset: Dataset, state: ReporterState, calls: UisCalls, opts: SimulatorsOptions): SimulatorActivity & { stop(): void } {
  const sessions = new ReporterActivity(dataset.reporter, state, dataset.seed ^ 0x5e55);
  const uis = new UisActivity(dataset.uis, calls, dataset.people, dataset.seed ^ 0xca11);
  const rate = opts.livePerMinute ?? 0;
  const from = dataset.anchor.getTime();
  let now = Date.now();
  const sessionTraffic = new Traffic(rate, dataset.seed ^ 0x51, from, (at) => sessions.startSession(at, now));
  const callTraffic = new Traffic(rate, dataset.seed ^ 0xc1, from, (at) => uis.endCall(at));
  const tick = (at = Date.now()) => {
    now = at;
    sessionTraffic.advance(at);
    sessions.tick(at);
    callTraffic.advance(at);
  };
  // The traffic since the anchor arrives at once, before any notification URL is set: no burst of
  // notifications for calls that ended before the gateway listened.
  tick();
  uis.notifyUrl = opts.uisNotifyUrl;
  const timer = rate > 0 ? setInterval(() => tick(), 1_000) : undefined;
  timer?.unref();
  return {
    startSession: (at = Date.now()) => sessions.startSession(at, at),
    endCall: (o = {}) => uis.endCall(o.now ?? Date.now(), o),
    tick,
    get uisNotifyUrl() {
      return uis.notifyUrl;
    },
    set uisNotifyUrl(url) {
      uis.notifyUrl = url;
    },
    notifications: uis.notifications,
    settled: () => uis.settled(),
    stop: () => clearInterval(timer),
  };
}
