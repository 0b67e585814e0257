import type { CacheConfig } from '../config.js';

/**
 * How long a cached response lives, by what it contains. The plugin takes the smallest TTL of the
 * types and fields in a response, and the default (the live TTL) when none of them is listed; so a
 * page of calls with their employees lives as long as the calls, and only a response made of
 * reference data alone lives long.
 *
 * - reference data, which changes rarely and mostly through Switchboard's own mutations (which
 *   invalidate it): employees, tags, label lists and groups, experiments, filter definitions;
 * - live data (sessions, messages, calls, clients, statistics, anything unlisted): the short TTL,
 *   because the upstreams change it without telling us (a new message, a call that ended);
 * - never: `Query.backends` (modes and readiness of this replica), report tasks and their progress
 *   (a poll is the point), federation's `_service`. The subscription is never cached (the plugin
 *   only sees queries and mutations).
 */
const REFERENCE_TYPES = [
  'Employee',
  'EmployeeGroup',
  'Tag',
  'SessionLabel',
  'MessageLabel',
  'MessageLabelGroup',
  'Experiment',
  'ExperimentBranch',
  'ReporterFilterDefinition',
  'ReporterFilterOption',
  'LeelooPlatformUser',
];

const LIVE_TYPES = ['Session', 'ReporterMessage', 'ReporterClient', 'Call', 'CallStatistics', 'LeelooAccount', 'LeelooChatMessage', 'Statistics', 'TelephonyStatistics'];

const NEVER = ['Query.backends', 'Query.reportTask', 'Query.reportTasks', 'ReportTask', 'ReportProgress', 'Query._service'];

export function ttlPerSchemaCoordinate(config: CacheConfig): Record<string, number> {
  return {
    ...Object.fromEntries(REFERENCE_TYPES.map((t) => [t, config.referenceTtlMs])),
    ...Object.fromEntries(LIVE_TYPES.map((t) => [t, config.liveTtlMs])),
    ...Object.fromEntries(NEVER.map((c) => [c, 0])),
  };
}
