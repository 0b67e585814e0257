import DataLoader from 'dataloader';
import { notFound } from '../../gateway/errors.js';
import { loaderOptions, type LoaderDeps } from '../loader-deps.js';
import type { ReporterClient } from './client.js';
import type { AnalyticsFilter } from './filters.js';
import { createReporterAnalyticsLoaders, type ReporterAnalyticsLoaders } from './loaders-analytics.js';
import type {
  ClientExtendedInfo,
  ClientsData,
  Message,
  MessageData,
  MessageLabelDto,
  MessageLabelGroupDto,
  MessagesForClientDto,
  MessagesForSessionDto,
  SessionInfo,
  SessionLabelDto,
  SessionsData,
} from './types.js';

/**
 * The largest `size` the gateway asks the Reporter for. The specs give no maximum (§1.1 GUESS: the
 * server caps it); the simulator serves up to 1000. `pagesFor` maps windows onto pages up to it.
 */
export const REPORTER_MAX_PAGE_SIZE = 1000;

/** A page of a filter endpoint: the filters as sent, plus `page`/`size` (§1.1). */
export interface FilterPageKey {
  filters: AnalyticsFilter[];
  page: number;
  size: number;
}

export interface SessionMessagesKey {
  sessionId: string;
  page: number;
  size: number;
  hideEmpty: boolean;
}

export interface ClientMessagesKey {
  botId: string;
  clientId: string;
  page: number;
  size: number;
}

/** A Reporter client is unique per channel: bot id + client id (§2.4). */
export interface ClientKey {
  botId: string;
  clientId: string;
}

export interface ReporterLoaders extends ReporterAnalyticsLoaders {
  client: ReporterClient;
  /** One session by id; a batch is one `sessions/filter` (SESSION_ID EQUALS all ids, with labels). */
  session: DataLoader<string, SessionInfo>;
  sessionPage: DataLoader<FilterPageKey, SessionsData, string>;
  messagePage: DataLoader<FilterPageKey, MessageData, string>;
  clientPage: DataLoader<FilterPageKey, ClientsData, string>;
  /** One client's extended info; a batch is one `clients/filter` (CLIENT_ID_OR_NAME EQUALS + BOT_ID). */
  reporterClient: DataLoader<ClientKey, ClientExtendedInfo, string>;
  messagesBySession: DataLoader<SessionMessagesKey, MessagesForSessionDto, string>;
  messagesByClient: DataLoader<ClientMessagesKey, MessagesForClientDto, string>;
  /** One message by (sessionId, questionId): there is no message-by-id endpoint, so by-session pages. */
  message: DataLoader<[string, string], Message, string>;
  sessionLabels: DataLoader<'all', SessionLabelDto[]>;
  messageLabels: DataLoader<'all', MessageLabelDto[]>;
  messageLabelGroups: DataLoader<'all', MessageLabelGroupDto[]>;
}

export const clientKeyOf = (k: ClientKey): string => JSON.stringify([k.botId, k.clientId]);

export function createReporterLoaders(client: ReporterClient, deps: LoaderDeps): ReporterLoaders {
  const opts = loaderOptions(deps);
  const o = { signal: deps.signal };
  const json = { ...opts, cacheKeyFn: (k: unknown) => JSON.stringify(k) };

  const session = new DataLoader<string, SessionInfo>(async (ids) => {
    // Case-sensitive EQUALS: ids are exact; `size` covers every id in one page.
    const filters: AnalyticsFilter[] = [{ key: 'SESSION_ID', type: 'TEXT', values: [...ids], comparisonType: 'EQUALS', isCaseSensitive: true }];
    const data = await client.filterSessions({ page: 0, size: ids.length, needToReturnSessionLabels: true }, { filters }, o);
    const byId = new Map(data.sessions.map((s) => [s.sessionId, s]));
    return ids.map((id) => byId.get(id) ?? notFound(`No Reporter session ${id}`, 'reporter'));
  }, { ...opts, maxBatchSize: REPORTER_MAX_PAGE_SIZE });

  /** Sessions seen anywhere serve later `session` loads, but only with their labels (§2.2 INFERRED). */
  const primeSession = (s: SessionInfo) => {
    if (Array.isArray(s.labels)) session.prime(s.sessionId, s);
  };

  const reporterClient = new DataLoader<ClientKey, ClientExtendedInfo, string>(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.clientId))];
      const bots = [...new Set(keys.map((k) => k.botId))];
      const filters: AnalyticsFilter[] = [
        { key: 'CLIENT_ID_OR_NAME', type: 'TEXT', values: ids, comparisonType: 'EQUALS', isCaseSensitive: true },
        { key: 'BOT_ID', type: 'CHECKBOX', options: bots, comparisonType: 'CONTAINS' },
      ];
      // An id matches at most one client per bot; names equal to an id are rare extras. Page on if needed.
      const size = Math.min(REPORTER_MAX_PAGE_SIZE, ids.length * bots.length);
      const first = await client.filterClients({ page: 0, size }, { filters }, o);
      const pages = Math.ceil(first.paging.totalCount / size);
      const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => client.filterClients({ page: i + 1, size }, { filters }, o)));
      const found = new Map<string, ClientExtendedInfo>();
      for (const c of [first, ...rest].flatMap((d) => d.clients)) if (c.botId) found.set(clientKeyOf({ botId: c.botId, clientId: c.id }), c);
      return keys.map((k) => found.get(clientKeyOf(k)) ?? notFound(`No Reporter client ${k.clientId} on bot ${k.botId}`, 'reporter'));
    },
    // 200 ids × up to 5 channels stays within one page of REPORTER_MAX_PAGE_SIZE.
    { ...opts, cacheKeyFn: clientKeyOf, maxBatchSize: 200 },
  );
  const primeClient = (c: ClientExtendedInfo) => {
    if (c.botId) reporterClient.prime({ botId: c.botId, clientId: c.id }, c);
  };

  // Pages: one upstream call per distinct key, deduplicated within the request.
  const sessionPage = new DataLoader<FilterPageKey, SessionsData, string>(
    (keys) => settle(keys, async (k) => {
      const data = await client.filterSessions({ page: k.page, size: k.size, needToReturnSessionLabels: true }, { filters: k.filters }, o);
      data.sessions.forEach(primeSession);
      return data;
    }),
    json,
  );
  const messagePage = new DataLoader<FilterPageKey, MessageData, string>(
    (keys) => settle(keys, (k) => client.filterMessages({ page: k.page, size: k.size }, { filters: k.filters }, o)),
    json,
  );
  const clientPage = new DataLoader<FilterPageKey, ClientsData, string>(
    (keys) => settle(keys, async (k) => {
      const data = await client.filterClients({ page: k.page, size: k.size }, { filters: k.filters }, o);
      data.clients.forEach(primeClient);
      return data;
    }),
    json,
  );

  const messagesBySession = new DataLoader<SessionMessagesKey, MessagesForSessionDto, string>(
    (keys) => settle(keys, async (k) => {
      const q = { sessionId: k.sessionId, page: k.page, size: k.size, ...(k.hideEmpty ? { hideEmptyMessage: true } : {}) };
      const data = await client.messagesBySession(q, o);
      primeSession(data.session);
      return data;
    }),
    json,
  );
  const messagesByClient = new DataLoader<ClientMessagesKey, MessagesForClientDto, string>(
    (keys) => settle(keys, async (k) => {
      const data = await client.messagesByClient({ botId: k.botId, clientId: k.clientId, page: k.page, size: k.size }, o);
      primeClient(data.client);
      return data;
    }),
    json,
  );

  const message = new DataLoader<[string, string], Message, string>(async (keys) => {
    const wanted = new Map<string, Set<string>>();
    for (const [sid, qid] of keys) wanted.set(sid, (wanted.get(sid) ?? new Set()).add(qid));
    const found = new Map<string, Message | Error>();
    await Promise.all(
      [...wanted].map(async ([sessionId, qids]) => {
        try {
          // Page through the session until every wanted message is seen (usually one page).
          for (let page = 0; ; page++) {
            const d = await messagesBySession.load({ sessionId, page, size: REPORTER_MAX_PAGE_SIZE, hideEmpty: false });
            for (const m of d.messages) if (qids.has(m.questionId)) found.set(`${sessionId}\u0000${m.questionId}`, m);
            if ([...qids].every((q) => found.has(`${sessionId}\u0000${q}`)) || (page + 1) * REPORTER_MAX_PAGE_SIZE >= d.paging.totalCount) break;
          }
        } catch (err) {
          for (const q of qids) found.set(`${sessionId}\u0000${q}`, err as Error);
        }
      }),
    );
    return keys.map(([sid, qid]) => found.get(`${sid}\u0000${qid}`) ?? notFound(`No Reporter message ${qid} in session ${sid}`, 'reporter'));
  }, json);

  // Reference lists: one call per request each (label ids are few and change rarely).
  const once = <T>(fetch: () => Promise<T>) => new DataLoader<'all', T>((keys) => settle(keys, fetch), opts);

  return {
    client,
    session,
    sessionPage,
    messagePage,
    clientPage,
    reporterClient,
    messagesBySession,
    messagesByClient,
    message,
    sessionLabels: once(() => client.listSessionLabels(o)),
    messageLabels: once(() => client.listMessageLabels(o)),
    messageLabelGroups: once(() => client.listMessageLabelGroups(o)),
    ...createReporterAnalyticsLoaders(client, deps),
  };
}

/** Runs one call per key; a failing key gets its Error and never fails the others. */
async function settle<K, V>(keys: readonly K[], fetch: (k: K) => Promise<V>): Promise<(V | Error)[]> {
  const results = await Promise.allSettled(keys.map(fetch));
  return results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof Error ? r.reason : new Error(String(r.reason))));
}
