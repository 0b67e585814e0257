import { pathSegment } from '../../upstream/path.js';
import type { CallOptions } from '../client-options.js';
import type { FiltersDto } from './filters.js';
import { ReporterLabelsClient } from './labels.js';
import type { ReporterClientOptions } from './transport.js';
import type {
  AddCommentDto,
  BlockClientDto,
  ClientsData,
  MessageData,
  MessagesByClientQuery,
  MessagesBySessionQuery,
  MessagesForClientDto,
  MessagesForSessionDto,
  PageQuery,
  ProjectUniqClientsDto,
  ProjectsSessionsCountDto,
  SessionsData,
  SessionsFilterQuery,
} from './types.js';
import type {
  AdvancedStatsQuery,
  CreateDailyReportDto,
  CreateReportDto,
  FilterInfo,
  FilterOption,
  FilterOptionsQuery,
  JoinExperimentQuery,
  LogLabelStatsDto,
  ReportGenerationTaskDto,
  ReportGenerationTasksDto,
  ReporterHeaders,
  ScenarioExperimentDto,
  ScenarioExperimentJoinedSessionsDto,
  SessionLabelStatsDto,
  SimpleStatsQuery,
  SwitchedSessionsQuery,
  TelephonyReportQuery,
  TelephonyStats,
  TimestampToValueStatsDto,
} from './types-analytics.js';

export type { ReporterClientOptions } from './transport.js';

/** `page`/`size` only; undefined keys are left out of the query string by UpstreamHttp. */
const paging = (q: PageQuery = {}) => ({ page: q.page, size: q.size });

/**
 * Typed client of the legacy Reporter API (reporter-api.md §3): one method per endpoint.
 * Labels live in the parent class (labels.ts); HTTP, paths and errors in transport.ts.
 */
export class ReporterClient extends ReporterLabelsClient {
  constructor(opts: ReporterClientOptions) {
    super(opts);
  }

  // §3.3 Sessions, §3.4 Clients, §3.5 Messages

  filterSessions(q: SessionsFilterQuery = {}, body?: FiltersDto, o?: CallOptions): Promise<SessionsData> {
    const query = { ...paging(q), needToReturnSessionLabels: q.needToReturnSessionLabels };
    return this.call({ method: 'POST', path: '/sessions/filter', endpoint: 'POST sessions/filter', query, body, read: true }, o);
  }

  projectsSessionsCount(o?: CallOptions): Promise<ProjectsSessionsCountDto[]> {
    return this.call({ method: 'GET', path: '/projects/sessions/count', endpoint: 'GET projects/sessions/count' }, o);
  }

  filterClients(q: PageQuery = {}, body?: FiltersDto, o?: CallOptions): Promise<ClientsData> {
    const c = { path: '/clients/filter', query: paging(q), body, read: true };
    return this.call({ method: 'POST', endpoint: 'POST clients/filter', ...c }, o);
  }

  blockClient(botId: string, clientId: string, body: BlockClientDto, o?: CallOptions): Promise<void> {
    const c = { path: '/clients/block', query: { botId, clientId }, body };
    return this.call({ method: 'PUT', endpoint: 'PUT clients/block', ...c }, o);
  }

  unblockClient(botId: string, clientId: string, o?: CallOptions): Promise<void> {
    const c = { path: '/clients/unblock', query: { botId, clientId } };
    return this.call({ method: 'PUT', endpoint: 'PUT clients/unblock', ...c }, o);
  }

  filterMessages(q: PageQuery = {}, body?: FiltersDto, o?: CallOptions): Promise<MessageData> {
    const c = { path: '/messages/filter', query: paging(q), body, read: true };
    return this.call({ method: 'POST', endpoint: 'POST messages/filter', ...c }, o);
  }

  /** A GET with query parameters, as both specs define it (decision 2). */
  messagesBySession(q: MessagesBySessionQuery, o?: CallOptions): Promise<MessagesForSessionDto> {
    // responseDataJsonPath is repeated once per path (§3.5); UpstreamHttp appends arrays that way.
    return this.call({ method: 'GET', path: '/messages/by-session', endpoint: 'GET messages/by-session', query: { ...q } }, o);
  }

  messagesByClient(q: MessagesByClientQuery, o?: CallOptions): Promise<MessagesForClientDto> {
    return this.call({ method: 'GET', path: '/messages/by-client', endpoint: 'GET messages/by-client', query: { ...q } }, o);
  }

  // §3.10 Scenario experiments (the path's misspelling is the real one)

  createExperiment(body: ScenarioExperimentDto, o?: CallOptions): Promise<ScenarioExperimentDto> {
    return this.call({ method: 'POST', path: '/scenario-exeperiments', endpoint: 'POST scenario-exeperiments', body }, o);
  }

  listExperiments(o?: CallOptions): Promise<ScenarioExperimentDto[]> {
    return this.call({ method: 'GET', path: '/scenario-exeperiments', endpoint: 'GET scenario-exeperiments' }, o);
  }

  deleteExperiment(experimentKey: string, o?: CallOptions): Promise<void> {
    const c = { path: '/scenario-exeperiments', query: { experimentKey } };
    return this.call({ method: 'DELETE', endpoint: 'DELETE scenario-exeperiments', ...c }, o);
  }

  /** Joins a session to an experiment (the overview's "activate", decision 3); returns the branch key. */
  async joinExperiment(q: JoinExperimentQuery, o?: CallOptions): Promise<string> {
    const c = { path: '/scenario-exeperiments/join', query: { ...q } };
    const branch = await this.call<unknown>({ method: 'POST', endpoint: 'POST scenario-exeperiments/join', ...c }, o);
    return typeof branch === 'string' ? branch.trim() : String(branch ?? '');
  }

  stopExperiment(experimentKey: string, o?: CallOptions): Promise<void> {
    const c = { path: '/scenario-exeperiments/stop', query: { experimentKey } };
    return this.call({ method: 'POST', endpoint: 'POST scenario-exeperiments/stop', ...c }, o);
  }

  countExperimentSessions(o?: CallOptions): Promise<ScenarioExperimentJoinedSessionsDto[]> {
    const path = '/scenario-exeperiments/count-sessions';
    return this.call({ method: 'GET', path, endpoint: 'GET scenario-exeperiments/count-sessions' }, o);
  }

  // §3.1 Simple statistics

  switchedSessionsStats(q: SwitchedSessionsQuery, h?: ReporterHeaders, o?: CallOptions): Promise<TimestampToValueStatsDto> {
    const c = { path: '/stats/switched-sessions', query: { ...q }, headers: h };
    return this.call({ method: 'GET', endpoint: 'GET stats/switched-sessions', ...c }, o);
  }

  telephonyStats(q: SimpleStatsQuery, h?: ReporterHeaders, o?: CallOptions): Promise<TelephonyStats> {
    const c = { path: '/stats/telephony', query: { ...q }, headers: h };
    return this.call({ method: 'GET', endpoint: 'GET stats/telephony', ...c }, o);
  }

  uniqueClientsStats(o?: CallOptions): Promise<ProjectUniqClientsDto[]> {
    return this.call({ method: 'GET', path: '/stats/unique-clients', endpoint: 'GET stats/unique-clients' }, o);
  }

  // §3.2 Advanced statistics: POST reads

  messagesStats(q: AdvancedStatsQuery = {}, body?: FiltersDto, h?: ReporterHeaders, o?: CallOptions): Promise<TimestampToValueStatsDto> {
    return this.advanced('/stats/messages/with-advanced-filters', q, body, h, o);
  }

  sessionsStats(q: AdvancedStatsQuery = {}, body?: FiltersDto, h?: ReporterHeaders, o?: CallOptions): Promise<TimestampToValueStatsDto> {
    return this.advanced('/stats/sessions/with-advanced-filters', q, body, h, o);
  }

  sessionLabelsStats(q: AdvancedStatsQuery = {}, body?: FiltersDto, h?: ReporterHeaders, o?: CallOptions): Promise<SessionLabelStatsDto> {
    return this.advanced('/stats/session-labels', q, body, h, o);
  }

  logLabelsStats(q: AdvancedStatsQuery = {}, body?: FiltersDto, h?: ReporterHeaders, o?: CallOptions): Promise<LogLabelStatsDto> {
    return this.advanced('/stats/log-labels', q, body, h, o);
  }

  private advanced<T>(path: string, q: AdvancedStatsQuery, body?: FiltersDto, headers?: ReporterHeaders, o?: CallOptions): Promise<T> {
    const query = { intervalType: q.intervalType, step: q.step };
    return this.call({ method: 'POST', path, endpoint: `POST ${path.slice(1)}`, query, body, headers, read: true }, o);
  }

  // §3.11 Reports (legacy: synchronous task objects, polled by id)

  createSessionsReport(body?: CreateReportDto, h?: ReporterHeaders, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    return this.call({ method: 'POST', path: '/reports/sessions', endpoint: 'POST reports/sessions', body, headers: h }, o);
  }

  createMessagesReport(body?: CreateReportDto, h?: ReporterHeaders, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    return this.call({ method: 'POST', path: '/reports/messages', endpoint: 'POST reports/messages', body, headers: h }, o);
  }

  createClientsReport(body?: CreateReportDto, h?: ReporterHeaders, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    return this.call({ method: 'POST', path: '/reports/clients', endpoint: 'POST reports/clients', body, headers: h }, o);
  }

  createTelephonyReport(q: TelephonyReportQuery = {}, h?: ReporterHeaders, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    const c = { path: '/reports/telephony', query: { ...q }, headers: h };
    return this.call({ method: 'POST', endpoint: 'POST reports/telephony', ...c }, o);
  }

  createDailyReport(body: CreateDailyReportDto, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    return this.call({ method: 'POST', path: '/reports/daily', endpoint: 'POST reports/daily', body }, o);
  }

  createClientListReport(body: CreateReportDto, h?: ReporterHeaders, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    const c = { path: '/reports/client-list', body, headers: h };
    return this.call({ method: 'POST', endpoint: 'POST reports/client-list', ...c }, o);
  }

  listReportTasks(o?: CallOptions): Promise<ReportGenerationTasksDto> {
    return this.call({ method: 'GET', path: '/reports', endpoint: 'GET reports' }, o);
  }

  getReportTask(taskId: string, o?: CallOptions): Promise<ReportGenerationTaskDto> {
    const path = `/reports/tasks/${pathSegment(taskId, 'taskId')}`;
    return this.call({ method: 'GET', path, endpoint: 'GET reports/tasks/:id' }, o);
  }

  deleteReportTask(taskId: string, o?: CallOptions): Promise<void> {
    const path = `/reports/tasks/${pathSegment(taskId, 'taskId')}`;
    return this.call({ method: 'DELETE', path, endpoint: 'DELETE reports/tasks/:id' }, o);
  }

  /** Deletes every COMPLETED task (§3.11). */
  deleteCompletedReportTasks(o?: CallOptions): Promise<void> {
    return this.call({ method: 'DELETE', path: '/reports', endpoint: 'DELETE reports' }, o);
  }

  /** Deletes every task, finished or not (§3.11). */
  deleteAllReportTasks(o?: CallOptions): Promise<void> {
    return this.call({ method: 'DELETE', path: '/reports/all', endpoint: 'DELETE reports/all' }, o);
  }

  // §3.8 Comments: both spellings of the id key (§2.6)

  addComment(questionId: string, comment: string, o?: CallOptions): Promise<void> {
    const body: AddCommentDto = { questionid: questionId, questionId, comment };
    const path = `/comments/${pathSegment(questionId, 'questionId')}`;
    return this.call({ method: 'POST', path, endpoint: 'POST comments/:questionId', body }, o);
  }

  deleteComment(questionId: string, o?: CallOptions): Promise<void> {
    const path = `/comments/${pathSegment(questionId, 'questionId')}`;
    return this.call({ method: 'DELETE', path, endpoint: 'DELETE comments/:questionId' }, o);
  }

  // §3.9 Filter metadata

  /** The authoritative key → type mapping for a section (CLIENTS | SESSIONS). */
  filters(analyticsSection: string, language?: string, o?: CallOptions): Promise<FilterInfo[]> {
    const c = { path: '/filters', query: { analyticsSection }, headers: { language } };
    return this.call({ method: 'GET', endpoint: 'GET filters', ...c }, o);
  }

  filterOptions(q: FilterOptionsQuery, body?: FiltersDto, o?: CallOptions): Promise<FilterOption[]> {
    const c = { path: '/filter-options', query: { ...q }, body, read: true };
    return this.call({ method: 'POST', endpoint: 'POST filter-options', ...c }, o);
  }
}
