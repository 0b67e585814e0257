import type {
  ClientExtendedInfo,
  ClientInfo,
  ExtendedMessage,
  Message,
  MessageLabelDto,
  MessageLabelGroupDto,
  NlpInfo,
  OperatorInfo,
  SessionInfo,
  SessionLabelDto,
} from '../../backends/reporter/types.js';
import { rawIdOfType, type IdOwner } from '../global-id.js';
import { builder } from '../builder.js';
import type { Connection } from '../pagination.js';

/**
 * Refs of the Reporter dialogue types and their connections, apart from the files that implement
 * them, so that Session, ReporterMessage and ReporterClient can point at each other without
 * circular imports. Parent shapes are the wire types (reporter-api.md §2.2–§2.5).
 */

/** A message from `messages/by-session` or `by-client` (Message), or from `messages/filter` (ExtendedMessage, no status). */
export type ReporterMessageShape = Message | ExtendedMessage;

/**
 * A Reporter client: identified by bot id + client id (§2.4). `info` is what a session or message
 * carries (names, no call needed); `ext` the full ClientExtendedInfo once loaded.
 */
export class ReporterClientShape {
  constructor(
    readonly botId: string,
    readonly clientId: string,
    readonly channelType?: string,
    readonly info?: ClientInfo,
    readonly ext?: ClientExtendedInfo,
  ) {}

  static fromExtended(c: ClientExtendedInfo & { botId: string }): ReporterClientShape {
    return new ReporterClientShape(c.botId, c.id, c.channelType, c, c);
  }
}

export const SessionRef = builder.objectRef<SessionInfo>('Session');
export const ReporterMessageRef = builder.objectRef<ReporterMessageShape>('ReporterMessage');
export const ReporterClientRef = builder.objectRef<ReporterClientShape>('ReporterClient');
export const SessionLabelRef = builder.objectRef<SessionLabelDto>('SessionLabel');
export const MessageLabelRef = builder.objectRef<MessageLabelDto>('MessageLabel');
export const MessageLabelGroupRef = builder.objectRef<MessageLabelGroupDto>('MessageLabelGroup');
export const LivechatOperatorRef = builder.objectRef<OperatorInfo>('LivechatOperator');
export const NlpInfoRef = builder.objectRef<NlpInfo>('NlpInfo');

/** `totalCount` on every connection: `connectionOf` puts it on the connection object. */
const totalOf = (c: unknown): number => (c as Connection<unknown>).totalCount;
const TOTAL = 'How many match in all, across every page.';

export const SessionConnection = builder.connectionObject(
  { type: SessionRef, name: 'SessionConnection', description: 'A page of Reporter sessions.', fields: (t) => ({ totalCount: t.int({ nullable: false, description: TOTAL, resolve: totalOf }) }) },
  { name: 'SessionEdge', description: 'A session with its cursor.' },
);

export const ReporterMessageConnection = builder.connectionObject(
  { type: ReporterMessageRef, name: 'ReporterMessageConnection', description: 'A page of Reporter messages.', fields: (t) => ({ totalCount: t.int({ nullable: false, description: TOTAL, resolve: totalOf }) }) },
  { name: 'ReporterMessageEdge', description: 'A message with its cursor.' },
);

export const ReporterClientConnection = builder.connectionObject(
  { type: ReporterClientRef, name: 'ReporterClientConnection', description: 'A page of Reporter clients.', fields: (t) => ({ totalCount: t.int({ nullable: false, description: TOTAL, resolve: totalOf }) }) },
  { name: 'ReporterClientEdge', description: 'A client with its cursor.' },
);

/**
 * The upstream id inside an `ID!` argument: a global id of `typename` (what `id` fields return),
 * or else the upstream's own id, so ids copied from the Reporter UI work too.
 */
export function upstreamIdOf(id: string, typename: string, ctx: IdOwner): string {
  return rawIdOfType(id, typename, ctx) ?? id;
}

/**
 * For `loadMany` of a node: Pothos awaits every id's entry together, so a rejected entry would fail
 * the whole `nodes` list. Resolving to the Error instead lets graphql-js raise it at that item's
 * path only (NOT_FOUND for one unknown id, the others still arrive).
 */
export function errorAsValue<T>(p: Promise<T>): Promise<T> {
  return p.catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))) as T);
}
