/**
 * The Reporter wire shapes this simulator sends and reads, written from ../shared/specs/reporter-api.md
 * (§2 field lists; `!` there = required here) and nothing else: the gateway's client has its own
 * copy, so that a wrong reading on either side shows up as a failing test instead of agreeing
 * with itself. Enum-typed strings are plain strings (the spec keeps them open, §5).
 */

// §2.1 Filters

/** §2.1 `FilterType` (CONFIRMED). */
export type FilterType =
  | 'TEXT'
  | 'DATE_TIME_RANGE'
  | 'NUMERIC_RANGE'
  | 'CHECKBOX'
  | 'RADIO'
  | 'TREE'
  | 'CUSTOM_FIELDS_IN_RESPONSE'
  | 'COMPOSITE_FILTER';

/** §2.1 "Filter metadata models": `*ComparisonOption`; only the composite variant has `withInputField`. */
export interface ComparisonOption {
  type: string;
  label: string;
  isDefault: boolean;
  withInputField?: boolean;
}

/** §2.1 `FilterOption`. */
export interface FilterOption {
  value: string;
  label: string;
  isSelected: boolean;
  frequency?: number;
  parentValue?: string;
  childValues?: string[];
}

/** §2.1 `FilterSettings`: the common part plus what each `type` adds (all optional here). */
export interface FilterSettings {
  key: string;
  type: string;
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

/** §2.1 `FilterInfo`. */
export interface FilterInfo {
  key: string;
  type: FilterType;
  label: string;
  isDefault: boolean;
  isRequired: boolean;
  settings?: FilterSettings;
}

// §2.2 Sessions, §2.5 labels

/** §2.2 `ClientInfo`. */
export interface ClientInfo {
  id: string;
  firstName?: string;
  lastName?: string;
  username?: string;
}

/** §2.5 `SessionLabelDto`. */
export interface SessionLabelDto {
  id: number;
  name: string;
  priority: number;
}

/** §2.5 `MessageLabelGroupDto`: only `name` is required. */
export interface MessageLabelGroupDto {
  id?: number;
  name: string;
  priority?: number;
}

/** §2.5 `MessageLabelDto`. */
export interface MessageLabelDto {
  id: number;
  name: string;
  priority: number;
  group: MessageLabelGroupDto;
}

/** §2.2 `SessionInfo`. */
export interface SessionInfo {
  sessionId: string;
  projectShortName: string;
  channelType: string;
  botId: string;
  client: ClientInfo;
  startTime: string;
  firstQuestion?: string;
  lastQuestion?: string;
  questionCount?: number;
  /** Unit undocumented (§2.2 GUESS: ms or s); the simulator sends milliseconds. */
  duration?: number;
  callTaskId?: number;
  isCallIncoming?: boolean;
  sessionResult?: string;
  audioFileUrl?: string;
  responseData?: Record<string, unknown>;
  customFields?: Record<string, unknown>;
  sessionData?: Record<string, string>;
  isLivechat: boolean;
  /** Only with `needToReturnSessionLabels=true` (§2.2 INFERRED). */
  labels?: SessionLabelDto[];
}

// §2.3 Messages

export interface OperatorInfo {
  id: string;
  firstName?: string;
  lastName?: string;
  photoUrl?: string;
  channelType?: string;
}

/** All strings except `confidence` (§2.3). */
export interface NlpInfo {
  nlpState?: string;
  nlpClass?: string;
  fromState?: string;
  pattern?: string;
  effectivePattern?: string;
  confidence?: number;
  rule?: string;
  ruleType?: string;
}

/** §2.3 `Message` (by-session / by-client). */
export interface Message {
  timestamp: string;
  questionId: string;
  isLivechat: boolean;
  sessionId: string;
  question?: string;
  textAnswer?: string;
  event?: string;
  operatorInfo?: OperatorInfo;
  nlpInfo?: NlpInfo;
  pageName?: string;
  previousPageName?: string;
  requestData?: Record<string, unknown>;
  data?: Record<string, unknown>;
  responseData?: Record<string, unknown>;
  utterancesJson?: unknown;
  exception?: string;
  /** §2.3 GUESS: milliseconds. */
  processingTime?: number;
  labels?: MessageLabelDto[];
  cleaned?: boolean;
  comment?: string;
  /** SENT | DELIVERED | READ | NOT_SENT | NOT_DELIVERED. */
  status?: string;
  /**
   * Not in the §2.3 table: `responseDataJsonPath` of §3.5 copies responseData fields "into
   * customFields", which we read as this message field (INFERRED).
   */
  customFields?: Record<string, unknown>;
}

/** §2.3 `ExtendedMessage` (messages/filter): Message minus `status`, plus session context (CONFIRMED). */
export interface ExtendedMessage extends Omit<Message, 'status'> {
  projectShortName: string;
  channelType: string;
  botId: string;
  client: ClientInfo;
  sessionStartTime: string;
  callTaskId?: number;
  isCallIncoming?: boolean;
  sessionLabels?: SessionLabelDto[];
}

// §2.4 Clients

/** §2.4 `ClientExtendedInfo`. */
export interface ClientExtendedInfo {
  id: string;
  firstName?: string;
  lastName?: string;
  username?: string;
  accountId: number;
  projectShortName: string;
  channelType: string;
  botId?: string;
  lastSessionId: string;
  joinDate: string;
  lastVisitDate: string;
  isBlocked: boolean;
  blockReason?: string;
  blockedBy?: number;
  blockDate?: string;
}

// §2.8 Statistics

/** §1.1: `ts` epoch, probably milliseconds (INFERRED); the simulator sends milliseconds. */
export interface TimestampToValue {
  ts: number;
  value: number;
}

// §2.9 Scenario experiments

export interface ScenarioExperimentBranchesDto {
  key: string;
  description?: string;
}

/** §2.9 `ScenarioExperimentDto`; `status` is CREATED | RUNNING | STOPPED. */
export interface ScenarioExperimentDto {
  key: string;
  description?: string;
  branches: ScenarioExperimentBranchesDto[];
  status?: string;
}

// §2.10 Reports

/** §2.10 `ReportSettings`; `fileType` is XLSX | CSV. */
export interface ReportSettings {
  fileType: string;
  withHeader?: boolean;
  delimiter?: string;
  dateTimeFormat?: string;
}

/** §2.10 `ReportGenerationTaskDto`. */
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
