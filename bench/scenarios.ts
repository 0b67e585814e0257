import { operationText } from '../scripts/operations.js';
import type { Simulators } from '../src/simulators/index.js';

/**
 * The benchmark scenarios: the pinned operations of the read graph (and a mutation mix). `stages`
 * is the critical path of the minimal upstream calls, as endpoint labels: the direct baseline replays
 * the gateway's own upstream requests stage by stage, each stage fully in parallel (bounded only
 * where the gateway's API etiquette bounds it too, e.g. Leeloo's per-account calls).
 */
export interface Scenario {
  name: string;
  /** Operation file under schema/operations/. */
  operation: string;
  variables: (sims: Simulators) => Record<string, unknown>;
  stages: string[][];
  /** Per-endpoint concurrency bound shared by gateway and direct (Leeloo: LEELOO_CONCURRENCY). */
  bounded?: Record<string, number>;
  /** The pinned request count (the minimum the APIs allow). */
  pinned: number;
}

const DAY = 86_400_000;
const b64 = (s: string) => Buffer.from(s).toString('base64');
const recentPeriod = (sims: Simulators, days: number) => ({
  from: new Date(sims.dataset.anchor.getTime() - days * DAY).toISOString(),
  to: sims.dataset.anchor.toISOString(),
});

export const SCENARIOS: Scenario[] = [
  {
    name: 'dashboard: 50 sessions with clients and labels',
    operation: 'reporter/sessions-with-clients-and-labels.graphql',
    variables: () => ({ first: 50 }),
    stages: [['POST sessions/filter']],
    pinned: 1,
  },
  {
    name: 'dashboard: + clients’ block state',
    operation: 'reporter/sessions-with-client-block-state.graphql',
    variables: () => ({ first: 50 }),
    stages: [['POST sessions/filter'], ['POST clients/filter']],
    pinned: 2,
  },
  {
    name: 'session drawer: 20 messages with labels',
    operation: 'reporter/session-with-messages.graphql',
    variables: (sims) => ({ id: sims.dataset.reporter.sessions[3].sessionId, first: 20 }),
    stages: [['GET messages/by-session']],
    pinned: 1,
  },
  {
    name: 'calls page: 100 calls with employees and tags',
    operation: 'uis/CallsWithEmployeesAndTags.graphql',
    variables: (sims) => ({ period: recentPeriod(sims, 30), first: 100 }),
    stages: [['get.calls_report']],
    pinned: 1,
  },
  {
    name: 'calls page: + employee details',
    operation: 'uis/CallsWithEmployeeDetails.graphql',
    variables: (sims) => ({ period: recentPeriod(sims, 30), first: 100 }),
    stages: [['get.calls_report'], ['get.employees']],
    pinned: 2,
  },
  {
    name: 'CRM list: 20 accounts with orders and UIS calls',
    operation: 'crm-accounts-with-calls.graphql',
    variables: (sims) => ({ first: 20, period: recentPeriod(sims, 80) }),
    stages: [['GET accounts'], ['GET accounts/:id'], ['get.calls_report']],
    bounded: { 'GET accounts/:id': 4 },
    pinned: 22,
  },
  {
    name: 'node burst: 10 sessions',
    operation: 'reporter/session-nodes.graphql',
    variables: (sims) => ({ ids: sims.dataset.reporter.sessions.slice(10, 20).map((s) => b64(`Session:${s.sessionId}`)) }),
    stages: [['POST sessions/filter']],
    pinned: 1,
  },
  {
    name: 'node burst: 10 calls',
    operation: 'uis/CallNodes.graphql',
    variables: (sims) => ({
      ids: sims.dataset.uis.calls.slice(-40, -30).map((c) => b64(`Call:${c.id}:${c.start_time.replace(/\D/g, '')}`)),
    }),
    stages: [['get.calls_report']],
    pinned: 1,
  },
  {
    name: 'experiments with session counts',
    operation: 'reporter/analytics-experiments.graphql',
    variables: () => ({}),
    stages: [['GET scenario-exeperiments', 'GET scenario-exeperiments/count-sessions']],
    pinned: 2,
  },
  {
    name: 'mutation: block a client, read its state back',
    operation: 'reporter/mutation-block-client.graphql',
    variables: (sims) => {
      const c = sims.dataset.reporter.clients[7];
      return { botId: c.botId, clientId: c.id, reason: 'bench', blockedBy: '42' };
    },
    stages: [['PUT clients/block'], ['POST clients/filter']],
    pinned: 2,
  },
];

export { operationText };
