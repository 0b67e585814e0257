import type { ClientExtendedInfo, Message, ReportGenerationTaskDto, ScenarioExperimentDto, SessionInfo, SessionLabelDto } from './types.js';

/**
 * The simulated Reporter's records: wire shapes (types.ts) plus what the generator, the filters and
 * the state need beside them. Apart from data.ts (the generator) so that the conversation
 * generator, the filters and the state can share them without importing each other.
 */

/** One channel of the project; in Reporter a botId is the channel's "natural bot id" (§1.1). */
export interface ReporterBot {
  botId: string;
  channelType: string;
}

/** A client: the wire shape plus lookup helpers. Block fields are the initial state. */
export interface ClientRecord extends ClientExtendedInfo {
  botId: string;
  /** `${botId}:${id}`: clients are unique per channel, not globally. */
  key: string;
  joinMs: number;
  lastVisitMs: number;
  sessionIds: string[];
}

/** A session: the wire shape without labels (they are state), plus derived facts the filters use. */
export interface SessionRecord extends Omit<SessionInfo, 'labels'> {
  clientKey: string;
  startMs: number;
  endMs: number;
  labelIds: number[];
  /** Whether the dialogue was switched to an operator (TRANSFER_TO_OPERATOR, switched-sessions). */
  transfer: boolean;
  /** Who started it (INITIATOR): the bot on outgoing calls. */
  initiator: 'CLIENT' | 'BOT';
  questionIds: string[];
}

/** A message: the wire shape without labels (state), plus its time in ms. */
export interface MessageRecord extends Omit<Message, 'labels'> {
  tsMs: number;
  labelIds: number[];
}

export interface MessageLabelRecord {
  id: number;
  name: string;
  priority: number;
  groupId: number;
}

export interface LabelGroupRecord {
  id: number;
  name: string;
  priority: number;
}

export interface ExperimentRecord extends ScenarioExperimentDto {
  status: string;
  /** sessionId → branch key. */
  joined: Map<string, string>;
}

export interface ReporterData {
  accountId: number;
  projectShortName: string;
  anchor: Date;
  bots: ReporterBot[];
  clients: ClientRecord[];
  /** Newest first, as `sessions/filter` lists them. */
  sessions: SessionRecord[];
  /** Grouped by session, each session's messages in time order. */
  messages: MessageRecord[];
  sessionLabels: SessionLabelDto[];
  labelGroups: LabelGroupRecord[];
  messageLabels: MessageLabelRecord[];
  experiments: ExperimentRecord[];
  reportTasks: ReportGenerationTaskDto[];
  sessionById: Map<string, SessionRecord>;
  messageById: Map<string, MessageRecord>;
  clientByKey: Map<string, ClientRecord>;
}

/** A task and when it was created; its progress is derived from the clock on every read. */
export interface TaskState {
  dto: ReportGenerationTaskDto;
  createdMs: number;
  /** Generated tasks keep their status (COMPLETED, FAILED); new ones progress with time. */
  frozen: boolean;
}
