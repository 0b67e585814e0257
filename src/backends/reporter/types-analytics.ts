/**
 * Reporter wire shapes, second half (reporter-api.md §2.1 metadata, §2.8–§2.10): statistics,
 * experiments, reports and filter metadata, in the upstream's spelling. Enum strings stay open.
 */
import type { AnalyticsFilter, FilterKey, FilterType } from './filters.js';
import type { PageQuery, SessionLabelDto, MessageLabelDto } from './types.js';

// §2.8 Statistics

export interface TimestampToValue {
  /** Epoch ms (INFERRED §1.1). */
  ts: number;
  value: number;
}

export interface TimestampToValueStatsDto {
  stats: TimestampToValue[];
  totalCount: number;
  filterSetId?: string;
}

export interface TelephonyStats {
  averageCallDurationInSeconds: number;
  billingCount: TimestampToValue[];
  incomingCount: TimestampToValue[];
  outgoingCount: TimestampToValue[];
}

export interface SessionLabelStatsDto {
  stats: { label: SessionLabelDto; tsToValues: TimestampToValue[]; totalCount: number }[];
  filterSetId?: string;
}

export interface LogLabelStatsDto {
  stats: { label: MessageLabelDto; tsToValues: TimestampToValue[]; totalCount: number }[];
  filterSetId?: string;
}

export interface SimpleStatsQuery {
  /** `yyyy-MM-dd` */
  dateFrom: string;
  dateTo: string;
  botIds?: string[];
}

export interface SwitchedSessionsQuery extends SimpleStatsQuery {
  /** SWITCH | TEXT */
  transferToOperatorMethod: string;
  textForTransfer?: string;
}

export interface AdvancedStatsQuery {
  /** HOUR | DAY | WEEK | MONTH | QUARTER | YEAR */
  intervalType?: string;
  /** @default 1 */
  step?: number;
}

/** Optional headers of stats and reports (§1.1): `Timezone` offset (GUESS: minutes) and `language`. */
export interface ReporterHeaders {
  timezone?: number;
  language?: string;
}

// §2.9 Scenario experiments

export interface ScenarioExperimentBranchesDto {
  key: string;
  description?: string;
}

export interface ScenarioExperimentDto {
  key: string;
  description?: string;
  branches: ScenarioExperimentBranchesDto[];
  /** CREATED | RUNNING | STOPPED */
  status?: string;
}

export interface ScenarioExperimentJoinedSessionsDto {
  key: string;
  count: number;
}

export interface JoinExperimentQuery {
  sessionId: string;
  experimentKey: string;
  botId: string;
}

// §2.10 Reports

export interface ReportSettings {
  /** XLSX | CSV */
  fileType: string;
  withHeader?: boolean;
  delimiter?: string;
  dateTimeFormat?: string;
}

/** `filters` is a bare array here, not a FiltersDto (§2.10). */
export interface CreateReportDto {
  filters?: AnalyticsFilter[];
  settings?: ReportSettings;
}

export interface CreateDailyReportDto {
  /** `yyyy-MM-dd` */
  date: string;
  settings?: ReportSettings;
}

export interface TelephonyReportQuery {
  startTime?: string;
  endTime?: string;
  botIds?: string[];
}

export interface ReportGenerationTaskDto {
  taskId: string;
  accountId: number;
  creationTime: string;
  /** CREATED | STARTED | STOPPED | COMPLETED | FAILED | DELETED */
  status: string;
  /** MESSAGES | SESSIONS | CLIENTS | TELEPHONY | DAILY | STATE_ROUTES | CLIENTS_LIST */
  reportType: string;
  settings?: ReportSettings;
  projectShortName?: string;
  writeCount?: number;
  totalCount?: number;
  fileUrl?: string;
  fileName?: string;
}

export interface ReportGenerationTasksDto {
  tasks: ReportGenerationTaskDto[];
}

// §2.1 Filter metadata

export interface ComparisonOption {
  type: string;
  label: string;
  isDefault: boolean;
  withInputField?: boolean;
}

export interface FilterOption {
  value: string;
  label: string;
  isSelected: boolean;
  frequency?: number;
  parentValue?: string;
  childValues?: string[];
}

export interface FilterSettings {
  key: FilterKey;
  type: FilterType | string;
  filterDependent: boolean;
  withFilterInput: boolean;
  helpMessage?: string;
  helpLink?: string;
  placeholder?: string;
  comparisonOptions?: ComparisonOption[];
  defaultValue?: { offset: number; unit: string };
  defaultPageSizeForOptions?: number;
  staticOptions?: FilterOption[];
  altClickEnabled?: boolean;
  popularLabel?: string;
  description?: string;
}

export interface FilterInfo {
  key: FilterKey;
  type: FilterType | string;
  label: string;
  isDefault: boolean;
  isRequired: boolean;
  settings?: FilterSettings;
}

export interface FilterOptionsQuery extends PageQuery {
  filterKey: FilterKey;
  /** CLIENTS | SESSIONS */
  analyticsSection: string;
  language?: string;
}

/** `{error, message, args}`: the envelope of errors (§1.2, decision 4; GUESS for sync calls). */
export interface ReporterErrorBody {
  error: string;
  message: string;
  args?: unknown;
}
