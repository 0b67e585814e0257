import DataLoader from 'dataloader';
import { notFound } from '../../gateway/errors.js';
import { loaderOptions, type LoaderDeps } from '../loader-deps.js';
import type { ReporterClient } from './client.js';
import type { FiltersDto } from './filters.js';
import type { ProjectUniqClientsDto } from './types.js';
import type {
  AdvancedStatsQuery,
  FilterInfo,
  FilterOption,
  FilterOptionsQuery,
  LogLabelStatsDto,
  ReportGenerationTaskDto,
  ReporterHeaders,
  ScenarioExperimentDto,
  SessionLabelStatsDto,
  SimpleStatsQuery,
  SwitchedSessionsQuery,
  TelephonyStats,
  TimestampToValueStatsDto,
} from './types-analytics.js';

/**
 * The largest `size` asked of `filter-options`. The specs give no maximum (§1.1 GUESS: the server
 * caps it); the simulator serves up to 1000.
 */
export const FILTER_OPTIONS_MAX_SIZE = 1000;

/** One advanced-statistics call (reporter-api.md §3.2): query, FiltersDto body and headers. */
export interface AdvancedStatsRequest {
  query: AdvancedStatsQuery;
  filters: FiltersDto;
  headers: ReporterHeaders;
}

/** One simple-statistics call (§3.1): `yyyy-MM-dd` dates, bots and the `Timezone` header. */
export interface SimpleStatsRequest<Q extends SimpleStatsQuery = SimpleStatsQuery> {
  query: Q;
  headers: ReporterHeaders;
}

export interface FiltersRequest {
  section: string;
  language?: string;
}

export interface FilterOptionsRequest {
  query: FilterOptionsQuery;
  filters: FiltersDto;
}

/** A loader for endpoints that take no key: one call per request, shared by every resolver. */
type ListLoader<T> = DataLoader<'all', T>;
/** A loader keyed by a request object; equal requests (compared as JSON) share one call. */
type RequestLoader<K, T> = DataLoader<K, T, string>;

/**
 * The Reporter analytics loaders (experiments, report tasks, statistics, filter metadata), spread
 * into the Reporter loaders. None of these endpoints takes a list of ids, so "batching" here means:
 * one list call answers every key (experiments, count-sessions, report tasks), and equal statistics
 * requests share one call (aliases asking the same thing).
 */
export interface ReporterAnalyticsLoaders {
  /** GET scenario-exeperiments: the whole list (there is no read by key, §3.10). */
  experimentList: ListLoader<ScenarioExperimentDto[]>;
  /** An experiment by key, answered from the one list call; NOT_FOUND for an unknown key. */
  experimentByKey: DataLoader<string, ScenarioExperimentDto>;
  /** Joined sessions per experiment key: one GET count-sessions for every key in the request. */
  experimentSessionCount: DataLoader<string, number>;
  /** GET count-sessions: every experiment's count in one call (started early by `experiments`). */
  experimentCounts: ListLoader<Map<string, number>>;
  /** GET reports: every non-deleted task of the account (§3.11; the endpoint has no paging). */
  reportTaskList: ListLoader<ReportGenerationTaskDto[]>;
  /** A task by id: GET reports/tasks/{id} for one id, the one list call for several. */
  reportTaskById: DataLoader<string, ReportGenerationTaskDto>;
  sessionStats: RequestLoader<AdvancedStatsRequest, TimestampToValueStatsDto>;
  messageStats: RequestLoader<AdvancedStatsRequest, TimestampToValueStatsDto>;
  sessionLabelStats: RequestLoader<AdvancedStatsRequest, SessionLabelStatsDto>;
  messageLabelStats: RequestLoader<AdvancedStatsRequest, LogLabelStatsDto>;
  telephonyStats: RequestLoader<SimpleStatsRequest, TelephonyStats>;
  switchedSessionStats: RequestLoader<SimpleStatsRequest<SwitchedSessionsQuery>, TimestampToValueStatsDto>;
  uniqueClients: ListLoader<ProjectUniqClientsDto[]>;
  filterDefinitions: RequestLoader<FiltersRequest, FilterInfo[]>;
  filterOptions: RequestLoader<FilterOptionsRequest, FilterOption[]>;
}

/** Settles every key on its own, so one failing request never fails the others in the batch. */
async function settle<K, T>(keys: readonly K[], fetch: (key: K) => Promise<T>): Promise<Array<T | Error>> {
  const results = await Promise.allSettled(keys.map(fetch));
  return results.map((r) => (r.status === 'fulfilled' ? r.value : asError(r.reason)));
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

export function createReporterAnalyticsLoaders(client: ReporterClient, deps: LoaderDeps): ReporterAnalyticsLoaders {
  const opts = loaderOptions(deps);
  const o = { signal: deps.signal };
  const keyed = { ...opts, cacheKeyFn: (k: unknown) => JSON.stringify(k) };
  const list = <T>(fetch: () => Promise<T>): ListLoader<T> => new DataLoader((keys) => settle(keys, fetch), opts);
  const perRequest = <K, T>(fetch: (k: K) => Promise<T>): RequestLoader<K, T> =>
    new DataLoader<K, T, string>((keys) => settle(keys, fetch), keyed);

  const experimentList = list(() => client.listExperiments(o));
  const reportTaskList = list(async () => (await client.listReportTasks(o)).tasks ?? []);

  const experimentByKey = new DataLoader<string, ScenarioExperimentDto>(async (keys) => {
    const all = await experimentList.load('all');
    const byKey = new Map(all.map((e) => [e.key, e]));
    return keys.map((k) => byKey.get(k) ?? notFound(`No experiment with key "${k}"`, 'reporter'));
  }, opts);

  // count-sessions lists the experiments that have joined sessions; a key it leaves out has none
  // (INFERRED §2.9: the DTO is a plain key → count list, with no paging or filter).
  const experimentCounts = list(async () => new Map((await client.countExperimentSessions(o)).map((c) => [c.key, Number(c.count)])));
  const experimentSessionCount = new DataLoader<string, number>(async (keys) => {
    const byKey = await experimentCounts.load('all');
    return keys.map((k) => byKey.get(k) ?? 0);
  }, opts);

  // GET reports answers every task at once, so it serves several ids for the price of one call;
  // a single id uses GET reports/tasks/{id}, which also reaches a task the list no longer shows.
  const reportTaskById = new DataLoader<string, ReportGenerationTaskDto>(async (keys) => {
    if (keys.length === 1) return settle(keys, (id) => client.getReportTask(id, o));
    const byId = new Map((await reportTaskList.load('all')).map((t) => [t.taskId, t]));
    return keys.map((id) => byId.get(id) ?? notFound(`No report task with id "${id}"`, 'reporter'));
  }, opts);

  return {
    experimentList,
    experimentByKey,
    experimentSessionCount,
    experimentCounts,
    reportTaskList,
    reportTaskById,
    sessionStats: perRequest((r: AdvancedStatsRequest) => client.sessionsStats(r.query, r.filters, r.headers, o)),
    messageStats: perRequest((r: AdvancedStatsRequest) => client.messagesStats(r.query, r.filters, r.headers, o)),
    sessionLabelStats: perRequest((r: AdvancedStatsRequest) => client.sessionLabelsStats(r.query, r.filters, r.headers, o)),
    messageLabelStats: perRequest((r: AdvancedStatsRequest) => client.logLabelsStats(r.query, r.filters, r.headers, o)),
    telephonyStats: perRequest((r: SimpleStatsRequest) => client.telephonyStats(r.query, r.headers, o)),
    switchedSessionStats: perRequest((r: SimpleStatsRequest<SwitchedSessionsQuery>) => client.switchedSessionsStats(r.query, r.headers, o)),
    uniqueClients: list(() => client.uniqueClientsStats(o)),
    filterDefinitions: perRequest((r: FiltersRequest) => client.filters(r.section, r.language, o)),
    filterOptions: perRequest((r: FilterOptionsRequest) => client.filterOptions(r.query, r.filters, o)),
  };
}
