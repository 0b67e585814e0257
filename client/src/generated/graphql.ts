/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A Reporter analytics screen whose filters are asked for (`analyticsSection`; the legacy API knows these two, §2.1). */
export type AnalyticsSection =
  /** Clients: the client-level keys. */
  | 'CLIENTS'
  /** Sessions (dialogues) and messages: every filter key. */
  | 'SESSIONS';

/** How the gateway reaches a backend. */
export type BackendMode =
  /** Not configured (no token with SIMULATORS=off, or left out of the caller’s tenant): its fields fail with BACKEND_NOT_CONFIGURED. */
  | 'DISABLED'
  /** A token is configured; requests go to the configured URL. */
  | 'LIVE'
  /** No token: the built-in simulator serves it (the embedded default). */
  | 'SIMULATED';

/** The three upstream services behind the graph. */
export type BackendName =
  /** Leeloo CRM, REST. */
  | 'LEELOO'
  /** Just AI / Tovie Reporter API (chatbot analytics), REST. */
  | 'REPORTER'
  /** UIS / CoMagic Data API (telephony), JSON-RPC 2.0. */
  | 'UIS';

/** Which way a call went. */
export type CallDirection =
  /** Incoming: the client called the company. */
  | 'IN'
  /** Outgoing: the company called the client. */
  | 'OUT'
  /** A value this gateway does not know yet; see `directionRaw`. Never sent upstream. */
  | 'UNKNOWN';

/** A range of seconds; either bound may be left out, both are inclusive. */
export type CallDurationRange = {
  /** At most this many seconds. */
  max?: number | null | undefined;
  /** At least this many seconds. */
  min?: number | null | undefined;
};

/** A raw get.calls_report filter: either one condition (`field`, `operator`, `value`) or a group (`and` / `or` of nested trees). Fields are UIS names (snake_case) and are checked against the filterable fields of get.calls_report before anything is sent. */
export type CallFilterTree = {
  /** All of these must match. */
  and?: Array<CallFilterTree> | null | undefined;
  /** A filterable get.calls_report field, e.g. `talk_duration`, `utm_source`, `tags`. */
  field?: string | null | undefined;
  /** How to compare. */
  operator?: UisFilterOperator | null | undefined;
  /** At least one of these must match. */
  or?: Array<CallFilterTree> | null | undefined;
  /** What to compare with: a number, string, boolean or list; dates as ISO 8601 with a zone (or `YYYY-MM-DD hh:mm:ss` in the account zone). */
  value?: unknown;
};

/** An inclusive time range. UIS reports need one; ranges longer than 3 months are split into windows transparently (uis-data-api.md §10). */
export type CallPeriod = {
  /** Start of the range (inclusive). */
  from: string;
  /** End of the range (inclusive). */
  to: string;
};

/** What a recording holds. */
export type CallRecordingKind =
  /** The conversation (`call_records`). */
  | 'TALK'
  /** A voice-mail message (`voice_mail_records`). */
  | 'VOICE_MAIL'
  /** The conversation in WAV (`wav_call_records`). */
  | 'WAV';

/** One sort key. Periods longer than 3 months are fetched window by window in time order, so a sort other than by start time applies within each 3-month window. */
export type CallSort = {
  /** What to sort by. */
  field: CallSortField;
  /** Direction; ASC when left out. */
  order?: UisSortOrder | null | undefined;
};

/** The get.calls_report fields UIS can sort by (uis-data-api.md §7; the Сортировка column). */
export type CallSortField =
  /** UIS field `auto_call_campaign_name`. */
  | 'AUTO_CALL_CAMPAIGN_NAME'
  /** UIS field `campaign_id`. */
  | 'CAMPAIGN_ID'
  /** UIS field `channel_code`. */
  | 'CHANNEL_CODE'
  /** UIS field `channel_new`. */
  | 'CHANNEL_NEW'
  /** UIS field `communication_number`. */
  | 'COMMUNICATION_NUMBER'
  /** UIS field `cpn_country_id`. */
  | 'CPN_COUNTRY_ID'
  /** UIS field `cpn_country_name`. */
  | 'CPN_COUNTRY_NAME'
  /** UIS field `cpn_region_id`. */
  | 'CPN_REGION_ID'
  /** UIS field `cpn_region_name`. */
  | 'CPN_REGION_NAME'
  /** UIS field `direction`. */
  | 'DIRECTION'
  /** UIS field `ext_id`. */
  | 'EXT_ID'
  /** UIS field `finish_reason`. */
  | 'FINISH_REASON'
  /** UIS field `is_lost`. */
  | 'IS_LOST'
  /** UIS field `is_transfer`. */
  | 'IS_TRANSFER'
  /** UIS field `lost_call_processing_duration`. */
  | 'LOST_CALL_PROCESSING_DURATION'
  /** UIS field `sale_cost`. */
  | 'SALE_COST'
  /** UIS field `sale_date`. */
  | 'SALE_DATE'
  /** UIS field `scenario_id`. */
  | 'SCENARIO_ID'
  /** UIS field `site_id`. */
  | 'SITE_ID'
  /** UIS field `source`. */
  | 'SOURCE'
  /** UIS field `source_id`. */
  | 'SOURCE_ID'
  /** UIS field `source_name`. */
  | 'SOURCE_NAME'
  /** UIS field `source_new`. */
  | 'SOURCE_NEW'
  /** UIS field `start_time`. */
  | 'START_TIME'
  /** UIS field `virtual_phone_number`. */
  | 'VIRTUAL_PHONE_NUMBER'
  /** UIS field `visitor_device`. */
  | 'VISITOR_DEVICE'
  /** UIS field `visitor_id`. */
  | 'VISITOR_ID'
  /** UIS field `visitor_type`. */
  | 'VISITOR_TYPE';

/** What `tagCalls` does with each tag on each call. */
export type CallTagAction =
  /** Put the tag on the call (nothing happens where it already is). */
  | 'ADD'
  /** Take the tag off the call (nothing happens where it is not). */
  | 'REMOVE';

/** Typed filters for the common cases; all given ones must match (AND). For anything else use `where`. */
export type CallsFilter = {
  /** Calls attributed to any of these advertising campaigns. */
  campaignIds?: Array<number> | null | undefined;
  /** Calls with any of these client numbers, in any common notation (+7 (916) …, 8916…). */
  contactPhoneNumbers?: Array<string> | null | undefined;
  /** Only incoming or only outgoing calls (UNKNOWN is rejected). */
  direction?: CallDirection | null | undefined;
  /** Calls any of these employees took part in (Employee IDs or UIS employee numbers). */
  employeeIds?: Array<string | number> | null | undefined;
  /** Calls that ended for any of these reasons (UIS `finish_reason` values, e.g. `subscriber_disconnects`). */
  finishReasons?: Array<string> | null | undefined;
  /** Only lost (true) or only answered (false) calls. */
  isLost?: boolean | null | undefined;
  /** Calls attributed to any of these sites. */
  siteIds?: Array<number> | null | undefined;
  /** Calls from any of these sources (UIS `source` values, e.g. `va`, `call_tracking`, `callapi`). */
  sources?: Array<string> | null | undefined;
  /** Calls carrying any of these tags (Tag IDs or UIS tag numbers). */
  tagIds?: Array<string | number> | null | undefined;
  /** Talk time, in seconds. */
  talkDuration?: CallDurationRange | null | undefined;
  /** Whole call, in seconds. */
  totalDuration?: CallDurationRange | null | undefined;
  /** Calls to or from any of these company (virtual) numbers. */
  virtualPhoneNumbers?: Array<string> | null | undefined;
  /** Wait before the answer, in seconds. */
  waitDuration?: CallDurationRange | null | undefined;
};

/** A new scenario experiment (ScenarioExperimentDto, §2.9). */
export type CreateExperimentInput = {
  /** 2 to 5 branches with distinct keys A–E. */
  branches: Array<ExperimentBranchInput>;
  /** What the experiment tests. */
  description?: string | null | undefined;
  /** The experiment code the scenario joins; letters, digits, `_`, `-`, `.`; unique in the project. */
  key: string;
};

/** Filters for `employees`; all given ones must match. */
export type EmployeesFilter = {
  /** Full name contains this text (case-insensitive). */
  fullName?: string | null | undefined;
  /** Members of any of these groups. */
  groupIds?: Array<number> | null | undefined;
  /** Only these employees (Employee IDs or UIS employee numbers). */
  ids?: Array<string | number> | null | undefined;
  /** In any of these standard statuses (`available`, `break`…). */
  statuses?: Array<string> | null | undefined;
};

/** One branch of a new experiment. */
export type ExperimentBranchInput = {
  /** What this branch does differently. */
  description?: string | null | undefined;
  /** A letter A–E, distinct within the experiment. */
  key: string;
};

/** Where a scenario experiment (A/B test) is in its life. A status the Reporter adds later reads UNKNOWN; see `statusRaw`. */
export type ExperimentStatus =
  /** Created; no session has joined it yet (the first join starts it, INFERRED §2.9). */
  | 'CREATED'
  /** Sessions are joining it. */
  | 'RUNNING'
  /** Stopped: no more sessions join; the counts are final. */
  | 'STOPPED'
  /** A status this gateway does not know yet; `statusRaw` carries it. */
  | 'UNKNOWN';

/** The report kinds that export what a `ReporterFilter` matches. */
export type FilteredReportKind =
  /** Clients (POST reports/clients). */
  | 'CLIENTS'
  /** The client list (POST reports/client-list). */
  | 'CLIENTS_LIST'
  /** Messages (POST reports/messages). */
  | 'MESSAGES'
  /** Sessions (POST reports/sessions). */
  | 'SESSIONS';

/** What a bulk labelling does with its labels on each target. */
export type LabelAction =
  /** Put the labels on every target (nothing changes where one is already there). */
  | 'ADD'
  /** Take the labels off every target (nothing changes where one is absent). */
  | 'REMOVE';

/** A message label group’s new priority (LabelPriorityChangeDto, §2.5). */
export type LabelGroupPriorityInput = {
  /** The group’s Reporter id (`MessageLabelGroup.groupId`). */
  groupId: string;
  /** The new sort order: lower comes first. */
  priority: number;
};

/** A label’s new priority (LabelPriorityChangeDto, §2.5). */
export type LabelPriorityInput = {
  /** The Reporter label id (`labelId` of the label). */
  labelId: string;
  /** The new sort order: lower comes first. */
  priority: number;
};

/** Who is answering a Leeloo account (Leeloo `botStatus`). */
export type LeelooBotStatus =
  /** A human operator is chatting and the bot is muted. */
  | 'ADMIN'
  /** The bot answers: its messages reach the subscriber. */
  | 'BOT'
  /** A value this gateway does not know yet; the raw field has it. */
  | 'UNKNOWN';

/** Who or what produced a Leeloo chat message (Leeloo `type`). */
export type LeelooChatMessageType =
  /** Sent without direct human action: broadcast, tunnel, smart reply, greeting (`BOT_MESSAGE`). */
  | 'BOT'
  /** Written by the subscriber (`FRIEND_MESSAGE`). */
  | 'FROM_CLIENT'
  /** Written by hand by a platform user on the Chats page (`YOUR_MESSAGE`). */
  | 'MANUAL'
  /** An account event such as a subscription or an order change (`SYSTEM_MESSAGE`). */
  | 'SYSTEM'
  /** A value this gateway does not know yet; the raw field has it. */
  | 'UNKNOWN';

/** Gender as Facebook reports it (other messengers send none). */
export type LeelooGender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** A value this gateway does not know yet; the raw field has it. */
  | 'UNKNOWN';

/** The messenger a Leeloo account (one channel of a person) comes from (Leeloo `from`). */
export type LeelooMessenger =
  /** Facebook Messenger (confirmed by the docs). */
  | 'FACEBOOK'
  /** Instagram (exact wire string guessed). */
  | 'INSTAGRAM'
  /** A channel created by hand or through the API, not by a messenger (inferred). */
  | 'MANUAL'
  /** Telegram (confirmed by the docs). */
  | 'TELEGRAM'
  /** A value this gateway does not know yet; the raw field has it. */
  | 'UNKNOWN'
  /** Viber (exact wire string guessed). */
  | 'VIBER'
  /** VKontakte (exact wire string guessed). */
  | 'VK'
  /** WhatsApp (exact wire string guessed). */
  | 'WHATSAPP';

/** State of a Leeloo order (Leeloo order `status`; only SUCCESS is documented). */
export type LeelooOrderStatus =
  /** Created, not paid yet (the wire name is a guess). */
  | 'PENDING'
  /** A manual order rejected by an operator (inferred). */
  | 'REJECTED'
  /** A manual order confirmed by an operator (inferred). */
  | 'RESOLVED'
  /** Paid (documented). */
  | 'SUCCESS'
  /** A value this gateway does not know yet; the raw field has it. */
  | 'UNKNOWN';

/** File format of a report export (FileType, §2.10). */
export type ReportFileType =
  /** Comma- (or `delimiter`-) separated values. */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** What a Reporter report export contains. A kind the Reporter adds later reads UNKNOWN; see `kindRaw`. */
export type ReportKind =
  /** Clients matching the filters. */
  | 'CLIENTS'
  /** The client list. */
  | 'CLIENTS_LIST'
  /** One day’s activity. */
  | 'DAILY'
  /** Messages matching the filters. */
  | 'MESSAGES'
  /** Telegram message reactions (API v2 only, §4). */
  | 'MESSAGE_REACTION'
  /** Sessions (dialogues) matching the filters. */
  | 'SESSIONS'
  /** Scenario state routes. */
  | 'STATE_ROUTES'
  /** Telephony calls in a period. */
  | 'TELEPHONY'
  /** A kind this gateway does not know yet; `kindRaw` carries it. */
  | 'UNKNOWN';

/** How to write a report export; fields left out take the Reporter’s defaults. */
export type ReportSettingsInput = {
  /** Java DateTimeFormatter pattern of dates in the file, e.g. `dd.MM.yyyy HH:mm` (Reporter default: `yyyy-MM-dd HH:mm:ss.SSS`). */
  dateTimeFormat?: string | null | undefined;
  /** CSV only: the column delimiter, exactly one character (Reporter default: `,`). */
  delimiter?: string | null | undefined;
  /** XLSX or CSV. */
  fileType: ReportFileType;
  /** Whether the first row holds column titles (Reporter default: true). */
  withHeader?: boolean | null | undefined;
};

/** Where a report export is: CREATED → STARTED → COMPLETED, or FAILED / STOPPED (reporter-api.md §3.11, INFERRED). A status the Reporter adds later reads UNKNOWN; see `statusRaw`. */
export type ReportTaskStatus =
  /** Done: `file` links to the result. */
  | 'COMPLETED'
  /** Queued; no rows written yet. */
  | 'CREATED'
  /** Deleted. */
  | 'DELETED'
  /** Failed; there is no file. */
  | 'FAILED'
  /** Being written; `progress` shows how far. */
  | 'STARTED'
  /** Stopped before it finished. */
  | 'STOPPED'
  /** A status this gateway does not know yet; `statusRaw` carries it. */
  | 'UNKNOWN';

/** A CHECKBOX filter on any key. */
export type ReporterAdvancedCheckboxFilter = {
  /** How to compare. Default CONTAINS. */
  comparison?: ReporterOptionComparison | null | undefined;
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** Option values. */
  options: Array<string>;
};

/** A COMPOSITE_FILTER on any key: key/value conditions that must all hold. */
export type ReporterAdvancedCompositeFilter = {
  /** The conditions (CompositeOption list). */
  conditions: Array<ReporterKeyValueCondition>;
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
};

/** A CUSTOM_FIELDS_IN_RESPONSE filter: responseData paths to return in `customFields`. */
export type ReporterAdvancedCustomFieldsFilter = {
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** responseData paths, e.g. `$.order.id`. */
  paths: Array<string>;
};

/** A DATE_TIME_RANGE filter on any key. */
export type ReporterAdvancedDateTimeRangeFilter = {
  /** Inclusive start. */
  from?: string | null | undefined;
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** Inclusive end. */
  to?: string | null | undefined;
};

/** Any Reporter filter key with any filter type; exactly one variant is set (@oneOf). */
export type ReporterAdvancedFilter =
  {   /** A CHECKBOX filter. */
  checkbox: ReporterAdvancedCheckboxFilter; composite?: never; customFieldsInResponse?: never; dateTimeRange?: never; numericRange?: never; radio?: never; text?: never; tree?: never; }
  |  { checkbox?: never;   /** A COMPOSITE_FILTER. */
  composite: ReporterAdvancedCompositeFilter; customFieldsInResponse?: never; dateTimeRange?: never; numericRange?: never; radio?: never; text?: never; tree?: never; }
  |  { checkbox?: never; composite?: never;   /** A CUSTOM_FIELDS_IN_RESPONSE filter. */
  customFieldsInResponse: ReporterAdvancedCustomFieldsFilter; dateTimeRange?: never; numericRange?: never; radio?: never; text?: never; tree?: never; }
  |  { checkbox?: never; composite?: never; customFieldsInResponse?: never;   /** A DATE_TIME_RANGE filter. */
  dateTimeRange: ReporterAdvancedDateTimeRangeFilter; numericRange?: never; radio?: never; text?: never; tree?: never; }
  |  { checkbox?: never; composite?: never; customFieldsInResponse?: never; dateTimeRange?: never;   /** A NUMERIC_RANGE filter. */
  numericRange: ReporterAdvancedNumericRangeFilter; radio?: never; text?: never; tree?: never; }
  |  { checkbox?: never; composite?: never; customFieldsInResponse?: never; dateTimeRange?: never; numericRange?: never;   /** A RADIO filter. */
  radio: ReporterAdvancedRadioFilter; text?: never; tree?: never; }
  |  { checkbox?: never; composite?: never; customFieldsInResponse?: never; dateTimeRange?: never; numericRange?: never; radio?: never;   /** A TEXT filter. */
  text: ReporterAdvancedTextFilter; tree?: never; }
  |  { checkbox?: never; composite?: never; customFieldsInResponse?: never; dateTimeRange?: never; numericRange?: never; radio?: never; text?: never;   /** A TREE filter. */
  tree: ReporterAdvancedTreeFilter; };

/** A NUMERIC_RANGE filter on any key. */
export type ReporterAdvancedNumericRangeFilter = {
  /** Inclusive lower bound. */
  from?: number | null | undefined;
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** Inclusive upper bound. */
  to?: number | null | undefined;
};

/** A RADIO filter on any key: one option such as YES, NO, ANY, CLIENT, WITH_TRANSFER. */
export type ReporterAdvancedRadioFilter = {
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** The chosen option, sent as is. */
  option: string;
};

/** A TEXT filter on any key. */
export type ReporterAdvancedTextFilter = {
  /** Compare case-sensitively. Default false. */
  caseSensitive?: boolean | null | undefined;
  /** How to compare. Default CONTAINS. */
  comparison?: ReporterTextComparison | null | undefined;
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** Strings to compare with. */
  values: Array<string>;
};

/** A TREE filter on any key. */
export type ReporterAdvancedTreeFilter = {
  /** How to compare. Default CONTAINS. */
  comparison?: ReporterOptionComparison | null | undefined;
  /** The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`). */
  key: string;
  /** Option values. */
  options: Array<string>;
};

/** A DATE_TIME_RANGE condition; either end may be left open, `from` must not be after `to`. */
export type ReporterDateTimeRange = {
  /** Inclusive start. */
  from?: string | null | undefined;
  /** Inclusive end. */
  to?: string | null | undefined;
};

/** Filters for Reporter sessions, messages and clients: one typed field per documented filter key, plus `advanced` for any key/type combination. All conditions must hold. */
export type ReporterFilter = {
  /** Filters on any key with any type of the spec, for keys without a typed field or a server that types a key differently. */
  advanced?: Array<ReporterAdvancedFilter> | null | undefined;
  /** The bot’s answer (ANSWER_TEXT). */
  answerText?: ReporterTextFilter | null | undefined;
  /** Automation statuses (AUTOMATION_STATUS). Documented for the v2 API only; the legacy server may refuse it. */
  automationStatus?: ReporterOptionsFilter | null | undefined;
  /** Channels by bot id (BOT_ID). */
  botId?: ReporterOptionsFilter | null | undefined;
  /** Bot reply kinds (BOT_REPLIES). Documented for the v2 API only; the legacy server may refuse it. */
  botReplies?: ReporterOptionsFilter | null | undefined;
  /** Telephony campaign ids (CALL_TASK_ID). */
  callTaskId?: ReporterOptionsFilter | null | undefined;
  /** Channel names (CHANNEL_NAME). Documented for the v2 API only; the legacy server may refuse it. */
  channelName?: ReporterOptionsFilter | null | undefined;
  /** Channel types, e.g. `telegram` (CHANNEL_TYPE). */
  channelType?: ReporterOptionsFilter | null | undefined;
  /** Client id, name or username (CLIENT_ID_OR_NAME). */
  clientIdOrName?: ReporterTextFilter | null | undefined;
  /** The client’s first visit (CLIENT_JOIN_TIME). */
  clientJoinTime?: ReporterDateTimeRange | null | undefined;
  /** The client’s last activity (CLIENT_LAST_ACTIVITY_TIME). */
  clientLastActivityTime?: ReporterDateTimeRange | null | undefined;
  /** Client types (CLIENT_TYPE). Documented for the v2 API only; the legacy server may refuse it. */
  clientType?: ReporterOptionsFilter | null | undefined;
  /** Text of a message comment (COMMENT_TEXT). */
  commentText?: ReporterTextFilter | null | undefined;
  /** responseData paths to copy into `customFields` (CUSTOM_FIELDS_IN_RESPONSE). */
  customFieldsInResponse?: Array<string> | null | undefined;
  /** true: only with a script error; false: only without (EXCEPTION_EXISTENCE). */
  hasException?: boolean | null | undefined;
  /** Who started the dialogue (INITIATOR). */
  initiator?: ReporterInitiator | null | undefined;
  /** Recognised intents (INTENT). */
  intent?: ReporterOptionsFilter | null | undefined;
  /** Number of client phrases in the session (MESSAGE_COUNT). */
  messageCount?: ReporterNumberRange | null | undefined;
  /** Message labels, as label ids (LOG_LABELS). */
  messageLabels?: ReporterOptionsFilter | null | undefined;
  /** Client phrase or bot answer (MESSAGE_OR_ANSWER_TEXT). Documented for the v2 API only; the legacy server may refuse it. */
  messageOrAnswerText?: ReporterTextFilter | null | undefined;
  /** The client’s phrase (MESSAGE_TEXT). */
  messageText?: ReporterTextFilter | null | undefined;
  /** When a message was sent (MESSAGE_TIME). */
  messageTime?: ReporterDateTimeRange | null | undefined;
  /** Message types (MESSAGE_TYPE). */
  messageType?: ReporterOptionsFilter | null | undefined;
  /** NLP class paths such as `/Shop/Order` (NLP_CLASS). */
  nlpClass?: ReporterOptionsFilter | null | undefined;
  /** Scenario state paths (NLP_STATE). */
  nlpState?: ReporterOptionsFilter | null | undefined;
  /** NPS scores (NPS). Documented for the v2 API only; the legacy server may refuse it. */
  nps?: ReporterOptionsFilter | null | undefined;
  /** Reporting period (PERIOD). Documented for the v2 API only; the legacy server may refuse it. */
  period?: ReporterDateTimeRange | null | undefined;
  /** Scenario actions (SCENARIO_ACTION). Documented for the v2 API only; the legacy server may refuse it. */
  scenarioAction?: ReporterOptionsFilter | null | undefined;
  /** Conditions on session data keys; all must hold (SESSION_DATA). */
  sessionData?: Array<ReporterKeyValueCondition> | null | undefined;
  /** When the session ended (SESSION_END_TIME). */
  sessionEndTime?: ReporterDateTimeRange | null | undefined;
  /** Session id (SESSION_ID). */
  sessionId?: ReporterTextFilter | null | undefined;
  /** Session labels, as label ids (SESSION_LABELS). */
  sessionLabels?: ReporterOptionsFilter | null | undefined;
  /** Session result values (SESSION_RESULT). */
  sessionResult?: ReporterOptionsFilter | null | undefined;
  /** When the session started (SESSION_START_TIME). */
  sessionStartTime?: ReporterDateTimeRange | null | undefined;
  /** Session topics (SESSION_TOPIC). Documented for the v2 API only; the legacy server may refuse it. */
  sessionTopic?: ReporterOptionsFilter | null | undefined;
  /** Scenario state routes (STATE_ROUTES). */
  stateRoutes?: ReporterOptionsFilter | null | undefined;
  /** Text campaign ids (TEXT_CAMPAIGN_ID). Documented for the v2 API only; the legacy server may refuse it. */
  textCampaignId?: ReporterOptionsFilter | null | undefined;
  /** Text campaign results (TEXT_CAMPAIGN_RESULT). Documented for the v2 API only; the legacy server may refuse it. */
  textCampaignResult?: ReporterOptionsFilter | null | undefined;
  /** Whether the dialogue went to an operator (TRANSFER_TO_OPERATOR). */
  transferToOperator?: ReporterTransferToOperator | null | undefined;
  /** true leaves out messages without a client phrase (WITHOUT_EMPTY_MESSAGES). */
  withoutEmptyMessages?: boolean | null | undefined;
  /** true leaves out sessions without client phrases (WITHOUT_EMPTY_SESSIONS). */
  withoutEmptySessions?: boolean | null | undefined;
  /** true leaves out test sessions (WITHOUT_TEST_SESSIONS). Documented for the v2 API only; the legacy server may refuse it. */
  withoutTestSessions?: boolean | null | undefined;
};

/** Who started a session (InitiatorType, §2.1). */
export type ReporterInitiator =
  /** Either side. */
  | 'ANY'
  /** The bot started it, e.g. an outgoing call. */
  | 'BOT'
  /** The client wrote first. */
  | 'CLIENT';

/** How one key/value condition of a COMPOSITE_FILTER compares (CompositeComparisonType, §2.1). */
export type ReporterKeyValueComparison =
  /** The value contains the text. */
  | 'CONTAINS'
  /** The value ends with the text. */
  | 'ENDS_WITH'
  /** The value equals. */
  | 'EQUALS'
  /** The value does not contain the text, or the key is missing. */
  | 'NOT_CONTAINS'
  /** The value differs, or the key is missing. */
  | 'NOT_EQUALS'
  /** The key only has to be present (GUESS). */
  | 'NOT_IMPORTANT'
  /** The value starts with the text. */
  | 'STARTS_WITH';

/** One condition on a key of session data (a CompositeOption, §2.1). */
export type ReporterKeyValueCondition = {
  /** Compare case-sensitively. Default false. */
  caseSensitive?: boolean | null | undefined;
  /** How to compare. Default EQUALS. */
  comparison?: ReporterKeyValueComparison | null | undefined;
  /** The session data key, e.g. `city`. */
  key: string;
  /** The text to compare the key’s value with. */
  value?: string | null | undefined;
};

/** Which Reporter message: its global ID (`ReporterMessage.id`), or its `sessionId` and `questionId` (`messageId`) together. The Reporter writes by questionId alone (§3.7, §3.8); the session is needed to read the message back. */
export type ReporterMessageKey = {
  /** The ReporterMessage global ID. */
  id?: string | number | null | undefined;
  /** The Reporter message id, `ReporterMessage.messageId` (with `sessionId`). */
  questionId?: string | null | undefined;
  /** The session’s global ID or Reporter session id (with `questionId`). */
  sessionId?: string | number | null | undefined;
};

/** Delivery status of a bot answer (MessageStatus, §2.3); UNKNOWN for a value added upstream later (see `statusRaw`). */
export type ReporterMessageStatus =
  /** Delivered to the client’s device. */
  | 'DELIVERED'
  /** Not delivered. */
  | 'NOT_DELIVERED'
  /** The channel refused it. */
  | 'NOT_SENT'
  /** The client read it. */
  | 'READ'
  /** Sent to the channel. */
  | 'SENT'
  /** A status this gateway does not know yet; `statusRaw` has it. */
  | 'UNKNOWN';

/** A NUMERIC_RANGE condition; either end may be left open, `from` must not exceed `to`. */
export type ReporterNumberRange = {
  /** Inclusive lower bound. */
  from?: number | null | undefined;
  /** Inclusive upper bound. */
  to?: number | null | undefined;
};

/** How a CHECKBOX or TREE filter compares (CheckboxComparisonType, §2.1). */
export type ReporterOptionComparison =
  /** One of the options is present. */
  | 'CONTAINS'
  /** Any value is present; options may be empty. */
  | 'EXISTS'
  /** None of the options is present. */
  | 'NOT_CONTAINS'
  /** No value is present; options may be empty. */
  | 'NOT_EXISTS'
  /** No condition. */
  | 'NOT_IMPORTANT';

/** A CHECKBOX or TREE condition over option values (ids, channel types, paths). */
export type ReporterOptionsFilter = {
  /** How to compare. Default CONTAINS. */
  comparison?: ReporterOptionComparison | null | undefined;
  /** Option values; at least one unless the comparison is EXISTS, NOT_EXISTS or NOT_IMPORTANT. */
  options: Array<string>;
};

/** A period of Reporter analytics (statistics, filter option counts), both ends included. */
export type ReporterPeriodInput = {
  /** Start of the period. */
  from: string;
  /** End of the period; not before `from`. */
  to: string;
};

/** How a TEXT filter compares (TextComparisonType, §2.1). */
export type ReporterTextComparison =
  /** The value contains one of the strings. */
  | 'CONTAINS'
  /** The value equals one of the strings. */
  | 'EQUALS'
  /** The value contains none of the strings. */
  | 'NOT_CONTAINS'
  /** No condition: the filter is sent but matches everything. */
  | 'NOT_IMPORTANT';

/** A TEXT condition: the value compared with one or more strings. */
export type ReporterTextFilter = {
  /** Compare case-sensitively. Default false. */
  caseSensitive?: boolean | null | undefined;
  /** How to compare. Default CONTAINS. */
  comparison?: ReporterTextComparison | null | undefined;
  /** Strings to compare with; at least one unless the comparison is NOT_IMPORTANT. */
  values: Array<string>;
};

/** Whether a session was transferred to a live operator (TransferToOperatorFilterType, §2.1). */
export type ReporterTransferToOperator =
  /** Either. */
  | 'ANY'
  /** Only sessions the bot handled alone. */
  | 'WITHOUT_TRANSFER'
  /** Only sessions transferred to an operator. */
  | 'WITH_TRANSFER';

/** The bucket size of a statistics time series (IntervalType, reporter-api.md §2.1). */
export type StatisticsInterval =
  /** One day (in the zone given by `utcOffsetMinutes`). */
  | 'DAY'
  /** One hour. */
  | 'HOUR'
  /** One calendar month. */
  | 'MONTH'
  /** One calendar quarter. */
  | 'QUARTER'
  /** One week. */
  | 'WEEK'
  /** One calendar year. */
  | 'YEAR';

/** Comparison operators of the UIS Data API filters (uis-data-api.md §6). */
export type UisFilterOperator =
  /** Equal (with `value: null`: the field is empty). */
  | 'EQ'
  /** Greater than (numbers, dates). */
  | 'GT'
  /** Greater than or equal (numbers, dates). */
  | 'GTE'
  /** LIKE, case-insensitive (not on every UIS method). */
  | 'ILIKE'
  /** Any of a list of values. */
  | 'IN'
  /** The field is not empty; give no value. */
  | 'IS_NOT_NULL'
  /** The field is empty; give no value. */
  | 'IS_NULL'
  /** A PostgreSQL jsquery expression, passed through. */
  | 'JSQUERY'
  /** SQL LIKE with `%` wildcards, case-sensitive. */
  | 'LIKE'
  /** Less than (numbers, dates). */
  | 'LT'
  /** Less than or equal (numbers, dates). */
  | 'LTE'
  /** Not equal (with `value: null`: the field is not empty). */
  | 'NE'
  /** Negated ILIKE (not on every UIS method). */
  | 'NOT_ILIKE'
  /** None of a list of values. */
  | 'NOT_IN'
  /** Negated LIKE (not on every UIS method). */
  | 'NOT_LIKE'
  /** An array field contains none of the values. */
  | 'NOT_OVERLAP'
  /** An array field (tags, employees, segments…) contains any of the values (matched on the item id). */
  | 'OVERLAP'
  /** POSIX regular expression. */
  | 'REGEXP';

/** Sort direction. */
export type UisSortOrder =
  /** Smallest / earliest first. */
  | 'ASC'
  /** Largest / latest first. */
  | 'DESC';

/** Whether a failed write may have been applied upstream. */
export type WriteOutcome =
  /** It surely did not apply: the backend refused it (a 4xx other than 408/429, a refusing JSON-RPC error), the connection was refused, or it was never sent. */
  | 'NOT_APPLIED'
  /** It may have applied (timeout, reset after sending, 5xx, 408, 429, an unreadable 2xx answer): check before retrying. */
  | 'UNKNOWN';

export type BackendsQueryVariables = Exact<{ [key: string]: never; }>;


export type BackendsQuery = { backends: Array<{ name: BackendName, mode: BackendMode, url: string }> };

export type ClientQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientQuery = { client:
    | { __typename: 'LeelooAccount', accountId: string, phone: string | null, tags: Array<string> | null, id: string, backend: BackendName, displayName: string | null, channel: string | null }
    | { __typename: 'ReporterClient', botId: string, clientId: string, isBlocked: boolean | null, id: string, backend: BackendName, displayName: string | null, channel: string | null }
   | null };

export type CrmAccountsWithCallsQueryVariables = Exact<{
  first?: number | null | undefined;
  period: CallPeriod;
  callsFirst?: number | null | undefined;
}>;


export type CrmAccountsWithCallsQuery = { leelooAccounts: { totalCount: number, edges: Array<{ node: { id: string, accountId: string, name: string | null, phone: string | null, phoneDigits: string | null, orders: Array<{ orderId: string, price: number | null, currency: string | null, status: LeelooOrderStatus | null }> | null, contactedUsers: Array<{ id: string, name: string | null }> | null, calls: { totalCount: number, edges: Array<{ node: { id: string, startTime: string | null, direction: CallDirection | null, contactPhoneNumber: string | null, employees: Array<{ fullName: string | null }> } }> } | null } }> } | null };

export type LeelooAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type LeelooAccountQuery = { leelooAccount: { id: string, accountId: string, backend: BackendName, displayName: string | null, channel: string | null, name: string | null, tags: Array<string> | null, messenger: LeelooMessenger | null, messengerRaw: string | null, botStatus: LeelooBotStatus | null, botStatusRaw: string | null, gender: LeelooGender | null, genderRaw: string | null, phone: string | null, phoneDigits: string | null, email: string | null, locale: string | null, createdAt: string | null, updatedAt: string | null, subscribeHistory: Array<{ tunnelName: string | null, leadgentoolName: string | null, trafficSource: string | null }> | null, customFields: Array<{ name: string, value: string | null }> | null, orders: Array<{ orderId: string, price: number | null, currency: string | null, paymentMethod: string | null, status: LeelooOrderStatus | null, statusRaw: string | null, updatedAt: string | null }> | null, contactedUsers: Array<{ id: string, userId: string, name: string | null, createdAt: string | null, updatedAt: string | null }> | null } | null };

export type LeelooAccountChatQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeelooAccountChatQuery = { leelooAccount: { id: string, name: string | null, chatMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, messageId: string, backend: BackendName, text: string | null, sentAt: string | null, fromClient: boolean | null, type: LeelooChatMessageType | null, typeRaw: string | null, read: boolean | null, createdAt: string | null, updatedAt: string | null, author: { id: string, name: string | null } | null } }> } | null } | null };

export type LeelooAccountListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  tags?: Array<string> | string | null | undefined;
}>;


export type LeelooAccountListQuery = { leelooAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, accountId: string, displayName: string | null, channel: string | null, name: string | null, tags: Array<string> | null, messenger: LeelooMessenger | null, messengerRaw: string | null, botStatus: LeelooBotStatus | null, botStatusRaw: string | null, createdAt: string | null, lastMessageTime: string | null, personId: string | null } }> } | null };

export type LeelooAccountTwiceQueryVariables = Exact<{
  id: string | number;
}>;


export type LeelooAccountTwiceQuery = { card: { id: string, name: string | null, phone: string | null, orders: Array<{ orderId: string }> | null } | null, header: { id: string, email: string | null, contactedUsers: Array<{ name: string | null }> | null } | null };

export type LeelooAccountsWithOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  tags?: Array<string> | string | null | undefined;
}>;


export type LeelooAccountsWithOrdersQuery = { leelooAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, accountId: string, name: string | null, tags: Array<string> | null, messenger: LeelooMessenger | null, botStatus: LeelooBotStatus | null, phone: string | null, phoneDigits: string | null, orders: Array<{ orderId: string, price: number | null, currency: string | null, paymentMethod: string | null, status: LeelooOrderStatus | null, statusRaw: string | null, updatedAt: string | null }> | null, contactedUsers: Array<{ id: string, userId: string, name: string | null }> | null } }> } | null };

export type LeelooUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeelooUsersQuery = { leelooUsers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, userId: string, name: string | null, createdAt: string | null, updatedAt: string | null } }> } | null };

export type AddLeelooAccountTagMutationVariables = Exact<{
  accountId: string | number;
  tagId: string;
}>;


export type AddLeelooAccountTagMutation = { addLeelooAccountTag:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'LeelooAccountTagSuccess', tagId: string, account: { id: string, tags: Array<string> | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type RemoveLeelooAccountTagMutationVariables = Exact<{
  accountId: string | number;
  tagId: string;
}>;


export type RemoveLeelooAccountTagMutation = { removeLeelooAccountTag:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'LeelooAccountTagSuccess', tagId: string, account: { id: string, tags: Array<string> | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type LiveAnalyticsQueryVariables = Exact<{
  sessionsPeriod: ReporterPeriodInput;
  callsPeriod: CallPeriod;
  utcOffsetMinutes?: number | null | undefined;
}>;


export type LiveAnalyticsQuery = { statistics: { sessions: { total: number } | null, sessionResults: Array<{ result: string, label: string | null, series: { total: number, points: Array<{ time: string | null, value: number }> } }> | null } | null, callStatistics: { total: number, lost: number, lostShare: number | null, points: Array<{ time: string, total: number, lost: number }> } | null };

type MutationErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', service: BackendName, message: string, code: string };

type MutationErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', scope: string, message: string, code: string };

type MutationErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', field: string, message: string, code: string };

type MutationErrorFields_NotConfiguredError_Fragment = { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string };

type MutationErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', service: BackendName, message: string, code: string };

type MutationErrorFields_UpstreamFailure_Fragment = { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string };

export type MutationErrorFieldsFragment =
  | MutationErrorFields_ConflictError_Fragment
  | MutationErrorFields_ForbiddenError_Fragment
  | MutationErrorFields_InvalidInputError_Fragment
  | MutationErrorFields_NotConfiguredError_Fragment
  | MutationErrorFields_NotFoundError_Fragment
  | MutationErrorFields_UpstreamFailure_Fragment
;

export type AnalyticsActivityQueryVariables = Exact<{
  period: ReporterPeriodInput;
  botIds?: Array<string> | string | null | undefined;
  interval?: StatisticsInterval | null | undefined;
  step?: number | null | undefined;
}>;


export type AnalyticsActivityQuery = { statistics: { sessions: { total: number, points: Array<{ time: string | null, value: number }> } | null, messages: { total: number, points: Array<{ time: string | null, value: number }> } | null } | null };

export type AnalyticsDashboardQueryVariables = Exact<{
  period: ReporterPeriodInput;
  botIds?: Array<string> | string | null | undefined;
  interval?: StatisticsInterval | null | undefined;
  step?: number | null | undefined;
  utcOffsetMinutes?: number | null | undefined;
}>;


export type AnalyticsDashboardQuery = { statistics: { from: string, to: string, sessions: { total: number, points: Array<{ time: string | null, value: number }> } | null, messages: { total: number, points: Array<{ time: string | null, value: number }> } | null, switchedSessions: { total: number, points: Array<{ time: string | null, value: number }> } | null, telephony: { averageCallDurationSeconds: number | null, billed: { total: number, points: Array<{ time: string | null, value: number }> }, incoming: { total: number, points: Array<{ time: string | null, value: number }> }, outgoing: { total: number, points: Array<{ time: string | null, value: number }> } } | null, uniqueClients: Array<{ projectShortName: string, count: string }> | null, sessionLabels: Array<{ label: { labelId: string, name: string }, series: { total: number, points: Array<{ time: string | null, value: number }> } }> | null, messageLabels: Array<{ label: { labelId: string, name: string, group: { name: string } | null }, series: { total: number, points: Array<{ time: string | null, value: number }> } }> | null } | null };

export type AnalyticsSeriesFragment = { total: number, points: Array<{ time: string | null, value: number }> };

export type AnalyticsExperimentQueryVariables = Exact<{
  key: string;
}>;


export type AnalyticsExperimentQuery = { experiment: { id: string, key: string, description: string | null, status: ExperimentStatus | null, sessionCount: number | null, branches: Array<{ key: string, description: string | null }> } | null };

export type AnalyticsExperimentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ExperimentStatus> | ExperimentStatus | null | undefined;
}>;


export type AnalyticsExperimentsQuery = { experiments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, key: string, description: string | null, status: ExperimentStatus | null, statusRaw: string | null, sessionCount: number | null, branches: Array<{ key: string, description: string | null }> } }> } | null };

export type AnalyticsFilterOptionsQueryVariables = Exact<{
  key: string;
  section?: AnalyticsSection | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  period?: ReporterPeriodInput | null | undefined;
  botIds?: Array<string> | string | null | undefined;
}>;


export type AnalyticsFilterOptionsQuery = { reporterFilterOptions: Array<{ value: string, label: string | null, frequency: number | null, parentValue: string | null, childValues: Array<string> | null }> | null };

export type AnalyticsFiltersQueryVariables = Exact<{
  section?: AnalyticsSection | null | undefined;
  language?: string | null | undefined;
}>;


export type AnalyticsFiltersQuery = { reporterFilters: Array<{ key: string, type: string, label: string | null, isDefault: boolean | null, isRequired: boolean | null, settings: { filterDependent: boolean | null, withFilterInput: boolean | null, placeholder: string | null, defaultPageSizeForOptions: number | null, comparisonOptions: Array<{ type: string, label: string | null, isDefault: boolean | null }> | null, defaultPeriod: { offset: string, unit: string } | null, staticOptions: Array<{ value: string, label: string | null }> | null } | null }> | null };

export type AnalyticsReportTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalyticsReportTaskQuery = { reportTask: { id: string, taskId: string, kind: ReportKind | null, status: ReportTaskStatus | null, statusRaw: string | null, progress: { written: number | null, total: number | null, fraction: number | null }, file: { url: string, name: string | null } | null } | null };

export type AnalyticsReportTasksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<ReportTaskStatus> | ReportTaskStatus | null | undefined;
  kind?: Array<ReportKind> | ReportKind | null | undefined;
}>;


export type AnalyticsReportTasksQuery = { reportTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, taskId: string, kind: ReportKind | null, kindRaw: string | null, status: ReportTaskStatus | null, statusRaw: string | null, createdAt: string | null, progress: { written: number | null, total: number | null, fraction: number | null }, file: { url: string, name: string | null } | null, settings: { fileType: string | null, withHeader: boolean | null } | null } }> } | null };

export type AnalyticsReportTaskFieldsFragment = { id: string, taskId: string, kind: ReportKind | null, kindRaw: string | null, status: ReportTaskStatus | null, statusRaw: string | null, createdAt: string | null, progress: { written: number | null, total: number | null, fraction: number | null }, file: { url: string, name: string | null } | null, settings: { fileType: string | null, withHeader: boolean | null } | null };

export type LiveSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReporterFilter | null | undefined;
}>;


export type LiveSessionsQuery = { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sessionId: string, startTime: string, channelType: string, botId: string, messageCount: number | null, result: string | null, client: { id: string, clientId: string, displayName: string | null }, labels: Array<{ id: string, labelId: string, name: string }> | null } }> } | null };

export type MessageLabelGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageLabelGroupsQuery = { messageLabelGroups: Array<{ id: string, groupId: string | null, name: string, priority: number | null, labels: Array<{ id: string, labelId: string, name: string, priority: number }> | null }> | null };

export type ReporterMessagesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReporterFilter | null | undefined;
}>;


export type ReporterMessagesQuery = { messages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, messageId: string, sentAt: string | null, question: string | null, answer: string | null, comment: string | null, labels: Array<{ name: string, group: { name: string } | null }> | null, session: { id: string, sessionId: string, channelType: string } | null } }> } | null };

export type ActivateExperimentMutationVariables = Exact<{
  key: string;
  sessionId: string | number;
  botId: string;
}>;


export type ActivateExperimentMutation = { activateExperiment:
    | { __typename: 'ActivateExperimentSuccess', branchKey: string, sessionId: string, experiment: { id: string, key: string, description: string | null, status: ExperimentStatus | null, sessionCount: number | null, branches: Array<{ key: string, description: string | null }> } }
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type AddMessageLabelMutationVariables = Exact<{
  message: ReporterMessageKey;
  labelId: string;
}>;


export type AddMessageLabelMutation = { addMessageLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelsChangeSuccess', changed: boolean, reporterMessage: { id: string, messageId: string, labels: Array<{ labelId: string, name: string, group: { groupId: string | null, name: string } | null }> | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type AddSessionLabelMutationVariables = Exact<{
  sessionId: string | number;
  labelId: string;
}>;


export type AddSessionLabelMutation = { addSessionLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'SessionLabelsChangeSuccess', changed: boolean, session: { id: string, sessionId: string, labels: Array<{ labelId: string, name: string, priority: number }> | null } | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type BlockClientMutationVariables = Exact<{
  botId: string;
  clientId: string;
  reason?: string | null | undefined;
  blockedBy: string;
}>;


export type BlockClientMutation = { blockClient:
    | { __typename: 'BlockClientSuccess', client: { id: string, botId: string, clientId: string, isBlocked: boolean | null, blockReason: string | null, blockedBy: string | null, blockDate: string | null } | null }
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type BulkLabelMessagesMutationVariables = Exact<{
  action: LabelAction;
  labelIds: Array<string> | string;
  messages?: Array<ReporterMessageKey> | ReporterMessageKey | null | undefined;
  filter?: ReporterFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type BulkLabelMessagesMutation = { bulkLabelMessages:
    | { __typename: 'BulkLabelMessagesSuccess', action: LabelAction, labels: Array<{ labelId: string, name: string }> | null, messages: { totalCount: number, edges: Array<{ node: { messageId: string, labels: Array<{ labelId: string, name: string }> | null } }> } | null }
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type BulkLabelSessionsMutationVariables = Exact<{
  action: LabelAction;
  labelIds: Array<string> | string;
  sessionIds?: Array<string | number> | string | number | null | undefined;
  filter?: ReporterFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type BulkLabelSessionsMutation = { bulkLabelSessions:
    | { __typename: 'BulkLabelSessionsSuccess', action: LabelAction, labels: Array<{ labelId: string, name: string }> | null, sessions: { totalCount: number, edges: Array<{ node: { sessionId: string, labels: Array<{ labelId: string, name: string }> | null } }> } | null }
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateDailyReportMutationVariables = Exact<{
  date: string;
  settings?: ReportSettingsInput | null | undefined;
}>;


export type CreateDailyReportMutation = { createDailyReport:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'CreateReportSuccess', task: { id: string, taskId: string, kind: ReportKind | null, status: ReportTaskStatus | null, createdAt: string | null, progress: { written: number | null, total: number | null }, settings: { fileType: string | null, withHeader: boolean | null, delimiter: string | null, dateTimeFormat: string | null } | null } }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateExperimentMutationVariables = Exact<{
  input: CreateExperimentInput;
}>;


export type CreateExperimentMutation = { createExperiment:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ExperimentSuccess', experiment: { id: string, key: string, description: string | null, status: ExperimentStatus | null, sessionCount: number | null, branches: Array<{ key: string, description: string | null }> } }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateMessageLabelGroupMutationVariables = Exact<{
  name: string;
  priority?: number | null | undefined;
  firstLabelName: string;
  firstLabelPriority?: number | null | undefined;
}>;


export type CreateMessageLabelGroupMutation = { createMessageLabelGroup:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelGroupSuccess', group: { id: string, groupId: string | null, name: string, priority: number | null, labels: Array<{ labelId: string, name: string }> | null } | null, firstLabel: { labelId: string, name: string, priority: number } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateMessageLabelMutationVariables = Exact<{
  groupId: string;
  name: string;
  priority?: number | null | undefined;
}>;


export type CreateMessageLabelMutation = { createMessageLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelSuccess', label: { id: string, labelId: string, name: string, priority: number, group: { groupId: string | null, name: string } | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateReportMutationVariables = Exact<{
  kind: FilteredReportKind;
  filter?: ReporterFilter | null | undefined;
  settings?: ReportSettingsInput | null | undefined;
  utcOffsetMinutes?: number | null | undefined;
  language?: string | null | undefined;
}>;


export type CreateReportMutation = { createReport:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'CreateReportSuccess', task: { id: string, taskId: string, kind: ReportKind | null, status: ReportTaskStatus | null, createdAt: string | null, progress: { written: number | null, total: number | null }, settings: { fileType: string | null, withHeader: boolean | null, delimiter: string | null, dateTimeFormat: string | null } | null } }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateSessionLabelMutationVariables = Exact<{
  name: string;
  priority?: number | null | undefined;
}>;


export type CreateSessionLabelMutation = { createSessionLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'SessionLabelSuccess', label: { id: string, labelId: string, name: string, priority: number } | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type CreateTelephonyReportMutationVariables = Exact<{
  period?: ReporterPeriodInput | null | undefined;
  botIds?: Array<string> | string | null | undefined;
  utcOffsetMinutes?: number | null | undefined;
  language?: string | null | undefined;
}>;


export type CreateTelephonyReportMutation = { createTelephonyReport:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'CreateReportSuccess', task: { id: string, taskId: string, kind: ReportKind | null, status: ReportTaskStatus | null, createdAt: string | null, progress: { written: number | null, total: number | null }, settings: { fileType: string | null, withHeader: boolean | null, delimiter: string | null, dateTimeFormat: string | null } | null } }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteCompletedReportTasksMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteCompletedReportTasksMutation = { deleteCompletedReportTasks:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'DeleteCompletedReportTasksSuccess', remainingTasks: Array<{ id: string, taskId: string, status: ReportTaskStatus | null }> }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteExperimentMutationVariables = Exact<{
  key: string;
}>;


export type DeleteExperimentMutation = { deleteExperiment:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'DeleteExperimentSuccess', key: string, deletedId: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteMessageCommentMutationVariables = Exact<{
  message: ReporterMessageKey;
}>;


export type DeleteMessageCommentMutation = { deleteMessageComment:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageCommentSuccess', changed: boolean, reporterMessage: { id: string, messageId: string, comment: string | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteMessageLabelGroupMutationVariables = Exact<{
  groupId: string;
}>;


export type DeleteMessageLabelGroupMutation = { deleteMessageLabelGroup:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'DeleteMessageLabelGroupSuccess', deletedGroupId: string, deletedId: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteMessageLabelMutationVariables = Exact<{
  labelId: string;
}>;


export type DeleteMessageLabelMutation = { deleteMessageLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'DeleteMessageLabelSuccess', deletedLabelId: string, deletedId: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteReportTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReportTaskMutation = { deleteReportTask:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'DeleteReportTaskSuccess', taskId: string, deletedId: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type DeleteSessionLabelMutationVariables = Exact<{
  labelId: string;
}>;


export type DeleteSessionLabelMutation = { deleteSessionLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'DeleteSessionLabelSuccess', deletedLabelId: string, deletedId: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type RemoveMessageLabelMutationVariables = Exact<{
  message: ReporterMessageKey;
  labelId: string;
}>;


export type RemoveMessageLabelMutation = { removeMessageLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelsChangeSuccess', changed: boolean, reporterMessage: { id: string, messageId: string, labels: Array<{ labelId: string, name: string, group: { groupId: string | null, name: string } | null }> | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type RemoveSessionLabelMutationVariables = Exact<{
  sessionId: string | number;
  labelId: string;
}>;


export type RemoveSessionLabelMutation = { removeSessionLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'SessionLabelsChangeSuccess', changed: boolean, session: { id: string, sessionId: string, labels: Array<{ labelId: string, name: string, priority: number }> | null } | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type RenameMessageLabelGroupMutationVariables = Exact<{
  groupId: string;
  name: string;
}>;


export type RenameMessageLabelGroupMutation = { renameMessageLabelGroup:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelGroupSuccess', group: { id: string, groupId: string | null, name: string, priority: number | null, labels: Array<{ labelId: string, name: string }> | null } | null, firstLabel: { labelId: string, name: string, priority: number } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type RenameMessageLabelMutationVariables = Exact<{
  labelId: string;
  name: string;
}>;


export type RenameMessageLabelMutation = { renameMessageLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelSuccess', label: { id: string, labelId: string, name: string, priority: number, group: { groupId: string | null, name: string } | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type RenameSessionLabelMutationVariables = Exact<{
  labelId: string;
  name: string;
}>;


export type RenameSessionLabelMutation = { renameSessionLabel:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'SessionLabelSuccess', label: { id: string, labelId: string, name: string, priority: number } | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type SetMessageCommentMutationVariables = Exact<{
  message: ReporterMessageKey;
  comment: string;
}>;


export type SetMessageCommentMutation = { setMessageComment:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageCommentSuccess', changed: boolean, reporterMessage: { id: string, messageId: string, comment: string | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type SetMessageLabelGroupPrioritiesMutationVariables = Exact<{
  priorities: Array<LabelGroupPriorityInput> | LabelGroupPriorityInput;
}>;


export type SetMessageLabelGroupPrioritiesMutation = { setMessageLabelGroupPriorities:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelGroupPrioritiesSuccess', groups: Array<{ groupId: string | null, name: string, priority: number | null }> | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type SetMessageLabelPrioritiesMutationVariables = Exact<{
  priorities: Array<LabelPriorityInput> | LabelPriorityInput;
}>;


export type SetMessageLabelPrioritiesMutation = { setMessageLabelPriorities:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelPrioritiesSuccess', labels: Array<{ labelId: string, name: string, priority: number, group: { groupId: string | null } | null }> | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type SetMessageLabelsMutationVariables = Exact<{
  message: ReporterMessageKey;
  labelIds: Array<string> | string;
}>;


export type SetMessageLabelsMutation = { setMessageLabels:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'MessageLabelsChangeSuccess', changed: boolean, reporterMessage: { id: string, messageId: string, labels: Array<{ labelId: string, name: string, group: { groupId: string | null, name: string } | null }> | null } | null }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type SetSessionLabelPrioritiesMutationVariables = Exact<{
  priorities: Array<LabelPriorityInput> | LabelPriorityInput;
}>;


export type SetSessionLabelPrioritiesMutation = { setSessionLabelPriorities:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'SessionLabelPrioritiesSuccess', labels: Array<{ labelId: string, name: string, priority: number }> | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type SetSessionLabelsMutationVariables = Exact<{
  sessionId: string | number;
  labelIds: Array<string> | string;
}>;


export type SetSessionLabelsMutation = { setSessionLabels:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'SessionLabelsChangeSuccess', changed: boolean, session: { id: string, sessionId: string, labels: Array<{ labelId: string, name: string, priority: number }> | null } | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type StopExperimentMutationVariables = Exact<{
  key: string;
}>;


export type StopExperimentMutation = { stopExperiment:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ExperimentSuccess', experiment: { id: string, key: string, description: string | null, status: ExperimentStatus | null, sessionCount: number | null, branches: Array<{ key: string, description: string | null }> } }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type UnblockClientMutationVariables = Exact<{
  botId: string;
  clientId: string;
}>;


export type UnblockClientMutation = { unblockClient:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UnblockClientSuccess', client: { id: string, isBlocked: boolean | null, blockReason: string | null, blockedBy: string | null, blockDate: string | null } | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type ReporterClientDetailsQueryVariables = Exact<{
  botId: string;
  clientId: string;
  sessions?: number | null | undefined;
  messages?: number | null | undefined;
}>;


export type ReporterClientDetailsQuery = { reporterClient: { id: string, clientId: string, botId: string, channel: string | null, displayName: string | null, username: string | null, joinDate: string | null, lastVisitDate: string | null, isBlocked: boolean | null, blockReason: string | null, blockedBy: string | null, blockDate: string | null, sessions: { totalCount: number, edges: Array<{ node: { id: string, startTime: string, result: string | null } }> } | null, messages: { totalCount: number, edges: Array<{ node: { id: string, sentAt: string | null, question: string | null, answer: string | null } }> } | null } | null };

export type ReporterClientsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReporterFilter | null | undefined;
}>;


export type ReporterClientsQuery = { reporterClients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, clientId: string, botId: string, channel: string | null, displayName: string | null, joinDate: string | null, lastVisitDate: string | null, isBlocked: boolean | null, blockReason: string | null } }> } | null };

export type SessionLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionLabelsQuery = { sessionLabels: Array<{ id: string, labelId: string, name: string, priority: number }> | null };

export type SessionNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SessionNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { sessionId: string, startTime: string, channelType: string, id: string, client: { displayName: string | null }, labels: Array<{ name: string }> | null }
    | { id: string }
    | { id: string }
   | null> };

export type SessionTwiceQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionTwiceQuery = { first: { id: string, sessionId: string, startTime: string } | null, again: { id: string, result: string | null, labels: Array<{ name: string }> | null } | null };

export type SessionWithMessagesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type SessionWithMessagesQuery = { session: { id: string, sessionId: string, startTime: string, channelType: string, result: string | null, labels: Array<{ id: string, name: string }> | null, messages: { totalCount: number, edges: Array<{ node: { id: string, messageId: string, sentAt: string | null, question: string | null, answer: string | null, status: ReporterMessageStatus | null, comment: string | null, processingTimeMs: number | null, nlp: { nlpClass: string | null, confidence: number | null } | null, operator: { operatorId: string, displayName: string | null } | null, labels: Array<{ id: string, name: string, group: { id: string, name: string } | null }> | null } }> } | null } | null };

export type SessionsWithClientBlockStateQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ReporterFilter | null | undefined;
}>;


export type SessionsWithClientBlockStateQuery = { sessions: { totalCount: number, edges: Array<{ node: { id: string, sessionId: string, startTime: string, client: { id: string, clientId: string, botId: string, displayName: string | null, isBlocked: boolean | null, blockReason: string | null, blockedBy: string | null, blockDate: string | null, lastVisitDate: string | null }, labels: Array<{ id: string, name: string }> | null } }> } | null };

export type SessionsWithClientsAndLabelsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReporterFilter | null | undefined;
}>;


export type SessionsWithClientsAndLabelsQuery = { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, sessionId: string, startTime: string, channelType: string, botId: string, messageCount: number | null, firstPhrase: string | null, result: string | null, client: { id: string, clientId: string, displayName: string | null, firstName: string | null, lastName: string | null, username: string | null }, labels: Array<{ id: string, labelId: string, name: string }> | null } }> } | null };

export type ReportTaskUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ReportTaskUpdatedSubscription = { reportTaskUpdated: { id: string, taskId: string, kind: ReportKind | null, status: ReportTaskStatus | null, progress: { written: number | null, total: number | null, fraction: number | null }, file: { url: string, name: string | null } | null } | null };

export type CallDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type CallDetailsQuery = { call: { id: string, callSessionId: string, communicationId: string | null, startTime: string | null, finishTime: string | null, direction: CallDirection | null, directionRaw: string | null, finishReason: string | null, isLost: boolean | null, isTransfer: boolean | null, waitDuration: number | null, totalWaitDuration: number | null, talkDuration: number | null, cleanTalkDuration: number | null, totalDuration: number | null, postprocessDuration: number | null, contactPhoneNumber: string | null, virtualPhoneNumber: string | null, operatorPhoneNumber: string | null, source: string | null, fullRecordFileLink: string | null, region: { regionName: string | null, countryId: string | null } | null, recordings: Array<{ kind: CallRecordingKind, url: string }> | null, scenario: { scenarioId: number | null, name: string | null, operations: Array<{ name: string | null }> | null } | null, site: { siteId: number | null, domainName: string | null } | null, campaign: { campaignId: number | null, name: string | null } | null, visitor: { visitorId: number | null, city: string | null, device: string | null } | null, attribution: { utmSource: string | null, utmMedium: string | null, utmCampaign: string | null, channel: string | null } | null, sale: { date: string | null, cost: number | null } | null, contact: { contactId: number | null, fullName: string | null } | null, employees: Array<{ fullName: string | null, isAnswered: boolean | null, isTalked: boolean | null }>, tags: Array<{ name: string | null, type: string | null, changedAt: string | null, employeeFullName: string | null }>, firstAnsweredEmployee: { employeeId: number, fullName: string | null } | null, lastTalkedEmployee: { employeeId: number, fullName: string | null } | null } | null };

export type CallNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CallNodesQuery = { nodes: Array<
    | { callSessionId: string, startTime: string | null, direction: CallDirection | null, talkDuration: number | null, id: string, employees: Array<{ fullName: string | null }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type CallsWithEmployeeDetailsQueryVariables = Exact<{
  period: CallPeriod;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CallsWithEmployeeDetailsQuery = { calls: { totalCount: number, edges: Array<{ node: { id: string, startTime: string | null, employees: Array<{ fullName: string | null, isAnswered: boolean | null, isTalked: boolean | null, employee: { id: string, email: string | null, groups: Array<{ groupId: number | null, name: string | null }> | null } | null }>, tags: Array<{ name: string | null, changedAt: string | null }> } }> } | null };

export type CallsWithEmployeesAndTagsQueryVariables = Exact<{
  period: CallPeriod;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CallsFilter | null | undefined;
  where?: CallFilterTree | null | undefined;
  sort?: Array<CallSort> | CallSort | null | undefined;
}>;


export type CallsWithEmployeesAndTagsQuery = { calls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, callSessionId: string, startTime: string | null, direction: CallDirection | null, finishReason: string | null, isLost: boolean | null, talkDuration: number | null, contactPhoneNumber: string | null, employees: Array<{ employeeId: number, fullName: string | null, isAnswered: boolean | null, isTalked: boolean | null }>, tags: Array<{ tagId: number, name: string | null, type: string | null, changedAt: string | null, userLogin: string | null }> } }> } | null };

export type EmployeeQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployeeQuery = { employee: { id: string, employeeId: number, fullName: string | null, login: string | null, email: string | null, status: string | null, groups: Array<{ name: string | null }> | null, extension: { phoneNumber: string | null } | null } | null };

export type EmployeesQueryVariables = Exact<{
  filter?: EmployeesFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmployeesQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, employeeId: number, fullName: string | null, email: string | null, status: string | null, groups: Array<{ groupId: number | null, name: string | null }> | null, phoneNumbers: Array<{ phoneNumber: string | null, status: string | null }> | null } }> } | null };

export type LiveCallsQueryVariables = Exact<{
  period: CallPeriod;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CallsFilter | null | undefined;
}>;


export type LiveCallsQuery = { calls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, callSessionId: string, startTime: string | null, direction: CallDirection | null, isLost: boolean | null, talkDuration: number | null, contactPhoneNumber: string | null, employees: Array<{ employeeId: number, fullName: string | null }>, tags: Array<{ tagId: number, name: string | null }> } }> } | null };

export type TagsQueryVariables = Exact<{
  name?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TagsQuery = { tags: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tagId: number, name: string | null, isSystem: boolean | null } }> } | null };

export type TagCallMutationVariables = Exact<{
  callId: string | number;
  tagId: string | number;
}>;


export type TagCallMutation = { tagCall:
    | { __typename: 'CallTagChangeSuccess', changed: boolean, tag: { tagId: number, name: string | null }, call: { id: string, communicationId: string | null, tags: Array<{ tagId: number, name: string | null, type: string | null, userLogin: string | null }> } | null }
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type TagCallsMutationVariables = Exact<{
  callIds: Array<string | number> | string | number;
  tagIds: Array<string | number> | string | number;
  action: CallTagAction;
}>;


export type TagCallsMutation = { tagCalls:
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'TagCallsSuccess', action: CallTagAction, changedCount: number, failedCount: number, outcomes: Array<{ callId: string, ok: boolean, changed: boolean, tag: { tagId: number }, error:
          | { __typename: 'ConflictError', message: string, code: string }
          | { __typename: 'ForbiddenError', message: string, code: string }
          | { __typename: 'InvalidInputError', message: string, code: string }
          | { __typename: 'NotConfiguredError', message: string, code: string }
          | { __typename: 'NotFoundError', message: string, code: string }
          | { __typename: 'UpstreamFailure', outcome: WriteOutcome, message: string, code: string }
         | null }>, calls: Array<{ id: string, tags: Array<{ tagId: number, name: string | null }> }> | null }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export type UntagCallMutationVariables = Exact<{
  callId: string | number;
  tagId: string | number;
}>;


export type UntagCallMutation = { untagCall:
    | { __typename: 'CallTagChangeSuccess', changed: boolean, tag: { tagId: number, name: string | null }, call: { id: string, communicationId: string | null, tags: Array<{ tagId: number, name: string | null, type: string | null, userLogin: string | null }> } | null }
    | { __typename: 'ConflictError', service: BackendName, message: string, code: string }
    | { __typename: 'ForbiddenError', scope: string, message: string, code: string }
    | { __typename: 'InvalidInputError', field: string, message: string, code: string }
    | { __typename: 'NotConfiguredError', service: BackendName, message: string, code: string }
    | { __typename: 'NotFoundError', service: BackendName, message: string, code: string }
    | { __typename: 'UpstreamFailure', service: BackendName, outcome: WriteOutcome, requestId: string | null, message: string, code: string }
   | null };

export const MutationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<MutationErrorFieldsFragment, unknown>;
export const AnalyticsSeriesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AnalyticsSeriesFragment, unknown>;
export const AnalyticsReportTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindRaw"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"withHeader"}}]}}]}}]} as unknown as DocumentNode<AnalyticsReportTaskFieldsFragment, unknown>;
export const BackendsDocument = {"__meta__":{"hash":"sha256:6b2f11b3675fc29096b16ae1cd0b461bfd02415a7d25925866db8d1b233f174c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<BackendsQuery, BackendsQueryVariables>;
export const ClientDocument = {"__meta__":{"hash":"sha256:473f3116fd950b8afbd953bea5a99c2e0791172aa288dd491586f985f7fde183"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Client"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeelooAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]}}]} as unknown as DocumentNode<ClientQuery, ClientQueryVariables>;
export const CrmAccountsWithCallsDocument = {"__meta__":{"hash":"sha256:ecaa0f5bd86c8a3c77de963c4a64866f171240f1fc14c6e863f1513144c3a8df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrmAccountsWithCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leelooAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDigits"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrmAccountsWithCallsQuery, CrmAccountsWithCallsQueryVariables>;
export const LeelooAccountDocument = {"__meta__":{"hash":"sha256:483d976ff619aace075b91f52369108ec06cf8e06f8e289bbb9a97a5fc4cca6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeelooAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leelooAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messenger"}},{"kind":"Field","name":{"kind":"Name","value":"messengerRaw"}},{"kind":"Field","name":{"kind":"Name","value":"botStatus"}},{"kind":"Field","name":{"kind":"Name","value":"botStatusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"genderRaw"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDigits"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subscribeHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tunnelName"}},{"kind":"Field","name":{"kind":"Name","value":"leadgentoolName"}},{"kind":"Field","name":{"kind":"Name","value":"trafficSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LeelooAccountQuery, LeelooAccountQueryVariables>;
export const LeelooAccountChatDocument = {"__meta__":{"hash":"sha256:a9e1f54ffd3c39b5cd616a9420d7af50419933430801c236134b5d9f993b1d3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeelooAccountChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leelooAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"chatMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromClient"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeRaw"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeelooAccountChatQuery, LeelooAccountChatQueryVariables>;
export const LeelooAccountListDocument = {"__meta__":{"hash":"sha256:1c871d30603c5d563c6c68aa63114efdcf2301d12ae9144f753f046107d95022"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeelooAccountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leelooAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messenger"}},{"kind":"Field","name":{"kind":"Name","value":"messengerRaw"}},{"kind":"Field","name":{"kind":"Name","value":"botStatus"}},{"kind":"Field","name":{"kind":"Name","value":"botStatusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageTime"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeelooAccountListQuery, LeelooAccountListQueryVariables>;
export const LeelooAccountTwiceDocument = {"__meta__":{"hash":"sha256:74ac9de3b584d03e9f8ae7a1e6eabfc5ee9c269d95174d90859f57622aabb01a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeelooAccountTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"card"},"name":{"kind":"Name","value":"leelooAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"header"},"name":{"kind":"Name","value":"leelooAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeelooAccountTwiceQuery, LeelooAccountTwiceQueryVariables>;
export const LeelooAccountsWithOrdersDocument = {"__meta__":{"hash":"sha256:a6e8377d9f6da899ef63414f6b2876d542e7881123de6576ce1e1c84db0e3382"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeelooAccountsWithOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leelooAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"messenger"}},{"kind":"Field","name":{"kind":"Name","value":"botStatus"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"phoneDigits"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeelooAccountsWithOrdersQuery, LeelooAccountsWithOrdersQueryVariables>;
export const LeelooUsersDocument = {"__meta__":{"hash":"sha256:7cc8f28fa4ca2dad44f89bfb0656b877c79d1ad8c6bbd126e4a12e1ce6101158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeelooUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leelooUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeelooUsersQuery, LeelooUsersQueryVariables>;
export const AddLeelooAccountTagDocument = {"__meta__":{"hash":"sha256:0dd931a1d6cfd1bc633016d75a4e9803408688646c86a3e0ade47647c1e26e38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLeelooAccountTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLeelooAccountTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeelooAccountTagSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<AddLeelooAccountTagMutation, AddLeelooAccountTagMutationVariables>;
export const RemoveLeelooAccountTagDocument = {"__meta__":{"hash":"sha256:2254742eee2d2b09fc8b031e4b5199cd136c672612cb9983e6f27146e098f4ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLeelooAccountTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLeelooAccountTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeelooAccountTagSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RemoveLeelooAccountTagMutation, RemoveLeelooAccountTagMutationVariables>;
export const LiveAnalyticsDocument = {"__meta__":{"hash":"sha256:794434f55ef2dc21e2ead0b0aa2740ab8b0de75bec93eb3dcd5560b10c6c3865"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionsPeriod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callsPeriod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionsPeriod"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"DAY"}},{"kind":"Argument","name":{"kind":"Name","value":"utcOffsetMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callsPeriod"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"HOUR"}},{"kind":"Argument","name":{"kind":"Name","value":"utcOffsetMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"lostShare"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}}]}}]}}]}}]} as unknown as DocumentNode<LiveAnalyticsQuery, LiveAnalyticsQueryVariables>;
export const AnalyticsActivityDocument = {"__meta__":{"hash":"sha256:94ce120242ddd17f64cf8652088d5219ecb0fa5e9afb0c1850783f545eaccdee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInterval"}},"defaultValue":{"kind":"EnumValue","value":"DAY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"botIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsActivityQuery, AnalyticsActivityQueryVariables>;
export const AnalyticsDashboardDocument = {"__meta__":{"hash":"sha256:e0ed315c9b2c72687daf8e7e19efa1bc58da847d909b3720439fd4d283d28c85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInterval"}},"defaultValue":{"kind":"EnumValue","value":"DAY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"botIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"utcOffsetMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchedSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"EnumValue","value":"SWITCH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"telephony"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageCallDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"billed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outgoing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uniqueClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectShortName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsSeries"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AnalyticsDashboardQuery, AnalyticsDashboardQueryVariables>;
export const AnalyticsExperimentDocument = {"__meta__":{"hash":"sha256:c1ca50451933a9c4f3ec74d936e3b010f699b16595c6a8c6b744195ade89a4c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]}}]} as unknown as DocumentNode<AnalyticsExperimentQuery, AnalyticsExperimentQueryVariables>;
export const AnalyticsExperimentsDocument = {"__meta__":{"hash":"sha256:8437ad26d40ae3725d1fcf6c441bca154c82c875963d3dce59601972cff83a51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsExperiments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExperimentStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsExperimentsQuery, AnalyticsExperimentsQueryVariables>;
export const AnalyticsFilterOptionsDocument = {"__meta__":{"hash":"sha256:ac25ca09a8c2b47788fd7ccac913a5640d0b7f733c8036d911de506d5f9a41d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"section"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsSection"}},"defaultValue":{"kind":"EnumValue","value":"SESSIONS"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterPeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterFilterOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"section"},"value":{"kind":"Variable","name":{"kind":"Name","value":"section"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"botIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"parentValue"}},{"kind":"Field","name":{"kind":"Name","value":"childValues"}}]}}]}}]} as unknown as DocumentNode<AnalyticsFilterOptionsQuery, AnalyticsFilterOptionsQueryVariables>;
export const AnalyticsFiltersDocument = {"__meta__":{"hash":"sha256:f954c50c7335ca66f626fdb843b031012ee4cf8ad7201ecf9b35dc8b87c36861"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsFilters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"section"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsSection"}},"defaultValue":{"kind":"EnumValue","value":"SESSIONS"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterFilters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"section"},"value":{"kind":"Variable","name":{"kind":"Name","value":"section"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filterDependent"}},{"kind":"Field","name":{"kind":"Name","value":"withFilterInput"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultPageSizeForOptions"}},{"kind":"Field","name":{"kind":"Name","value":"staticOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsFiltersQuery, AnalyticsFiltersQueryVariables>;
export const AnalyticsReportTaskDocument = {"__meta__":{"hash":"sha256:e8de82bee781fc5cedc9cdc91bd5ed8862b731c4916aa7246fe30972055be809"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsReportTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsReportTaskQuery, AnalyticsReportTaskQueryVariables>;
export const AnalyticsReportTasksDocument = {"__meta__":{"hash":"sha256:53764d0fd8040427e99132c6184d46a23c85310c62f88de02436dd3a6f8d9b01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsReportTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsReportTaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindRaw"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRaw"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"withHeader"}}]}}]}}]} as unknown as DocumentNode<AnalyticsReportTasksQuery, AnalyticsReportTasksQueryVariables>;
export const LiveSessionsDocument = {"__meta__":{"hash":"sha256:4808d638c15e099ccbb43ad4951cf7997a6b38bd368f30e1738ae140398d7de5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveSessionsQuery, LiveSessionsQueryVariables>;
export const MessageLabelGroupsDocument = {"__meta__":{"hash":"sha256:314dbe85124b863c9150a536b08034060215d61f76a18e52f5bc77aec9c6d05e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageLabelGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageLabelGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]} as unknown as DocumentNode<MessageLabelGroupsQuery, MessageLabelGroupsQueryVariables>;
export const ReporterMessagesDocument = {"__meta__":{"hash":"sha256:3c8df0efa59eed074bbb210def9bb796d3f45d0a5340d7a06390db2bfd614f88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReporterMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReporterMessagesQuery, ReporterMessagesQueryVariables>;
export const ActivateExperimentDocument = {"__meta__":{"hash":"sha256:d6c514cb1478c38b56512bf636fcb002209b93893d75d891bf49d6995693d6cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"botId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateExperimentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branchKey"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<ActivateExperimentMutation, ActivateExperimentMutationVariables>;
export const AddMessageLabelDocument = {"__meta__":{"hash":"sha256:32dbe3882db0a47733f6c6f1dfb52558d97a857c795bf1cd6102ea198eec92b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMessageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterMessageKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMessageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelsChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"reporterMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<AddMessageLabelMutation, AddMessageLabelMutationVariables>;
export const AddSessionLabelDocument = {"__meta__":{"hash":"sha256:b33e14b0d638b914f7cd7793dd7b70402b4f008a4f9efebbf20ee8a3132a546f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSessionLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSessionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionLabelsChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<AddSessionLabelMutation, AddSessionLabelMutationVariables>;
export const BlockClientDocument = {"__meta__":{"hash":"sha256:050d374a4e68eca5ef7beff7ac6444bdcb18f526ae1d4eab256c2298cd783204"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlockClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blockedBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blockClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"botId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"blockedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blockedBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BlockClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"blockDate"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<BlockClientMutation, BlockClientMutationVariables>;
export const BulkLabelMessagesDocument = {"__meta__":{"hash":"sha256:76a3e93353bd775473f2a776fda0b37d3c053c5f029a0d7dce6a496d9f339842"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkLabelMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterMessageKey"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkLabelMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"messages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkLabelMessagesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<BulkLabelMessagesMutation, BulkLabelMessagesMutationVariables>;
export const BulkLabelSessionsDocument = {"__meta__":{"hash":"sha256:7cecade1f000d77e4336c8b7bcfaade3705c98a2e3f4a19c9d2918e6c90c7620"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkLabelSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkLabelSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkLabelSessionsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<BulkLabelSessionsMutation, BulkLabelSessionsMutationVariables>;
export const CreateDailyReportDocument = {"__meta__":{"hash":"sha256:96e8ba5d69459c0b3d0646280589847df79047d0f31e17d74291a0ed8344bc69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDailyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settings"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSettingsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDailyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"settings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"withHeader"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"dateTimeFormat"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateDailyReportMutation, CreateDailyReportMutationVariables>;
export const CreateExperimentDocument = {"__meta__":{"hash":"sha256:c434684ece9b5a99bf7428ee1151486be61ebeb9f7afee9624ad5b87e79cb3b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExperimentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExperimentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateExperimentMutation, CreateExperimentMutationVariables>;
export const CreateMessageLabelGroupDocument = {"__meta__":{"hash":"sha256:e40a33bf85c114dad31b3d9801e73cce8d1374adacf688479cf37eaa7a527aa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMessageLabelGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstLabelName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firstLabelPriority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageLabelGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"Argument","name":{"kind":"Name","value":"firstLabelName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstLabelName"}}},{"kind":"Argument","name":{"kind":"Name","value":"firstLabelPriority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firstLabelPriority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateMessageLabelGroupMutation, CreateMessageLabelGroupMutationVariables>;
export const CreateMessageLabelDocument = {"__meta__":{"hash":"sha256:508a08b4a73c827249ce80bf934ffc8c78cb430d1c4c32608e605da20b57a377"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMessageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateMessageLabelMutation, CreateMessageLabelMutationVariables>;
export const CreateReportDocument = {"__meta__":{"hash":"sha256:71acdb8d3f2c4f99544d1198513c5b51f582c1cfcdadd0bfe1b329121aeb188f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilteredReportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settings"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSettingsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"settings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settings"}}},{"kind":"Argument","name":{"kind":"Name","value":"utcOffsetMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"withHeader"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"dateTimeFormat"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateReportMutation, CreateReportMutationVariables>;
export const CreateSessionLabelDocument = {"__meta__":{"hash":"sha256:570c31602163fe0a134d670cf75051b80425cfc9f41e9d94305d5ef9ff081b11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSessionLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSessionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionLabelSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateSessionLabelMutation, CreateSessionLabelMutationVariables>;
export const CreateTelephonyReportDocument = {"__meta__":{"hash":"sha256:a28217fbc3d8b1896af95ec6c363256d2ed6206913e9720e885412073b9b63b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTelephonyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterPeriodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTelephonyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"botIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"utcOffsetMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"utcOffsetMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"withHeader"}},{"kind":"Field","name":{"kind":"Name","value":"delimiter"}},{"kind":"Field","name":{"kind":"Name","value":"dateTimeFormat"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<CreateTelephonyReportMutation, CreateTelephonyReportMutationVariables>;
export const DeleteCompletedReportTasksDocument = {"__meta__":{"hash":"sha256:aed714a7b9d51f4bd9b7e085a204ea275a052f03ac8bd5f949c9bdad784be2ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCompletedReportTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCompletedReportTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCompletedReportTasksSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteCompletedReportTasksMutation, DeleteCompletedReportTasksMutationVariables>;
export const DeleteExperimentDocument = {"__meta__":{"hash":"sha256:10ac0233c98ae5320ea7a2f17286ef7f27e58b1eec34f53af6948c66109a4b54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteExperimentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteExperimentMutation, DeleteExperimentMutationVariables>;
export const DeleteMessageCommentDocument = {"__meta__":{"hash":"sha256:2cb50bacd4bd277129120c56173a6490aed7ed9c7623d667ac782f1e59ea83ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessageComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterMessageKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"reporterMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageCommentMutation, DeleteMessageCommentMutationVariables>;
export const DeleteMessageLabelGroupDocument = {"__meta__":{"hash":"sha256:cebdee7cbf8173b1180ce38b588196e2532a1e04734473572d4009c6a3cfb00d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessageLabelGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageLabelGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageLabelGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageLabelGroupMutation, DeleteMessageLabelGroupMutationVariables>;
export const DeleteMessageLabelDocument = {"__meta__":{"hash":"sha256:7b1b6e3c86dbdfcdb515c35154f6f2097166b745305069fdec5a517c527d9448"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageLabelSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedLabelId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageLabelMutation, DeleteMessageLabelMutationVariables>;
export const DeleteReportTaskDocument = {"__meta__":{"hash":"sha256:8b57d23d9f2e31195add1df65535609645d991977c9ca7879024d10991de517b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReportTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteReportTaskSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteReportTaskMutation, DeleteReportTaskMutationVariables>;
export const DeleteSessionLabelDocument = {"__meta__":{"hash":"sha256:f5210a32cbb581971febf682ea9e8dd81c23448c5d97da4541e02ab6d8996736"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSessionLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSessionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSessionLabelSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedLabelId"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<DeleteSessionLabelMutation, DeleteSessionLabelMutationVariables>;
export const RemoveMessageLabelDocument = {"__meta__":{"hash":"sha256:611bdfad4830ba5a810dde0b61ce903deee1f6191960685c24b0673924b8b93e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMessageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterMessageKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMessageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelsChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"reporterMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RemoveMessageLabelMutation, RemoveMessageLabelMutationVariables>;
export const RemoveSessionLabelDocument = {"__meta__":{"hash":"sha256:bc30800e9e477d210aefec65c612ca8c3945f0199208d18a21242cadc76e726c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSessionLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSessionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionLabelsChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RemoveSessionLabelMutation, RemoveSessionLabelMutationVariables>;
export const RenameMessageLabelGroupDocument = {"__meta__":{"hash":"sha256:ad8b9c33895cf7e435a8beebe95684c32dc4ff0dfd9cea5cd1bffcc69b79dea0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameMessageLabelGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameMessageLabelGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelGroupSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RenameMessageLabelGroupMutation, RenameMessageLabelGroupMutationVariables>;
export const RenameMessageLabelDocument = {"__meta__":{"hash":"sha256:76df9adbc2fac02bfb92ebf4305b97b365d0792157088d119ea3d12efddc4ffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameMessageLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameMessageLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RenameMessageLabelMutation, RenameMessageLabelMutationVariables>;
export const RenameSessionLabelDocument = {"__meta__":{"hash":"sha256:42742befe88e57869efb1711f0c3b1af1ff02c20592a26a8fdcf6d4758753c3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameSessionLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameSessionLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"labelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionLabelSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RenameSessionLabelMutation, RenameSessionLabelMutationVariables>;
export const SetMessageCommentDocument = {"__meta__":{"hash":"sha256:90bf3cf5cf97e57716c1966047fd1f41d91e930816412bc690f5a4f4fbaa8438"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessageComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterMessageKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessageComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"reporterMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SetMessageCommentMutation, SetMessageCommentMutationVariables>;
export const SetMessageLabelGroupPrioritiesDocument = {"__meta__":{"hash":"sha256:6e7a1961f1423d1ddbeaea72a62e3fe99c95bd9d737f5cd897499999e4d967d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessageLabelGroupPriorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priorities"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelGroupPriorityInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessageLabelGroupPriorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priorities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priorities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelGroupPrioritiesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SetMessageLabelGroupPrioritiesMutation, SetMessageLabelGroupPrioritiesMutationVariables>;
export const SetMessageLabelPrioritiesDocument = {"__meta__":{"hash":"sha256:60e7330f84c4ab79ef7e86c40bf9d5ba1efaeb40639401353751983ab50ed78d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessageLabelPriorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priorities"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelPriorityInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessageLabelPriorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priorities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priorities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelPrioritiesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SetMessageLabelPrioritiesMutation, SetMessageLabelPrioritiesMutationVariables>;
export const SetMessageLabelsDocument = {"__meta__":{"hash":"sha256:9a584d901f60cd00b4bcfaa3c8d21084989fcd638693e8faffc04708db09ae26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMessageLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterMessageKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMessageLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageLabelsChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"reporterMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SetMessageLabelsMutation, SetMessageLabelsMutationVariables>;
export const SetSessionLabelPrioritiesDocument = {"__meta__":{"hash":"sha256:403eb740fb58d274b1ced1b15994598ad90041d072285a76c27805bedcd71ccb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSessionLabelPriorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priorities"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LabelPriorityInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSessionLabelPriorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priorities"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priorities"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionLabelPrioritiesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SetSessionLabelPrioritiesMutation, SetSessionLabelPrioritiesMutationVariables>;
export const SetSessionLabelsDocument = {"__meta__":{"hash":"sha256:a00dbe5573b9d896b1065db7f3222caf8911c9528ddd09dbc59ecf048f88dada"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSessionLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Long"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSessionLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionLabelsChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<SetSessionLabelsMutation, SetSessionLabelsMutationVariables>;
export const StopExperimentDocument = {"__meta__":{"hash":"sha256:c46aef6690100d0128b4e3993bc35c0703a4ad7fc56febc1af2dc2f1b9fdf1b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExperimentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<StopExperimentMutation, StopExperimentMutationVariables>;
export const UnblockClientDocument = {"__meta__":{"hash":"sha256:b3343106ebffb9c577ec001a3eed38c245e15a103cde90c1cd5ef3f216db4296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnblockClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unblockClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"botId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnblockClientSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"blockDate"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<UnblockClientMutation, UnblockClientMutationVariables>;
export const ReporterClientDetailsDocument = {"__meta__":{"hash":"sha256:dd1b7fc86d17439a5240a5d4ab3e23a4572d2ec03153eb7681f3563bf64d8f3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReporterClientDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"botId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messages"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"botId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"botId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"joinDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitDate"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"blockDate"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messages"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReporterClientDetailsQuery, ReporterClientDetailsQueryVariables>;
export const ReporterClientsDocument = {"__meta__":{"hash":"sha256:7d6dc918feead791f9c905c5c77275994e0e952cfd4a24dc90b506cb8d534ae4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReporterClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"joinDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitDate"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReporterClientsQuery, ReporterClientsQueryVariables>;
export const SessionLabelsDocument = {"__meta__":{"hash":"sha256:9b977adbe06d2cc309525c94ae40248aaf9baa5d019c6e5af6611ab58247a5bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<SessionLabelsQuery, SessionLabelsQueryVariables>;
export const SessionNodesDocument = {"__meta__":{"hash":"sha256:a0556808a977b85565c83da4a404138ad86b72d3f08e08277322baf4836e4c0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionNodesQuery, SessionNodesQueryVariables>;
export const SessionTwiceDocument = {"__meta__":{"hash":"sha256:3d228390529fb56c273da067c59cf6d98169e9d2dc789ec0dd39f591c379d48a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionTwiceQuery, SessionTwiceQueryVariables>;
export const SessionWithMessagesDocument = {"__meta__":{"hash":"sha256:478f087c1abe26132eb2af20c0e42e7cbe9dea3c5166eed64ad0b548ef1b5ab3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionWithMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"processingTimeMs"}},{"kind":"Field","name":{"kind":"Name","value":"nlp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nlpClass"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionWithMessagesQuery, SessionWithMessagesQueryVariables>;
export const SessionsWithClientBlockStateDocument = {"__meta__":{"hash":"sha256:6bc5d2b1346a2f731a69fe9b9e82832ea30b173a494b377bab79fab9163b4e64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionsWithClientBlockState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"blockDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionsWithClientBlockStateQuery, SessionsWithClientBlockStateQueryVariables>;
export const SessionsWithClientsAndLabelsDocument = {"__meta__":{"hash":"sha256:ca3408fd51c1e6aa79a321f9a8a6cd6c367dc9d3276684622d500923ab86dde8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionsWithClientsAndLabels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReporterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"botId"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstPhrase"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionsWithClientsAndLabelsQuery, SessionsWithClientsAndLabelsQueryVariables>;
export const ReportTaskUpdatedDocument = {"__meta__":{"hash":"sha256:78eda75618c4ced7f238f20a57b904b5b3fea0221921eeafb56027b070f4e851"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReportTaskUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportTaskUpdatedSubscription, ReportTaskUpdatedSubscriptionVariables>;
export const CallDetailsDocument = {"__meta__":{"hash":"sha256:5d44fe1f4f90853e4ed620e06c45e993ec433ce50b7cc004ea0c397701021e03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"communicationId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"finishTime"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionRaw"}},{"kind":"Field","name":{"kind":"Name","value":"finishReason"}},{"kind":"Field","name":{"kind":"Name","value":"isLost"}},{"kind":"Field","name":{"kind":"Name","value":"isTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"waitDuration"}},{"kind":"Field","name":{"kind":"Name","value":"totalWaitDuration"}},{"kind":"Field","name":{"kind":"Name","value":"talkDuration"}},{"kind":"Field","name":{"kind":"Name","value":"cleanTalkDuration"}},{"kind":"Field","name":{"kind":"Name","value":"totalDuration"}},{"kind":"Field","name":{"kind":"Name","value":"postprocessDuration"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"virtualPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"operatorPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"countryId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fullRecordFileLink"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"domainName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorId"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"device"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"utmSource"}},{"kind":"Field","name":{"kind":"Name","value":"utmMedium"}},{"kind":"Field","name":{"kind":"Name","value":"utmCampaign"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"isTalked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employeeFullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredEmployee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastTalkedEmployee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CallDetailsQuery, CallDetailsQueryVariables>;
export const CallNodesDocument = {"__meta__":{"hash":"sha256:810ed383a2de3da2764d7d59168be4d0a1f9b962a039833d0c64b0d4fed9f2aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"talkDuration"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallNodesQuery, CallNodesQueryVariables>;
export const CallsWithEmployeeDetailsDocument = {"__meta__":{"hash":"sha256:dd2c01a089d674accf5c8f8a3ed3707e58a4f3e89126e1f1f7f4a9a5895b4137"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallsWithEmployeeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"isTalked"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallsWithEmployeeDetailsQuery, CallsWithEmployeeDetailsQueryVariables>;
export const CallsWithEmployeesAndTagsDocument = {"__meta__":{"hash":"sha256:eee599f8233961ed723350b4893c56e121ad7e2b09cd316f214e1375e38023af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallsWithEmployeesAndTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilterTree"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallSort"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"finishReason"}},{"kind":"Field","name":{"kind":"Name","value":"isLost"}},{"kind":"Field","name":{"kind":"Name","value":"talkDuration"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"isAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"isTalked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userLogin"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallsWithEmployeesAndTagsQuery, CallsWithEmployeesAndTagsQueryVariables>;
export const EmployeeDocument = {"__meta__":{"hash":"sha256:d896be3823f9050dec89a873427cd53ca17636ae2e8acb2ee078d7494310ad5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeQuery, EmployeeQueryVariables>;
export const EmployeesDocument = {"__meta__":{"hash":"sha256:9fb2ab3a4e0a434f3f93b7fbc13bb40b77b516963d1f705dfb764eed90103198"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeesFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeesQuery, EmployeesQueryVariables>;
export const LiveCallsDocument = {"__meta__":{"hash":"sha256:2ddb9a3219c5bac3314709e7f38185644f7fda940813857357ec77a5ac158b52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallsFilter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"live"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"START_TIME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"isLost"}},{"kind":"Field","name":{"kind":"Name","value":"talkDuration"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveCallsQuery, LiveCallsQueryVariables>;
export const TagsDocument = {"__meta__":{"hash":"sha256:181e4af94f5c14df6dbf0388f0fb0a6bd7a6c01b272885dabb3b662ed2e4b366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isSystem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TagsQuery, TagsQueryVariables>;
export const TagCallDocument = {"__meta__":{"hash":"sha256:a878157aeebcc3deaf32550a2c735581a457f39a07ee07e20963225225b6bc95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallTagChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communicationId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"userLogin"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<TagCallMutation, TagCallMutationVariables>;
export const TagCallsDocument = {"__meta__":{"hash":"sha256:0d72c7704e991f08a24d4ab2c431c1ed5941da1bc9213d8b4562a70e9490a6b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallTagAction"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagCallsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<TagCallsMutation, TagCallsMutationVariables>;
export const UntagCallDocument = {"__meta__":{"hash":"sha256:2d8a9abe84feb722bb28b95dae85414d8e486061192094dc7e1f9746cc7df47f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tagId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tagId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallTagChangeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communicationId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"userLogin"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotConfiguredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<UntagCallMutation, UntagCallMutationVariables>;