/**
 * The typed fields of `ReporterFilter`, one per documented FilterKey (reporter-api.md §2.1), with
 * the AnalyticsFilter type each is sent as. The spec CONFIRMS the types of MESSAGE_TIME,
 * SESSION_START_TIME, WITHOUT_EMPTY_SESSIONS, MESSAGE_COUNT and CHANNEL_TYPE; the rest follow its
 * table's GUESSes (labels and ids as CHECKBOX, NLP paths as TREE, SESSION_DATA as COMPOSITE_FILTER).
 * The server's `GET filters` is the authority (§2.1): when it disagrees, `advanced` sends any
 * key/type combination without a release.
 */

/** How a typed field is written in GraphQL and which wire type it becomes. */
export type FilterKind =
  /** TextFilterInput → TEXT */
  | 'text'
  /** DateTimeRangeInput → DATE_TIME_RANGE */
  | 'dateRange'
  /** NumberRangeInput → NUMERIC_RANGE */
  | 'numberRange'
  /** OptionsFilterInput → CHECKBOX */
  | 'checkbox'
  /** OptionsFilterInput → TREE (an option also selects its descendants) */
  | 'tree'
  /** Boolean → RADIO YES/NO */
  | 'yesNo'
  /** ReporterInitiator → RADIO ANY/CLIENT/BOT */
  | 'initiator'
  /** ReporterTransferToOperator → RADIO ANY/WITH_TRANSFER/WITHOUT_TRANSFER */
  | 'transfer'
  /** [KeyValueConditionInput!] → COMPOSITE_FILTER */
  | 'composite'
  /** [String!] → CUSTOM_FIELDS_IN_RESPONSE */
  | 'paths';

export interface TypedKey {
  /** The GraphQL input field. */
  field: string;
  /** The upstream FilterKey. */
  key: string;
  kind: FilterKind;
  description: string;
  /** Only the v2 (API-gateway) generation documents it; the legacy server may refuse it (§2.1 GUESS). */
  v2?: boolean;
}

export const TYPED_KEYS: readonly TypedKey[] = [
  { field: 'sessionId', key: 'SESSION_ID', kind: 'text', description: 'Session id (SESSION_ID).' },
  { field: 'sessionStartTime', key: 'SESSION_START_TIME', kind: 'dateRange', description: 'When the session started (SESSION_START_TIME).' },
  { field: 'sessionEndTime', key: 'SESSION_END_TIME', kind: 'dateRange', description: 'When the session ended (SESSION_END_TIME).' },
  { field: 'sessionLabels', key: 'SESSION_LABELS', kind: 'checkbox', description: 'Session labels, as label ids (SESSION_LABELS).' },
  { field: 'sessionResult', key: 'SESSION_RESULT', kind: 'checkbox', description: 'Session result values (SESSION_RESULT).' },
  { field: 'initiator', key: 'INITIATOR', kind: 'initiator', description: 'Who started the dialogue (INITIATOR).' },
  { field: 'callTaskId', key: 'CALL_TASK_ID', kind: 'checkbox', description: 'Telephony campaign ids (CALL_TASK_ID).' },
  { field: 'channelType', key: 'CHANNEL_TYPE', kind: 'checkbox', description: 'Channel types, e.g. `telegram` (CHANNEL_TYPE).' },
  { field: 'botId', key: 'BOT_ID', kind: 'checkbox', description: 'Channels by bot id (BOT_ID).' },
  { field: 'clientIdOrName', key: 'CLIENT_ID_OR_NAME', kind: 'text', description: 'Client id, name or username (CLIENT_ID_OR_NAME).' },
  { field: 'clientJoinTime', key: 'CLIENT_JOIN_TIME', kind: 'dateRange', description: 'The client’s first visit (CLIENT_JOIN_TIME).' },
  { field: 'clientLastActivityTime', key: 'CLIENT_LAST_ACTIVITY_TIME', kind: 'dateRange', description: 'The client’s last activity (CLIENT_LAST_ACTIVITY_TIME).' },
  { field: 'messageType', key: 'MESSAGE_TYPE', kind: 'checkbox', description: 'Message types (MESSAGE_TYPE).' },
  { field: 'messageTime', key: 'MESSAGE_TIME', kind: 'dateRange', description: 'When a message was sent (MESSAGE_TIME).' },
  { field: 'messageText', key: 'MESSAGE_TEXT', kind: 'text', description: 'The client’s phrase (MESSAGE_TEXT).' },
  { field: 'answerText', key: 'ANSWER_TEXT', kind: 'text', description: 'The bot’s answer (ANSWER_TEXT).' },
  { field: 'messageCount', key: 'MESSAGE_COUNT', kind: 'numberRange', description: 'Number of client phrases in the session (MESSAGE_COUNT).' },
  { field: 'messageLabels', key: 'LOG_LABELS', kind: 'checkbox', description: 'Message labels, as label ids (LOG_LABELS).' },
  { field: 'commentText', key: 'COMMENT_TEXT', kind: 'text', description: 'Text of a message comment (COMMENT_TEXT).' },
  { field: 'nlpClass', key: 'NLP_CLASS', kind: 'tree', description: 'NLP class paths such as `/Shop/Order` (NLP_CLASS).' },
  { field: 'nlpState', key: 'NLP_STATE', kind: 'tree', description: 'Scenario state paths (NLP_STATE).' },
  { field: 'intent', key: 'INTENT', kind: 'checkbox', description: 'Recognised intents (INTENT).' },
  { field: 'transferToOperator', key: 'TRANSFER_TO_OPERATOR', kind: 'transfer', description: 'Whether the dialogue went to an operator (TRANSFER_TO_OPERATOR).' },
  { field: 'withoutEmptySessions', key: 'WITHOUT_EMPTY_SESSIONS', kind: 'yesNo', description: 'true leaves out sessions without client phrases (WITHOUT_EMPTY_SESSIONS).' },
  { field: 'withoutEmptyMessages', key: 'WITHOUT_EMPTY_MESSAGES', kind: 'yesNo', description: 'true leaves out messages without a client phrase (WITHOUT_EMPTY_MESSAGES).' },
  { field: 'customFieldsInResponse', key: 'CUSTOM_FIELDS_IN_RESPONSE', kind: 'paths', description: 'responseData paths to copy into `customFields` (CUSTOM_FIELDS_IN_RESPONSE).' },
  { field: 'hasException', key: 'EXCEPTION_EXISTENCE', kind: 'yesNo', description: 'true: only with a script error; false: only without (EXCEPTION_EXISTENCE).' },
  { field: 'sessionData', key: 'SESSION_DATA', kind: 'composite', description: 'Conditions on session data keys; all must hold (SESSION_DATA).' },
  { field: 'stateRoutes', key: 'STATE_ROUTES', kind: 'tree', description: 'Scenario state routes (STATE_ROUTES).' },
  { field: 'messageOrAnswerText', key: 'MESSAGE_OR_ANSWER_TEXT', kind: 'text', description: 'Client phrase or bot answer (MESSAGE_OR_ANSWER_TEXT).', v2: true },
  { field: 'textCampaignId', key: 'TEXT_CAMPAIGN_ID', kind: 'checkbox', description: 'Text campaign ids (TEXT_CAMPAIGN_ID).', v2: true },
  { field: 'textCampaignResult', key: 'TEXT_CAMPAIGN_RESULT', kind: 'checkbox', description: 'Text campaign results (TEXT_CAMPAIGN_RESULT).', v2: true },
  { field: 'sessionTopic', key: 'SESSION_TOPIC', kind: 'checkbox', description: 'Session topics (SESSION_TOPIC).', v2: true },
  { field: 'scenarioAction', key: 'SCENARIO_ACTION', kind: 'checkbox', description: 'Scenario actions (SCENARIO_ACTION).', v2: true },
  { field: 'period', key: 'PERIOD', kind: 'dateRange', description: 'Reporting period (PERIOD).', v2: true },
  { field: 'channelName', key: 'CHANNEL_NAME', kind: 'checkbox', description: 'Channel names (CHANNEL_NAME).', v2: true },
  { field: 'botReplies', key: 'BOT_REPLIES', kind: 'checkbox', description: 'Bot reply kinds (BOT_REPLIES).', v2: true },
  { field: 'clientType', key: 'CLIENT_TYPE', kind: 'checkbox', description: 'Client types (CLIENT_TYPE).', v2: true },
  { field: 'automationStatus', key: 'AUTOMATION_STATUS', kind: 'checkbox', description: 'Automation statuses (AUTOMATION_STATUS).', v2: true },
  { field: 'nps', key: 'NPS', kind: 'checkbox', description: 'NPS scores (NPS).', v2: true },
  { field: 'withoutTestSessions', key: 'WITHOUT_TEST_SESSIONS', kind: 'yesNo', description: 'true leaves out test sessions (WITHOUT_TEST_SESSIONS).', v2: true },
];
