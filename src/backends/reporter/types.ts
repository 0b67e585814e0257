/**
 * Reporter wire shapes in the upstream's own spelling (reporter-api.md §2). Enum-typed strings are
 * open (`string`): new values appear over time (§5). int64 ids are JS numbers here; the graph maps
 * them to ID (§5 notes that they may pass 2^53 in theory).
 */
import type { AnalyticsFilter } from './filters.js';

/** §1.1: `paging` of every list answer; `pageNum` is zero-based. */
export interface Pagination {
  pageNum: number;
  pageSize: number;
  totalCount: number;
}

export interface PageQuery {
  /** Zero-based. @default 0 */
  page?: number;
  /** @default 20 */
  size?: number;
}

// §2.2 Sessions

export interface ClientInfo {
  id: string;
  firstName?: string;
  lastName?: string;
  username?: string;
}

export interface SessionLabelDto {
  id: number;
  name: string;
  priority: number;
}

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
  /** Milliseconds (GUESS §2.2). */
  duration?: number;
  callTaskId?: number;
  isCallIncoming?: boolean;
  sessionResult?: string;
  audioFileUrl?: string;
  responseData?: Record<string, unknown>;
  customFields?: Record<string, unknown>;
  sessionData?: Record<string, string>;
  isLivechat: boolean;
  /** Only when `needToReturnSessionLabels=true` (§2.2 INFERRED). */
  labels?: SessionLabelDto[];
}

export interface SessionsData {
  paging: Pagination;
  sessions: SessionInfo[];
  filterSetId?: string;
}

export interface SessionsFilterQuery extends PageQuery {
  needToReturnSessionLabels?: boolean;
}

export interface ProjectsSessionsCountDto {
  projectShortName: string;
  amount: number;
}

// §2.3 Messages

export interface OperatorInfo {
  id: string;
  firstName?: string;
  lastName?: string;
  photoUrl?: string;
  channelType?: string;
}

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

export interface MessageLabelGroupDto {
  id?: number;
  name: string;
  priority?: number;
}

export interface MessageLabelDto {
  id: number;
  name: string;
  priority: number;
  group: MessageLabelGroupDto;
}

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
  /** Milliseconds (GUESS §2.3). */
  processingTime?: number;
  labels?: MessageLabelDto[];
  cleaned?: boolean;
  comment?: string;
  /** SENT | DELIVERED | READ | NOT_SENT | NOT_DELIVERED; only on channels that report it. */
  status?: string;
  customFields?: Record<string, unknown>;
}

/** `messages/filter` items: Message minus `status`, plus session context (§2.3 CONFIRMED). */
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

export interface MessageData {
  paging: Pagination;
  messages: ExtendedMessage[];
  filterSetId?: string;
}

export interface MessagesForSessionDto {
  paging: Pagination;
  session: SessionInfo;
  messages: Message[];
}

export interface MessagesForClientDto {
  paging: Pagination;
  client: ClientExtendedInfo;
  messages: Message[];
}

export interface MessagesBySessionQuery extends PageQuery {
  sessionId: string;
  responseDataJsonPath?: string[];
  botId?: string;
  startTime?: string;
  hideEmptyMessage?: boolean;
}

export interface MessagesByClientQuery extends PageQuery {
  botId: string;
  clientId: string;
  startTime?: string;
  channelType?: string;
}

// §2.4 Clients

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

export interface ClientsData {
  paging: Pagination;
  clients: ClientExtendedInfo[];
  filterSetId?: string;
}

export interface BlockClientDto {
  blockReason?: string;
  blockedBy: number;
}

export interface ProjectUniqClientsDto {
  projectShortName: string;
  totalCount: number;
}

// §2.5 Labels

export interface SessionLabelCreate {
  name: string;
  priority: number;
}

export interface UpdateSessionLabelDto {
  id: number;
  name?: string;
  priority?: number;
}

export interface MessageLabelCreate {
  id?: number;
  name: string;
  priority: number;
  group: MessageLabelGroupDto;
}

export interface MessageLabelUpdate {
  name: string;
  groupId: number;
  priority: number;
}

export interface UpdateMessageLabelDto {
  id: number;
  name?: string;
  priority?: number;
  groupId?: number;
  groupName?: string;
  groupPriority?: number;
}

export interface LogLabelGroupCreate {
  name: string;
  priority: number;
}

export interface UpdateMessageLabelGroupDto {
  id: number;
  name?: string;
  priority?: number;
}

export interface LabelPriorityChangeDto {
  id: number;
  newPriority: number;
}

export interface LabelIdDto {
  labelId: number;
}

/** Target = explicit `objectIds` or what `filters` match (§2.5 INFERRED); action by comparisonType (GUESS). */
export interface BulkLabelingDto {
  comparisonType: string;
  labels: number[];
  objectIds?: string[];
  filters?: { filters: AnalyticsFilter[] };
}

// §2.6 Comments

/** The spec spells the property `questionid` but requires `questionId`; we send both (§2.6). */
export interface AddCommentDto {
  questionid?: string;
  questionId?: string;
  comment: string;
}
