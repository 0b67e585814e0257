import type { SimServer } from '../harness.js';
import { compile, filtersOf, matchClients, matchMessages, matchSessions } from './filters.js';
import { body, boolQuery, dateTime, notFound, ok, pageQuery, paginate, requireQuery } from './http.js';
import type { ReporterState } from './state.js';

type Add = (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void;

/** Sessions, clients and messages (§3.3–§3.5). Lists are newest first; a session's messages oldest first. */
export function registerReadRoutes(add: Add, st: ReporterState): void {
  add('POST', 'sessions/filter', (req) => {
    const p = pageQuery(req);
    const withLabels = boolQuery(req, 'needToReturnSessionLabels');
    const c = compile(filtersOf(body(req)), st);
    const { paging, items } = paginate(matchSessions(c, st), p);
    return ok({ paging, sessions: items.map((s) => st.sessionDto(s, withLabels, c.customPaths)) });
  });

  add('GET', 'projects/sessions/count', () => ok([{ projectShortName: st.data.projectShortName, amount: st.sessions.length }]));

  add('POST', 'clients/filter', (req) => {
    const p = pageQuery(req);
    const c = compile(filtersOf(body(req)), st);
    const { paging, items } = paginate(matchClients(c, st), p);
    return ok({ paging, clients: items.map((cl) => st.clientDto(cl)) });
  });

  add('POST', 'messages/filter', (req) => {
    const p = pageQuery(req);
    const c = compile(filtersOf(body(req)), st);
    const { paging, items } = paginate(matchMessages(c, st), p);
    return ok({ paging, messages: items.map((m) => st.extendedMessageDto(m, c.customPaths)) });
  });

  // A GET with query parameters (decision 2).
  add('GET', 'messages/by-session', (req) => {
    const p = pageQuery(req);
    const s = st.session(requireQuery(req, 'sessionId'));
    const botId = req.query.get('botId');
    if (botId && botId !== s.botId) throw notFound('session', s.sessionId);
    const since = req.query.get('startTime') ? dateTime(req.query.get('startTime'), 'startTime') : -Infinity;
    const hideEmpty = boolQuery(req, 'hideEmptyMessage');
    const paths = req.query.getAll('responseDataJsonPath');
    const ms = (st.messagesBySession.get(s.sessionId) ?? []).filter((m) => m.tsMs >= since && (!hideEmpty || !!m.question));
    const { paging, items } = paginate(ms, p);
    return ok({ paging, session: st.sessionDto(s, true, paths), messages: items.map((m) => st.messageDto(m, paths)) });
  });

  add('GET', 'messages/by-client', (req) => {
    const p = pageQuery(req);
    const client = st.client(requireQuery(req, 'botId'), requireQuery(req, 'clientId'));
    const since = req.query.get('startTime') ? dateTime(req.query.get('startTime'), 'startTime') : -Infinity;
    const channel = req.query.get('channelType');
    const ms =
      channel && channel !== client.channelType
        ? []
        : [...client.sessionIds].flatMap((id) => st.messagesBySession.get(id) ?? []).filter((m) => m.tsMs >= since);
    const { paging, items } = paginate(ms, p);
    return ok({ paging, client: st.clientDto(client), messages: items.map((m) => st.messageDto(m)) });
  });
}
