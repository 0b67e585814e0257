import { Counter, Gauge, type Registry } from 'prom-client';
import type { LiveChange } from './channel.js';
import type { LiveTrigger } from './coordinator.js';

/**
 * Live-query metrics on `/metrics` (issue 20: live queries, subscribers, polls, pushes). Every label
 * is from a fixed set: the trigger, the outcome, where a push came from, a change's source, a hook's
 * answer; never a document, a variable, a tenant chosen by a caller or a secret.
 */
export interface LiveMetrics {
  executed(trigger: LiveTrigger, outcome: 'ok' | 'error' | 'rate_limited'): void;
  pushed(subscribers: number, from: 'execution' | 'replica'): void;
  changed(source: LiveChange['source']): void;
  hook(hook: 'uis' | 'leeloo', outcome: 'accepted' | 'coalesced' | 'not_found' | 'bad_request' | 'too_large'): void;
}

export function createLiveMetrics(registry: Registry | undefined, stats: () => { queries: number; subscribers: number }): LiveMetrics {
  const registers = registry ? [registry] : [];
  new Gauge({
    name: 'switchboard_live_queries',
    help: 'Distinct live queries (tenant, scopes, document, variables) with subscribers on this replica.',
    registers,
    collect() {
      this.set(stats().queries);
    },
  });
  new Gauge({
    name: 'switchboard_live_subscribers',
    help: 'Open live-query streams on this replica (SSE, multipart and graphql-ws together).',
    registers,
    collect() {
      this.set(stats().subscribers);
    },
  });
  const executions = new Counter({
    name: 'switchboard_live_executions_total',
    help: 'Live-query executions (polls) this replica ran, by trigger (interval or an announced change) and outcome.',
    labelNames: ['trigger', 'outcome'] as const,
    registers,
  });
  const pushes = new Counter({
    name: 'switchboard_live_pushes_total',
    help: 'Results pushed to live-query subscribers (one per subscriber), by where the result came from (this replica’s execution or another replica).',
    labelNames: ['from'] as const,
    registers,
  });
  const changes = new Counter({
    name: 'switchboard_live_changes_total',
    help: 'Changes announced to live queries (heard on this replica), by source: a mutation, a UIS or a Leeloo notification.',
    labelNames: ['source'] as const,
    registers,
  });
  const hooks = new Counter({
    name: 'switchboard_live_hook_requests_total',
    help: 'Notification requests (POST /hooks/<backend>/<secret>) by backend and answer.',
    labelNames: ['hook', 'outcome'] as const,
    registers,
  });
  return {
    executed: (trigger, outcome) => executions.inc({ trigger, outcome }),
    pushed: (n, from) => n > 0 && pushes.inc({ from }, n),
    changed: (source) => changes.inc({ source }),
    hook: (hook, outcome) => hooks.inc({ hook, outcome }),
  };
}
